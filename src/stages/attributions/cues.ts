// Verbs that report speech or thought (lemmas). "Russia said …", "… , Zakharova added".
export const SPEECH_CUES = new Set([
  'say', 'tell', 'add', 'claim', 'state', 'announce', 'insist', 'warn', 'allege', 'argue', 'note', 'stress',
  'explain', 'write', 'tweet', 'report', 'confirm', 'suggest', 'acknowledge', 'admit', 'predict', 'reply',
  'respond', 'declare', 'assert', 'contend', 'maintain', 'recall', 'emphasize', 'emphasise', 'believe',
  'think', 'estimate', 'indicate', 'reveal', 'disclose', 'testify', 'concede', 'caution', 'complain',
  'observe', 'remark', 'quip', 'joke', 'post', 'vow', 'pledge', 'promise', 'deny', 'charge', 'ask',
  'describe', 'sing', 'wonder', 'tout', 'boast', 'brag', 'insist', 'counter', 'question', 'recount', 'muse',
  'announce', 'proclaim', 'allege', 'suggest', 'urge', 'demand', 'plead', 'mock', 'scoff', 'warn', 'predict',
]);

export const OPEN_QUOTES = new Set(['“', '«', '„']);
export const CLOSE_QUOTES = new Set(['”', '»', '“']);
export const STRAIGHT_QUOTE = '"';
