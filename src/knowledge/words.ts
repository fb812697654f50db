/**
 * Closed word classes of English news prose that the recognizer relies on. These are
 * grammar, not names: every list holds general vocabulary that any article may use.
 */

/** Honorifics and ranks written before a name (with or without a final period). */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'madam', 'madame',
  'gen', 'general', 'brig', 'brigadier', 'col', 'colonel', 'lt', 'lieutenant', 'maj', 'major', 'capt', 'captain',
  'sgt', 'sergeant', 'cpl', 'corporal', 'adm', 'admiral', 'cmdr', 'commander', 'marshal', 'field',
  'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'rev', 'reverend', 'fr', 'father', 'sister', 'brother',
  'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'sheikh', 'shaikh', 'sheik', 'mullah', 'ayatollah',
  'hojatoleslam', 'hojjat', 'grand', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'crown',
  'president', 'premier', 'chancellor', 'minister', 'secretary', 'ambassador', 'judge', 'justice', 'mayor', 'speaker',
  'chairman', 'chairwoman', 'chief', 'deputy', 'vice', 'supreme', 'leader', 'prime', 'foreign', 'defense', 'defence',
  'interior', 'finance', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'inspector', 'officer',
  'superintendent', 'attorney', 'councillor', 'councilor', 'congressman', 'congresswoman', 'mp', 'mep', 'haji', 'hajj',
  'ustaz', 'ustadh', 'mufti', 'pastor', 'elder', 'chief', 'excellency', 'honourable', 'honorable', 'hon',
]);

/** Nouns that name an office or role: heads of the phrases that become `titles`. */
export const ROLE_NOUNS = new Set([
  'president', 'president-elect', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'ambassador', 'envoy',
  'judge', 'justice', 'mayor', 'governor', 'speaker', 'chairman', 'chairwoman', 'chair', 'chairperson', 'chief', 'head',
  'deputy', 'leader', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'commissioner', 'commander', 'general',
  'officer', 'official', 'member', 'lawmaker', 'legislator', 'senator', 'representative', 'congressman', 'congresswoman',
  'mp', 'adviser', 'advisor', 'aide', 'prosecutor', 'attorney', 'founder', 'co-founder', 'ceo', 'executive', 'manager',
  'coordinator', 'analyst', 'researcher', 'professor', 'lecturer', 'economist', 'diplomat', 'negotiator', 'activist',
  'lawyer', 'editor', 'correspondent', 'reporter', 'journalist', 'columnist', 'author', 'cleric', 'ayatollah', 'imam',
  'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'monarch', 'colonel', 'lieutenant', 'major', 'captain',
  'admiral', 'marshal', 'brigadier', 'sergeant', 'candidate', 'nominee', 'councillor', 'councilor', 'delegate',
  'representative', 'envoy', 'inspector', 'superintendent', 'auditor', 'treasurer', 'administrator', 'rapporteur',
  'spokesperson', 'campaigner', 'organizer', 'organiser', 'historian', 'scholar', 'expert', 'specialist', 'strategist',
  'consultant', 'ceo', 'cfo', 'coo', 'cto', 'presidente', 'figure', 'veteran', 'politician', 'mp', 'mep', 'clergyman',
  'mullah', 'sheikh', 'bishop', 'archbishop', 'cardinal', 'pope', 'rabbi', 'pastor', 'priest', 'mufti', 'warden',
]);

/** An honorific or a role noun, with or without a final period (`Gen.`, `President`, `minister`): a title word. */
export function isTitleWord(word: string): boolean {
  const lower = word.replace(/\.$/, '').toLowerCase();
  return HONORIFICS.has(lower) || ROLE_NOUNS.has(lower);
}

/**
 * Words that end an organization's name beyond compromise's `orgWords`
 * (which covers council, ministry, agency, corps, …).
 */
export const ORG_HEADS = new Set([
  'organisation', 'party', 'parties', 'force', 'forces', 'guard', 'guards', 'front', 'movement', 'parliament', 'court',
  'assembly', 'network', 'navy', 'militia', 'militias', 'brigade', 'brigades', 'alliance', 'league', 'tribune',
  'judiciary', 'senate', 'congress', 'cabinet', 'caucus', 'coalition', 'army', 'agency', 'mission', 'embassy',
  'consulate', 'secretariat', 'directorate', 'unit', 'battalion', 'regiment', 'division', 'command', 'council',
  'initiative', 'watch', 'international', 'tv', 'broadcasting', 'broadcaster', 'channel', 'daily', 'weekly',
  'monitor', 'observer', 'review', 'agency', 'tribunal', 'ministry', 'commission', 'federation', 'confederation',
  'organization', 'corps', 'union', 'institute', 'foundation', 'university', 'college', 'academy', 'fund', 'bank',
  'bureau', 'office', 'department', 'police', 'committee', 'board', 'group', 'society', 'association', 'club',
]);

