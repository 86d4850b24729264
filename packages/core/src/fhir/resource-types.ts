/** The FHIR R4 types the server needs from the mapping (types only; nothing at run time). */
export type { Bundle, OperationOutcome, Resource, ResourceType } from '@medplum/fhirtypes';
