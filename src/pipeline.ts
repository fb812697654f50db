import type { Extraction, ExtractOptions } from './types.js';
import type { Span } from './span.js';
import { mapSpans, mentionOf, overlaps } from './span.js';
import { paragraphsOf } from './segment/paragraphs.js';
import { truecase } from './segment/truecase.js';
import { findBoilerplate } from './segment/boilerplate.js';
import { findMeta } from './segment/meta.js';
import { analyze } from './nlp/wink.js';
import { wordsOf } from './recognize/words.js';
import { findCandidates } from './recognize/candidates.js';
import { findAcronymDefinitions } from './recognize/acronyms.js';
import { classify } from './recognize/classify.js';
import { tagNames } from './tagger/index.js';
import { refineHeadlines } from './recognize/headlines.js';
import { recognizeNames } from './recognize/names.js';
import { findDates, isoPublished } from './recognize/dates.js';
import { titlesAround } from './resolve/titles.js';
import { resolveEntities, type MentionInfo } from './resolve/entities.js';
import { findAffiliations } from './resolve/affiliations.js';
import { findQuotes, type TracedQuote } from './quotes/findQuotes.js';
import { findQuotedSpans } from './quotes/marks.js';
import { indexMentions } from './resolve/mentions.js';
import { inferGenders } from './resolve/gender.js';

/**
 * The whole extraction, stage by stage:
 * segment → analyze (wink-nlp) → recognize names and dates → type them → resolve
 * canonical entities → find quotes → attribute speakers → assemble. Each stage is a pure function of the previous ones.
 */
export function runPipeline(source: string, options: ExtractOptions, trace?: { quotes?: TracedQuote[] }): Extraction {
  // 1. Segment: paragraphs, then paragraphs written all in capitals or all in lower case are
  // re-cased (same length, so offsets hold), then site furniture, byline and dateline.
  const paragraphs = paragraphsOf(source);
  const text = truecase(source, paragraphs);
  const boilerplate = findBoilerplate(text, paragraphs);
  const { meta, lines, title } = findMeta(text, paragraphs, boilerplate);
  if (title) meta.title = source.slice(title.start, title.end);
  if (options.published !== undefined) {
    const iso = isoPublished(options.published);
    if (iso) meta.published = iso;
  }
  const skip = new Set<number>();
  // Names are not mined from furniture, bylines or datelines (dates still are).
  const skipStarts = new Set([...boilerplate, ...lines].map((s) => s.start));
  paragraphs.forEach((p, i) => {
    if (skipStarts.has(p.start)) skip.add(i);
  });

  // 2. Analyze: one wink-nlp pass for tokens, sentences, POS and date entities.
  const analysis = analyze(text);
  const words = wordsOf(analysis.tokens, paragraphIndex(paragraphs));

  // 3. Dates, anchored on the publication date when there is one.
  const years = options.inferYearFromText && !meta.published ? onlyYear(text) : undefined;
  const dates = findDates(text, analysis.entities, boilerplate, { ...(meta.published ? { published: meta.published } : {}), ...(years !== undefined ? { contextYear: years } : {}), ...(options.dayFirst ? { dayFirst: true } : {}) });

  // 4. Recognize and type proper names.
  const candidates = withoutOverlaps(findCandidates(words, (p) => skip.has(p)), dates);
  const acronyms = findAcronymDefinitions(text, words, candidates);
  // The tagger decides which words are names; without it (`tagger: false`) the rules type the candidates.
  const named = options.tagger === false ? classify(words, candidates, acronyms) : recognizeNames(words, candidates, acronyms, tagNames(words), (p) => skip.has(p));
  const typed = refineHeadlines(named, words);

  // 5. Resolve: titles around each person mention, then canonical entities.
  const infos: MentionInfo[] = typed
    .filter((c) => c.type !== null)
    .map((c) => {
      const firstWord = c.titledStart !== undefined ? (wordStartingAt(words, c.titledStart) ?? c.first) : c.first;
      return { candidate: c, titles: c.type === 'person' ? titlesAround(text, words, c, firstWord) : [] };
    });
  // Quote marks are paired now: names are taken from the narrative, not from inside quotes.
  const quoted = findQuotedSpans(text, paragraphs);
  // People's organizations, where the text says so around a mention; their gender, where it tells.
  const resolved = findAffiliations(text, resolveEntities(text, infos, acronyms, candidates, quoted));
  const mentionIndex = indexMentions(words, resolved);
  const genders = inferGenders(words, resolved, mentionIndex, quoted);
  for (const e of resolved) e.gender = genders.get(e.id) ?? null;
  const entities = resolved;

  // 6. Quotes and who said them; a speaker carries their affiliations.
  const traced = findQuotes(text, paragraphs, words, entities, mentionIndex, quoted);
  if (trace) trace.quotes = traced;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const quotes = traced.map(({ sieve: _sieve, ...q }) => {
    const speaker = q.speaker?.entityId !== undefined ? byId.get(q.speaker.entityId) : undefined;
    return speaker ? { ...q, speaker: { ...q.speaker!, affiliations: speaker.affiliations } } : q;
  });

  // 7. Assemble. Mentions read the re-cased text; their `text` is the article's own.
  const result: Extraction = {
    meta,
    people: entities.filter((e) => e.type === 'person'),
    organizations: entities.filter((e) => e.type === 'organization'),
    places: entities.filter((e) => e.type === 'place'),
    dates,
    quotes,
  };
  return text === source ? result : mapSpans(result, (m) => mentionOf(source, m.start, m.end));
}

/** Drop items overlapping any of `blockers`; both lists are sorted by start. Linear. */
function withoutOverlaps<T extends Span>(items: T[], blockers: readonly Span[]): T[] {
  let k = 0;
  return items.filter((item) => {
    while (k < blockers.length && blockers[k]!.end <= item.start) k++;
    const b = blockers[k];
    return !(b && overlaps(b, item));
  });
}

/** Index of the word that starts at `offset` (words are sorted by start), if any. */
function wordStartingAt(words: readonly { start: number }[], offset: number): number | undefined {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = words[mid]!.start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

function paragraphIndex(paragraphs: readonly Span[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paragraphs[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}


/** The single year an article mentions, if it mentions exactly one. */
function onlyYear(text: string): number | undefined {
  const years = new Set(text.match(/\b(?:19|20)\d{2}\b/g) ?? []);
  return years.size === 1 ? Number([...years][0]) : undefined;
}
