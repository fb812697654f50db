import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from '../src/index.js';

export const articlesDir = join(import.meta.dirname, '../examples/articles');

/** The bundled sample articles (copied from ../shared/articles), by file name. */
export function sampleArticles(): { file: string; text: string }[] {
  return readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(articlesDir, file), 'utf8') }));
}

export function names(r: Extraction, key: 'people' | 'organizations' | 'places'): string[] {
  return r[key].map((e) => e.name);
}

/** Every form an entity is known by: name, aliases and mention texts. */
export function formsOf(r: Extraction, key: 'people' | 'organizations' | 'places'): string[][] {
  return r[key].map((e) => [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]);
}

/**
 * What must hold for any result of `extract(text)`: every span slices to its text (entity
 * mentions, dates, quotes, cues, speaker mentions), every speaker id names a person or
 * organization of the result, every entity has a mention, ids are unique. Returns the
 * violations (empty when the result is sound), so a failing property prints what broke.
 */
export function violations(text: string, r: Extraction): string[] {
  const out: string[] = [];
  const span = (what: string, m: { start: number; end: number; text: string }) => {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end > text.length || m.start > m.end) out.push(`${what}: bad range ${m.start}..${m.end}`);
    else if (text.slice(m.start, m.end) !== m.text) out.push(`${what}: ${JSON.stringify(text.slice(m.start, m.end))} ≠ ${JSON.stringify(m.text)}`);
  };
  const entities = [...r.people, ...r.organizations, ...r.places];
  const ids = new Set(entities.map((e) => e.id));
  if (ids.size !== entities.length) out.push('duplicate entity ids');
  for (const e of entities) {
    if (e.mentions.length === 0) out.push(`${e.id} has no mention`);
    for (const m of e.mentions) span(`${e.id} mention`, m);
  }
  for (const d of r.dates) span('date', d);
  const speakers = new Set([...r.people, ...r.organizations].map((e) => e.id));
  for (const q of r.quotes) {
    span('quote', q);
    if (q.cue) span('cue', q.cue);
    if (q.speaker?.mention) span('speaker mention', q.speaker.mention);
    if (q.speaker?.entityId !== undefined && !speakers.has(q.speaker.entityId)) out.push(`quote speaker ${q.speaker.entityId} is not a person or organization`);
  }
  return out;
}

/**
 * ~30 distinct documents built from the sample articles (paragraphs rotated, reversed, articles
 * joined) plus short invented ones whose words prime a tokenizer that learns (`Asante’s.`).
 * Order-independence and worker tests run over these, so one article's words meet another's.
 */
export function variedCorpus(): string[] {
  const texts = sampleArticles().map((a) => a.text);
  const docs: string[] = [];
  texts.forEach((t, i) => {
    const paragraphs = t.split('\n');
    const half = paragraphs.length >> 1;
    docs.push(t, [...paragraphs.slice(half), ...paragraphs.slice(0, half)].join('\n'), [...paragraphs].reverse().join('\n'), `${t}\n\n${texts[(i + 1) % texts.length]}`);
  });
  docs.push(
    'The plan was Kwabena Asante’s. The deputy minister is Asante’s.',
    'Kwabena Asante’s plan failed in Kumasi on Monday, Asante’s deputy said. “We will try again,” Asante told reporters.',
    'ACCRA, Ghana — Ama Owusu-Ansah, the chair of the Ghana Cocoa Board (COCOBOD), said farmers were owed GH₵2 billion. It was Owusu-Ansah’s.',
    'Owusu-Ansah’s board met in Accra. “The arrears are real,” Owusu-Ansah said, according to the Daily Graphic.',
    'Share This Story\n\nBy Efua Mensah\n\nJuly 4, 2021\n\nEfua Mensah’s report: “Prices rose.” Exit mobile version',
  );
  return docs;
}
