import type { Nlp } from '../../core/nlp.ts';
import type { Stage } from '../../core/stage.ts';

/** Tokens and sentences from the NLP adapter (wink-nlp), with offsets into the cleaned text. */
export const segmentStage: Stage<{ nlp: Nlp }> = {
  name: 'segment.wink.v1',
  requires: [],
  assigns: ['tokens', 'sentences'],
  run(doc, { nlp }) {
    return nlp.analyse(doc.text);
  },
};
