/**
 * The English Worldwide Newswire training set (`../shared/data/worldwide-train`, Shan et al.
 * 2023) for the tagger and for `npm run eval`: token/tag files mapped to the tagger's labels,
 * and the raw articles with their gold name spans located in the text.
 *
 * Labels: Person → PER, Organization → ORG, Location → LOC, and Facility → LOC too: roads,
 * dams, palaces and stadiums are where things happen, a reader looks for them among places,
 * and CoNLL-2003's own guidelines put such structures under LOC. NORP, Misc and Product → MISC
 * (CoNLL tags nationalities and events MISC); Date and Money → O (dates have their own stage).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type ExtractOptions } from '../../src/index.js';
import { heldApart } from '../eval/held.js';
import { withMicro, withPos, type ConllDocument, type SpanScores } from './conll.js';

const LABEL: Record<string, string> = { Person: 'PER', Organization: 'ORG', Location: 'LOC', Facility: 'LOC', NORP: 'MISC', Misc: 'MISC', Product: 'MISC' };

/** Regions by file-name prefix, for reporting (`af_afrol_1.txt` → Africa). */
const REGIONS: Record<string, string> = {
  af: 'Africa', alg: 'Africa', eg: 'Africa', et: 'Africa', ghana: 'Africa', kenya: 'Africa', mauritius: 'Africa', panaf: 'Africa', sa: 'Africa', nm: 'Africa',
  asia: 'Asia', bangladesh: 'Asia', cn: 'Asia', in: 'Asia', jp: 'Asia', kr: 'Asia', mong: 'Asia', my: 'Asia', pk: 'Asia', th: 'Asia', tw: 'Asia',
  iran: 'Middle East', israel: 'Middle East', jr: 'Middle East', kw: 'Middle East', oman: 'Middle East', qt: 'Middle East', saud: 'Middle East', uae: 'Middle East',
  arg: 'Latin America', bol: 'Latin America', chile: 'Latin America', col: 'Latin America', cosric: 'Latin America', cuba: 'Latin America', ecuador: 'Latin America',
  elsalv: 'Latin America', guyana: 'Latin America', hond: 'Latin America', mex: 'Latin America', nic: 'Latin America', pan: 'Latin America', paraguay: 'Latin America',
  peru: 'Latin America', uruguay: 'Latin America', ven: 'Latin America',
  canada: 'Indigenous Canada', aus: 'Oceania', nz: 'Oceania',
};

export function regionOf(name: string): string {
  return REGIONS[name.split('_')[0]!] ?? 'other';
}

export interface WorldwideArticle {
  /** File name of the raw article (`af_afrol_1.txt`). */
  name: string;
  /** Sentences: tokens, IOB2 labels over PER/ORG/LOC/MISC, and the corpus's own tags (`B-Date`, `I-Facility`). */
  sentences: { words: string[]; gold: string[]; tags: string[] }[];
}

/** Every annotated article, sorted by name. */
export function readWorldwide(dir: string): WorldwideArticle[] {
  const files = readdirSync(join(dir, 'processed_annotated')).filter((f) => f.endsWith('.tsv')).sort();
  return files.map((file) => {
    const sentences: WorldwideArticle['sentences'] = [];
    let words: string[] = [];
    let gold: string[] = [];
    let tags: string[] = [];
    for (const line of readFileSync(join(dir, 'processed_annotated', file), 'utf8').split('\n')) {
      const [token, tag] = line.split('\t');
      if (!token || tag === undefined) {
        if (words.length) sentences.push({ words, gold, tags });
        words = [];
        gold = [];
        tags = [];
        continue;
      }
      const type = LABEL[tag.slice(2)];
      words.push(token);
      gold.push(type && (tag[0] === 'B' || tag[0] === 'I') ? `${tag[0]}-${type}` : 'O');
      tags.push(tag);
    }
    if (words.length) sentences.push({ words, gold, tags });
    return { name: file.replace(/\.tsv$/, ''), sentences };
  });
}

/**
 * The tagged runs of an article in order (`B-X I-X …` in the corpus's tags), for the kinds
 * `labelOf` gives a label; an `I-` tag continues a run whose label it shares.
 */
