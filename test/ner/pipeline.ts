/**
 * The whole library on CoNLL-2003: each document written out as text (one sentence per line),
 * run through `extract()`, and its entity mentions scored against the gold spans (exact
 * character span and type). This measures the recognizer users get, not the tagger alone.
 */
import { extract, type ExtractOptions } from '../../src/index.js';
import { spansOf } from '../../src/tagger/decode.js';
import { prf, type ConllDocument, type SpanScores } from './conll.js';

const TYPE: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

export function scorePipeline(docs: readonly ConllDocument[], options: ExtractOptions = {}): SpanScores {
  const byType: SpanScores['byType'] = { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
  for (const doc of docs) {
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
      for (const span of spansOf(s.gold)) if (byType[span.type]) gold.add(`${starts[span.start]}:${ends[span.end - 1]}:${span.type}`);
    }
    const r = extract(text, options);
    const predicted = new Set<string>();
    for (const e of [...r.people, ...r.organizations, ...r.places]) for (const m of e.mentions) predicted.add(`${m.start}:${m.end}:${TYPE[e.type]}`);
    for (const p of predicted) byType[p.split(':')[2]!]![gold.has(p) ? 'tp' : 'fp']++;
    for (const g of gold) if (!predicted.has(g)) byType[g.split(':')[2]!]!.fn++;
  }
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const c of Object.values(byType)) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
  }
  return { byType, micro: prf(sum) };
}
