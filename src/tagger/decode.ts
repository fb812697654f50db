import type { Scorer } from './model.js';
import { DocumentContext, NEIGHBOURS, contextFeatures, historyFeatures, neighbourFeatures, shapeOf, shortShapeOf, staticFeatures, transitionFeatures, viewOf, wordFeatures, type SentenceView, type TaggerToken } from './features.js';

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
 * map lookup and the rest is array indexing. Only read-only models are cached (a model in
 * training changes under the cache); the rows are sums of fixed weights, so a cache cannot
 * change an answer.
 */
class RowCache {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly words: (Float32Array | undefined)[] = [];
  private readonly moves: (Float32Array | undefined)[] = [];
  /** Per neighbour offset (index into NEIGHBOURS), per word id. */
  private readonly neighbours: (Float32Array | undefined)[][] = NEIGHBOURS.map(() => []);
  /** Per neighbour offset: the row for "past the sentence's edge". */
  private readonly edges: Float32Array[];

  constructor(private readonly scorer: Scorer) {
    this.edges = NEIGHBOURS.map((offset) => scoreRow(scorer, (out) => neighbourFeatures(offset, undefined, out)));
  }

  /** Ids for a sentence's words. Bounded over long corpus runs: when full, start afresh (between sentences, so ids stay valid). */
  idsOf(tokens: readonly TaggerToken[]): number[] {
    if (this.texts.length + tokens.length > CACHE_LIMIT) {
      this.ids.clear();
      this.texts.length = 0;
      this.words.length = 0;
      this.moves.length = 0;
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
    return (this.words[id] ??= scoreRow(this.scorer, (out) => wordFeatures(this.texts[id]!, out)));
  }

  /** Transition scores into this word from each previous label. */
  transitions(id: number): Float32Array {
    return (this.moves[id] ??= transitionRows(this.scorer, this.texts[id]!.toLowerCase(), shortShapeOf(shapeOf(this.texts[id]!))));
  }

  neighbour(k: number, id: number | undefined): Float32Array {
    if (id === undefined) return this.edges[k]!;
    return (this.neighbours[k]![id] ??= scoreRow(this.scorer, (out) => neighbourFeatures(NEIGHBOURS[k]!, this.texts[id]!, out)));
  }
}

const CACHE_LIMIT = 200_000;
const caches = new WeakMap<Scorer, RowCache>();

function rowCache(scorer: Scorer): RowCache {
  let cache = caches.get(scorer);
  if (!cache) caches.set(scorer, (cache = new RowCache(scorer)));
  return cache;
}

/** One row of label scores for the features `compute` writes. */
function scoreRow(scorer: Scorer, compute: (out: number[]) => void): Float32Array {
  const features: number[] = [];
  compute(features);
  const row = new Float64Array(scorer.labels.length);
  scorer.score(features, row);
  return Float32Array.from(row);
}

/** `(n + 1) × n` transition scores into a word: row `p` for previous label `p`, row `n` for the sentence start. */
function transitionRows(scorer: Scorer, lower: string, short: string): Float32Array {
  const labels = scorer.labels;
  const n = labels.length;
  const rows = new Float32Array((n + 1) * n);
  const features: number[] = [];
  const row = new Float64Array(n);
  for (let p = 0; p <= n; p++) {
    features.length = 0;
    transitionFeatures(lower, short, p === n ? '<s>' : labels[p]!, features);
    row.fill(0);
    scorer.score(features, row);
    rows.set(row, p * n);
  }
  return rows;
}

/**
 * A sentence's scores: `emit[i * n + l]` for token `i` taking label `l` (its own word, its
 * neighbours, its context; without the document history, which changes between passes) and
 * `moves[i]`, the transition rows into token `i` (see {@link transitionRows}).
 */
export interface Lattice {
  emit: Float64Array;
  moves: Float32Array[];
}

/** The lattice of a sentence. With `cached`, single-word rows come from the per-model cache (read-only models only). */
export function latticeOf(scorer: Scorer, view: SentenceView, doc: DocumentContext, cached = true): Lattice {
  const n = scorer.labels.length;
  const length = view.tokens.length;
  const emit = new Float64Array(length * n);
  const moves: Float32Array[] = new Array(length);
  const features: number[] = [];
  const row = new Float64Array(n);
  const cache = cached ? rowCache(scorer) : undefined;
  const ids = cache?.idsOf(view.tokens);
  for (let i = 0; i < length; i++) {
    if (view.outside[i]) continue;
    features.length = 0;
    row.fill(0);
    if (cache && ids) {
      contextFeatures(view, i, doc, features);
      row.set(cache.word(ids[i]!));
      scorer.score(features, row);
      for (let k = 0; k < NEIGHBOURS.length; k++) {
        const j = i + NEIGHBOURS[k]!;
        const r = cache.neighbour(k, j >= 0 && j < length ? ids[j] : undefined);
        for (let l = 0; l < n; l++) row[l]! += r[l]!;
      }
      moves[i] = cache.transitions(ids[i]!);
    } else {
      staticFeatures(view, i, doc, features);
      scorer.score(features, row);
      moves[i] = transitionRows(scorer, view.lower[i]!, view.shorts[i]!);
    }
    emit.set(row, i * n);
  }
  return { emit, moves };
}

/**
 * The best label sequence for one sentence (Viterbi over IOB2, first order), and for each token
 * the margin between the best sequence and the best one that labels that token otherwise
 * (from max-marginals: forward and backward best scores). Tokens outside names are `O`, unscored.
 */
export function tagSentence(scorer: Scorer, view: SentenceView, doc: DocumentContext, lattice: Lattice): { tags: string[]; margins: number[] } {
  const labels = scorer.labels;
  const n = labels.length;
  const length = view.tokens.length;
  const permitted = transitions(labels);
  const outside = labels.indexOf('O');
  const history: number[] = [];
  const emit = new Float64Array(lattice.emit);
  const row = new Float64Array(n);
  for (let i = 0; i < length; i++) {
    if (view.outside[i]) continue;
    history.length = 0;
    historyFeatures(view, i, doc, history);
    if (history.length === 0) continue;
    row.fill(0);
    scorer.score(history, row);
    for (let l = 0; l < n; l++) emit[i * n + l]! += row[l]!;
  }
  // Forward: best score of a prefix ending in each label, and the label before it.
  const alpha = new Float64Array(length * n).fill(-Infinity);
  const back = new Int8Array(length * n).fill(-1);
  for (let i = 0; i < length; i++) {
    if (view.outside[i]) {
      let best = i === 0 ? 0 : -Infinity;
      let arg = -1;
      for (let p = 0; i > 0 && p < n; p++) if (alpha[(i - 1) * n + p]! > best) [best, arg] = [alpha[(i - 1) * n + p]!, p];
      alpha[i * n + outside] = best;
      back[i * n + outside] = arg;
      continue;
    }
    const move = lattice.moves[i]!;
    for (let l = 0; l < n; l++) {
      let best = -Infinity;
      let arg = -1;
      if (i === 0) {
        if (permitted[n * n + l]) best = move[n * n + l]!;
      } else {
        for (let p = 0; p < n; p++) {
          const a = alpha[(i - 1) * n + p]!;
          if (a === -Infinity || !permitted[p * n + l]) continue;
          const v = a + move[p * n + l]!;
          if (v > best) [best, arg] = [v, p];
        }
      }
      alpha[i * n + l] = best + emit[i * n + l]!;
      back[i * n + l] = arg;
    }
  }
  // Backward: best score of the rest of the sentence after token i takes each label.
  const beta = new Float64Array(length * n).fill(-Infinity);
  for (let l = 0; l < n; l++) beta[(length - 1) * n + l] = 0;
  for (let i = length - 2; i >= 0; i--) {
    for (let l = 0; l < n; l++) {
      let best = -Infinity;
      if (view.outside[i + 1]) best = beta[(i + 1) * n + outside]!;
      else {
        const move = lattice.moves[i + 1]!;
        for (let m = 0; m < n; m++) {
          if (!permitted[l * n + m]) continue;
          const v = move[l * n + m]! + emit[(i + 1) * n + m]! + beta[(i + 1) * n + m]!;
          if (v > best) best = v;
        }
      }
      beta[i * n + l] = best;
    }
  }
  const tags: string[] = new Array(length);
  const margins: number[] = new Array(length);
  if (length === 0) return { tags, margins };
  let label = 0;
  for (let l = 1; l < n; l++) if (alpha[(length - 1) * n + l]! > alpha[(length - 1) * n + label]!) label = l;
  const total = alpha[(length - 1) * n + label]!;
  for (let i = length - 1; i >= 0; i--) {
    tags[i] = labels[label]!;
    let second = -Infinity;
    if (view.outside[i]) second = Infinity;
    else for (let l = 0; l < n; l++) if (l !== label) second = Math.max(second, alpha[i * n + l]! + beta[i * n + l]!);
    margins[i] = view.outside[i] ? Infinity : total - second;
    label = i > 0 ? back[i * n + label]! : label;
    if (label < 0) label = outside;
  }
  remember(view.tokens, tags, doc);
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
  const lattices = views.map((v) => latticeOf(scorer, v, doc));
  // Two passes: the second sees what the first called every word, in later sentences too.
  // A sentence whose words' history is what the first pass saw would come out the same: kept.
  const seen: (string | undefined)[][] = [];
  const first = views.map((v, k) => {
    seen.push(historyOf(v, doc));
    return tagSentence(scorer, v, doc, lattices[k]!);
  });
  return views.map((v, k) => {
    if (!sameHistory(seen[k]!, historyOf(v, doc))) return tagSentence(scorer, v, doc, lattices[k]!);
    remember(v.tokens, first[k]!.tags, doc);
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
