// Word lists of the attributions stage: data only (lemmas, lower-cased).

// Verbs that report speech or thought. "Russia said …", "… , Zakharova added". The events stage
// reads this list too (a verb of saying is no event of its own when it carries a reported one).
export const SPEECH_CUES = new Set([
  'say', 'tell', 'add', 'claim', 'state', 'announce', 'insist', 'warn', 'allege', 'argue', 'note', 'stress',
  'explain', 'write', 'tweet', 'report', 'confirm', 'suggest', 'acknowledge', 'admit', 'predict', 'reply',
  'respond', 'declare', 'assert', 'contend', 'maintain', 'recall', 'emphasize', 'emphasise', 'believe',
  'think', 'estimate', 'indicate', 'reveal', 'disclose', 'testify', 'concede', 'caution', 'complain',
  'observe', 'remark', 'quip', 'joke', 'post', 'vow', 'pledge', 'promise', 'deny', 'charge', 'ask',
  'describe', 'sing', 'wonder', 'tout', 'boast', 'brag', 'insist', 'counter', 'question', 'recount', 'muse',
  'announce', 'proclaim', 'allege', 'suggest', 'urge', 'demand', 'plead', 'mock', 'scoff', 'warn', 'predict',
]);

// Further verbs of saying and writing that only the attributions stage reads: a quote's or a
// claim's cue, never an event of their own here.
export const MORE_SPEECH_CUES = new Set([
  'continue', 'shout', 'yell', 'scream', 'chant', 'exclaim', 'whisper', 'mutter', 'mouth', 'interject',
  'interrupt', 'retort', 'snap', 'fire', 'quote', 'repeat', 'reiterate', 'echo', 'conclude', 'summarize',
  'mention', 'point', 'comment', 'speculate', 'hint', 'imply', 'opine', 'lament', 'bemoan', 'decry',
  'acknowledge', 'affirm', 'reaffirm', 'assure', 'reassure', 'inform', 'remind', 'concur', 'agree',
  'disagree', 'object', 'protest', 'grumble', 'gripe', 'marvel', 'crow', 'gush', 'rave', 'thunder',
  'rail', 'fume', 'sneer', 'taunt', 'tease', 'jab', 'chide', 'scold', 'rebuke', 'quipped', 'cite',
  'forecast', 'project', 'guess', 'figure', 'reckon', 'feel', 'know', 'hope', 'fear', 'worry', 'expect',
  'doubt', 'suspect', 'assume', 'conclude', 'recognize', 'recognise', 'realize', 'realise', 'understand',
  'imagine', 'find', 'show', 'read', 'say', 'dub', 'label', 'brand', 'term', 'nickname',
  'remember', 'vent', 'riff', 'learn', 'discover',
]);

/**
 * Verbs of stance that report what someone holds, wants or judges about something: PolNeAR and
 * readers alike count "Cruz criticized the deal" or "Sanders vowed to fight on" as attributing a
 * position to the subject. They need a subject standing before them to count.
 */
export const STANCE_CUES = new Set([
  'call', 'accuse', 'criticize', 'criticise', 'praise', 'attack', 'blast', 'slam', 'condemn', 'denounce',
  'applaud', 'commend', 'congratulate', 'thank', 'blame', 'credit', 'defend', 'support', 'back', 'endorse',
  'oppose', 'dismiss', 'welcome', 'hail', 'celebrate', 'embrace', 'propose',
  'want', 'wish', 'plan', 'intend', 'seek', 'refuse', 'decline', 'threaten', 'agree', 'demand',
  'question', 'challenge', 'dispute', 'contest', 'doubt', 'acknowledge', 'concede', 'accept', 'recommend',
  'advocate', 'champion', 'tout', 'highlight', 'stress', 'emphasize', 'underscore',
  'warn', 'predict', 'forecast', 'expect', 'hope', 'fear', 'worry', 'doubt', 'feel', 'consider', 'view',
  'regard', 'deem', 'judge', 'characterize', 'characterise', 'portray', 'paint', 'frame', 
  'decry', 'deride', 'ridicule', 'mock', 'lambaste', 'chastise', 'rebuke', 'scold', 'fault', 'knock',
  'question', 'pan', 'tout', 'pledge', 'promise', 'vow', 'swear', 'threaten', 'ask', 'urge', 'implore',
  'encourage', 'challenge', 'dare', 'beg', 'insist', 'order', 'instruct', 'direct',
  'announce', 'suggest', 'show',
  'indicate', 'reveal', 'confirm', 'acknowledge', 'admit', 'deny', 'describe', 'dub', 'label',
  'brand', 'term', 'tell', 'recognize', 'recognise', 'argue', 'claim', 'cite', 'point', 'refer', 'tweet',
  'admire', 'idolize', 'idolise', 'like', 'love', 'hate', 'dislike', 'prefer', 'cheer', 'boo', 'mention',
  'nominate', 'hammer', 'bash', 'trash', 'skewer', 'lampoon', 'depict',
  'position', 'promote', 'justify', 'mull', 'ponder', 'contemplate', 'approve', 'disapprove', 'invoke',
  'rebut', 'react', 'respond', 'aim', 'lament', 'bemoan', 'regret', 'apologize',
  'apologise', 'express', 'voice', 'insist', 'suggest', 'expect', 'anticipate', 'envision', 'envisage', 'foresee', 'imagine',
  // "likened the rules to “burning the Constitution”", "discussed his plans", "resisted the change"
  'compare', 'liken', 'discuss', 'debate', 'resist', 'resent', 'distrust',
]);

