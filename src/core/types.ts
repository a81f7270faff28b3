// The records of ../shared/spec/records.md, plus the internal layers of an ArticleDoc.
// Offsets are UTF-16 code-unit offsets into ArticleDoc.text, half-open [start, end).

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextSpan extends Span {
  readonly text: string;
}

/** One article as it comes in (a JSONL line, a file, a POST body). Only `text` is required. */
export interface ArticleInput {
  id?: string;
  text: string;
  published?: string;
  title?: string;
  url?: string;
  outlet?: string;
  author?: string;
  language?: string;
}

export interface Token extends Span {
  /** index in the token layer */
  readonly i: number;
  readonly text: string;
  readonly lower: string;
  /** lower-cased lemma */
  readonly lemma: string;
  /** Universal POS tag from the tagger */
  readonly pos: string;
  readonly sentence: number;
}

export interface Sentence extends Span {
  readonly index: number;
  /** first token index (inclusive) */
  readonly first: number;
  /** last token index (exclusive) */
  readonly last: number;
}

/** A date expression found in the text, already resolved against `published` where possible. */
export interface DateMention extends TextSpan {
  readonly sentence: number;
  /** ISO date, or null when it cannot be resolved */
  readonly date: string | null;
  /** true for background dates ("in 2014") that should not date the sentence's event */
  readonly background: boolean;
}

export interface PlaceMention extends TextSpan {
  readonly sentence: number;
  readonly name: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly precision: 'city' | 'admin1' | 'country';
}

export interface Mention extends TextSpan {
  readonly sentence: number;
  /** token range [first, last) */
  readonly first: number;
  readonly last: number;
  /** CAMEO actor code, or null for a recognised but unknown actor */
  readonly code: string | null;
  /** dictionary entry id (e.g. "alexander-lukashenko", "country:RUS") */
  readonly entity: string | null;
  readonly kind: ActorKind;
  readonly role?: string;
  readonly country?: string;
  /** entry ids that contributed (country adjective, agent noun, person …), for explain */
  readonly entries: readonly string[];
  /** the mention is a pronoun resolved to an antecedent */
  readonly pronoun?: boolean;
  /** for pronouns: the kind of the antecedent */
  readonly refersTo?: ActorKind;
  /** the mention is a place name standing for a government when it acts ("Minsk", "the Kremlin") */
  readonly metonym?: boolean;
  /** the mention follows a locative preposition ("in Poland"): a place here, never source or target */
  readonly locative?: boolean;
  /** the mention only modifies another ("US-led", "Kremlin-backed"): never source or target */
  readonly modifier?: boolean;
  /** the country block came from the article's focus, not from the text ("police opened fire") */
  readonly contextCountry?: boolean;
}

export type ActorKind = 'country' | 'igo' | 'group' | 'agent' | 'person' | 'pronoun' | 'unknown';

export interface ActorRef extends TextSpan {
  readonly code: string | null;
  readonly entity?: string | null;
}

export interface Attribution {
  readonly speaker: ActorRef | null;
  readonly cue: TextSpan | null;
  readonly content: TextSpan;
  readonly direct: boolean;
  readonly sentence: number;
}

export type Modality =
  | 'asserted'
  | 'intended'
  | 'threatened'
  | 'demanded'
  | 'hypothetical'
  | 'future'
  | 'reported';

export interface Claim {
  readonly by: ActorRef | null;
  readonly cue: string;
}

export interface Location {
  readonly name: string;
  readonly country: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly precision: 'city' | 'admin1' | 'country' | 'unknown';
}

export interface EventRecord {
  id: string;
  sentence: number;
  evidence: TextSpan;
  trigger: TextSpan;
  source: ActorRef | null;
  target: ActorRef | null;
  cameo: string;
  root: string;
  quad_class: number;
  goldstein: number;
  plover: { type: string | null; mode: string | null };
  modality: Modality;
  negated: boolean;
  claim: Claim | null;
  date: string | null;
  date_type: 'text' | 'publication' | 'unknown';
  location: Location | null;
  rule: string;
  pipeline: string;
  /** true when the event sits in a background clause ("which annexed Crimea in 2014") */
  background?: boolean;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Message {
  readonly stage: string;
  readonly code: string;
  readonly severity: Severity;
  readonly text: string;
  readonly start?: number;
  readonly end?: number;
}

/** A step of the explain trail: why something was or was not coded. */
export interface Trace {
  readonly stage: string;
  readonly sentence: number;
  readonly kind: 'actor' | 'pattern-tried' | 'pattern-fired' | 'dropped' | 'note';
  readonly text: string;
}

/** The layers a stage may assign. */
export interface Layers {
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  attributions: readonly Attribution[];
  candidates: readonly EventCandidate[];
  events: readonly EventRecord[];
  dates: readonly DateMention[];
  places: readonly PlaceMention[];
  /** country the article is about (dateline, else most-mentioned) */
  focus: string | null;
  traces: readonly Trace[];
}

export type LayerName = keyof Layers;

/** An event before modality/dates/places are settled; the events stage finishes it. */
export interface EventCandidate {
  readonly sentence: number;
  readonly rule: string;
  readonly cameo: string;
  readonly trigger: Span;
  /** token index of the trigger's head */
  readonly head: number;
  readonly source: ActorRef | null;
  readonly target: ActorRef | null;
  readonly modality: Modality;
  readonly negated: boolean;
  readonly claim: Claim | null;
  readonly evidence: Span;
  readonly background: boolean;
}

export interface ArticleMeta {
  readonly id: string;
  readonly published: string | null;
  readonly title?: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly author?: string;
  readonly language?: string;
}

export interface ArticleDoc {
  readonly meta: ArticleMeta;
  /** cleaned text; never changed after cleaning, every offset points into it */
  readonly text: string;
  readonly layers: Partial<Layers>;
  readonly messages: Message[];
}

/** What `dyad code` writes for one article (records.md "Output"). */
export interface CodedArticle {
  id: string;
  published: string | null;
  title?: string;
  url?: string;
  outlet?: string;
  author?: string;
  text: string;
  sentences: [number, number][];
  mentions: {
    start: number;
    end: number;
    text: string;
    code: string | null;
    entity: string | null;
    role?: string;
    country?: string;
  }[];
  attributions: Omit<Attribution, 'sentence'>[];
  events: EventRecord[];
  messages: Message[];
}
