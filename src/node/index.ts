/**
 * newsextract/node: file-system adapters (directory loading, worker pools, CLI).
 * Everything that touches Node built-ins lives under `src/node/`.
 */
export {};
