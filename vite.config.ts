import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// KOERS_WEB_DIST lets parallel builds (e.g. two browser-test runs) use separate output folders; the server reads the same variable.
const outDir = process.env.KOERS_WEB_DIST ? resolve(process.env.KOERS_WEB_DIST) : '../../dist/web';

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir, emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
