/**
 * Public result types. These are a contract: downstream code and outside
 * evaluation read exactly these fields, so change them only additively.
 */

/** A span of the input. Invariant: `text === input.slice(start, end)`. */
export interface Mention {
  /** Character offset (UTF-16 code units, as `String.prototype.slice` counts) of the first character. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** The exact surface text, `input.slice(start, end)`. */
  text: string;
}

/** The kinds of entity newsextract reports. */
export type EntityType = 'person' | 'organization' | 'place';

/**
 * One real-world referent in the article, with every way the article names it.
 *
 * @example
 * { id: 'person-1', type: 'person', name: 'Kofi Mensah', aliases: ['Mensah'],
 *   titles: ['Prime Minister'], mentions: [{ start: 120, end: 126, text: 'Mensah' }] }
 */
export interface Entity {
  /** Stable within one result: `person-1`, `organization-2`, `place-3`. */
  id: string;
  type: EntityType;
  /** The fullest name the article gives (brackets and titles removed). */
  name: string;
  /** Other surface forms: short names, acronyms, titled forms. Excludes `name`. */
  aliases: string[];
  /** Titles and roles: honorifics (`Brig. Gen.`), offices (`health minister`). */
  titles: string[];
  /** Every place the entity is named, in text order. */
  mentions: Mention[];
  /**
   * The organizations a person speaks or works for, where the text says so right around a
   * mention (`Kofi Mensah, a spokesman for the NUT`). Empty when none, and for organizations and places.
   */
  affiliations: Affiliation[];
  /**
   * A person's gender as the article signals it: a pronoun that refers to them (`Mensah said she
   * …`), an honorific (`Mr.`, `Ms.`), a gendered role noun (`spokeswoman`); failing those, a table
   * of given names (compromise's lexicon), which never overrides the text. `null` when nothing
   * tells, and for organizations and places.
   */
  gender: Gender | null;
}

/** A person's gender, as {@link Entity.gender} reports it. */
export type Gender = 'female' | 'male';

/** A person's tie to an organization the article names. */
export interface Affiliation {
  /** Id of the organization entity. */
  organizationId: string;
  /** The role the text gives (`spokesman`, `secretary general`), or null (`Kofi Mensah of the NUT`). */
  role: string | null;
  /** The organization's mention that ties them. */
  mention: Mention;
}

/** A date expression with its resolved value. */
export interface DateMention extends Mention {
  /**
   * ISO 8601 at the precision the text supports: `2018-11-17`, `2018-11` or `2018`.
   * `null` when the text gives no year and no anchor (publication date) resolves it,
   * or when the expression is vaguer than a year (`the 1980s`, `last week`).
   */
  value: string | null;
}

/** Who said a quote, as far as the article tells. */
export interface QuoteSpeaker {
  /** Id of the person or organization entity, when the speaker is one. */
  entityId?: string;
  /**
   * `person` or `organization` when the speaker is an entity; `description` when the text names
   * no one and describes the source instead (`a senior official`, `the report`).
   */
  kind: 'person' | 'organization' | 'description';
  /** The entity's name, or the description the article uses (`a senior official`). Never a bare pronoun. */
  name: string;
  /** The words in the text that name the speaker here (`he`, `the minister`, `Mensah`). */
  mention?: Mention;
  /** The speaker entity's affiliations (see {@link Entity.affiliations}); present when `entityId` is. */
  affiliations?: Affiliation[];
}

/**
 * A quotation. `text`/`start`/`end` bound the quoted words without the outer quote marks; for an
 * `indirect` quote, the reported clause; for a `mixed` quote whose quoted fragment is three words
 * or fewer, the reported clause around it, marks included (`he was only “leaning Cruz”`).
 */
export interface Quote extends Mention {
  kind: 'direct' | 'indirect' | 'mixed';
  speaker: QuoteSpeaker | null;
  /** The reporting verb, phrase or colon that introduces the quote. */
  cue: Mention | null;
  /**
   * How sure the attribution is: the share of attributions made the same way (same pass, same
   * kind of evidence) that named the right speaker on hand-annotated news (`docs/attribution.md`),
   * so quotes at 0.9 are right about nine times in ten. 0 when there is no speaker.
   */
  confidence?: number;
  /**
   * The words that point at the speaker when they could not be resolved to anyone (a pronoun
   * with no antecedent that agrees, `he said`): `speaker` is then `null`. Absent otherwise.
   */
  unresolvedSpeaker?: Mention;
}

/**
 * Facts about the article itself. `extract()` fills `title`, `byline` and `published` from the
 * text; the Node adapters add what the file says (a JSON record's `title`, `url`, `date` and
 * the fields named with `metaFields`, an HTML page's title), unchanged.
 */
export interface ArticleMeta {
  title?: string;
  /** Author named in a byline (`By Jane Doe`). */
  byline?: string;
  /** Publication date stated in the text or given in options, ISO `YYYY-MM-DD`. */
  published?: string;
  /** The article's address, from a JSON record's `url` field. */
  url?: string;
  /** A JSON record's `date` field as written (`published` is the day it names, in ISO). */
  date?: string;
  /** Other string fields of a JSON record, named by the caller (`--meta author,section`), as written. */
  [field: string]: string | undefined;
}

/** Everything `extract()` finds in one article. Plain JSON: no classes, no cycles. */
export interface Extraction {
  meta: ArticleMeta;
  people: Entity[];
  organizations: Entity[];
  places: Entity[];
  dates: DateMention[];
  quotes: Quote[];
}

/** Options for {@link extract}. */
export interface ExtractOptions {
  /**
   * Publication date (ISO `YYYY-MM-DD` or any `Date`-parsable string), used to resolve
   * relative dates (`last Monday`, `on November 17`). Overrides a date found in the text.
   */
  published?: string;
  /**
   * When the article states no publication date, resolve year-less dates (`June 30`)
   * with the only year the article mentions. Off by default: in our measurements a
   * single year in the text is often not the year of a year-less date.
   */
  inferYearFromText?: boolean;
  /**
   * Read numeric dates day first (`6/4/13` → `2013-04-06`), as most of the world writes
   * them. Off by default: month first (`6/4/13` → `2013-06-04`), as US news writes them.
   */
  dayFirst?: boolean;
  /**
   * Let the statistical name tagger (a perceptron trained on CoNLL-2003 and worldwide
   * newswire) decide which words are names and their type. On by default; `false` types
   * capitalized names by rules alone: faster, and much less accurate on unfamiliar news.
   */
  tagger?: boolean;
}
