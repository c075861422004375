import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const api = process.env.FIXLINE_API_URL ?? 'http://localhost:4000';

/** The theme's primary colour (Mantine teal, shade 8): the installed app's title bar and splash screen. */
const THEME_COLOR = '#099268';

export default defineConfig({
  base: '/',
  plugins: [
    react(),
    VitePWA({
      // Our own service worker (src/sw.ts): precaching plus web push; the plugin injects the file list.
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // A new version waits until the tenant chooses "Reload" (app/ServiceWorkerUpdates.tsx registers it).
      registerType: 'prompt',
      injectRegister: false,
      // globPatterns below already takes every icon: don't list them twice.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Fixline',
        short_name: 'Fixline',
        description: 'Report a maintenance problem and follow it live.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: THEME_COLOR,
        background_color: '#ffffff',
        categories: ['utilities', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // A classic script: registers everywhere service workers exist (module workers are newer).
        rollupFormat: 'iife',
        // The app shell: scripts, styles, the page and its icons (not the source maps).
        globPatterns: ['**/*.{js,css,html,svg,png}'],
      },
      devOptions: { enabled: false },
    }),
  ],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/uploads': { target: api },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Vendor chunks: each stays under the 500 kB warning and caches across app releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
            },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
});
