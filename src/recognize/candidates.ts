import type { Candidate, Word } from '../document.js';
import { isAllCaps, isCapitalized } from './words.js';
import { HONORIFICS, NAME_CONNECTORS, ROLE_NOUNS, ORG_HEADS, PLACE_HEADS, isTitleWord } from '../knowledge/words.js';
import { isCommonWord, isDemonym, isFirstName, isOrgWord, hasTag } from '../knowledge/lexicon.js';
import { lookupPlace } from '../knowledge/gazetteer.js';
import { lineKind } from '../segment/lineKind.js';

/** A line mostly in capitals (`VOTERS MAKE GOOD CHOICE`). */
function isShoutedLine(words: readonly Word[]): boolean {
  const alpha = words.filter((w) => /^\p{L}/u.test(w.text));
  return alpha.length >= 3 && alpha.filter((w) => isAllCaps(w.text)).length >= alpha.length * 0.7;
}

/** A title-cased line (headline, caption): no lower-case word but function words. */
export function isHeadlineLine(words: readonly Word[]): boolean {
  return lineKind(words) !== undefined;
}

const MAX_RUN = 16;
const POSSESSIVE = /^['’]s?$/;
const BRACKET = /^[\[\]]$/;

function isNameWord(w: Word): boolean {
  if (w.text.startsWith('#')) return false;
  return isCapitalized(w.text) && /\p{L}/u.test(w.text);
}

/**
 * Find maximal runs of capitalized words (with name-internal connectors such as
 * `of`, `for the`, hyphens, bracketed insertions and organizational possessives),
 * then split each run into names and the titles in front of them.
 */
export function findCandidates(words: readonly Word[], skipParagraph: (p: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const byParagraph = new Map<number, Word[]>();
  for (const w of words) {
    const list = byParagraph.get(w.paragraph);
    if (list) list.push(w);
    else byParagraph.set(w.paragraph, [w]);
  }
  const headlineParagraphs = new Map<number, boolean>();
  for (const [p, list] of byParagraph) headlineParagraphs.set(p, isHeadlineLine(list));
  const headline = (p: number) => headlineParagraphs.get(p) ?? false;
  const shoutedParagraphs = new Set([...byParagraph].filter(([, list]) => isShoutedLine(list)).map(([p]) => p));

  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const hashtag = w.text.startsWith('#') && w.text.length > 1 && isCapitalized(w.text.slice(1));
    if (skipParagraph(w.paragraph) || (!isNameWord(w) && !hashtag)) {
      i++;
      continue;
    }
    if (hashtag) {
      // `#Kenya` in captions: the tag's word is the name.
      out.push({ first: i, last: i, start: w.start + 1, end: w.end, name: w.text.slice(1), titles: [], headline: true, sentenceStart: false, shouted: false });
      i++;
      continue;
    }
    // Extend the run; no proper name is longer than MAX_RUN words.
    let j = i;
    let sawOf = false;
    while (j - i < MAX_RUN) {
      const next = words[j + 1];
      if (!next || next.paragraph !== w.paragraph) break;
      if (isNameWord(next) && next.spaceBefore !== false) {
        j++;
        continue;
      }
      if (isNameWord(next) && !next.spaceBefore && /[’'.]$/.test(words[j]!.text)) {
        j++;
        continue;
      }
      const after = words[j + 2];
      const after2 = words[j + 3];
      if (!after || after.paragraph !== w.paragraph) break;
      const lower = next.text.toLowerCase();
      // `[Kofi] Mensah`, `Kenya’s`, `People’s Liberation Army`: joined here, split below if wrong.
      if ((BRACKET.test(next.text) || POSSESSIVE.test(next.text)) && isNameWord(after)) {
        j += 2;
        continue;
      }
      if (next.text === ']' && j > i) {
        j++;
        continue;
      }
      if (NAME_CONNECTORS.has(lower) && next.text === lower) {
        if (lower === 'the' || lower === 'and') {
          if (lower === 'and' && !sawOf) break;
          if (lower === 'the' && !['of', 'for'].includes(words[j]!.text)) break;
        }
        if (lower === 'of' || lower === 'for') sawOf = true;
        if (isNameWord(after)) {
          j += 2;
          continue;
        }
        if (after.text === 'the' && after2 && isNameWord(after2) && (lower === 'of' || lower === 'for')) {
          j += 3;
          continue;
        }
      }
      break;
    }
    while (j > i && !isNameWord(words[j]!)) j--;
    const before = out.length;
    splitRun(words, i, j, headline(w.paragraph), out);
    if (shoutedParagraphs.has(w.paragraph)) for (let k = before; k < out.length; k++) out[k]!.shouted = true;
    i = j + 1;
  }
  return out;
}

/** Split one capitalized run into candidate names. */
function splitRun(words: readonly Word[], first: number, last: number, headline: boolean, out: Candidate[]): void {
  // A possessive ends a name unless what follows is that name's organization (`People’s X Organization`).
  for (let k = first; k <= last; k++) {
    if (POSSESSIVE.test(words[k]!.text)) {
      const rest = words.slice(k + 1, last + 1).map((x) => x.text.toLowerCase());
      const orgAfter = rest.some((r) => isOrgWord(r) || ORG_HEADS.has(r));
      if (!(orgAfter && k - first === 1 && !lookupPlace(words[first]!.text))) {
        splitRun(words, first, k - 1, headline, out);
        splitRun(words, k + 1, last, headline, out);
        return;
      }
    }
  }
  // `Deputy for the Islamic Revolutionary Guard Corps`, `Secretary of State`: the role is a title,
  // the rest is an organization (or place).
  for (let k = first; k < last; k++) {
    const lower = words[k]!.text.toLowerCase();
    const next = words[k + 1]!.text;
    if (ROLE_NOUNS.has(lower) && (next === 'of' || next === 'for')) {
      let start = k + 2;
      if (words[start]?.text === 'the') start++;
      if (start <= last) {
        splitRun(words, start, last, headline, out);
        return;
      }
    }
  }
  // `Kofi Mensah of Accra`: a person's name is not continued by `of`; what follows is
  // an affiliation or a topic.
  for (let k = first + 1; k < last; k++) {
    if (words[k]!.text === 'of' && k - first >= 2 && isFirstName(words[first]!.text) && !HONORIFICS.has(words[first]!.text.toLowerCase())) {
      splitRun(words, first, k - 1, headline, out);
      splitRun(words, k + 1, last, headline, out);
      return;
    }
  }
  // `… Security Council Amina Diallo`: an organization head followed by a given name starts a new name.
  for (let k = first + 1; k < last; k++) {
    const prev = words[k - 1]!.text.toLowerCase();
    if ((isOrgWord(prev) || ORG_HEADS.has(prev) || PLACE_HEADS.has(prev)) && isFirstName(words[k]!.text) && isNameWord(words[k + 1]!)) {
      splitRun(words, first, k - 1, headline, out);
      splitRun(words, k, last, headline, out);
      return;
    }
  }

  // Drop a sentence-initial common word (`The`, `Recently`, `Government`).
  let a = first;
  while (a <= last && dropAsCommon(words[a]!, a === first, words[a + 1])) a++;
  if (a > last) return;

  // Peel titles and demonyms off the front, keeping at least one word of name.
  const titles: string[] = [];
  let demonym: string | undefined;
  const lastLower = words[last]!.text.toLowerCase();
  const isOrgLike = isOrgWord(lastLower) || ORG_HEADS.has(lastLower);
  let b = a;
  if (!isOrgLike) {
    while (b < last) {
      const t = words[b]!.text;
      if (isDemonym(t) && b === a) {
        demonym = t;
        b++;
        continue;
      }
      // `Florida Gov. X`, `Texas Sen. X`: a place before a title is part of the title.
      if (b === a && lookupPlace(t) && b + 2 <= last && HONORIFICS.has(words[b + 1]!.text.replace(/\.$/, '').toLowerCase())) {
        titles.push(t);
        b++;
        continue;
      }
      if (isTitleWord(t) || /^[A-Z][a-z]+-elect$/.test(t)) {
        titles.push(t);
        b++;
        continue;
      }
      break;
    }
  }
  // Trailing connectors or brackets are never part of a name.
  let e = last;
  while (e > b && (NAME_CONNECTORS.has(words[e]!.text) || BRACKET.test(words[e]!.text))) e--;
  while (b < e && BRACKET.test(words[b]!.text)) b++;
  // `[Kofi] Mensah`: a bracketed insertion opening the name belongs to the mention.
  const opensBracket = words[b - 1]?.text === '[' && words.slice(b, e + 1).some((w) => w.text === ']');
  const startWord = opensBracket ? b - 1 : b;
  const name = nameOf(words, b, e);
  const titledStart = titles.length ? words[a + (demonym ? 1 : 0)]!.start : undefined;
  out.push({
    first: b,
    last: e,
    start: words[startWord]!.start,
    end: words[e]!.end,
    name,
    titles: titles.length ? [titles.join(' ')] : [],
    ...(titledStart !== undefined ? { titledStart } : {}),
    ...(demonym ? { demonym } : {}),
    headline,
    sentenceStart: words[b]!.sentenceStart,
    shouted: false,
  });
}

/** The name written by words `first..last` as a reader would write it: brackets dropped, spaces normalized. */
export function nameOf(words: readonly Word[], first: number, last: number): string {
  return words
    .slice(first, last + 1)
    .filter((w) => !BRACKET.test(w.text))
    // Spaced as a reader writes it: none inside brackets (`The (Springfield, Ill.) Courier`) or before a comma.
    .map((w, idx, arr) => (idx > 0 && (w.spaceBefore || !/^[’'-]/.test(w.text)) && !/[-’'(]$/.test(arr[idx - 1]!.text) && !/^[),]$/.test(w.text) ? ' ' : '') + w.text)
    .join('')
    .replace(/\s+/g, ' ');
}

/** A capitalized word that is only capitalized because it opens a sentence (or is `The`). */
function dropAsCommon(w: Word, runStart: boolean, next: Word | undefined): boolean {
  const lower = w.text.toLowerCase();
  if (lower === 'the' || lower === 'a' || lower === 'an') return true;
  if (!w.sentenceStart || !runStart) return false;
  // `New Hampshire`, `San Francisco` open sentences too; so do titles (`Judge X`, `General X`).
  if (next && isCapitalized(next.text) && lookupPlace(`${w.text} ${next.text}`)) return false;
  if (next && isCapitalized(next.text) && HONORIFICS.has(lower.replace(/\.$/, ''))) return false;
  if (w.pos !== 'PROPN' && isCommonWord(lower)) return true;
  if (isAllCaps(w.text) || isFirstName(w.text)) return false;
  const place = lookupPlace(w.text);
  if (place && place.kind !== 'city') return false;
  if (w.pos !== 'PROPN') return true;
  if (place) return false;
  return isCommonWord(lower) || hasTag(lower, 'Noun', 'Singular', 'Plural', 'Uncountable', 'Date', 'Month', 'WeekDay', 'Duration');
}