/** Verbs of saying that also take a plain object ("adding to his lead", "claimed victory", "wrote a book"): they report only "that …", a quotation or a clause. */
export const NEEDS_CLAUSE = new Set(['add', 'claim', 'write', 'post', 'point', 'celebrate', 'respond', 'reply', 'report', 'state', 'maintain', 'charge', 'post', 'counter', 'sing', 'read', 'quote', 'echo', 'fire', 'continue']);

/** Verbs of talking about something, reported with their preposition: "talked about …", "railed against …". */
export const TOPIC_CUES = new Set(['open', 'sound', 'talk', 'speak', 'comment', 'focus', 'rail', 'lash', 'weigh', 'opine', 'riff', 'harp', 'dwell', 'reflect', 'elaborate', 'expound', 'muse', 'joke', 'complain', 'worry', 'campaign', 'lobby', 'push', 'press', 'fight', 'argue', 'spar', 'clash', 'agree', 'disagree', 'side']);

/** Adjectives of stance after "be": "is critical of …", "was confident that …". */
export const ADJECTIVE_CUES = new Set(['critical', 'supportive', 'skeptical', 'sceptical', 'confident', 'certain', 'sure', 'convinced', 'worried', 'concerned', 'optimistic', 'pessimistic', 'hopeful', 'wary', 'doubtful', 'opposed', 'fond', 'adamant', 'unhappy', 'happy', 'angry', 'furious', 'upset', 'proud', 'afraid', 'aware', 'clear', 'firm', 'lukewarm', 'enthusiastic', 'eager', 'willing', 'unwilling', 'reluctant', 'determined', 'ready']);

/** Cues whose object is the one spoken to, not what was said: "told reporters that …". */
export const LISTENER_CUES = new Set(['tell', 'assure', 'reassure', 'inform', 'remind', 'warn', 'urge', 'ask', 'thank', 'congratulate', 'implore', 'beg', 'encourage', 'invite', 'instruct', 'order', 'direct']);

/** Cues whose complement is a to-infinitive that says what was wanted or promised: "vowed to fight". */
export const INFINITIVE_CUES = new Set([
  'vow', 'pledge', 'promise', 'swear', 'threaten', 'offer', 'agree', 'refuse', 'decline', 'want', 'wish',
  'plan', 'intend', 'seek', 'hope', 'expect', 'demand', 'ask', 'urge', 'call', 'decide', 'try', 'aim', 'vote',
  'appear', 'seem', 'claim', 'continue',
]);

/** Particles that a cue takes before what was said: "called for", "pointed to", "warned about". */
export const CUE_PARTICLES = new Set(['for', 'on', 'to', 'about', 'out', 'of', 'up', 'off', 'against', 'at', 'with', 'over', 'in']);

/** Speakers as pronouns: the span stays on the pronoun, the actor is its antecedent. */
export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

/** Words after a comma that end a reported statement inside its sentence: "…, but", "…, which …". */
export const CLAUSE_BREAKS = new Set(['but', 'while', 'although', 'though', 'whereas', 'yet']);

/** Words that end what a stance verb is about: "criticized the plan when …", "backed Clinton because …". */
export const SUBORDINATORS = new Set(['when', 'because', 'after', 'before', 'since', 'until', 'if', 'while', 'as', 'though', 'although', 'whereas']);

/** Time words that are never speakers: "said Tuesday that …". */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'earlier',
  'later', 'recently', 'again', 'repeatedly', 'once', 'then', 'now', 'also', 'last', 'this', 'next',
]);

/** Nouns for people that speak for others: "a spokeswoman for the ministry", "an aide to Clinton". */
export const AGENT_OF = /^(spokes\w*|aides?|advisers?|advisors?|representatives?|officials?|members?|heads?|chiefs?|directors?|chairm[ae]n|chairwom[ae]n|chairs?|managers?|presidents?|leaders?|secretar(y|ies)|ministers?|lawyers?|attorneys?|friends?|allies|ally|supporters?|backers?|critics?|staff(ers?)?|strategists?|consultants?|pollsters?|analysts?|experts?|voters?|people|source|sources|one|some|many|most|several|dozens|hundreds|thousands)$/i;

export const OPEN_QUOTES = new Set(['“', '«', '„']);
export const CLOSE_QUOTES = new Set(['”', '»', '“']);
export const STRAIGHT_QUOTE = '"';
