import type { Span } from '../span.js';

// Whole-line phrases of share widgets, navigation and site furniture. Matched against
// a short line only, so an article sentence that merely contains "share" is kept.
const WIDGET_LINE =
  /^(?:share (?:this|on|via)\b|share:?$|tweet$|pin it$|email this\b|print this\b|exit mobile version$|skip to (?:main )?content$|toggle navigation$|main menu$|menu$|search(?: for)?:?$|(?:related|recommended|popular|latest|trending) (?:posts|articles|stories|news)\b|read more\b|continue reading\b|you may also like\b|more from\b|advertisement$|sponsored\b|subscribe\b|sign up\b|newsletter\b|follow us\b|leave a (?:comment|reply)\b|\d* ?comments?$|cookies?\b|privacy policy\b|terms of (?:use|service)\b|all rights reserved\b|copyright\b|©|tags?:|categories:|filed under\b|click here\b|back to top$|previous (?:post|article)\b|next (?:post|article)\b|loading\.*$|photo(?:graph)?: )/i;

// "Home › News › Title": a breadcrumb trail of title-cased words starting at "Home".
const BREADCRUMB = /^home(?:\s*[›»>|/]\s*|\s+)[A-Z]/i;

const MAX_WIDGET_LINE = 100;

/** Why a line is not article prose. */
export type BoilerplateKind = 'widget' | 'breadcrumb';

export interface BoilerplateLine extends Span {
  kind: BoilerplateKind;
}

/**
 * Lines that are site furniture rather than article text. Entities are not mined
 * from them; the text itself is untouched so offsets stay valid.
 */
export function findBoilerplate(text: string, paragraphs: readonly Span[]): BoilerplateLine[] {
  const out: BoilerplateLine[] = [];
  for (const p of paragraphs) {
    const line = text.slice(p.start, p.end);
    if (line.length <= MAX_WIDGET_LINE && WIDGET_LINE.test(line)) out.push({ ...p, kind: 'widget' });
    else if (line.length <= 200 && BREADCRUMB.test(line) && !/[.!?]["”’]?$/.test(line)) out.push({ ...p, kind: 'breadcrumb' });
  }
  return out;
}