/** Words that start an organization's name: `Ministry of …`, `Bank of …`. */
export const ORG_STARTS = new Set([
  'ministry', 'department', 'office', 'bank', 'university', 'council', 'court', 'house', 'bureau', 'institute',
  'academy', 'organization', 'organisation', 'federation', 'union', 'league', 'association', 'society', 'assembly',
  'commission', 'committee', 'board', 'party', 'army', 'government', 'parliament', 'embassy', 'agency', 'people',
  'national', 'supreme', 'federal', 'islamic', 'democratic', 'united', 'revolutionary', 'royal', 'central', 'world',
]);

/** Words that end a place's name: `Western Cape Province`, `Gaza Strip`. */
export const PLACE_HEADS = new Set([
  'province', 'provinces', 'state', 'region', 'county', 'district', 'governorate', 'prefecture', 'oblast', 'territory',
  'territories', 'city', 'town', 'village', 'municipality', 'canton', 'department', 'emirate', 'strip', 'bank',
  'peninsula', 'valley', 'river', 'sea', 'ocean', 'gulf', 'strait', 'straits', 'mountains', 'island', 'islands',
  'desert', 'lake', 'coast', 'square', 'street', 'avenue', 'road', 'airport', 'port', 'border', 'camp', 'heights',
  'bridge', 'tunnel', 'dam', 'canal', 'park', 'stadium', 'tower', 'mountain', 'mount', 'highway', 'boulevard',
]);

/** Function words a title-cased headline leaves in lower case (`Talks of the Union Fail in Accra`). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'of', 'and', 'the', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'from', 'but', 'or', 'nor', 'as', 'vs',
  'via', 'into', 'over', 'after', 'before', 'amid', 'against', 'is', 'are',
]);

/** Nouns that introduce a place by name: `the city of X`, `X district`. */
export const PLACE_INTROS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'province', 'region', 'capital', 'district', 'county', 'state', 'port', 'suburb',
  'neighbourhood', 'neighborhood', 'area',
]);

/** `R-Ky.`, `D-Calif`, `D-N.C.`, `I-Vt.`: a politician's party and state, never a name. */
export const PARTY_STATE = /^[RDI]-(?:[A-Z][A-Za-z]{0,5}\.?){1,2}$/;

/** Words joining the items of a list: `,`, `and`, `or`, `&`. */
export const LIST_JOIN = /^(?:,|and|or|&)$/;

