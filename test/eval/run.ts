/**
 * `npm run eval`: newsextract against the hand-made gold in ../shared/gold, side by side
 * with plain compromise on the same articles; quotes on PolNeAR; names on CoNLL-2003 dev, with
 * and without the statistical tagger. `--verbose` lists every miss and false positive.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { aggregate, extract, type EntityType, type Extraction, type ExtractOptions } from '../../src/index.js';
import { bundledModel } from '../../src/tagger/index.js';
import { tagDocument } from '../../src/tagger/decode.js';
import { evaluate, loadConll, type SpanScores } from '../ner/conll.js';
import { scoreCompromise, scorePipeline, type CompromiseDoc } from '../ner/pipeline.js';
import { addQuoteCounts, emptyQuoteCounts, emptyReportedCounts, jaccard, markedQuotes, parseAnn, polnearDirectQuotes, scoreGoldQuotes, scoreReported, speakerMatchesSource, type QuoteCounts, type ReportedCounts } from './quotes.js';
import { heldApart } from './held.js';
import { isFirstName } from '../../src/knowledge/lexicon.js';
import { heldThird, judge, loadSpeakerGold, speakerGoldDirs } from './speakers.js';
import { scoreOrgGold } from './orgs.js';
import { worldwideDates } from './worldwide.js';
import { scoreWorldwide } from '../ner/worldwide.js';
import { add, emptyCounts, fromExtraction, norm, prf, scoreDates, scoreEntities, type Counts, type DateCounts, type Gold, type PredictedEntity } from './score.js';

// The data lives beside the project (../shared); NEWSEXTRACT_SHARED names another copy.
const shared = process.env.NEWSEXTRACT_SHARED ?? join(import.meta.dirname, '../../../shared');
const missing = ['gold', 'articles', 'data/polnear-train', 'data/conll2003/eng.testa', 'data/worldwide-train'].filter((p) => !existsSync(join(shared, p)));
if (missing.length > 0) {
  console.error(`npm run eval: the evaluation data is not at ${shared}: missing ${missing.join(', ')}.\nIt is not in this repository: put the shared folder beside the project (../shared), or set NEWSEXTRACT_SHARED to where it is.`);
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
const TYPES: EntityType[] = ['person', 'organization', 'place'];

nlp.plugin(datesPlugin as Parameters<typeof nlp.plugin>[0]);

interface SystemResult {
  entities: PredictedEntity[];
  dates: { text: string; value: string | null }[];
}

function newsextract(text: string, options: ExtractOptions = {}): SystemResult & { raw: Extraction } {
  const raw = extract(text, options);
  return { raw, entities: fromExtraction(raw), dates: raw.dates };
}

/** Plain compromise: its people/organizations/places finders, one entity per distinct trimmed text. */
function plainCompromise(text: string, published: string | null): SystemResult {
  const doc = nlp(text);
  const entities: PredictedEntity[] = [];
  const add = (type: EntityType, list: string[]) => {
    const seen = new Set<string>();
    for (const raw of list) {
      const t = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/, '');
      if (!t || seen.has(norm(t))) continue;
      seen.add(norm(t));
      entities.push({ type, forms: [t] });
    }
  };
  add('person', doc.people().out('array') as string[]);
  add('organization', doc.organizations().out('array') as string[]);
  add('place', doc.places().out('array') as string[]);
  const opts = published ? { today: published } : {};
  const found = (doc as unknown as { dates(o: object): { json(): { text: string; dates?: { start?: string } }[] } }).dates(opts).json();
  const dates = found.map((d) => ({ text: d.text.replace(/[^\p{L}\p{N}]+$/u, ''), value: d.dates?.start ?? null }));
  return { entities, dates };
}

function lenientIso(d: DateCounts, gold: Gold, dates: SystemResult['dates']): number {
  // compromise-dates always answers with a full timestamp: count it right when it starts with the gold value.
  let right = 0;
  for (const g of gold.dates) {
    const hit = dates.find((x) => norm(x.text).includes(norm(g.text)));
    if (!hit) continue;
    if (g.iso === null ? hit.value === null : (hit.value ?? '').startsWith(g.iso)) right++;
  }
  void d;
  return right;
}

