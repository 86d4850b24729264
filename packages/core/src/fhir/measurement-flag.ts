import type { Flag } from '@medplum/fhirtypes';
import type { MeasurementAlert } from '../measurement/alerts.js';
import { childId } from './ids.js';
import { LOCAL_SYSTEMS } from './profiles.js';

/**
 * A measurement alert (off track, alliance at risk: measurement/alerts.ts) as a FHIR R4 Flag
 * (hl7.org/fhir/R4/flag.html: "a warning or notification of some sort presented to a user"). No nl-core
 * profile maps an outcome alert (REFERENCE.md §11.1 lists none), so none is claimed. The alert's reason
 * in words is the code's text; a second coding names the instrument. The id is
 * `trajectoryId.part`, so the server finds the trajectory (and the client) from the id.
 */
export interface FhirFlagInput {
  alert: MeasurementAlert;
  trajectoryId: string;
  clientId: string;
  orgId: string;
  /** The trajectory still runs: the alert is active; once it has ended the alert is history. */
  active: boolean;
}

export function flagResourceId(trajectoryId: string, alert: MeasurementAlert): string {
  return childId(trajectoryId, `flag-${alert.instrumentId}-${alert.code}-${alert.session}`);
}

export function toMeasurementFlag({ alert, trajectoryId, clientId, orgId, active }: FhirFlagInput): Flag {
  return {
    resourceType: 'Flag',
    id: flagResourceId(trajectoryId, alert),
    status: active ? 'active' : 'inactive',
    category: [
      {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/flag-category', code: 'clinical', display: 'Clinical' }],
      },
    ],
    code: {
      coding: [
        { system: LOCAL_SYSTEMS.measurementAlert, code: alert.code },
        { system: LOCAL_SYSTEMS.measurementInstrument, code: alert.instrumentId },
      ],
      text: alert.nl,
    },
    subject: { reference: `Patient/${clientId}` },
    period: { start: alert.date },
    author: { reference: `Organization/${orgId}` },
  };
}
