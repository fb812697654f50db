import * as fs from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import fg from 'fast-glob';

/** The name of the file that marks a folder as a report written by `newsextract report`. */
export const REPORT_MARKER = '.newsextract-report';

/** What {@link findFiles} found under a directory, glob or file. */
export interface FoundFiles {
  /** The directory, glob or file as the caller wrote it. */
  input: string;
  /** One path per real file, sorted; a file reached through several symlinks is listed once, under its first path. */
  files: string[];
  /** Folders that could not be read, with the system's error code; the walk went on without them. */
  unreadable: { path: string; code: string }[];
  /** Hidden entries (names starting with `.`) left out: article files and folders. */
  hidden: number;
  /** Folders left out because they hold a report written by `newsextract report` (its pages are not articles). */
  reports: number;
}

/** How {@link findFiles} walks. */
export interface WalkOptions {
  /** Extensions a directory expands to. Default: txt, md, html, htm, json, jsonl. */
  extensions?: string[];
  /** fast-glob ignore patterns. */
  ignore?: string[];
  /** Read hidden files and folders (names starting with `.`) too. Default false. */
  hidden?: boolean;
}

export const DEFAULT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'json', 'jsonl'];

/** `**\/*.{txt,md}`: the files with these extensions at any depth (one extension takes no braces: glob braces need two). */
export function extensionGlob(extensions: readonly string[]): string {
  return extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
}

/** The fast-glob pattern a directory, glob or file stands for (a file stands for itself). */
export function patternOf(patternOrDir: string, isDirectory: boolean, extensions: readonly string[]): string {
  if (!isDirectory) return patternOrDir;
  return `${fg.convertPathToPattern(patternOrDir.replace(/(?<=.)[\\/]+$/, ''))}/${extensionGlob(extensions)}`;
}

/**
 * The files a directory, file or glob names, sorted so runs are reproducible. Paths are as the
 * caller wrote them: a relative directory gives relative paths, an absolute one absolute paths.
 *
 * Symlinks are followed, but a folder link that leads back to one of its own ancestors (a
 * loop, `loop -> .`) is not entered, and a file reached by several paths is listed once. A
 * folder that cannot be read is listed in `unreadable` and the walk goes on. Folders holding
 * a newsextract report are skipped.
 */
export async function findFiles(patternOrDir: string, options: WalkOptions = {}): Promise<FoundFiles> {
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const info = await fs.promises.stat(patternOrDir).catch(() => undefined);
  const found: FoundFiles = { input: patternOrDir, files: [], unreadable: [], hidden: 0, reports: 0 };
  if (info?.isFile()) {
    found.files.push(patternOrDir);
    return found;
  }
  const real = realPaths();
  const articleExtensions = new Set(extensions.map((e) => `.${e.toLowerCase()}`));
  const adapter = {
    readdir(dir: string, ...rest: unknown[]) {
      const callback = rest.pop() as (err: NodeJS.ErrnoException | null, entries?: fs.Dirent[] | string[]) => void;
      if (isLoop(dir, real)) return callback(null, []);
      fs.readdir(dir, ...(rest as [{ withFileTypes: true }]), (err: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => {
        if (err) {
          if (err.code !== 'ENOENT') found.unreadable.push({ path: dir, code: err.code ?? 'EIO' });
          return callback(err);
        }
        const names = entries.map((e) => (typeof e === 'string' ? e : e.name));
        if (names.includes(REPORT_MARKER)) {
          found.reports++;
          return callback(null, []);
        }
        if (!options.hidden) {
          for (const e of entries) {
            if (typeof e === 'string' || !e.name.startsWith('.')) continue;
            if (e.isDirectory() || e.isSymbolicLink() || articleExtensions.has(extname(e.name).toLowerCase())) found.hidden++;
          }
        }
        callback(null, entries);
      });
    },
  };
  const listed = await fg(patternOf(patternOrDir, info?.isDirectory() === true, extensions), {
    onlyFiles: true,
    dot: options.hidden === true,
    ignore: options.ignore ?? [],
    followSymbolicLinks: true,
    // Errors are collected by the adapter above (with their folder), not thrown: one bad folder must not end the walk.
    suppressErrors: true,
    fs: adapter as unknown as fg.FileSystemAdapter,
  });
  const seen = new Set<string>();
  for (const file of listed.sort()) {
    const key = real(file) ?? file;
    if (seen.has(key)) continue;
    seen.add(key);
    found.files.push(file);
  }
  found.unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return found;
}

/** `realpath`, memoized for one walk; null when the path cannot be resolved. */
function realPaths(): (path: string) => string | null {
  const memo = new Map<string, string | null>();
  return (path) => {
    let r = memo.get(path);
    if (r === undefined) {
      try {
        r = fs.realpathSync.native(path);
      } catch {
        r = null;
      }
      memo.set(path, r);
    }
    return r;
  };
}

/**
 * A folder whose real path is the real path of one of its ancestors on the path by which it
 * was reached: entering it would walk the same tree again, without end. Decided from the path
 * alone, so the answer does not depend on the order the walk reads folders in.
 */
function isLoop(dir: string, real: (path: string) => string | null): boolean {
  const target = real(dir);
  if (target === null) return false;
  for (let p = dirname(dir); ; p = dirname(p)) {
    if (real(p) === target) return true;
    if (dirname(p) === p || basename(p) === '..') return false;
  }
}
