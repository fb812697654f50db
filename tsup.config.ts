import { defineConfig } from 'tsup';

// Entry points: the pure core (no Node built-ins), the Node adapters, their worker, the CLI, and the queue.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'node/worker': 'src/node/worker.ts' },
    format: ['esm', 'cjs'],
    // One .d.ts pass for all three entry points (the queue's too): one TypeScript program, not two.
    dts: { entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'node/queue': 'src/node/queue/index.ts' } },
    clean: true,
    sourcemap: true,
    // ES2022, not `node20`: for node20 esbuild rewrites every `\p{…}` regex literal into a
    // `new RegExp()` built on each call (a third of the time some functions took).
    target: 'es2022',
    splitting: true,
    shims: true,
  },
  {
    // The CLI; its queue commands (and BullMQ) are a chunk of their own, loaded only by `newsextract queue`.
    entry: { cli: 'src/node/bin.ts' },
    format: ['esm'],
    target: 'es2022',
    sourcemap: true,
    splitting: true,
    outDir: 'dist/node',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // Built apart, like the CLI, so its code sits in dist/node beside worker.js, which its pool loads by a relative URL.
    entry: { 'node/queue': 'src/node/queue/index.ts' },
    format: ['esm', 'cjs'],
    target: 'es2022',
    sourcemap: true,
    shims: true,
  },
]);
