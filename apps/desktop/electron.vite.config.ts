import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Workspace packages are TypeScript sources and devDependencies here: they are bundled.
// better-sqlite3 is native and stays external (it ships prebuilt binaries that load in
// Electron as they are); so does jieba-wasm, the facts' word segmenter, whose loader reads
// its .wasm file from beside itself at run time.

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        external: ['better-sqlite3', 'jieba-wasm'],
        // @acemir/cssom (a CSS parser the HTML reader pulls in) calls eval() on an error
        // type name it builds itself; the warning is about that library, not a risk here,
        // and a build that prints it leaves every user wondering. Other warnings still show.
        onwarn(warning, warn) {
          if (warning.code === 'EVAL' && warning.id?.includes('cssom')) return;
          warn(warning);
        },
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          serviceHost: resolve(import.meta.dirname, 'src/main/serviceHost.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload must be one CommonJS file that requires nothing but electron.
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        external: ['electron'],
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    // Relative asset URLs work both from file:// (desktop) and from the HTTP server.
    base: './',
    plugins: [react()],
    build: {
      // Smaller to send and quicker to parse: the browser edition loads it over HTTP.
      minify: true,
      rollupOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') },
    },
  },
});
