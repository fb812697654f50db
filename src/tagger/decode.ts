import type { Scorer } from './model.js';
import { DocumentContext, NEIGHBOURS, contextFeatures, dynamicFeatures, neighbourFeatures, viewOf, wordFeatures, type SentenceView, type TaggerToken } from './features.js';

/** A tagged name: token range `[start, end)` in its sentence, type, and how sure the tagger was. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: string;
  /** Smallest score margin between the chosen label and the runner-up over the span's tokens. */
  margin: number;
}

/** `I-X` may only continue `B-X` or `I-X`. */
export function allowed(label: string, previous: string): boolean {
  return label[0] !== 'I' || (previous !== 'O' && previous !== '<s>' && previous.slice(2) === label.slice(2));
}

const transitionTables = new WeakMap<readonly string[], Uint8Array>();

/** `permitted[previous * n + label]`, with row `n` for the sentence start. */
function transitions(labels: readonly string[]): Uint8Array {
  let table = transitionTables.get(labels);
  if (!table) {
    const n = labels.length;
    table = new Uint8Array((n + 1) * n);
    for (let p = 0; p <= n; p++) for (let l = 0; l < n; l++) table[p * n + l] = allowed(labels[l]!, p === n ? '<s>' : labels[p]!) ? 1 : 0;
    transitionTables.set(labels, table);
  }
  return table;
}

/**
 * Score rows of single-word feature groups, per distinct word and model: articles repeat their
 * words, and a corpus repeats its vocabulary. Words get small integer ids, so a token costs one
 * map lookup and the rest is array indexing.
 */
class RowCache {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly words: (Float32Array | undefined)[] = [];
  /** Per neighbour offset (index into NEIGHBOURS), per word id. */
  private readonly neighbours: (Float32Array | undefined)[][] = NEIGHBOURS.map(() => []);
  /** Per neighbour offset: the row for "past the sentence's edge". */
  private readonly edges: Float32Array[];
  private readonly features: number[] = [];
  private readonly scratch: Float64Array;

  constructor(private readonly scorer: Scorer) {
    this.scratch = new Float64Array(scorer.labels.length);
    this.edges = NEIGHBOURS.map((offset) => this.row((out) => neighbourFeatures(offset, undefined, out)));
  }

  private row(compute: (out: number[]) => void): Float32Array {
    this.features.length = 0;
    compute(this.features);
    this.scratch.fill(0);
    this.scorer.score(this.features, this.scratch);
    return Float32Array.from(this.scratch);
  }

  /** Ids for a sentence's words. Bounded over long corpus runs: when full, start afresh (between sentences, so ids stay valid). */
  idsOf(tokens: readonly TaggerToken[]): number[] {
    if (this.texts.length + tokens.length > CACHE_LIMIT) {
      this.ids.clear();
      this.texts.length = 0;
      this.words.length = 0;
      for (const n of this.neighbours) n.length = 0;
    }
    return tokens.map((t) => {
      let id = this.ids.get(t.text);
      if (id === undefined) {
        id = this.texts.length;
        this.ids.set(t.text, id);
        this.texts.push(t.text);
      }
      return id;
    });
  }

  word(id: number): Float32Array {
    return (this.words[id] ??= this.row((out) => wordFeatures(this.texts[id]!, out)));
  }

  neighbour(k: number, id: number | undefined): Float32Array {
    if (id === undefined) return this.edges[k]!;
    return (this.neighbours[k]![id] ??= this.row((out) => neighbourFeatures(NEIGHBOURS[k]!, this.texts[id]!, out)));
  }
}

const CACHE_LIMIT = 200_000;
const caches = new WeakMap<Scorer, RowCache>();

function rowCache(scorer: Scorer): RowCache {
  let cache = caches.get(scorer);
  if (!cache) caches.set(scorer, (cache = new RowCache(scorer)));
  return cache;
}

/** Scores of every token's word features (one row of labels per token), computed once per sentence. */
function staticScores(scorer: Scorer, view: SentenceView, doc: DocumentContext): Float64Array {
  const cache = rowCache(scorer);
  const n = scorer.labels.length;
  const length = view.tokens.length;
  const ids = cache.idsOf(view.tokens);
  const scores = new Float64Array(length * n);
  const features: number[] = [];
  const row = new Float64Array(n);
  for (let i = 0; i < length; i++) {
    if (view.outside[i]) continue;
    features.length = 0;
    contextFeatures(view, i, doc, features);
    row.set(cache.word(ids[i]!));
    scorer.score(features, row);
    for (let k = 0; k < NEIGHBOURS.length; k++) {
      const j = i + NEIGHBOURS[k]!;
      const r = cache.neighbour(k, j >= 0 && j < length ? ids[j] : undefined);
      for (let l = 0; l < n; l++) row[l]! += r[l]!;
    }
    scores.set(row, i * n);
  }
  return scores;
}

