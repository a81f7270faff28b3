// CAMEO lays out demands (10x) like expressions of intent (03x): 036 meet ↔ 106 demand a meeting,
// 0353 release ↔ 1053 demand a release, 037 settle ↔ 107 demand a settlement.

/**
 * The demand that "X said Y must <act>" amounts to, from the act's code: an intent (03x) maps
 * straight across, cooperation, aid and yielding (04–08) through their intent code. Null for acts
 * CAMEO has no demand for (hostile acts: "must stop the shelling" is left as it is).
 */
export function demandCode(cameo: string, intentOf: (cameo: string) => string | null): string | null {
  const intent = cameo.startsWith('03') ? cameo : /^0[4-8]/.test(cameo) ? intentOf(cameo) : null;
  if (!intent || intent.startsWith('039')) return intent ? '100' : null;
  return `10${intent.slice(2)}`;
}
