import type { ProblemDefinition } from '../problem-definition.js';

/** The request itself, the server, documents and uploads, exports. */
export const HTTP_PROBLEMS = {
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
  'fhir.export_failed': {
    status: 500,
    title: 'Export failed',
    en: 'This export could not be completed. Nothing of it can be downloaded; please start a new export.',
    nl: 'Deze export kon niet worden afgerond. Er valt niets van te downloaden; start een nieuwe export.',
  },
  'server.internal': {
    status: 500,
    title: 'Internal error',
    en: 'Something went wrong on our side. Nothing was saved; please try again.',
    nl: 'Er ging iets mis aan onze kant. Er is niets opgeslagen; probeer het opnieuw.',
  },
  'request.nul_character': {
    status: 400,
    title: 'Text contains a NUL character',
    en: 'A text field contains an invisible NUL character, which cannot be stored. Remove it and try again.',
    nl: 'Een tekstveld bevat een onzichtbaar NUL-teken, dat niet kan worden opgeslagen. Haal het weg en probeer het opnieuw.',
  },
  'request.blank_text': {
    status: 400,
    title: 'Required text is empty',
    en: 'A required text field contains only spaces. Fill it in.',
    nl: 'Een verplicht tekstveld bevat alleen spaties. Vul het in.',
  },
  'request.value_out_of_range': {
    status: 400,
    title: 'Value out of range',
    en: 'A number or text is too large to be stored.',
    nl: 'Een getal of tekst is te groot om op te slaan.',
  },
  'request.bad_url': {
    status: 400,
    title: 'Malformed address',
    en: 'The address (URL) of the request is not correctly encoded.',
    nl: 'Het adres (URL) van het verzoek is niet goed gecodeerd.',
  },
  'request.url_too_long': {
    status: 414,
    title: 'Address too long',
    en: 'The address (URL) of the request is longer than this server accepts.',
    nl: 'Het adres (URL) van het verzoek is langer dan de server accepteert.',
  },
  'request.headers_too_large': {
    status: 431,
    title: 'Request headers too large',
    en: 'The headers of the request are larger than this server accepts.',
    nl: 'De kopregels (headers) van het verzoek zijn groter dan de server accepteert.',
  },
  'upload.file_too_large': {
    status: 413,
    title: 'File too large',
    en: 'The file is larger than this server accepts for one file.',
    nl: 'Het bestand is groter dan de server per bestand accepteert.',
  },
  'upload.quota_exceeded': {
    status: 413,
    title: 'Storage quota reached',
    en: 'Your organisation has used all the storage space for files. Remove files or ask the administrator for more space.',
    nl: 'Uw organisatie heeft alle opslagruimte voor bestanden gebruikt. Verwijder bestanden of vraag de beheerder om meer ruimte.',
  },
  'document.invalid': {
    status: 400,
    title: 'Document does not match its schema',
    en: 'The document is incomplete or contains fields of the wrong kind.',
    nl: 'Het document is onvolledig of bevat velden van het verkeerde soort.',
  },
} as const satisfies Record<string, ProblemDefinition>;
