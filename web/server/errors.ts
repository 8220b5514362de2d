import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { type GraphError, invalidInput, isGraphError } from '../../graph/errors';

/** Refusals of the HTTP layer itself, before any route runs. */
export type HttpErrorCode =
  | 'METHOD_NOT_ALLOWED'
  | 'MISDIRECTED_REQUEST'
  | 'URI_TOO_LONG'
  | 'TOO_MANY_REQUESTS'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN';

/** Uploads refused for what the file holds (422), is (415) or weighs (413); the code is the importer's. */
type SourceErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'INVALID_ENCODING'
  | 'TRUNCATED_INPUT'
  | 'NO_TEXT_LAYER'
  | 'ENCRYPTED_PDF'
  | 'INVALID_PDF'
  | 'UNSUPPORTED_TYPE'
  | 'INPUT_TOO_LARGE';

export type ApiErrorCode =
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'UNAVAILABLE'
  | 'INTERNAL'
  | HttpErrorCode
  | SourceErrorCode;

/** A request the HTTP layer refuses; `headers` go on the response (`Allow`, `Retry-After`). */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly code: HttpErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; field?: string };
}

export interface ApiErrorResponse {
  status: ContentfulStatusCode;
  body: ApiErrorBody;
  /** True when the error is the server's fault and should be logged. */
  unexpected: boolean;
  headers: Record<string, string>;
}

const STATUS: Record<ApiErrorCode, ContentfulStatusCode> = {
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  UNAVAILABLE: 503,
  INTERNAL: 500,
  METHOD_NOT_ALLOWED: 405,
  MISDIRECTED_REQUEST: 421,
  URI_TOO_LONG: 414,
  TOO_MANY_REQUESTS: 429,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  EMPTY_INPUT: 422,
  BINARY_INPUT: 422,
  INVALID_ENCODING: 422,
  TRUNCATED_INPUT: 422,
  NO_TEXT_LAYER: 422,
  ENCRYPTED_PDF: 422,
  INVALID_PDF: 422,
  UNSUPPORTED_TYPE: 415,
  INPUT_TOO_LARGE: 413,
};

function respond(
  code: ApiErrorCode,
  message: string,
  field?: string,
  headers: Record<string, string> = {},
): ApiErrorResponse {
  const error = field === undefined ? { code, message } : { code, message, field };
  return { status: STATUS[code], body: { error }, unexpected: code === 'INTERNAL', headers };
}

/** A request input rejected by its schema, as INVALID_INPUT naming every bad field (`field` is the first). */
export function inputError(error: z.ZodError): GraphError {
  const parts = error.issues.map((issue) => {
    const [head, ...rest] = issue.path;
    const field = head === undefined ? 'input' : String(head) + rest.map((p) => `[${String(p)}]`).join('');
    return `${field}: ${issue.message}`;
  });
  const first = error.issues[0]?.path[0];
  return invalidInput(parts.join('; '), first === undefined ? {} : { field: String(first) });
}

/** The one place where failures become HTTP statuses and `{ error: { code, message } }` bodies. */
export function toApiError(error: unknown): ApiErrorResponse {
  if (isGraphError(error)) {
    switch (error.code) {
      case 'NOT_FOUND':
        return respond('NOT_FOUND', error.message);
      case 'INVALID_INPUT':
        return respond('INVALID_INPUT', error.message, error.details.field);
      case 'UNAVAILABLE':
      case 'IO_ERROR':
      case 'CORRUPT_STORE':
      case 'MISSING_FILE':
      case 'UNSUPPORTED_FORMAT':
        return respond('UNAVAILABLE', error.message);
      case 'EMPTY_INPUT':
      case 'BINARY_INPUT':
      case 'INVALID_ENCODING':
      case 'TRUNCATED_INPUT':
      case 'NO_TEXT_LAYER':
      case 'ENCRYPTED_PDF':
      case 'INVALID_PDF':
      case 'UNSUPPORTED_TYPE':
      case 'INPUT_TOO_LARGE':
        return respond(error.code, error.message);
      default:
        return respond('INTERNAL', 'internal error');
    }
  }
  if (error instanceof HttpError) return respond(error.code, error.message, undefined, error.headers);
  if (error instanceof URIError) return respond('INVALID_INPUT', 'malformed percent-encoding in the URL');
  if (error instanceof HTTPException && error.status < 500) {
    return respond(error.status === 404 ? 'NOT_FOUND' : 'INVALID_INPUT', error.message);
  }
  return respond('INTERNAL', 'internal error');
}
