import type { ProblemCode } from '../errors/problem-codes.js';
import { violation, type RuleViolation } from '../rules/rule-violation.js';

/**
 * A check the receiver of a declaration would make, run by us before sending: our problem code for the
 * screen, and the receiver's return code (or null where it has none or none is known).
 */
export interface ReceiverFinding {
  check: string;
  problem: ProblemCode;
  returnCode: string | null;
  /** False where no source confirms the return code. */
  confirmed: boolean;
  level: 'message' | 'client' | 'line';
  /** JSON Pointer into the declaration, e.g. `/lines/3/volume`. */
  path: string;
  reference: string | null;
  source: string;
}

export interface ReceiverCheckResult {
  findings: ReceiverFinding[];
  /** Nothing is sent while any finding stands. */
  blocked: boolean;
}

export function receiverResult(findings: ReceiverFinding[]): ReceiverCheckResult {
  return { findings, blocked: findings.length > 0 };
}

/** The findings as rule violations (code, path, source), for a problem+json answer. */
export function findingsAsViolations(findings: readonly ReceiverFinding[]): RuleViolation[] {
  return findings.map((f) => violation(f.problem, f.path, f.returnCode ? `${f.source} (retourcode ${f.returnCode})` : f.source));
}
