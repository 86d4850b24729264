/** FHIR ids allow [A-Za-z0-9-.]{1,64} (FHIR R4 §2.24.0.1 "id"). */
const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;

export function isFhirId(value: string): boolean {
  return FHIR_ID.test(value);
}

/** 32-bit FNV-1a as 8 hex digits: a short, stable stand-in for a part too long or odd for an id. */
function fnv1a(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The id of a part inside a parent (a goal or a session inside a trajectory): `parent.part` when
 * that is a valid id, otherwise `parent.h` + a hash of the part. The parent's id always comes first,
 * so the server finds the parent from the resource id.
 */
export function childId(parentId: string, partId: string): string {
  const plain = `${parentId}.${partId}`;
  return isFhirId(plain) ? plain : `${parentId}.h${fnv1a(partId)}`;
}

/** The parent part of a `childId`, or null when the id has none. */
export function parentOf(id: string): string | null {
  const dot = id.indexOf('.');
  return dot > 0 ? id.slice(0, dot) : null;
}
