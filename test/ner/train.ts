/**
 * `npm run train:ner`: train the named-entity tagger's averaged perceptron on CoNLL-2003
 * `eng.train`, score `eng.testa` after every epoch, and write the last epoch's weights to
 * `src/tagger/ner-model.json` (the last, not the best: choosing on eng.testa would flatter
 * the figure reported on it). Deterministic: a fixed seed orders the documents.
 *
 * Environment: EPOCHS (default 16), MIN_COUNT (feature cutoff, default 1), OUT (model path).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentContext, tokenFeatures, viewOf } from '../../src/tagger/features.js';
import { allowed, remember } from '../../src/tagger/decode.js';
import { LABELS, encodeModel, parseModel, type Scorer } from '../../src/tagger/model.js';
import { evaluate, loadConll, type ConllDocument } from './conll.js';

const shared = join(import.meta.dirname, '../../../shared/data/conll2003');
const EPOCHS = Number(process.env.EPOCHS ?? 16);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 1);
const OUT = process.env.OUT ?? join(import.meta.dirname, '../../src/tagger/ner-model.json');
const L = LABELS.length;

/** mulberry32: a small seeded PRNG, so every run shuffles the same way. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Averaged perceptron over a fixed feature set, with lazy averaging (Daumé's trick). */
class Perceptron implements Scorer {
  readonly labels = LABELS;
  private readonly w: Float64Array;
  private readonly total: Float64Array;
  private readonly stamp: Float64Array;
  private clock = 0;

  constructor(readonly index: Map<number, number>) {
    this.w = new Float64Array(index.size * L);
    this.total = new Float64Array(index.size * L);
    this.stamp = new Float64Array(index.size * L);
  }

  score(features: readonly number[], out: Float64Array): void {
    for (const f of features) {
      const row = this.index.get(f);
      if (row === undefined) continue;
      for (let l = 0; l < L; l++) out[l]! += this.w[row * L + l]!;
    }
  }

  tick(): void {
    this.clock++;
  }

  update(features: readonly number[], gold: number, guess: number): void {
    for (const f of features) {
      const row = this.index.get(f);
      if (row === undefined) continue;
      for (const [l, d] of [[gold, 1], [guess, -1]] as const) {
        const j = row * L + l;
        this.total[j]! += (this.clock - this.stamp[j]!) * this.w[j]!;
        this.stamp[j] = this.clock;
        this.w[j]! += d;
      }
    }
  }

  /** The averaged weights as a read-only scorer and as a table for the file. */
  averaged(): { scorer: Scorer; table: Map<number, Float64Array> } {
    const avg = new Float64Array(this.w.length);
    for (let j = 0; j < avg.length; j++) avg[j] = (this.total[j]! + (this.clock - this.stamp[j]!) * this.w[j]!) / Math.max(1, this.clock);
    const index = this.index;
    const scorer: Scorer = {
      labels: LABELS,
      score(features, out) {
        for (const f of features) {
          const row = index.get(f);
          if (row === undefined) continue;
          for (let l = 0; l < L; l++) out[l]! += avg[row * L + l]!;
        }
      },
    };
    const table = new Map<number, Float64Array>();
    for (const [key, row] of index) table.set(key, avg.subarray(row * L, row * L + L));
    return { scorer, table };
  }
}

/** Features seen at least MIN_COUNT times with gold history: rare ones memorize, and bloat the file. */
function featureIndex(docs: ConllDocument[]): Map<number, number> {
  const counts = new Map<number, number>();
  const buffer: number[] = [];
  for (const doc of docs) {
    const context = new DocumentContext(doc.map((s) => s.tokens));
    for (const s of doc) {
      const view = viewOf(s.tokens);
      for (let i = 0; i < s.tokens.length; i++) {
        tokenFeatures(view, i, i > 0 ? s.gold[i - 1]! : '<s>', i > 1 ? s.gold[i - 2]! : '<s>', context, buffer);
        for (const f of buffer) counts.set(f, (counts.get(f) ?? 0) + 1);
      }
      remember(s.tokens, s.gold, context);
    }
  }
  const index = new Map<number, number>();
  for (const [f, c] of counts) if (c >= MIN_COUNT) index.set(f, index.size);
  return index;
}

function trainEpoch(model: Perceptron, docs: ConllDocument[]): number {
  const scores = new Float64Array(L);
  const buffer: number[] = [];
  let errors = 0;
  for (const doc of docs) {
    const context = new DocumentContext(doc.map((s) => s.tokens));
    for (const s of doc) {
      const view = viewOf(s.tokens);
      const tags: string[] = [];
      for (let i = 0; i < s.tokens.length; i++) {
        const m1 = i > 0 ? tags[i - 1]! : '<s>';
        tokenFeatures(view, i, m1, i > 1 ? tags[i - 2]! : '<s>', context, buffer);
        scores.fill(0);
        model.score(buffer, scores);
        let guess = -1;
        for (let l = 0; l < L; l++) if (allowed(LABELS[l]!, m1) && (guess < 0 || scores[l]! > scores[guess]!)) guess = l;
        const gold = LABELS.indexOf(s.gold[i] as (typeof LABELS)[number]);
        model.tick();
        if (guess !== gold) {
          model.update(buffer, gold, guess);
          errors++;
        }
        tags.push(LABELS[guess]!);
      }
      remember(s.tokens, tags, context);
    }
  }
  return errors;
}

const pct = (x: number) => (100 * x).toFixed(2);

function main(): void {
  const started = Date.now();
  const train = loadConll(join(shared, 'eng.train'));
  const dev = loadConll(join(shared, 'eng.testa'));
  console.log(`train: ${train.length} documents, ${train.reduce((n, d) => n + d.length, 0)} sentences; dev: ${dev.length} documents (${((Date.now() - started) / 1000).toFixed(1)} s to load and POS-tag)`);
  const index = featureIndex(train);
  console.log(`features kept (seen ≥ ${MIN_COUNT}×): ${index.size}`);
  const model = new Perceptron(index);
  const random = rng(2003);
  const order = [...train];
  let final: { f: number; table: Map<number, Float64Array> } | undefined;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const t0 = Date.now();
    const errors = trainEpoch(model, order);
    const { scorer, table } = model.averaged();
    const scores = evaluate(scorer, dev);
    const types = Object.entries(scores.byType).map(([t, c]) => `${t} ${pct((2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn))}`).join(' ');
    console.log(`epoch ${epoch}: ${errors} training errors; eng.testa PER/ORG/LOC micro F1 ${pct(scores.micro.f)} (${types}) [${((Date.now() - t0) / 1000).toFixed(1)} s]`);
    if (epoch === EPOCHS) final = { f: scores.micro.f, table };
  }
  const file = encodeModel(LABELS, final!.table, {
    corpus: 'CoNLL-2003 eng.train (Reuters, 1996)',
    epochs: EPOCHS,
    minCount: MIN_COUNT,
    devMicroF1: Number(pct(final!.f)),
  });
  const json = JSON.stringify(file);
  writeFileSync(OUT, json);
  // What ships is the quantized file: score it as loaded.
  const shipped = evaluate(parseModel(JSON.parse(json)), dev);
  console.log(`as written (int16 weights): eng.testa micro F1 ${pct(shipped.micro.f)}`);
  console.log(`wrote ${OUT}: ${file.entries} features, ${(json.length / 1e6).toFixed(1)} MB; ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
}

main();