/** Lower-case words that glue a multi-word proper name together (`Council of Ministers of the Union`). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'des', 'da', 'do', 'dos', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'bint', 'abu', '&']);

/** Particles inside personal names (`Abd al-Aziz`, `Ursula von der Leyen`). */
export const NAME_PARTICLES = new Set(['de', 'du', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ben', 'ter', 'dos', 'das']);

/**
 * Reporting verbs, base forms. Inflections are generated by {@link speechVerbForms}.
 * Used as evidence that the subject is a person or organization, and as quote cues.
 */
export const SPEECH_VERBS = [
  'say', 'tell', 'add', 'state', 'admit', 'warn', 'claim', 'insist', 'write', 'tweet', 'note', 'explain', 'declare',
  'announce', 'acknowledge', 'argue', 'assert', 'ask', 'answer', 'reply', 'respond', 'recall', 'remark', 'report',
  'reveal', 'comment', 'confirm', 'deny', 'suggest', 'stress', 'emphasize', 'emphasise', 'underline', 'urge',
  'continue', 'conclude', 'contend', 'maintain', 'mention', 'observe', 'point', 'predict', 'promise', 'pledge',
  'vow', 'threaten', 'boast', 'complain', 'concede', 'caution', 'charge', 'accuse', 'allege', 'agree', 'estimate',
  'describe', 'testify', 'told', 'shout', 'chant', 'cry', 'exclaim', 'proclaim', 'quip', 'joke', 'muse', 'sigh',
  'post', 'blog', 'publish', 'tell', 'believe', 'think', 'hope', 'fear', 'indicate', 'signal', 'stipulate',
  'underscore', 'highlight', 'reiterate', 'repeat', 'recount', 'disclose', 'inform', 'advise', 'demand', 'call',
  'criticize', 'criticise', 'slam', 'blast', 'praise', 'welcome', 'condemn', 'dismiss', 'reject', 'counter',
  'retort', 'interject', 'assure', 'reassure', 'chide', 'scold', 'predict', 'speculate', 'guess', 'wonder', 'question', 'propose', 'order',
  'thank', 'label', 'mock', 'refer', 'expect', 'tout', 'hail', 'laud', 'blame', 'attack', 'vow', 'brand', 'lament',
  'boast', 'plead', 'beg', 'scoff', 'quote', 'cite', 'contend', 'decry', 'deride', 'dub', 'echo', 'concur', 'read',
];

/**
 * Inflected reporting verbs whose subject is almost always a person: the recognizer's
 * evidence that an unknown name is someone (`X said`). Narrower than {@link SPEECH_VERB_FORMS},
 * which also serves as quote cues.
 */
export const REPORTING = new Set(['say', 'says', 'said', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'admitted', 'admits', 'warned', 'warns', 'claimed', 'claims', 'insisted', 'insists', 'wrote', 'writes', 'tweeted', 'noted', 'explained', 'declared', 'announced', 'acknowledged', 'argued', 'asked', 'replied', 'responded', 'recalled', 'stressed', 'emphasized', 'emphasised', 'urged', 'continued', 'concluded', 'stipulated', 'confirmed', 'denied', 'revealed', 'commented', 'testified', 'recounted', 'conceded', 'cautioned', 'remarked', 'observed', 'predicted', 'vowed', 'pledged', 'promised', 'boasted', 'complained', 'alleged', 'asserted', 'suggested', 'reiterated']);

const IRREGULAR: Record<string, string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  cry: ['cries', 'cried', 'crying'],
  told: [],
  label: ['labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  vow: ['vows', 'vowed', 'vowing'],
  find: ['finds', 'found', 'finding'],
};

/** Every inflection of every reporting verb, lower case. */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set(SPEECH_VERBS.flatMap(speechVerbForms));

/** `admit` → admit, admits, admitted, admitting. Regular English morphology plus a few irregulars. */
export function speechVerbForms(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return [base, ...irregular];
  const forms = [base];
  if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing');
  else if (/e$/.test(base)) forms.push(base + 's', base + 'd', base.slice(0, -1) + 'ing');
  else if (/(?:s|sh|ch|x|z)$/.test(base)) forms.push(base + 'es', base + 'ed', base + 'ing');
  else if (/^(?:admit|commit|submit|regret|plan|stop|quip|blog|chat|refer|concur|omit|permit)$/.test(base) || /[^aeiou][aeiou][pt]$/.test(base) && base.length <= 4) {
    const last = base[base.length - 1];
    forms.push(base + 's', base + last + 'ed', base + last + 'ing');
  } else forms.push(base + 's', base + 'ed', base + 'ing');
  return forms;
}

/** Verbs that portray someone in words (`cast him as “divisive”`), beside the verbs of saying. */
export const PORTRAYING = /^(?:cast|casts|casting|paint(?:s|ed|ing)?|portray(?:s|ed|ing)?|depict(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing))$/i;

/** Personal pronouns that can be a clause's subject. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** Auxiliaries, negation and sentence adverbs that stand between a subject and its verb (`he will also not say`). */
export const AUXILIARY_OR_ADVERB: ReadonlySet<string> = new Set([
  'also', 'then', 'further', 'later', 'again', 'not', 'n’t', "n't", '’t', "'t", 'will', 'would', 'could', 'should', 'can',
  'may', 'might', 'must', 'did', 'does', 'do', 'has', 'have', 'had', 'won', 'wo', 'ca', 'shall', 'never', 'repeatedly',
  'once', 'previously', 'now', 'still', 'already', 'even', 'often', 'first', 'reportedly', 'just',
]);

// Verbs that report only with `that` after them (see THAT_ONLY_VERBS).
const THAT_ONLY = ['find', 'rule', 'charge', 'maintain', 'counter', 'posit'];

/**
 * Verbs of saying or writing that take a reported clause (`said the talks had failed`,
 * `warned that …`), every form. Narrower than {@link SPEECH_VERB_FORMS}: no verbs of
 * thinking, wanting or judging (`believe`, `praise`), whose objects are not speech.
 */
export const INDIRECT_VERBS: ReadonlySet<string> = new Set(
  [
    'say', 'tell', 'add', 'note', 'warn', 'argue', 'claim', 'announce', 'write', 'report', 'insist', 'acknowledge',
    'explain', 'stress', 'suggest', 'deny', 'declare', 'state', 'predict', 'estimate', 'admit', 'contend', 'assert',
    'point', 'confirm', 'reveal', 'testify', 'complain', 'allege', 'concede', 'caution', 'recall', 'reiterate',
    'emphasize', 'emphasise', 'tweet', 'remind', 'assure', 'reassure', 'inform', 'indicate', 'mention', 'observe',
    'remark', 'boast', 'promise', 'vow', 'disclose', 'conclude', 'retort', 'reply',
    'respond', 'answer', 'agree', 'hint', 'signal', 'stipulate', 'underscore', 'highlight', 'post', 'speculate', 'told', 'ask',
    'joke', 'quip', ...THAT_ONLY,
  ]
    .flatMap(speechVerbForms)
    // Forms that are more often something else: `swing states`, `time will tell`.
    .filter((form) => !['state', 'states', 'tell'].includes(form)),
);

/** Verbs that report only with `that` after them (`found that …`, `ruled that …`; not `found the keys`). */
export const THAT_ONLY_VERBS: ReadonlySet<string> = new Set(THAT_ONLY.flatMap(speechVerbForms));

/** Verbs of saying whose listener comes before the clause (`told reporters that …`, `assured voters …`). */
export const LISTENER_VERBS: ReadonlySet<string> = new Set(['tell', 'warn', 'remind', 'assure', 'reassure', 'inform', 'promise', 'advise', 'notify'].flatMap(speechVerbForms));

/** Words of time that may sit between a verb of saying and its clause (`said Monday that …`). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'recently', 'earlier', 'later',
  'again', 'also', 'previously', 'repeatedly', 'publicly', 'privately', 'then', 'now', 'already', 'once', 'often',
  'frequently', 'too', 'separately', 'last', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'flatly', 'bluntly', 'simply', 'openly', 'quietly',
]);
