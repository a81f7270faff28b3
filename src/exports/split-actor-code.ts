// Splits a CAMEO actor code into GDELT's actor columns by its 3-letter blocks and their kinds.
//
// Decisions (GDELT publishes no algorithm, so these follow its data and the CAMEO manual):
// - The country slot is open at the start and stays open after transnational prefixes (IGO, NGO,
//   IMG, INT, MNC, NGM): "IGOEUREEC" → Type1 IGO, CountryCode EUR (a CAMEO region), KnownGroup EEC;
//   "IGOWSTNAT" → IGO / WST / NAT. Any other block closes it, so "RUSMUS" reads MUS as a religion,
//   not as Mauritius.
// - While the slot is open a block prefers country > region > group > role > religion > ethnic;
//   afterwards group > role > religion > ethnic. So "UNO" (role and group) is KnownGroup UNO, and
//   "MUS"/"PSE" first are countries.
// - Blocks not in the table (and a trailing partial block) stay only in the full code.
import type { ActorBlockKind, ActorKinds } from './actor-kinds.ts';

export interface ActorParts {
  country: string;
  knownGroup: string;
  ethnic: string;
  religion1: string;
  religion2: string;
  type1: string;
  type2: string;
  type3: string;
}

const TRANSNATIONAL = new Set(['IGO', 'NGO', 'IMG', 'INT', 'MNC', 'NGM']);
const OPEN: readonly ActorBlockKind[] = ['country', 'region', 'group', 'role', 'religion', 'ethnic'];
const CLOSED: readonly ActorBlockKind[] = ['group', 'role', 'religion', 'ethnic'];

export function splitActorCode(code: string | null | undefined, kinds: ActorKinds): ActorParts {
  const types: string[] = [];
  const religions: string[] = [];
  let country = '';
  let knownGroup = '';
  let ethnic = '';
  let open = true;
  for (const block of code?.match(/.{3}/g) ?? []) {
    const has = kinds.get(block);
    const kind = (open ? OPEN : CLOSED).find((k) => has?.has(k));
    if (kind === 'country' || kind === 'region') country ||= block;
    else if (kind === 'group') knownGroup ||= block;
    else if (kind === 'role') types.push(block);
    else if (kind === 'religion') religions.push(block);
    else if (kind === 'ethnic') ethnic ||= block;
    if (!(kind === 'role' && TRANSNATIONAL.has(block))) open = false;
  }
  return {
    country,
    knownGroup,
    ethnic,
    religion1: religions[0] ?? '',
    religion2: religions[1] ?? '',
    type1: types[0] ?? '',
    type2: types[1] ?? '',
    type3: types[2] ?? '',
  };
}
