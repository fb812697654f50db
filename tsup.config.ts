import { defineConfig } from 'tsup';

// Entry points: the pure core (no Node built-ins), the Node adapters, their worker, and the CLI.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'node/worker': 'src/node/worker.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts' } },
    clean: true,
    sourcemap: true,
    // Import attributes on the gazetteer JSON need Node ≥ 20.10.
    target: 'node20.10',
    splitting: true,
    shims: true,
  },
  {
    entry: { 'node/cli': 'src/node/bin.ts' },
    format: ['esm'],
    target: 'node20.10',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
