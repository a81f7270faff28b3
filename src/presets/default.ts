// The default pipeline, in order. Each stage declares what it requires and assigns; the runner
// checks at start-up that every requirement is met by an earlier stage.
import type { Stage } from '../core/stage.ts';
import { actorsStage } from '../stages/actors/actors-stage.ts';
import { attributionsStage } from '../stages/attributions/attributions-stage.ts';
import { datesStage } from '../stages/dates/dates-stage.ts';
import { eventCandidatesStage } from '../stages/events/candidates-stage.ts';
import { eventsFinishStage } from '../stages/events/finish-stage.ts';
import { createPlacesStage } from '../stages/places/places-stage.ts';
import { segmentStage } from '../stages/segment/segment-stage.ts';
import type { StageDeps } from './stage-deps.ts';

export function defaultStages(): Stage<StageDeps>[] {
  return [
    segmentStage, //          text → tokens, sentences (wink-nlp)
    datesStage, //            "on Thursday", "yesterday" → dates resolved against `published`
    createPlacesStage(), //   gazetteer place names (before actors: they tell the article's country)
    actorsStage, //           dictionary actors → mentions with CAMEO codes, the article's focus country
    attributionsStage, //     direct quotes and indirect speech with speakers
    eventCandidatesStage, //  verb/noun patterns → events with source, target, modality, claims
    eventsFinishStage, //     codebook values, date, location, ids, pipeline fingerprint
  ];
}
