/**
 * `npm run eval`: newsextract against the hand-made gold in ../shared/gold, side by side
 * with plain compromise on the same articles. `--verbose` lists every miss and false positive.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { extract, type EntityType, type Extraction } from '../../src/index.js';
import { add, emptyCounts, fromExtraction, norm, prf, scoreDates, scoreEntities, type Counts, type DateCounts, type Gold, type PredictedEntity } from './score.js';

const shared = join(import.meta.dirname, '../../../shared');
const verbose = process.argv.includes('--verbose');
const TYPES: EntityType[] = ['person', 'organization', 'place'];

nlp.plugin(datesPlugin as Parameters<typeof nlp.plugin>[0]);

interface SystemResult {
  entities: PredictedEntity[];
  dates: { text: string; value: string | null }[];
}

function newsextract(text: string): SystemResult & { raw: Extraction } {
  const raw = extract(text);
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
};
const dateTotals = { newsextract: { found: 0, total: 0, iso: 0 }, compromise: { found: 0, total: 0, iso: 0 } };
let badOffsets = 0;
let mentions = 0;
let metaRight = 0;
let metaTotal = 0;
const started = performance.now();

for (const file of files) {
  const gold = JSON.parse(readFileSync(join(shared, 'gold', file), 'utf8')) as Gold;
  const text = readFileSync(join(shared, 'articles', gold.file), 'utf8');
  const ours = newsextract(text);
  const theirs = plainCompromise(text, gold.published);

  for (const e of [...ours.raw.people, ...ours.raw.organizations, ...ours.raw.places]) {
    for (const m of e.mentions) {
      mentions++;
      if (text.slice(m.start, m.end) !== m.text) badOffsets++;
    }
  }
  for (const d of ours.raw.dates) if (text.slice(d.start, d.end) !== d.text) badOffsets++;
  metaTotal += 2;
  if ((ours.raw.meta.byline ?? null) === gold.byline) metaRight++;
  if ((ours.raw.meta.published ?? null) === gold.published) metaRight++;

  for (const type of TYPES) {
    const o = scoreEntities(gold, ours.entities, type);
    const c = scoreEntities(gold, theirs.entities, type);
    totals.newsextract![type] = add(totals.newsextract![type], o);
    totals.compromise![type] = add(totals.compromise![type], c);
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
console.log(`Meta (byline + published exact): ${metaRight}/${metaTotal}`);
console.log(`Offsets: ${mentions} entity mentions + dates checked, ${badOffsets} invalid`);
console.log(`(eval took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
