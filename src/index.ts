/**
 * newsextract: people, organizations, places, dates and quotations from news articles,
 * every one grounded by character offsets into the input.
 *
 * @packageDocumentation
 */
export { extract, emptyExtraction } from './extract.js';
export { resolveDate } from './recognize/dates.js';
export { aggregate, type ArticleResult, type CorpusEntity, type SpeakerRow, type CoMention, type Corpus } from './aggregate.js';
export { renderHtml, type HtmlOptions } from './renderHtml.js';
export { toRows, type Rows, type EntityRow, type MentionRow, type QuoteRow, type DateRow, type AffiliationRow } from './rows.js';
export { NerModelError } from './tagger/model.js';
export type {
  Extraction,
  ExtractOptions,
  Entity,
  Affiliation,
  EntityType,
  Mention,
  DateMention,
  Quote,
  QuoteSpeaker,
  ArticleMeta,
  Gender,
} from './types.js';
