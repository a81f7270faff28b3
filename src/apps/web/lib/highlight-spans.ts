// Cuts an article's text into segments where each segment is covered by the same set of marks
// (evidence, actors, quotes, claims …), so overlapping spans can be drawn as nested styles without
// ever building HTML. Offsets are UTF-16 indices into the text, as in the records.
export interface Mark {
  start: number;
  end: number;
  cls: string;
  title?: string;
  /** an event id: the segment links to it */
  event?: string;
}

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

export function segments(length: number, marks: readonly Mark[]): Segment[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end);
  const cuts = [...new Set([0, length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    out.push({ start, end, marks: valid.filter((m) => m.start <= start && end <= m.end) });
  }
  return out;
}
