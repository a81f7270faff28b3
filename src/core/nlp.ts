import type { Sentence, Token } from './types.ts';

/** The NLP adapter's contract: tokens and sentences with exact offsets into the text. */
export interface Nlp {
  analyse(text: string): { tokens: Token[]; sentences: Sentence[] };
}
