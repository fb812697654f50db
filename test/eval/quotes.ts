/**
 * Quote scoring. Gold articles: a quote matches when its span overlaps the gold span by
 * ≥ 70% (Jaccard); its speaker is right when the speaker's name or its entity's forms
 * match the gold speaker's forms (for a gold speaker known only by a description, when the
 * predicted speaker is not linked to any entity either).
 * PolNeAR: a gold direct quote is a quote-marked run inside an annotated Content span; its
 * speaker is right when the predicted speaker mention (or any mention of its entity)
 * overlaps the annotated Source, or the speaker's surname appears in it.
 */
import type { Extraction, Quote } from '../../src/index.js';
import { speechVerbForms } from '../../src/knowledge/words.js';
import type { Gold } from './score.js';
import { norm } from './score.js';

export interface QuoteCounts {
  tp: number;
  fp: number;
  fn: number;
  speakerRight: number;
  nonQuotesAsSpeech: number;
  details: string[];
}

export function emptyQuoteCounts(): QuoteCounts {
  return { tp: 0, fp: 0, fn: 0, speakerRight: 0, nonQuotesAsSpeech: 0, details: [] };
}

export function addQuoteCounts(a: QuoteCounts, b: QuoteCounts): QuoteCounts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, speakerRight: a.speakerRight + b.speakerRight, nonQuotesAsSpeech: a.nonQuotesAsSpeech + b.nonQuotesAsSpeech, details: [...a.details, ...b.details] };
}

export function jaccard(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 0 : inter / union;
}

/**
 * The quote-marked words of direct and mixed quotes: a direct quote itself, a mixed quote that
 * spans its reported clause (`he was only “leaning Cruz”`) by the marked runs inside it. Direct
 * quotes without marks (an interview's answers, embedded tweets) are left to the speaker gold.
 */
export function markedQuotes(text: string, r: Extraction): Quote[] {
  return r.quotes.flatMap((q) => {
    if (q.kind === 'indirect') return [];
    if (hasMark(text, q)) return [q];
    if (q.kind !== 'mixed') return [];
    return [...q.text.matchAll(/([“"«„]|'')((?:(?!'')[^“”"«»])+)([”"»“]|'')/g)].map((m) => {
      const start = q.start + m.index! + m[1]!.length;
      return { ...q, start, end: start + m[2]!.length, text: m[2]! };
    });
  });
}

const hasMark = (text: string, q: Quote) => /["“”‘’'«»„][ \t]*$/.test(text.slice(Math.max(0, q.start - 3), q.start));

export function scoreGoldQuotes(text: string, gold: Gold, r: Extraction): QuoteCounts {
  const c = emptyQuoteCounts();
  const predicted = markedQuotes(text, r);
  const spanOf = (t: string) => {
    const start = text.indexOf(t);
    return { start, end: start + t.length };
  };
  const goldSpans = gold.quotes.map((q) => ({ q, span: spanOf(q.text) }));
  const optional = gold.optional_quotes.map(spanOf);
  const nonQuotes = gold.non_quotes.map((t) => t.replace(/[.,]$/, ''));
  const used = new Set<Quote>();
  const entityForms = (id: string | undefined) => {
    const e = [...r.people, ...r.organizations].find((x) => x.id === id);
    return e ? [e.name, ...e.aliases].map(norm) : [];
  };
  for (const { q, span } of goldSpans) {
    const hit = predicted.find((p) => !used.has(p) && jaccard(p, span) >= 0.7);
    if (!hit) {
      c.fn++;
      c.details.push(`missed quote: ${q.text.slice(0, 60)}…`);
      continue;
    }
    used.add(hit);
    c.tp++;
    const goldForms = q.speaker ? [q.speaker, ...(gold.people.concat(gold.organizations).find((e) => e.name === q.speaker)?.aliases ?? [])].map(norm) : [];
    const forms = hit.speaker ? [hit.speaker.name, ...entityForms(hit.speaker.entityId)].map(norm) : [];
    const right = q.speaker === null ? hit.speaker !== null && !hit.speaker.entityId : forms.some((f) => goldForms.includes(f));
    if (right) c.speakerRight++;
    else c.details.push(`wrong speaker: ${hit.speaker?.name ?? 'none'} ≠ ${q.speaker ?? q.speaker_description}: ${q.text.slice(0, 40)}…`);
  }
  for (const p of predicted) {
    if (used.has(p)) continue;
    if (optional.some((o) => jaccard(p, o) >= 0.7)) continue;
    c.fp++;
    if (nonQuotes.some((n) => norm(n) === norm(p.text))) c.nonQuotesAsSpeech++;
    c.details.push(`extra quote: ${p.text.slice(0, 60)}`);
  }
  return c;
}

/** brat standoff: T lines with `Type start end[;start end]` and E lines tying them. */
export interface Attribution {
  source?: { spans: [number, number][]; text: string };
  cue?: { spans: [number, number][]; text: string };
  contents: [number, number][];
}

export function parseAnn(ann: string): Attribution[] {
  const t = new Map<string, { type: string; spans: [number, number][]; text: string }>();
  const out: Attribution[] = [];
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const sp = body.indexOf(' ');
      const type = body.slice(0, sp);
      const spans = body
        .slice(sp + 1)
        .split(';')
        .map((p) => p.trim().split(/\s+/).map(Number) as [number, number]);
      t.set(id, { type, spans, text: text ?? '' });
    } else if (id.startsWith('E')) events.push(body.split(/\s+/));
  }
  for (const e of events) {
    const roles = new Map(e.map((x) => x.split(':') as [string, string]));
    const src = t.get(roles.get('Source') ?? '');
    const cue = t.get(roles.get('Cue') ?? '');
    const content = t.get(roles.get('Content') ?? '');
    if (!content) continue;
    out.push({ ...(src ? { source: { spans: src.spans, text: src.text } } : {}), ...(cue ? { cue: { spans: cue.spans, text: cue.text } } : {}), contents: content.spans });
  }
  return out;
}

