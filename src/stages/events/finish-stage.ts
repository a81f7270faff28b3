import type { CameoTable } from '../../dictionaries/cameo-table.ts';
import type { Stage } from '../../core/stage.ts';
import type { ActorRef, EventRecord } from '../../core/types.ts';
import { pickEventDate } from '../dates/pick-event-date.ts';
import { chooseLocation } from '../places/choose-location.ts';
import { eventId } from './event-id.ts';

const ref = (a: ActorRef | null): ActorRef | null =>
  a ? { start: a.start, end: a.end, text: a.text, code: a.code, entity: a.entity ?? null } : null;

/** Turns candidates into contract events: codebook values, date, place, id, provenance. */
export const eventsFinishStage: Stage<{ cameo: CameoTable; fingerprint: string }> = {
  name: 'events.finish.v1',
  requires: ['candidates', 'dates', 'places'],
  assigns: ['events'],
  run(doc, { cameo, fingerprint }) {
    const dates = doc.layers.dates!;
    const places = doc.layers.places!;
    const seen = new Set<string>();
    const events: EventRecord[] = [];
    for (const c of doc.layers.candidates!) {
      if (c.background) continue;
      // an event with no coded actor on either side tells an analyst nothing: "the freedoms they demand"
      if (!c.source?.code && !c.target?.code) continue;
      const code = cameo.get(c.cameo);
      if (!code) continue;
      const id = eventId(doc.meta.id, c.sentence, c.source?.code ?? null, c.target?.code ?? null, c.cameo, c.rule);
      if (seen.has(id)) continue;
      seen.add(id);
      const when = pickEventDate(dates, c.sentence, c.trigger.start, doc.meta.published);
      events.push({
        id,
        sentence: c.sentence,
        evidence: { ...c.evidence, text: doc.text.slice(c.evidence.start, c.evidence.end) },
        trigger: { ...c.trigger, text: doc.text.slice(c.trigger.start, c.trigger.end) },
        source: ref(c.source),
        target: ref(c.target),
        cameo: c.cameo,
        root: code.root,
        quad_class: code.quadClass,
        goldstein: code.goldstein,
        plover: { type: code.ploverType, mode: code.ploverMode },
        modality: c.modality,
        negated: c.negated,
        claim: c.claim,
        date: when.date,
        date_type: when.date_type,
        location: chooseLocation(places, c.sentence, c.trigger.start, c.trigger.end),
        rule: c.rule,
        pipeline: fingerprint,
      });
    }
    return { events };
  },
};
