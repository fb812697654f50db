/**
 * "Who said what" at the level a researcher counts it, on the hand-made speaker gold
 * (../shared/data/speaker-gold: 29 PolNeAR train articles, every attribution with the speaker as
 * the right entity). The rules are those of ../shared/tools/score-speakers.mjs, which `npm run
 * eval` also runs on the built package; this module reads the pipeline's trace too (which pass
 * decided, how it named the speaker), to fit and check the confidence table.
 *
 * A third of the files, chosen by a hash of the name, is held apart: never used to fit the
 * confidence table, its errors never read while writing rules.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../src/pipeline.js';
import type { TracedQuote } from '../../src/quotes/findQuotes.js';
import type { Extraction, QuoteSpeaker } from '../../src/index.js';

export interface GoldAttribution {
  text: string;
  kind: 'direct' | 'indirect' | 'mixed';
  speaker: string | null;
  speakerType: 'person' | 'organization' | 'description' | 'none';
  members?: string[];
}

export interface SpeakerGold {
  file: string;
  people: { name: string; gender: 'male' | 'female' | null }[];
  attributions: GoldAttribution[];
}

/** The third of the speaker gold held apart (hash of the file name, as `held.ts` picks a fifth). */
export function heldThird(name: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 3 === 0;
}

/**
 * The speaker gold's folders: the shared one (29 articles) and ours (`speaker-gold-extra/`, 30 more
 * PolNeAR train articles annotated the same way, by reading, never from the library's output).
 */
export function speakerGoldDirs(shared: string): string[] {
  return [join(shared, 'data/speaker-gold'), join(import.meta.dirname, 'speaker-gold-extra')];
}

export function loadSpeakerGold(shared: string): { name: string; gold: SpeakerGold; text: string }[] {
  return speakerGoldDirs(shared).flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as SpeakerGold;
        return { name: f.replace(/\.json$/, ''), gold, text: readFileSync(join(shared, 'data/polnear-train', gold.file), 'utf8') };
      }),
  );
}

const norm = (s: string | null | undefined) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function sameName(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const X = x.split(' ');
  const Y = y.split(' ');
  const [s, l] = X.length <= Y.length ? [X, Y] : [Y, X];
  return s.length === 2 && l.length > 2 && s[0] === l[0] && s[1] === l[l.length - 1];
}

const STOP = new Set('a an the of and or in on at to for from by with as its it his her their our this that these those some many most few several other one two three both all any who which mr mrs ms dr s new'.split(' '));
const contentWords = (s: string) => new Set(norm(s).replace(/\bs\b/g, ' ').split(' ').filter((w) => w.length > 1 && !STOP.has(w)));

/** Is `sp` the gold speaker, as the shared scorer counts it? */
export function rightSpeaker(r: Extraction, sp: QuoteSpeaker | null, g: GoldAttribution): boolean {
  if (g.speaker === null || g.speakerType === 'none') return sp === null;
  if (!sp) return false;
  const entity = sp.entityId ? [...r.people, ...r.organizations].find((e) => e.id === sp.entityId) : undefined;
  const name = entity?.name ?? sp.name;
  if (g.speakerType === 'description') {
    if ((g.members ?? []).some((m) => sameName(name, m))) return true;
    if (sp.entityId) return false;
    if (norm(sp.name) && norm(sp.name) === norm(g.speaker)) return true;
    const gw = contentWords(g.speaker);
    return [...contentWords(sp.name)].some((w) => gw.has(w));
  }
  const gw = norm(g.speaker).split(' ');
  const pw = norm(name).split(' ');
  return sameName(name, g.speaker) || (gw.length === 1 && pw.length > 1 && pw[pw.length - 1] === gw[0]);
}

/** One gold attribution found by a quote: the quote's sieve key and whether its speaker is right. */
export interface Judged {
  key: string;
  /** The cue finder (or reported-speech finder) that found the cue, if any. */
  finder: string;
  right: boolean;
  confidence: number;
  /** A carry-over whose source quote had the wrong speaker: its error is the source's, already counted there. */
  inherited?: boolean;
}

/**
 * Every quote that finds a gold attribution (the gold text at least half inside it; the one with
 * the right speaker, else the tightest), with the key of the way it was attributed.
 */
export function judge(text: string, gold: SpeakerGold): { judged: Judged[]; gold: number; found: number; right: number } {
  const trace: { quotes?: TracedQuote[] } = {};
  const r = runPipeline(text, {}, trace);
  const quotes = trace.quotes!;
  const judged: Judged[] = [];
  let found = 0;
  let right = 0;
  const rightness = new Map<TracedQuote, boolean>();
  const carried: [TracedQuote, Judged][] = [];
  for (const g of gold.attributions) {
    const start = text.indexOf(g.text);
    if (start < 0) continue;
    const end = start + g.text.length;
    const inside = (q: TracedQuote) => Math.max(0, Math.min(end, q.end) - Math.max(start, q.start)) * 2 >= end - start;
    const candidates = quotes.filter(inside).sort((a, b) => Number(rightSpeaker(r, b.speaker, g)) - Number(rightSpeaker(r, a.speaker, g)) || a.end - a.start - (b.end - b.start));
    const q = candidates[0];
    if (!q) continue;
    found++;
    const ok = rightSpeaker(r, q.speaker, g);
    if (ok) right++;
    rightness.set(q, ok);
    if (!q.speaker) continue;
    const j: Judged = { key: `${q.sieve.speaker}:${q.sieve.via}:${q.kind}`, finder: q.sieve.cue ?? '', right: ok, confidence: q.confidence ?? 0 };
    judged.push(j);
    if (q.sieve.speaker === 'carry-over') carried.push([q, j]);
  }
  // A carry-over copies the speaker of the nearest quote before it with that same speaker.
  for (const [q, j] of carried) {
    const same = JSON.stringify(q.speaker);
    const source = quotes.filter((p) => p.end <= q.start && JSON.stringify(p.speaker) === same).at(-1);
    if (!j.right && source && rightness.get(source) === false) j.inherited = true;
  }
  return { judged, gold: gold.attributions.length, found, right };
}
