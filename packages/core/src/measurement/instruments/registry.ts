import { violation, type RuleViolation } from '../../rules/rule-violation.js';
import { isInstrumentId, type InstrumentDefinition, type InstrumentId } from '../instrument-types.js';
import { GAS } from './gas.js';
import { MANSA } from './mansa.js';
import { CORS, CSRS, ORS, SRS, YCORS } from './ors-family.js';
import { PARTICIPATION_LADDER } from './participation-ladder.js';
import { WAV12 } from './wav12.js';
import { ZRM } from './zrm.js';

/** Every instrument by id. Adding one: its file under instruments/, a line here, its tests. */
export const INSTRUMENTS: Readonly<Record<InstrumentId, InstrumentDefinition>> = {
  ors: ORS,
  srs: SRS,
  cors: CORS,
  csrs: CSRS,
  ycors: YCORS,
  wav12: WAV12,
  mansa: MANSA,
  gas: GAS,
  zrm: ZRM,
  participation_ladder: PARTICIPATION_LADDER,
};

export function instrumentById(id: InstrumentId): InstrumentDefinition {
  return INSTRUMENTS[id];
}

/** An instrument named in a request, or `measurement.instrument_unknown` at that path. */
export function lookupInstrument(
  value: unknown,
  path = '/instrumentId',
): { instrument: InstrumentDefinition; violation: null } | { instrument: null; violation: RuleViolation } {
  return isInstrumentId(value)
    ? { instrument: INSTRUMENTS[value], violation: null }
    : { instrument: null, violation: violation('measurement.instrument_unknown', path, 'REFERENCE.md §1-§6') };
}
