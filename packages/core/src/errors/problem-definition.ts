/** One problem of the vocabulary: its HTTP status, a short title, and the message in English and Dutch. */
export interface ProblemDefinition {
  status: number;
  title: string;
  en: string;
  nl: string;
}
