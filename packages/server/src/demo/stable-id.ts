import { createHash } from 'node:crypto';

/** A UUID derived from a name, so demo rows have the same ids on every machine and run. */
export function stableId(name: string): string {
  const hex = createHash('sha256').update(`meedoen-demo:${name}`).digest('hex');
  // Shape it as a version-5-style UUID with the RFC 4122 variant.
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
