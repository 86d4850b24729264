import { PROBLEMS, type ProblemCode } from '../errors/problem-codes.js';

/** A domain rule that blocks: a stable code, the field it concerns, and the source the rule comes from. */
export interface RuleViolation {
  code: ProblemCode;
  /** JSON Pointer into the request body, e.g. `/givenBy`. */
  path: string;
  /** Where the rule comes from, e.g. `001 L1579`. */
  source: string;
}

export function violation(code: ProblemCode, path: string, source: string): RuleViolation {
  return { code, path, source };
}

/** The English text of a violation, from the catalogue. */
export function describeViolation(v: RuleViolation): string {
  return `${PROBLEMS[v.code].en} (${v.source})`;
}