export function taggedRuns(article: WorldwideArticle, labelOf: (kind: string) => string | undefined): { tokens: string[]; label: string }[] {
  const runs: { tokens: string[]; label: string }[] = [];
  for (const s of article.sentences) {
    for (let i = 0; i < s.tags.length; i++) {
      const label = s.tags[i]![0] === 'B' ? labelOf(s.tags[i]!.slice(2)) : undefined;
      if (!label) continue;
      let j = i + 1;
      while (j < s.tags.length && s.tags[j]![0] === 'I' && labelOf(s.tags[j]!.slice(2)) === label) j++;
      runs.push({ tokens: s.words.slice(i, j), label });
    }
  }
  return runs;
}

/**
 * Each run's offsets in the raw text, searched in order with any spacing between its tokens
 * (`wholeWords`: not inside a longer word); a run not found is `undefined` and the search goes on
 * from the last one found.
 */
export function locateInOrder(text: string, runs: readonly { tokens: string[] }[], wholeWords: boolean): ([number, number] | undefined)[] {
  let from = 0;
  return runs.map(({ tokens }) => {
    const body = tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
    const pattern = new RegExp(wholeWords ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body, wholeWords ? 'gu' : 'g');
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (!m) return undefined;
    from = m.index + m[0].length;
    return [m.index, from];
  });
}

/** Articles as POS-tagged training documents. */
export function worldwideDocuments(articles: readonly WorldwideArticle[]): ConllDocument[] {
  return articles.map((a) => withPos(a.sentences));
}

/**
 * Gold PER/ORG/LOC spans of an article in its raw text, as `start:end:TYPE`: each name's
 * tokens are searched in order, with any spacing between them; names not found are left out.
 */
export function goldSpans(text: string, article: WorldwideArticle): Set<string> {
  const runs = taggedRuns(article, (kind) => (LABEL[kind] === 'MISC' ? undefined : LABEL[kind]));
  const out = new Set<string>();
  locateInOrder(text, runs, true).forEach((at, k) => {
    if (at) out.add(`${at[0]}:${at[1]}:${runs[k]!.label}`);
  });
  return out;
}

const TYPE: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

export interface WorldwideScores {
  /** Four fifths the tagger trains on (an upper bound). */
  tuned: SpanScores;
  /** The held-apart fifth: never trained on, its errors never read. */
  held: SpanScores;
  /** The held-apart fifth by region. */
  heldByRegion: Record<string, SpanScores>;
}

/**
 * `extract()` on the raw worldwide-train articles, entity mentions against the gold names (exact
 * character span and type, after {@link normalized}).
 */
export function scoreWorldwide(dir: string, options: ExtractOptions = {}): WorldwideScores {
  const empty = () => ({ PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } });
  const tuned = empty();
  const held = empty();
  const regions: Record<string, ReturnType<typeof empty>> = {};
  for (const article of readWorldwide(dir)) {
    let text: string;
    try {
      text = readFileSync(join(dir, 'original_articles', article.name), 'utf8');
    } catch {
      continue;
    }
    const gold = new Set([...goldSpans(text, article)].map((g) => normalized(text, g)));
    const r = extract(text, options);
    const predicted = new Set<string>();
    for (const e of [...r.people, ...r.organizations, ...r.places]) for (const m of e.mentions) predicted.add(normalized(text, `${m.start}:${m.end}:${TYPE[e.type]}`));
    const into = heldApart(article.name) ? [held, (regions[regionOf(article.name)] ??= empty())] : [tuned];
    for (const counts of into) {
      for (const p of predicted) counts[p.split(':')[2] as 'PER']![gold.has(p) ? 'tp' : 'fp']++;
      for (const g of gold) if (!predicted.has(g)) counts[g.split(':')[2] as 'PER']!.fn++;
    }
  }
  return { tuned: withMicro(tuned), held: withMicro(held), heldByRegion: Object.fromEntries(Object.entries(regions).sort().map(([k, v]) => [k, withMicro(v)])) };
}

/**
 * The corpus's tokens keep a trailing possessive or quote in a name (`Rolling Stone'`, `Kèrè's`)
 * and split the period off an abbreviation that ends a sentence (`U.S` `.`): the gold span drops
 * the possessive, and neither side's final period counts.
 */
function normalized(text: string, span: string): string {
  const [start, end, type] = span.split(':');
  const surface = text.slice(Number(start), Number(end));
  const m = /\s*(?:['’]s?)$|\.$/u.exec(surface);
  return m && m.index > 0 ? `${start}:${Number(start) + m.index}:${type}` : span;
}
