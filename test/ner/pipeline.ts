/**
 * The whole library on CoNLL-2003: each document written out as text (one sentence per line),
 * run through `extract()`, and its entity mentions scored against the gold spans (exact
 * character span and type). This measures the recognizer users get, not the tagger alone.
 */
import { extract, type ExtractOptions } from '../../src/index.js';
import { spansOf } from '../../src/tagger/decode.js';
import { withMicro, type ConllDocument, type SpanScores } from './conll.js';

const TYPE: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** A CoNLL document written out as text (tokens spaced, one sentence per line), with its gold spans as `start:end:TYPE`. */
export function written(doc: ConllDocument): { text: string; gold: Set<string> } {
  let text = '';
  const gold = new Set<string>();
  for (const s of doc) {
    const starts: number[] = [];
    const ends: number[] = [];
    for (const t of s.tokens) {
      starts.push(text.length);
      text += t.text;
      ends.push(text.length);
      text += ' ';
    }
    text += '\n';
    for (const span of spansOf(s.gold)) if (TYPES.has(span.type)) gold.add(`${starts[span.start]}:${ends[span.end - 1]}:${span.type}`);
  }
  return { text, gold };
}

const TYPES = new Set(['PER', 'ORG', 'LOC']);

export function scorePipeline(docs: readonly ConllDocument[], options: ExtractOptions = {}): SpanScores {
  const byType: SpanScores['byType'] = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
  for (const doc of docs) {
    const { text, gold } = written(doc);
    const r = extract(text, options);
    const predicted = new Set<string>();
    for (const e of [...r.people, ...r.organizations, ...r.places]) for (const m of e.mentions) predicted.add(`${m.start}:${m.end}:${TYPE[e.type]}`);
    for (const p of predicted) byType[p.split(':')[2]!]![gold.has(p) ? 'tp' : 'fp']++;
    for (const g of gold) if (!predicted.has(g)) byType[g.split(':')[2]!]!.fn++;
  }
  return withMicro(byType);
}

/** Plain compromise's people/organizations/places finders on the same text, by exact character span. */
export function scoreCompromise(docs: readonly ConllDocument[], nlp: (text: string) => CompromiseDoc): SpanScores {
  const byType: SpanScores['byType'] = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
  for (const doc of docs) {
    const { text, gold } = written(doc);
    const d = nlp(text);
    const predicted = new Set<string>();
    for (const [type, view] of [['PER', d.people()], ['ORG', d.organizations()], ['LOC', d.places()]] as const) {
      for (const m of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
        let start = m.offset.start;
        let end = start + m.offset.length;
        // compromise includes trailing punctuation and possessives in its spans.
        while (end > start && /[\s.,;:!?'’"”)]/.test(text[end - 1]!)) end--;
        if (/['’]s$/.test(text.slice(start, end))) end -= 2;
        while (start < end && /[\s"“(]/.test(text[start]!)) start++;
        if (end > start) predicted.add(`${start}:${end}:${type}`);
      }
    }
    for (const p of predicted) byType[p.split(':')[2]!]![gold.has(p) ? 'tp' : 'fp']++;
    for (const g of gold) if (!predicted.has(g)) byType[g.split(':')[2]!]!.fn++;
  }
  return withMicro(byType);
}

interface CompromiseView {
  json(options: object): unknown;
}

export interface CompromiseDoc {
  people(): CompromiseView;
  organizations(): CompromiseView;
  places(): CompromiseView;
}