const OPEN = new Set(['“', '"', '«', '„']);
const CLOSE = new Set(['”', '"', '»', '“']);

/** Quote-marked runs inside Content spans: PolNeAR's direct quotes. */
export function polnearDirectQuotes(text: string, attributions: Attribution[]): { start: number; end: number; source?: Attribution['source'] }[] {
  const out: { start: number; end: number; source?: Attribution['source'] }[] = [];
  // A quote nested in two attributions (`“…,” X said, according to CNN`) has two annotated
  // sources; either one is the quote's speaker.
  const addSource = (o: { source?: Attribution['source'] }, s: NonNullable<Attribution['source']>) => {
    if (!o.source) o.source = s;
    else o.source = { spans: [...o.source.spans, ...s.spans], text: `${o.source.text} | ${s.text}` };
  };
  for (const a of attributions) {
    for (const [s, e] of a.contents) {
      let open = -1;
      for (let i = s; i < e; i++) {
        const ch = text[i]!;
        // Two apostrophes are one double mark (the New York Times' style: ''We will …'').
        const paired = ch === "'" && text[i + 1] === "'";
        if (open < 0 && (OPEN.has(ch) || paired)) {
          open = paired ? ++i : i;
        } else if (open >= 0 && (CLOSE.has(ch) || paired)) {
          let qs = open + 1;
          let qe = i;
          if (paired) i++;
          while (qs < qe && /\s/.test(text[qs]!)) qs++;
          while (qe > qs && /\s/.test(text[qe - 1]!)) qe--;
          const seen = out.find((o) => o.start === qs);
          if (seen && a.source) addSource(seen, a.source);
          else if (!seen && qe - qs >= 2) out.push({ start: qs, end: qe, ...(a.source ? { source: a.source } : {}) });
          open = -1;
        }
      }
    }
  }
  return out;
}

export function speakerMatchesSource(r: Extraction, q: Quote, source: NonNullable<Attribution['source']>): boolean {
  if (!q.speaker) return false;
  const overlapsSource = (m: { start: number; end: number }) => source.spans.some(([s, e]) => m.start < e && s < m.end);
  if (q.speaker.mention && overlapsSource(q.speaker.mention)) return true;
  const entity = [...r.people, ...r.organizations].find((e) => e.id === q.speaker!.entityId);
  if (entity?.mentions.some(overlapsSource)) return true;
  const surname = (entity?.name ?? q.speaker.name).split(/\s+/).pop() ?? '';
  return surname.length > 2 && new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(source.text);
}

/**
 * Verbs of saying or writing (the list, every form): PolNeAR attributions cued by one
 * of these, or by `according to`, are the reported speech a reader expects newsextract to find.
 */
const SAY_VERBS = new Set(
  ['say', 'tell', 'add', 'note', 'warn', 'argue', 'claim', 'announce', 'write', 'report', 'insist', 'acknowledge', 'explain', 'stress', 'suggest', 'deny', 'ask', 'respond', 'declare', 'state', 'predict', 'estimate', 'admit', 'contend', 'assert', 'point', 'confirm', 'urge', 'vow', 'promise', 'tweet', 'reveal', 'call', 'accuse', 'allege', 'cite', 'describe', 'testify', 'criticize', 'blame', 'complain', 'mention', 'reply', 'recall', 'emphasize', 'concede', 'caution', 'remark', 'observe', 'tout', 'boast', 'charge', 'maintain', 'reiterate', 'disclose', 'indicate', 'insist', 'agree', 'answer', 'comment', 'conclude', 'continue', 'told']
    .flatMap(speechVerbForms),
);

