// Migration: covering indexes for the API's queries at scale (measured with `npm run bench:api` on
// 1M events, docs/performance.md). Event rows are wide (the record's JSON), so any query that has to
// visit rows for filtering or grouping is slow; with these, filters and aggregates read indexes only
// and rows are fetched for the page that is returned.
// - events_day_cover: pages in (day, id) order with the common filters checked in the index, so a
//   frequent actor or word finds its first 100 events at once; date-range aggregates.
// - events_source_cover / events_target_cover: actor and dyad filters and aggregates.
// - events_geo_cover: events per place over a date range.
// They replace events_day, events_source and events_target, which are their prefixes.
export const COVER_INDEXES_MIGRATION = `
  ALTER TABLE events ADD COLUMN place_name TEXT GENERATED ALWAYS AS (json_extract(json, '$.location.name')) VIRTUAL;
  CREATE INDEX events_day_cover ON events(day, id, source_code, target_code, root, quad_class, goldstein, modality, country, claim_by);
  CREATE INDEX events_source_cover ON events(source_code, target_code, day, root, quad_class, goldstein);
  CREATE INDEX events_target_cover ON events(target_code, source_code, day, root, quad_class, goldstein);
  CREATE INDEX events_geo_cover ON events(day, lat, lon, country, place_name, goldstein);
  DROP INDEX events_day;
  DROP INDEX events_source;
  DROP INDEX events_target;
`;
