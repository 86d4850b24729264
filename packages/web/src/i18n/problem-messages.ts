import type { ProblemCode, ProblemDefinition } from '@meedoen/core';

/** The server's error catalogue as i18n entries `problem.<code>`: one source for both sides. */
export function problemMessages(
  problems: Record<ProblemCode, ProblemDefinition>,
  language: 'nl' | 'en',
): Record<`problem.${ProblemCode}`, string> {
  return Object.fromEntries(
    Object.entries(problems).map(([code, definition]) => [`problem.${code}`, definition[language]]),
  ) as Record<`problem.${ProblemCode}`, string>;
}
