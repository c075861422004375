import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.FIXLINE_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/uploads': { target: api },
    },
  },
  build: { outDir: 'dist', sourcemap: true },
});
