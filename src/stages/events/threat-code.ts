// The CAMEO threat (13x) that announcing a hostile act amounts to, most specific code first:
// "will impose sanctions" 1312, "would blockade Paris" 1381, "will withdraw its peacekeepers" 136.
const THREATS: readonly (readonly [RegExp, string])[] = [
  [/^162/, '1311'],
  [/^163/, '1312'],
  [/^161/, '1313'],
  [/^16[45]/, '134'],
  [/^166/, '136'],
  [/^16/, '131'],
  [/^1721/, '1321'],
  [/^1722/, '1322'],
  [/^1723/, '1323'],
  [/^1724/, '1324'],
  [/^17/, '137'],
  [/^14/, '133'],
  [/^15/, '138'],
  [/^191/, '1381'],
  [/^192/, '1382'],
  [/^18/, '1383'],
  [/^19/, '1384'],
  [/^20/, '1385'],
];

/**
 * A hostile act (14–20) announced, planned or set as a condition is a threat in CAMEO: "Nigeria
 * will withdraw its peacekeepers from Chad unless …" is 136, "farmers said they would blockade
 * Paris" 1381. Null for codes that are no hostile act.
 */
export function threatCode(cameo: string): string | null {
  for (const [re, code] of THREATS) if (re.test(cameo)) return code;
  return null;
}
