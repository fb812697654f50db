import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ArticleReadError, decodeText } from './decode.js';
import { htmlToArticle } from './html.js';
import { DEFAULT_EXTENSIONS, findFiles, type FoundFiles, type WalkOptions } from './walk.js';
import { checkLoadOptions } from './options.js';

export { DEFAULT_EXTENSIONS };

/** One article read from disk (or one line of a JSONL file). */
export interface LoadedArticle {
  /** File path; `file.jsonl#12` for line 12 of a JSONL file. */
  path: string;
  /** The article text ('' when `error` is set). */
  text: string;
  /**
   * What the file says about the article: an HTML page's title; a JSON record's `title`,
   * `url`, `date` (also as `published`, which anchors relative dates) and the fields named in
   * `metaFields`, as written. Carried into the result's `meta`, over what extraction detects.
   */
  meta?: { title?: string; published?: string; url?: string; date?: string; [field: string]: string | undefined };
  /** Why this file could not be read; the others still are. */
  error?: ArticleReadError;
}

export interface LoadOptions extends WalkOptions {
  /** Files read ahead while the caller works. Default 8. */
  concurrency?: number;
  /** Files larger than this are reported, not read. Default 10 MiB. */
  maxBytes?: number;
  /** Field holding the article text in .json/.jsonl records. Default `text`. */
  textField?: string;
  /**
   * More string fields of .json/.jsonl records to carry into `meta` as written (`author`,
   * `section`); `title`, `url` and `date` always are. A record without the field, or with a
   * value that is not a string, leaves it out.
   */
  metaFields?: string[];
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The files a directory, file or glob names, sorted so runs are reproducible. Paths are as the
 * caller wrote them: a relative directory gives relative paths, an absolute one absolute paths.
 * {@link findFiles} also tells which folders could not be read and what was skipped.
 */
export async function listFiles(patternOrDir: string, options: LoadOptions = {}): Promise<string[]> {
  return (await findFiles(patternOrDir, checkLoadOptions(options, 'listFiles'))).files;
}

/**
 * Read every article under a directory, a glob or a single file (or the files a
 * {@link findFiles} walk found), in a stable order. A file or folder that cannot be read
 * yields a record with `error` and the rest continue.
 *
 * @example
 * for await (const a of loadArticles('corpus/')) if (!a.error) console.log(a.path, a.text.length);
 */
export async function* loadArticles(source: string | FoundFiles, options: LoadOptions = {}): AsyncGenerator<LoadedArticle> {
  checkLoadOptions(options, 'loadArticles');
  const found = typeof source === 'string' ? await findFiles(source, options) : source;
  // Unreadable folders are reported where they fall in path order, among the files.
  const folders = found.unreadable.map((u) => ({ path: u.path, text: '', error: new ArticleReadError(u.path, 'unreadable', `is a folder that cannot be read (${u.code})`) }));
  const files = found.files;
  const window = Math.max(1, options.concurrency ?? 8);
  const pending: { path: string; articles: Promise<LoadedArticle[]> }[] = [];
  let next = 0;
  const fill = () => {
    while (pending.length < window && next < files.length) {
      const path = files[next++]!;
      pending.push({ path, articles: readArticles(path, options) });
    }
  };
  fill();
  let f = 0;
  while (pending.length > 0) {
    const { path, articles } = pending.shift()!;
    const batch = await articles;
    fill();
    while (f < folders.length && folders[f]!.path < path) yield folders[f++]!;
    yield* batch;
  }
  while (f < folders.length) yield folders[f++]!;
}

/** One file → its articles (one, or one per JSONL line), or one error record. */
export async function readArticles(path: string, options: LoadOptions = {}): Promise<LoadedArticle[]> {
  try {
    const size = (await stat(path).catch((e: NodeJS.ErrnoException) => {
      // Node decodes file names as UTF-8: a name in another encoding comes back with U+FFFD and cannot be opened.
      if (e.code === 'ENOENT' && path.includes('\uFFFD')) throw new ArticleReadError(path, 'unreadable', 'has a file name that is not valid UTF-8; rename it to read it');
      throw e;
    })).size;
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (size > max) throw new ArticleReadError(path, 'too-large', `is ${size} bytes, over the ${max}-byte limit`);
    const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
      throw new ArticleReadError(path, 'unreadable', `cannot be read (${e.code ?? e.message})`);
    });
    const raw = decodeText(path, bytes);
    const ext = extname(path).toLowerCase();
    if (ext === '.html' || ext === '.htm') {
      const { text, title } = htmlToArticle(raw);
      return [{ path, text, ...(title ? { meta: { title } } : {}) }];
    }
    if (ext === '.json') return [fromRecord(path, parseJson(path, raw), options)];
    if (ext === '.jsonl') {
      return raw.split('\n').flatMap((line, i) => {
        if (!line.trim()) return [];
        const at = `${path}#${i + 1}`;
        try {
          return [fromRecord(at, parseJson(at, line), options)];
        } catch (e) {
          return [{ path: at, text: '', error: e as ArticleReadError }];
        }
      });
    }
    return [{ path, text: raw }];
  } catch (e) {
    const error = e instanceof ArticleReadError ? e : new ArticleReadError(path, 'unreadable', String((e as Error).message ?? e));
    return [{ path, text: '', error }];
  }
}

function parseJson(path: string, raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new ArticleReadError(path, 'parse', `is not valid JSON (${(e as Error).message})`);
  }
}

function fromRecord(path: string, record: unknown, options: LoadOptions): LoadedArticle {
  const field = options.textField ?? 'text';
  if (!record || typeof record !== 'object' || typeof (record as Record<string, unknown>)[field] !== 'string')
    throw new ArticleReadError(path, 'parse', `has no string field "${field}"`);
  const r = record as Record<string, unknown>;
  const meta: NonNullable<LoadedArticle['meta']> = {};
  for (const key of ['title', 'url', 'date', ...(options.metaFields ?? [])]) if (typeof r[key] === 'string') meta[key] = r[key];
  if (meta.date !== undefined) meta.published = meta.date;
  return { path, text: r[field] as string, ...(Object.keys(meta).length ? { meta } : {}) };
}
