/**
 * The one error vocabulary (RFC 9457 problem+json `code`). Codes are stable: clients, tests and the
 * UI's Dutch messages key on them. Add codes; never rename or reuse one.
 */
export interface ProblemDefinition {
  status: number;
  title: string;
  en: string;
  nl: string;
}

export const PROBLEMS = {
  'request.malformed_json': {
    status: 400,
    title: 'Malformed JSON',
    en: 'The request body is not valid JSON.',
    nl: 'De inhoud van het verzoek is geen geldige JSON.',
  },
  'request.invalid': {
    status: 400,
    title: 'Invalid request',
    en: 'One or more fields are missing or invalid.',
    nl: 'Een of meer velden ontbreken of zijn ongeldig.',
  },
  'request.unsupported_media_type': {
    status: 415,
    title: 'Unsupported media type',
    en: 'Send the request body as application/json.',
    nl: 'Stuur de inhoud van het verzoek als application/json.',
  },
  'request.body_too_large': {
    status: 413,
    title: 'Request body too large',
    en: 'The request body is larger than this server accepts.',
    nl: 'De inhoud van het verzoek is groter dan de server accepteert.',
  },
  'route.not_found': {
    status: 404,
    title: 'Not found',
    en: 'There is no such endpoint.',
    nl: 'Dit adres bestaat niet.',
  },
  'auth.unauthenticated': {
    status: 401,
    title: 'Not signed in',
    en: 'Sign in to continue.',
    nl: 'Log in om verder te gaan.',
  },
  'auth.invalid_credentials': {
    status: 401,
    title: 'Invalid credentials',
    en: 'The e-mail address or password is not correct.',
    nl: 'Het e-mailadres of wachtwoord klopt niet.',
  },
  'auth.csrf_invalid': {
    status: 403,
    title: 'Missing or invalid CSRF token',
    en: 'This change was refused because the security token is missing or outdated. Reload the page and try again.',
    nl: 'Deze wijziging is geweigerd omdat de beveiligingscode ontbreekt of verlopen is. Laad de pagina opnieuw en probeer het nog eens.',
  },
  'access.forbidden': {
    status: 403,
    title: 'Forbidden',
    en: 'You are not allowed to do this.',
    nl: 'U heeft geen toestemming om dit te doen.',
  },
  'resource.not_found': {
    status: 404,
    title: 'Not found',
    en: 'This item does not exist.',
    nl: 'Dit onderdeel bestaat niet.',
  },
  'resource.version_conflict': {
    status: 409,
    title: 'Version conflict',
    en: 'Someone else changed this in the meantime. Reload to see their change, then apply yours again.',
    nl: 'Iemand anders heeft dit intussen gewijzigd. Laad opnieuw om die wijziging te zien en voer daarna uw wijziging opnieuw in.',
  },
  'server.internal': {
    status: 500,
    title: 'Internal error',
    en: 'Something went wrong on our side. Nothing was saved; please try again.',
    nl: 'Er ging iets mis aan onze kant. Er is niets opgeslagen; probeer het opnieuw.',
  },
} as const satisfies Record<string, ProblemDefinition>;

export type ProblemCode = keyof typeof PROBLEMS;

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(PROBLEMS, value);
}

/** One field that failed validation: a JSON Pointer into the request (`/body/email`) and why. */
export interface FieldError {
  path: string;
  message: string;
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
