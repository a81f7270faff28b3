// The 61 GDELT 2.0 event columns in file order (dictionaries/reference/gdelt_event_columns.tsv).
const actor = (n: 1 | 2) =>
  [
    'Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code',
    'Type1Code', 'Type2Code', 'Type3Code',
  ].map((c) => `Actor${n}${c}`);
const geo = (p: string) =>
  ['Type', 'Fullname', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${p}Geo_${c}`);

export const GDELT_COLUMNS: readonly string[] = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...actor(1),
  ...actor(2),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geo('Actor1'),
  ...geo('Actor2'),
  ...geo('Action'),
  'DATEADDED', 'SOURCEURL',
];
