import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Chunks: every page is loaded on demand (app/lazyPage.tsx); the libraries every page needs (React,
// the router, i18next) form one long-cached vendor chunk; echarts is its own chunk, loaded only by the
// pages with charts; antd's components fall into the chunks of the pages that use them.
// JIANFU_SOURCEMAP=1 adds source maps (to see what a chunk is made of).
const vendor = (names: string[]) => new RegExp(`node_modules[\\\\/](${names.join('|')})[\\\\/]`);

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    sourcemap: process.env.JIANFU_SOURCEMAP === '1',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: vendor(['react', 'react-dom', 'scheduler', 'react-router', 'i18next', 'react-i18next']),
            },
            { name: 'echarts', test: vendor(['echarts', 'zrender', 'echarts-for-react']) },
          ],
        },
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