export function sayCue(cue: string): boolean {
  const words = cue.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return /\baccording to\b/i.test(cue) || words.some((w) => SAY_VERBS.has(w));
}

/** A PolNeAR content without quote marks: reported speech. `scored` when its cue says or writes. */
export interface ReportedGold {
  start: number;
  end: number;
  scored: boolean;
  cue?: string;
  source?: Attribution['source'];
}

const MARKS = /[“”"«»„]|''/;

/** Contents with no quote mark and four or more words; extent from first to last span. */
export function polnearReported(text: string, attributions: Attribution[]): ReportedGold[] {
  const out: ReportedGold[] = [];
  for (const a of attributions) {
    const start = Math.min(...a.contents.map(([s]) => s));
    const end = Math.max(...a.contents.map(([, e]) => e));
    const content = a.contents.map(([s, e]) => text.slice(s, e)).join(' ');
    if (MARKS.test(content) || content.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 4) continue;
    out.push({ start, end, scored: a.cue !== undefined && sayCue(a.cue.text), ...(a.cue ? { cue: a.cue.text } : {}), ...(a.source ? { source: a.source } : {}) });
  }
  return out;
}

export interface ReportedCounts {
  /** Predictions matching any annotated content. */
  right: number;
  predicted: number;
  /** Scored gold contents found, and how many there are. */
  found: number;
  scored: number;
  /** Found scored contents whose speaker is right. */
  speakerRight: number;
  /** Predictions matching a content, with the right speaker (for attributed F1). */
  attributed: number;
  details: string[];
}

export function emptyReportedCounts(): ReportedCounts {
  return { right: 0, predicted: 0, found: 0, scored: 0, speakerRight: 0, attributed: 0, details: [] };
}

/**
 * Score `indirect` quotes against PolNeAR contents (Jaccard ≥ 0.5). Precision: a prediction is
 * right when it matches any annotated content (a report of any kind is not an error); recall:
 * over contents without quote marks cued by a verb of saying or writing, or `according to`.
 */
export function scoreReported(text: string, r: Extraction, attributions: Attribution[], c: ReportedCounts): void {
  const gold = polnearReported(text, attributions);
  const contents = attributions.map((a) => ({ start: Math.min(...a.contents.map(([s]) => s)), end: Math.max(...a.contents.map(([, e]) => e)), source: a.source }));
  // With reported speech: mixed quotes that span their clause (no mark opens them). Direct quotes
  // without marks (an interview's answers, embedded tweets) are neither PolNeAR's marked quotes
  // nor reported speech: the speaker gold scores them.
  const predicted = r.quotes.filter((q) => q.kind === 'indirect' || (q.kind === 'mixed' && !hasMark(text, q)));
  c.predicted += predicted.length;
  for (const p of predicted) {
    const match = contents.filter((g) => jaccard(p, g) >= 0.5).sort((a, b) => jaccard(p, b) - jaccard(p, a))[0];
    if (!match) {
      c.details.push(`extra: ${p.speaker?.name ?? '?'} ${p.cue?.text ?? ''}: ${p.text.slice(0, 90)}`);
      continue;
    }
    c.right++;
    if (match.source && speakerMatchesSource(r, p, match.source)) c.attributed++;
  }
  for (const g of gold) {
    if (!g.scored) continue;
    c.scored++;
    const hit = predicted.find((p) => jaccard(p, g) >= 0.5);
    if (!hit) {
      const near = predicted.filter((p) => p.start < g.end && g.start < p.end).sort((a, b) => jaccard(b, g) - jaccard(a, g))[0];
      const partial = near ? ` ~ (${jaccard(near, g).toFixed(2)}) ${near.text.slice(0, 80)}` : '';
      c.details.push(`missed${near ? ' (boundary)' : ''} <${g.cue ?? ''}|${g.source?.text ?? ''}>: ${text.slice(Math.max(0, g.start - 60), g.start).replace(/\s+/g, ' ')}[[${text.slice(g.start, g.end).slice(0, 80)}]]${partial}`);
      continue;
    }
    c.found++;
    if (g.source && speakerMatchesSource(r, hit, g.source)) c.speakerRight++;
    else c.details.push(`speaker: ${hit.speaker?.name ?? 'none'} ≠ ${g.source?.text ?? '(no source)'}: ${hit.text.slice(0, 60)}`);
  }
}
