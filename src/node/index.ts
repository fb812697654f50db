/**
 * newsextract/node: reading articles from disk and extracting whole corpora on worker
 * threads. Everything that touches Node built-ins lives under `src/node/`.
 */
export { loadArticles, listFiles, readArticles, DEFAULT_EXTENSIONS, DEFAULT_MAX_BYTES, type LoadedArticle, type LoadOptions } from './load.js';
export { findFiles, REPORT_MARKER, type FoundFiles, type WalkOptions } from './walk.js';
export { extractDirectory, type DirectoryOptions, type DirectoryRecord, type DirectoryRun, type Totals } from './directory.js';
export { ArticleReadError, decodeText } from './decode.js';
export { htmlToArticle } from './html.js';
