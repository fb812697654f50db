import { defineConfig } from 'tsup';

// Two entry points: the pure core (no Node built-ins) and the Node adapters.
export default defineConfig({
  entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20.10',
  splitting: true,
});
