import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { CHANNELS, EVENTS } from './shared/ipc-contract';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The CLI, the benchmarks and the evaluations share the core with the app, built alongside it.
          cli: resolve(__dirname, 'electron/cli/index.ts'),
          bench: resolve(__dirname, 'bench/index.ts'),
          'eval-detection': resolve(__dirname, 'bench/eval-detection.ts'),
          'eval-docs': resolve(__dirname, 'eval/docs.ts'),
        },
      },
    },
  },
  preload: {
    // The sandboxed preload cannot load the contract (zod) at run time; it gets its names here.
    define: { __IPC_CHANNELS__: JSON.stringify(CHANNELS), __IPC_EVENTS__: JSON.stringify(EVENTS) },
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: {
      // electron-vite leaves the renderer unminified; minified it loads and parses faster.
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
      },
    },
    plugins: [react()],
  },
});
