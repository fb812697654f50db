import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import fg from 'fast-glob';
import { ArticleReadError, decodeText } from './decode.js';
import { htmlToArticle } from './html.js';

/** One article read from disk (or one line of a JSONL file). */
export interface LoadedArticle {
  /** File path; `file.jsonl#12` for line 12 of a JSONL file. */
  path: string;
  /** The article text ('' when `error` is set). */
  text: string;
  /** Title, date and URL found in HTML or JSON records. */
  meta?: { title?: string; published?: string; url?: string };
  /** Why this file could not be read; the others still are. */
  error?: ArticleReadError;
}

export interface LoadOptions {
  /** Extensions a directory expands to. Default: txt, md, html, htm, json, jsonl. */
  extensions?: string[];
  /** fast-glob ignore patterns. */
  ignore?: string[];
  /** Files read ahead while the caller works. Default 8. */
  concurrency?: number;
  /** Files larger than this are reported, not read. Default 10 MiB. */
  maxBytes?: number;
  /** Field holding the article text in .json/.jsonl records. Default `text`. */
  textField?: string;
}

export const DEFAULT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'json', 'jsonl'];
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The files a directory, file or glob names, sorted so runs are reproducible. Paths are as the
 * caller wrote them: a relative directory gives relative paths, an absolute one absolute paths.
 */
export async function listFiles(patternOrDir: string, options: LoadOptions = {}): Promise<string[]> {
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const info = await stat(patternOrDir).catch(() => undefined);
  let pattern = patternOrDir;
  if (info?.isFile()) return [patternOrDir];
  if (info?.isDirectory()) pattern = `${fg.convertPathToPattern(patternOrDir.replace(/(?<=.)[\\/]+$/, ''))}/**/*.{${extensions.join(',')}}`;
  const files = await fg(pattern, { onlyFiles: true, dot: false, ignore: options.ignore ?? [], followSymbolicLinks: true });
  return files.sort();
}

/**
 * Read every article under a directory, a glob or a single file, in a stable order.
 * A file that cannot be read yields a record with `error` and the rest continue.
 *
 * @example
 * for await (const a of loadArticles('corpus/')) if (!a.error) console.log(a.path, a.text.length);
 */
export async function* loadArticles(patternOrDir: string, options: LoadOptions = {}): AsyncGenerator<LoadedArticle> {
  const files = await listFiles(patternOrDir, options);
  const window = Math.max(1, options.concurrency ?? 8);
  const pending: Promise<LoadedArticle[]>[] = [];
  let next = 0;
  const fill = () => {
    while (pending.length < window && next < files.length) pending.push(readArticles(files[next++]!, options));
  };
  fill();
  while (pending.length > 0) {
    const batch = await pending.shift()!;
    fill();
    yield* batch;
  }
}

/** One file → its articles (one, or one per JSONL line), or one error record. */
export async function readArticles(path: string, options: LoadOptions = {}): Promise<LoadedArticle[]> {
  try {
    const size = (await stat(path)).size;
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
  if (typeof r.title === 'string') meta.title = r.title;
  if (typeof r.date === 'string') meta.published = r.date;
  if (typeof r.url === 'string') meta.url = r.url;
  return { path, text: r[field] as string, ...(Object.keys(meta).length ? { meta } : {}) };
}