const files = readdirSync(join(shared, 'gold')).filter((f) => f.endsWith('.json')).sort();
const totals: Record<string, Record<EntityType, Counts>> = {
  newsextract: { person: emptyCounts(), organization: emptyCounts(), place: emptyCounts() },
  compromise: { person: emptyCounts(), organization: emptyCounts(), place: emptyCounts() },
  rulesOnly: { person: emptyCounts(), organization: emptyCounts(), place: emptyCounts() },
};
let rulesQuotes = emptyQuoteCounts();
const dateTotals = { newsextract: { found: 0, total: 0, iso: 0 }, compromise: { found: 0, total: 0, iso: 0 } };
let quoteTotals = emptyQuoteCounts();
let compromiseQuotes = emptyQuoteCounts();
let indirectFound = 0;
let indirectTotal = 0;
let indirectSpeakerRight = 0;
let badOffsets = 0;
let mentions = 0;
let metaRight = 0;
let metaTotal = 0;
const started = performance.now();

for (const file of files) {
  const gold = JSON.parse(readFileSync(join(shared, 'gold', file), 'utf8')) as Gold;
  const text = readFileSync(join(shared, 'articles', gold.file), 'utf8');
  const ours = newsextract(text);
  const rules = newsextract(text, { tagger: false });
  const theirs = plainCompromise(text, gold.published);
  rulesQuotes = addQuoteCounts(rulesQuotes, scoreGoldQuotes(text, gold, rules.raw));

  for (const e of [...ours.raw.people, ...ours.raw.organizations, ...ours.raw.places]) {
    for (const m of e.mentions) {
      mentions++;
      if (text.slice(m.start, m.end) !== m.text) badOffsets++;
    }
  }
  for (const d of ours.raw.dates) if (text.slice(d.start, d.end) !== d.text) badOffsets++;
  for (const q of ours.raw.quotes) {
    for (const m of [q, q.cue, q.speaker?.mention]) if (m && text.slice(m.start, m.end) !== m.text) badOffsets++;
  }
  const qc = scoreGoldQuotes(text, gold, ours.raw);
  quoteTotals = addQuoteCounts(quoteTotals, qc);
  if (verbose && qc.details.length) console.log(`${gold.file} quotes: ${qc.details.join(' | ')}`);
  compromiseQuotes = addQuoteCounts(compromiseQuotes, scoreGoldQuotes(text, gold, { ...ours.raw, quotes: compromiseQuotations(text) }));
  for (const iq of gold.indirect_quotes) {
    indirectTotal++;
    // A short text (`it`) occurs in many words: look for it after its cue first.
    const withCue = text.indexOf(`${iq.cue} ${iq.text}`);
    const start = withCue >= 0 ? withCue + iq.cue.length + 1 : text.indexOf(iq.text);
    const hit = ours.raw.quotes.find((q) => q.kind === 'indirect' && jaccard(q, { start, end: start + iq.text.length }) >= 0.5);
    if (hit) indirectFound++;
    if (hit && (iq.speaker === null ? !hit.speaker?.entityId : norm(hit.speaker?.name ?? '') === norm(iq.speaker))) indirectSpeakerRight++;
  }
  metaTotal += 2;
  if ((ours.raw.meta.byline ?? null) === gold.byline) metaRight++;
  if ((ours.raw.meta.published ?? null) === gold.published) metaRight++;

  for (const type of TYPES) {
    const o = scoreEntities(gold, ours.entities, type);
    const c = scoreEntities(gold, theirs.entities, type);
    totals.newsextract![type] = add(totals.newsextract![type], o);
    totals.compromise![type] = add(totals.compromise![type], c);
    totals.rulesOnly![type] = add(totals.rulesOnly![type], scoreEntities(gold, rules.entities, type));
    if (verbose && (o.misses.length || o.falsePositives.length)) {
      console.log(`${gold.file} ${type}: missed [${o.misses.join(', ')}] false+ [${o.falsePositives.join(', ')}]`);
    }
  }
  const od = scoreDates(gold, ours.dates);
  const cd = scoreDates(gold, theirs.dates);
  dateTotals.newsextract.found += od.found;
  dateTotals.newsextract.total += od.total;
  dateTotals.newsextract.iso += od.isoRight;
  dateTotals.compromise.found += cd.found;
  dateTotals.compromise.total += cd.total;
  dateTotals.compromise.iso += lenientIso(cd, gold, theirs.dates);
  if (verbose && (od.misses.length || od.wrongIso.length)) console.log(`${gold.file} dates: missed [${od.misses.join(', ')}] wrong [${od.wrongIso.join('; ')}]`);
}

