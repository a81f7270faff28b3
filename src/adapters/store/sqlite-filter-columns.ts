// Migration: the event fields that filters need but that live only in the event JSON become virtual
// generated columns with indexes, so country, place, bounding-box and claimed-by filters use an
// index instead of parsing JSON row by row. Virtual: nothing is stored twice, only the indexes.
export const FILTER_COLUMNS_MIGRATION = `
  ALTER TABLE events ADD COLUMN country TEXT GENERATED ALWAYS AS (json_extract(json, '$.location.country')) VIRTUAL;
  ALTER TABLE events ADD COLUMN place TEXT GENERATED ALWAYS AS (lower(json_extract(json, '$.location.name'))) VIRTUAL;
  ALTER TABLE events ADD COLUMN lat REAL GENERATED ALWAYS AS (json_extract(json, '$.location.lat')) VIRTUAL;
  ALTER TABLE events ADD COLUMN lon REAL GENERATED ALWAYS AS (json_extract(json, '$.location.lon')) VIRTUAL;
  ALTER TABLE events ADD COLUMN claim_by TEXT GENERATED ALWAYS AS (json_extract(json, '$.claim.by.code')) VIRTUAL;
  CREATE INDEX events_country ON events(country, day);
  CREATE INDEX events_place ON events(place);
  CREATE INDEX events_lat ON events(lat, lon);
  CREATE INDEX events_claim_by ON events(claim_by);
  CREATE INDEX events_quad ON events(quad_class, day);
`;
