import { availableParallelism } from 'node:os';
import type { LoadOptions } from './load.js';

/** A TypeError in the library's own words: `newsextract: fn(): options.x must be …, got …`. */
function invalid(fn: string, name: string, expected: string, value: unknown): TypeError {
  return new TypeError(`newsextract: ${fn}(): options.${name} must be ${expected}, got ${JSON.stringify(value) ?? typeof value}`);
}

const isWhole = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Options of the loaders, checked once at the entry point; returns them unchanged. */
export function checkLoadOptions<T extends LoadOptions>(options: T, fn: string): T {
  if (options === null || typeof options !== 'object') throw new TypeError(`newsextract: ${fn}(): options must be an object, got ${options === null ? 'null' : typeof options}`);
  if (options.extensions !== undefined && (!isStrings(options.extensions) || options.extensions.some((e) => !/^[\w.-]+$/.test(e)))) throw invalid(fn, 'extensions', 'a list of extensions without dots or glob characters', options.extensions);
  if (options.ignore !== undefined && !isStrings(options.ignore)) throw invalid(fn, 'ignore', 'a list of glob patterns', options.ignore);
  if (options.hidden !== undefined && typeof options.hidden !== 'boolean') throw invalid(fn, 'hidden', 'a boolean', options.hidden);
  if (options.concurrency !== undefined && !isWhole(options.concurrency, 1)) throw invalid(fn, 'concurrency', 'a whole number ≥ 1', options.concurrency);
  if (options.maxBytes !== undefined && !isWhole(options.maxBytes, 0)) throw invalid(fn, 'maxBytes', 'a whole number of bytes ≥ 0', options.maxBytes);
  if (options.textField !== undefined && (typeof options.textField !== 'string' || options.textField === '')) throw invalid(fn, 'textField', 'a field name', options.textField);
  if (options.metaFields !== undefined && (!isStrings(options.metaFields) || options.metaFields.some((f) => f === '' || f === 'published' || f === (options.textField ?? 'text'))))
    throw invalid(fn, 'metaFields', 'a list of field names other than the text field and "published" (the ISO day extraction gives)', options.metaFields);
  return options;
}

/** The cores worker threads can use here. */
export function cores(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Worker threads for a run: the request, or all cores; never more than the cores (extraction is
 * CPU-bound: more threads only add memory, ~400 MiB each).
 */
export function workerCount(requested: unknown, fn: string): number {
  if (requested === undefined) return cores();
  if (!isWhole(requested, 1)) throw invalid(fn, 'workers', 'a whole number ≥ 1', requested);
  return Math.min(requested, cores());
}
