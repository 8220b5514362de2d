/** Stable error codes: the API maps them to HTTP status, the CLI prints them, tests assert them. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'UNAVAILABLE'
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'INVALID_ENCODING'
  | 'TRUNCATED_INPUT'
  | 'INVALID_LEXICON'
  | 'INPUT_TOO_LARGE'
  | 'NOT_A_FILE'
  | 'IO_ERROR'
  | 'CORRUPT_STORE'
  | 'MISSING_FILE'
  | 'UNSUPPORTED_FORMAT'
  /** A fault of the program or the store's schema, not of the input or the server's availability. */
  | 'INTERNAL'
  /** A source of a kind the importer does not read (an image, an archive, an office file). */
  | 'UNSUPPORTED_TYPE'
  /** A PDF whose pages hold no text, only images or shapes (a scan without OCR). */
  | 'NO_TEXT_LAYER'
  /** A PDF that needs a password to open. */
  | 'ENCRYPTED_PDF'
  /** A file that starts like a PDF but cannot be parsed as one. */
  | 'INVALID_PDF';

export interface ErrorDetails {
  file?: string;
  line?: number;
  byteOffset?: number;
  field?: string;
}

export class GraphError extends Error {
  override readonly name = 'GraphError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isGraphError(error: unknown): error is GraphError {
  return error instanceof GraphError;
}

export const notFound = (what: string, id: string) => new GraphError('NOT_FOUND', `${what} not found: ${id}`);
export const invalidInput = (message: string, details: ErrorDetails = {}) =>
  new GraphError('INVALID_INPUT', message, details);
