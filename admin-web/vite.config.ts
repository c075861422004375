import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.FIXLINE_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  server: {
    port: 5174,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/uploads': { target: api },
      '/exports': { target: api },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        // entriesAware: what only a lazy page uses (GraphiQL's share of graphql, react…) stays in that
        // page's chunks instead of growing the ones every page loads.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              entriesAware: true,
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
            },
            {
              name: 'mantine',
              entriesAware: true,
              test: /node_modules[\\/](@mantine|@floating-ui|@tabler)[\\/]/,
            },
            {
              name: 'graphql',
              entriesAware: true,
              test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
