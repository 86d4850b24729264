import { ACCESS_PROBLEMS } from './problems/access.js';
import { AGENDA_PROBLEMS } from './problems/agenda.js';
import { DAGINVULLING_PROBLEMS } from './problems/daginvulling.js';
import { FINANCING_PROBLEMS } from './problems/financing.js';
import { HTTP_PROBLEMS } from './problems/http.js';
import { MEASUREMENT_PROBLEMS } from './problems/measurement.js';
import { ORGANISATION_PROBLEMS } from './problems/organisation.js';
import { TREATMENT_PROBLEMS } from './problems/treatment.js';

export type { ProblemDefinition } from './problem-definition.js';

/**
 * The one error vocabulary (RFC 9457 problem+json `code`). Codes are stable: clients, tests and the
 * UI's Dutch messages key on them. Add codes; never rename or reuse one. The codes live per context in `problems/`;
 * together they are the one vocabulary (a test checks that no code is in two).
 */
export const PROBLEM_GROUPS = [
  HTTP_PROBLEMS,
  ACCESS_PROBLEMS,
  ORGANISATION_PROBLEMS,
  TREATMENT_PROBLEMS,
  MEASUREMENT_PROBLEMS,
  FINANCING_PROBLEMS,
  DAGINVULLING_PROBLEMS,
  AGENDA_PROBLEMS,
] as const;

export const PROBLEMS = {
  ...HTTP_PROBLEMS,
  ...ACCESS_PROBLEMS,
  ...ORGANISATION_PROBLEMS,
  ...TREATMENT_PROBLEMS,
  ...MEASUREMENT_PROBLEMS,
  ...FINANCING_PROBLEMS,
  ...DAGINVULLING_PROBLEMS,
  ...AGENDA_PROBLEMS,
};

export type ProblemCode = keyof typeof PROBLEMS;

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(PROBLEMS, value);
}

/** One field that failed validation: a JSON Pointer into the request (`/body/email`) and why. */
export interface FieldError {
  path: string;
  message: string;
  /** For a domain rule: its stable code and source (e.g. `001 L1579`). */
  code?: ProblemCode;
  source?: string;
}

/** The RFC 9457 problem document this API returns, with Meedoen's extensions. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ProblemCode;
  detail: string;
  detail_nl: string;
  instance?: string;
  errors?: FieldError[];
}
