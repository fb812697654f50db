import { defineConfig } from 'tsup';

// Entry points: the pure core (no Node built-ins), the Node adapters, their worker, and the CLI.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'node/worker': 'src/node/worker.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts' } },
    clean: true,
    sourcemap: true,
    // ES2022, not `node20`: for node20 esbuild rewrites every `\p{…}` regex literal into a
    // `new RegExp()` built on each call (a third of the time some functions took).
    target: 'es2022',
    splitting: true,
    shims: true,
  },
  {
    entry: { 'node/cli': 'src/node/bin.ts' },
    format: ['esm'],
    target: 'es2022',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
