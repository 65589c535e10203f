import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Chunks: every page is loaded on demand (app/lazyPage.tsx); the libraries every page needs (React,
// the router, i18next) form one long-cached vendor chunk; echarts is its own chunk, loaded only by the
// pages with charts; antd's components that six or more pages share form one chunk (the rest stay with
// their pages), and each page's own modules load with it.
// JIANFU_SOURCEMAP=1 adds source maps (to see what a chunk is made of).
const vendor = (names: string[]) => new RegExp(`node_modules[\\\\/](${names.join('|')})[\\\\/]`);

const antdModule = vendor(['antd', '@ant-design', '@rc-component', 'rc-[\\w-]+']);
const iconModule = vendor(['@ant-design[\\\\/]icons', '@ant-design[\\\\/]icons-svg']);

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
          // A group takes only the modules its test names, not what they import (else the entry would
          // need the antd chunk for one helper both use).
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'react',
              test: vendor(['react', 'react-dom', 'scheduler', 'react-router', 'i18next', 'react-i18next']),
            },
            { name: 'echarts', test: vendor(['echarts', 'zrender', 'echarts-for-react']) },
            // antd's pieces that most pages use, in one chunk: one request instead of dozens (on a phone's
            // link each request costs a round trip, and HTTP/1.1 opens only six at a time).
            {
              name: 'antd',
              // Not the icons: the menu (in the login page's bundle, for the route guards) draws them.
              test: (id: string) => antdModule.test(id) && !iconModule.test(id),
              minShareCount: 6,
            },
            // The icons shared by pages, in one small chunk rather than one request each.
            { name: 'icons', test: iconModule, minShareCount: 2 },
          ],
        },
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