/**
 * Tag one sentence greedily, left to right: each token's label is the best-scoring one
 * consistent with the label before it. Returns the labels and each choice's margin.
 */
export function tagSentence(scorer: Scorer, tokens: readonly TaggerToken[], doc: DocumentContext, view: SentenceView = viewOf(tokens), statics: Float64Array = staticScores(scorer, view, doc)): { tags: string[]; margins: number[] } {
  const labels = scorer.labels;
  const n = labels.length;
  const permitted = transitions(labels);
  const scores = new Float64Array(n);
  const features: number[] = [];
  const tags: string[] = [];
  const margins: number[] = [];
  let previous = n; // row `n` of the transition table: sentence start
  const outside = labels.indexOf('O');
  for (let i = 0; i < tokens.length; i++) {
    if (view.outside[i]) {
      tags.push('O');
      margins.push(Infinity);
      previous = outside;
      continue;
    }
    const m1 = i > 0 ? tags[i - 1]! : '<s>';
    const m2 = i > 1 ? tags[i - 2]! : '<s>';
    features.length = 0;
    dynamicFeatures(view, i, m1, m2, doc, features);
    scores.set(statics.subarray(i * n, i * n + n));
    scorer.score(features, scores);
    let best = -1;
    let second = -Infinity;
    for (let l = 0; l < n; l++) {
      if (!permitted[previous * n + l]) continue;
      if (best < 0 || scores[l]! > scores[best]!) {
        if (best >= 0) second = Math.max(second, scores[best]!);
        best = l;
      } else second = Math.max(second, scores[l]!);
    }
    tags.push(labels[best]!);
    margins.push(scores[best]! - second);
    previous = best;
  }
  remember(tokens, tags, doc);
  return { tags, margins };
}

/** Record what the tagger called each capitalized word, for later sentences of the document. */
export function remember(tokens: readonly TaggerToken[], tags: readonly string[], doc: DocumentContext): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tags[i]!;
    if (t !== 'O' && /^\p{Lu}/u.test(tokens[i]!.text)) doc.history.set(tokens[i]!.text.toLowerCase(), t.slice(2));
  }
}

/** Tag every sentence of one document; each sentence sees how the rest of the document was tagged. */
export function tagDocument(scorer: Scorer, sentences: readonly (readonly TaggerToken[])[]): { tags: string[]; margins: number[] }[] {
  const doc = new DocumentContext(sentences);
  const views = sentences.map(viewOf);
  const statics = views.map((v) => staticScores(scorer, v, doc));
  // Two passes: the second sees what the first called every word, in later sentences too.
  // A sentence whose words' history is what the first pass saw would come out the same: kept.
  const seen: (string | undefined)[][] = [];
  const first = sentences.map((s, k) => {
    seen.push(historyOf(views[k]!, doc));
    return tagSentence(scorer, s, doc, views[k], statics[k]);
  });
  return sentences.map((s, k) => {
    if (!sameHistory(seen[k]!, historyOf(views[k]!, doc))) return tagSentence(scorer, s, doc, views[k], statics[k]);
    remember(s, first[k]!.tags, doc);
    return first[k]!;
  });
}

/** What the document's history says about each capitalized word of a sentence (the only words it is consulted for). */
function historyOf(view: SentenceView, doc: DocumentContext): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  view.tokens.forEach((t, i) => {
    if (view.lower[i] !== t.text) out.push(doc.history.get(view.lower[i]!));
  });
  return out;
}

function sameHistory(a: readonly (string | undefined)[], b: readonly (string | undefined)[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** IOB2 labels to spans (a stray `I-X` opens a span). */
export function spansOf(tags: readonly string[], margins?: readonly number[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | undefined;
  for (let i = 0; i <= tags.length; i++) {
    const t = tags[i] ?? 'O';
    const continues = open && t[0] === 'I' && t.slice(2) === open.type;
    if (open && !continues) {
      open.end = i;
      spans.push(open);
      open = undefined;
    }
    if (t !== 'O' && !continues) open = { start: i, end: i + 1, type: t.slice(2), margin: margins?.[i] ?? Infinity };
    else if (open && margins) open.margin = Math.min(open.margin, margins[i]!);
  }
  return spans;
}
