import type { CapabilityStatement, CapabilityStatementRestResource } from '@medplum/fhirtypes';

/** A search parameter the facade answers, with its FHIR type. */
export interface FhirSearchParam {
  name: string;
  type: 'reference' | 'date' | 'token' | 'string' | 'number';
  documentation: string;
}

/** What the facade offers per resource type: read, search, its search parameters and `_include`s. */
export interface FhirTypeCapability {
  type: CapabilityStatementRestResource['type'];
  profile?: string;
  /** What the type holds, when a receiver needs to know (a type made of parts of different data categories). */
  documentation?: string;
  read: boolean;
  search: boolean;
  searchParams: readonly FhirSearchParam[];
  includes: readonly string[];
}

export function capabilityStatement(
  base: string,
  version: string,
  date: string,
  types: readonly FhirTypeCapability[],
  operations: readonly { name: string; definition: string; documentation?: string }[],
): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    publisher: 'Meedoen',
    kind: 'instance',
    software: { name: 'Meedoen', version },
    implementation: { description: 'Meedoen FHIR R4 facade (read and search; bulk export)', url: base },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        security: {
          cors: false,
          description:
            'A signed-in session (cookie) as for the rest of the API; every read of client data goes through the same access check and is audited (NEN 7513).',
        },
        documentation:
          'Read and search answer synchronously: `Prefer: respond-async` is not honoured on search (RFC 7240 lets a server ignore a preference). Bulk export ($export) is always asynchronous (202, Content-Location, status polling, manifest, NDJSON).',
        resource: types.map((t) => ({
          type: t.type,
          ...(t.profile ? { supportedProfile: [t.profile] } : {}),
          ...(t.documentation ? { documentation: t.documentation } : {}),
          interaction: [...(t.read ? [{ code: 'read' as const }] : []), ...(t.search ? [{ code: 'search-type' as const }] : [])],
          ...(t.searchParams.length > 0 ? { searchParam: t.searchParams.map((p) => ({ ...p })) } : {}),
          ...(t.includes.length > 0 ? { searchInclude: [...t.includes] } : {}),
        })),
        operation: operations.map((o) => ({ ...o })),
      },
    ],
  };
}