/** Plain compromise's `quotations()`, as quotes with offsets and no speaker (it attributes none). */
function compromiseQuotations(text: string): Extraction['quotes'] {
  const found = nlp(text).quotations().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
  return found.map((f) => {
    let start = f.offset.start;
    let end = start + f.offset.length;
    while (start < end && /[\s“”"‘’'«»„]/.test(text[start]!)) start++;
    while (end > start && /[\s“”"‘’'«»„.,]/.test(text[end - 1]!)) end--;
    return { start, end, text: text.slice(start, end), kind: 'direct' as const, speaker: null, cue: null };
  });
}

interface PolnearSlice {
  ours: QuoteCounts;
  compromise: QuoteCounts;
  articles: number;
  attributed: { tp: number; fp: number; fn: number };
  reported: ReportedCounts;
}

const polnearResults: { article: string; result: Extraction }[] = [];

/**
 * The corpus check on PolNeAR train: `aggregate()` over the 840 articles. A person whose surname
 * no other full-named person of the corpus has should be one corpus speaker (bare surnames
 * joined); no corpus person may hold two full names that differ in given name (two people merged).
 */
function corpusCheck(): void {
  const corpus = aggregate(polnearResults);
  const people = corpus.entities.filter((e) => e.type === 'person');
  const fullNames = (e: (typeof people)[number]) => e.forms.filter((f) => f.trim().split(/\s+/).length >= 2 && /^\p{Lu}/u.test(f));
  const surname = (n: string) => n.replace(/\./g, '').trim().split(/\s+/).pop()!.toLowerCase();
  const given = (n: string) => n.replace(/\./g, '').trim().split(/\s+/)[0]!.toLowerCase();
  const bySurname = new Map<string, Set<string>>();
  for (const e of people) for (const f of fullNames(e)) bySurname.set(surname(f), (bySurname.get(surname(f)) ?? new Set()).add(e.id));
  const unique = [...bySurname].filter(([, ids]) => ids.size === 1).map(([s]) => s);
  // Of the quoted people with a surname unique in the corpus, how many are split into several corpus speakers?
  const speakerIds = new Set(corpus.speakers.map((s) => s.entityId));
  let quoted = 0;
  let split = 0;
  for (const s of unique) {
    const holders = people.filter((e) => speakerIds.has(e.id) && e.forms.some((f) => surname(f) === s));
    if (holders.length === 0) continue;
    quoted++;
    if (holders.length > 1) split++;
  }
  // Two forms with different given names (both known given names) and one surname: two people in one entity.
  const merged = people.filter((e) => {
    const names = fullNames(e).filter((f) => isFirstName(given(f)));
    return names.some((a) => names.some((b) => surname(a) === surname(b) && given(a) !== given(b) && !given(a).startsWith(given(b)) && !given(b).startsWith(given(a))));
  });
  const splitNames: string[] = [];
  for (const s of unique) {
    const holders = people.filter((e) => speakerIds.has(e.id) && e.forms.some((f) => surname(f) === s));
    if (holders.length > 1) splitNames.push(holders.map((e) => e.name).join(' / '));
  }
  console.log(`\nCorpus check, aggregate() over PolNeAR train (${corpus.articles} articles, ${people.length} corpus people):`);
  console.log(`  quoted people whose surname no other full-named person has: ${quoted}, split into several corpus speakers: ${split}${split ? ` — ${splitNames.slice(0, 8).join('; ')}` : ''}`);
  console.log(`  corpus people holding two full names of different given names (two people merged?): ${merged.length}${merged.length ? ` — ${merged.slice(0, 8).map((e) => fullNames(e).join(' / ')).join('; ')}` : ''}`);
}

/** PolNeAR train: direct quotes (quote-marked runs in Content spans) and their Sources, per slice. */
function polnear(limit: number, options: ExtractOptions = {}): { all: PolnearSlice; held: PolnearSlice } {
  const dir = join(shared, 'data/polnear-train');
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
  const slice = (): PolnearSlice => ({ ours: emptyQuoteCounts(), compromise: emptyQuoteCounts(), articles: 0, attributed: { tp: 0, fp: 0, fn: 0 }, reported: emptyReportedCounts() });
  const all = slice();
  const held = slice();
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    const ann = readdirSync(dir).find((f) => f.startsWith(name.replace(/\.txt$/, '_')) && f.endsWith('.ann'));
    if (!ann) continue;
    const attributions = parseAnn(readFileSync(join(dir, ann), 'utf8'));
    const gold = polnearDirectQuotes(text, attributions);
    const r = extract(text, options);
    if (options.tagger !== false) polnearResults.push({ article: name, result: r });
    const predicted = markedQuotes(text, r);
    for (const s of heldApart(name) ? [all, held] : [all]) {
      s.articles++;
      const before = s.reported.details.length;
      scoreReported(text, r, attributions, s.reported);
      // Errors of the held-apart fifth are never printed: they are not for reading.
      if (process.argv.includes('--reported') && s === all && !heldApart(name)) for (const d of s.reported.details.slice(before)) console.log(`${name}: ${d}`);
      const used = new Set<number>();
      let right = 0;
      for (const g of gold) {
        const k = predicted.findIndex((p, i) => !used.has(i) && jaccard(p, g) >= 0.5);
        if (k < 0) {
          s.ours.fn++;
          continue;
        }
        used.add(k);
        s.ours.tp++;
        if (g.source && speakerMatchesSource(r, predicted[k]!, g.source)) {
          s.ours.speakerRight++;
          right++;
        }
      }
      s.ours.fp += predicted.length - used.size;
      s.attributed.tp += right;
      s.attributed.fp += predicted.length - right;
      s.attributed.fn += gold.length - right;
      if (options.tagger === false) continue; // the baseline does not change with our options
      const cq = compromiseQuotations(text);
      const cused = new Set<number>();
      for (const g of gold) {
        const k = cq.findIndex((p, i) => !cused.has(i) && jaccard(p, g) >= 0.5);
        if (k < 0) s.compromise.fn++;
        else {
          cused.add(k);
          s.compromise.tp++;
        }
      }
      s.compromise.fp += cq.length - cused.size;
    }
  }
  return { all, held };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
console.log(`\nEntities on ../shared/gold (${files.length} articles) — precision / recall / F1 (duplicates count as false positives)`);
console.log(`${'type'.padEnd(14)}${'newsextract'.padEnd(28)}plain compromise`);
for (const type of TYPES) {
  const o = totals.newsextract![type];
  const c = totals.compromise![type];
  const a = prf(o);
  const b = prf(c);
  console.log(`${type.padEnd(14)}P ${pct(a.p)} R ${pct(a.r)} F1 ${pct(a.f)}   P ${pct(b.p)} R ${pct(b.r)} F1 ${pct(b.f)}`);
}
const dup = TYPES.reduce((n, t) => n + totals.newsextract![t].duplicates, 0);
console.log(`duplicate entities for one referent: ${dup}`);
const dn = dateTotals.newsextract;
const dc = dateTotals.compromise;
console.log(`\nDates: recall ${pct(dn.found / dn.total)}  ISO accuracy ${pct(dn.iso / Math.max(1, dn.found))}   | compromise-dates: recall ${pct(dc.found / dc.total)}  ISO accuracy (lenient prefix) ${pct(dc.iso / Math.max(1, dc.found))}`);
const qa = prf(quoteTotals);
const qb = prf(compromiseQuotes);
console.log(`\nDirect quotes on ../shared/gold: P ${pct(qa.p)} R ${pct(qa.r)} F1 ${pct(qa.f)}  speaker accuracy ${pct(quoteTotals.speakerRight / Math.max(1, quoteTotals.tp))}  non-quotes reported as speech: ${quoteTotals.nonQuotesAsSpeech}`);
console.log(`  plain compromise quotations(): P ${pct(qb.p)} R ${pct(qb.r)} F1 ${pct(qb.f)}  speaker accuracy   0.0 (it attributes none)  non-quotes reported: ${compromiseQuotes.nonQuotesAsSpeech}`);
console.log(`  indirect quotes found: ${indirectFound}/${indirectTotal}, with the right speaker: ${indirectSpeakerRight}`);
const limit = Number(process.env.POLNEAR_LIMIT ?? 840);
const polnearRuns = polnear(limit);
const pn = polnearRuns.all;
const pnRules = polnear(limit, { tagger: false }).all;
const pa = prf(pn.ours);
const at = prf(pn.attributed);
console.log(`\nDirect quotes on PolNeAR train (match = Jaccard ≥ 0.5):`);
for (const [label, s] of [[`all ${pn.articles} articles`, pn], [`held-apart fifth (${polnearRuns.held.articles})`, polnearRuns.held]] as const) {
  const a = prf(s.ours);
  const b = prf(s.compromise);
  console.log(`  ${label}:`);
  console.log(`    newsextract:      P ${pct(a.p)} R ${pct(a.r)} F1 ${pct(a.f)}  speaker accuracy ${pct(s.ours.speakerRight / Math.max(1, s.ours.tp))}  attributed-quote F1 ${pct(prf(s.attributed).f)}`);
  console.log(`    plain compromise: P ${pct(b.p)} R ${pct(b.r)} F1 ${pct(b.f)}  (attributes none: attributed-quote F1 0.0)`);
}
console.log(`\nReported speech (indirect quotes) on PolNeAR train: contents without quote marks, 4+ words; recall over those cued by a verb of saying/writing or 'according to'; match = Jaccard ≥ 0.5:`);
for (const [label, s] of [[`all ${pn.articles} articles`, pn], [`held-apart fifth (${polnearRuns.held.articles})`, polnearRuns.held]] as const) {
  const c = s.reported;
  const p = c.right / Math.max(1, c.predicted);
  const rc = c.found / Math.max(1, c.scored);
  const f = (2 * p * rc) / Math.max(1e-9, p + rc);
  const ap = c.attributed / Math.max(1, c.predicted);
  const ar = c.speakerRight / Math.max(1, c.scored);
  const af = (2 * ap * ar) / Math.max(1e-9, ap + ar);
  console.log(`  ${label}: P ${pct(p)} R ${pct(rc)} F1 ${pct(f)}  speaker accuracy ${pct(c.speakerRight / Math.max(1, c.found))}  attributed F1 ${pct(af)}   (${c.predicted} predicted, ${c.scored} scored contents)`);
}

whoSaidWhat();
corpusCheck();

// The name tagger: on CoNLL-2003 dev by itself and inside the library, and what it changes on our gold.
console.log(`\nName tagger, before (rules only: options.tagger = false) → after (default):`);
for (const type of TYPES) {
  const before = prf(totals.rulesOnly![type]);
  const after = prf(totals.newsextract![type]);
  console.log(`  gold ${type.padEnd(13)} F1 ${pct(before.f)} → ${pct(after.f)}`);
}
const qr = prf(rulesQuotes);
console.log(`  gold direct quotes  F1 ${pct(qr.f)} → ${pct(qa.f)}   speaker accuracy ${pct(rulesQuotes.speakerRight / Math.max(1, rulesQuotes.tp))} → ${pct(quoteTotals.speakerRight / Math.max(1, quoteTotals.tp))}`);
console.log(`  PolNeAR quotes      F1 ${pct(prf(pnRules.ours).f)} → ${pct(pa.f)}   attributed-quote F1 ${pct(prf(pnRules.attributed).f)} → ${pct(at.f)}`);
conll();
worldwide();
organizations();

function organizations(): void {
  const { tuned, held } = scoreOrgGold(join(shared, 'data/polnear-train'), (text) => extract(text), verbose ? (file, line) => console.log(`${file}: ${line}`) : undefined);
  console.log('\nOrganizations on US political news (test/eval/org-gold.json, annotated by reading; entities: any form matches, duplicates count as false positives; mentions: exact spans):');
  for (const [label, s] of [[`tuned two thirds (${tuned.articles})`, tuned], [`held-apart third (${held.articles})`, held]] as const) {
    const e = prf(s.entities);
    const m = prf(s.mentions);
    console.log(`  ${label.padEnd(24)}entities P ${pct(e.p)} R ${pct(e.r)} F1 ${pct(e.f)} (duplicates ${s.entities.duplicates})   mentions P ${pct(m.p)} R ${pct(m.r)} F1 ${pct(m.f)}`);
  }
}

/**
 * Who said what, counted as a researcher counts it: the shared scorer on the speaker gold, the
 * two thirds the confidence table is fitted on and the third held apart (whose errors are never
 * printed), on this source tree. Then the confidence table's calibration on each part.
 */
function whoSaidWhat(): void {
  const scorer = join(shared, 'tools/score-speakers.mjs');
  const parts = { tuned: mkdtempSync(join(tmpdir(), 'speaker-gold-tuned-')), held: mkdtempSync(join(tmpdir(), 'speaker-gold-held-')) };
  let files = 0;
  for (const dir of speakerGoldDirs(shared)) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      symlinkSync(join(dir, f), join(heldThird(f.replace(/\.json$/, '')) ? parts.held : parts.tuned, f));
      files++;
    }
  }
  console.log(`\nWho said what on the speaker gold (${files} PolNeAR articles annotated by reading: the shared 29 and test/eval/speaker-gold-extra; strict: the right person or organization), ../shared/tools/score-speakers.mjs:`);
  console.log('  part                       found  right person  speaker acc.  precision  junk names  gender right (given)   conf ≥ 0.9: right (share of found)');
  for (const [label, dir] of [['tuned two thirds', parts.tuned], ['held-apart third', parts.held]] as const) {
    const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', scorer, '--impl', join(import.meta.dirname, '../../src/index.ts'), '--gold', dir, '--texts', join(shared, 'data/polnear-train'), '--json'], { encoding: 'utf8' })) as {
      gold: number; found: number; rightPerson: number; speakerAccuracy: number; precision: number; junkSpeakerNames: number;
      calibration: Record<string, { n: number; accuracy: number }>; gender: { accuracy: number; n: number; goldWithGender: number } | string;
    };
    const high = out.calibration['>=0.9'];
    const foundN = Object.values(out.calibration).reduce((a, b) => a + b.n, 0);
    const gender = typeof out.gender === 'string' ? '—' : `${out.gender.accuracy} (${pct(out.gender.n / Math.max(1, out.gender.goldWithGender))})`;
    console.log(`  ${`${label} (${out.gold})`.padEnd(26)} ${String(out.found).padStart(5)}  ${String(out.rightPerson).padStart(12)}  ${String(out.speakerAccuracy).padStart(12)}  ${String(out.precision).padStart(9)}  ${String(out.junkSpeakerNames).padStart(10)}  ${gender.padStart(20)}   ${high ? `${high.accuracy} (${pct(high.n / Math.max(1, foundN))})` : '—'}`);
  }
  console.log('  calibration (confidence bucket: attributions found, share with the right speaker):');
  for (const [label, held] of [['tuned', false], ['held', true]] as const) {
    const buckets = new Map<string, [number, number]>();
    for (const { name, gold: g, text } of loadSpeakerGold(shared)) {
      if (heldThird(name) !== held) continue;
      for (const j of judge(text, g).judged) {
        const b = j.confidence >= 0.95 ? '≥0.95' : j.confidence >= 0.9 ? '0.90–0.95' : j.confidence >= 0.8 ? '0.80–0.90' : j.confidence >= 0.7 ? '0.70–0.80' : '<0.70';
        const v = buckets.get(b) ?? [0, 0];
        v[0]++;
        if (j.right) v[1]++;
        buckets.set(b, v);
      }
    }
    const row = ['≥0.95', '0.90–0.95', '0.80–0.90', '0.70–0.80', '<0.70'].map((b) => { const [n, r] = buckets.get(b) ?? [0, 0]; return `${b} ${n ? `${pct(r / n)} of ${n}` : '—'}`; });
    console.log(`    ${label.padEnd(6)} ${row.join('   ')}`);
  }
}

function worldwide(): void {
  const { all, held } = worldwideDates(join(shared, 'data/worldwide-train'));
  const line = (label: string, d: { gold: number; found: number; predicted: number; right: number }) =>
    console.log(`  ${label.padEnd(22)}recall ${pct(d.found / Math.max(1, d.gold))}  overlap precision ${pct(d.right / Math.max(1, d.predicted))}   (${d.gold} annotated, ${d.predicted} found)`);
  console.log('\nDates on worldwide-train (annotated Date entities overlapped by a date mention; the annotation leaves out many dates, e.g. `today`):');
  line('all articles', all);
  line('held-apart fifth', held);
}

function conll(): void {
  const dev = loadConll(join(shared, 'data/conll2003/eng.testa'));
  const tokens = dev.reduce((n, d) => n + d.reduce((m, s) => m + s.tokens.length, 0), 0);
  const model = bundledModel();
  for (const doc of dev) tagDocument(model, doc.map((s) => s.tokens)); // warm-up: JIT and per-word caches
  const t0 = performance.now();
  for (const doc of dev) tagDocument(model, doc.map((s) => s.tokens));
  const seconds = (performance.now() - t0) / 1000;
  const row = (label: string, s: SpanScores) => {
    const f = (c: { tp: number; fp: number; fn: number }) => pct((2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn));
    console.log(`  ${label.padEnd(34)}P ${pct(s.micro.p)} R ${pct(s.micro.r)} F1 ${pct(s.micro.f)}   PER ${f(s.byType.PER!)}  ORG ${f(s.byType.ORG!)}  LOC ${f(s.byType.LOC!)}`);
  };
  console.log(`\nCoNLL-2003 eng.testa (${dev.length} documents, ${tokens} tokens), PER/ORG/LOC exact spans, micro-averaged:`);
  row('tagger alone', evaluate(model, dev));
  const written = loadConll(join(shared, 'data/conll2003/eng.testa'), { split: false });
  row('newsextract extract()', scorePipeline(written));
  row('newsextract, rules only', scorePipeline(written, { tagger: false }));
  row('plain compromise', scoreCompromise(written, (text) => nlp(text) as unknown as CompromiseDoc));
  console.log(`  tagger speed: ${Math.round(tokens / seconds).toLocaleString('en')} tokens/s (second run over eng.testa: JIT and per-word caches warm)`);
  const ww = scoreWorldwide(join(shared, 'data/worldwide-train'));
  console.log(`\nWorldwide newswire train (non-Western outlets), extract(), PER/ORG/LOC (Facility counts as LOC) exact spans, micro-averaged:`);
  row('tuned four fifths (trained on)', ww.tuned);
  row('held-apart fifth', ww.held);
  for (const [region, s] of Object.entries(ww.heldByRegion)) row(`  held apart, ${region}`, s);
}
console.log(`Meta (byline + published exact): ${metaRight}/${metaTotal}`);
console.log(`Offsets: ${mentions} entity mentions + dates checked, ${badOffsets} invalid`);
console.log(`(eval took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
