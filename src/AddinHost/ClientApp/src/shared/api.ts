// A typed fetch wrapper for the AddinHost API: adds the bearer token, sends and reads JSON, and turns
// every failure (ProblemDetails, a bare status, no answer, too slow) into an ApiError whose message a
// person can read.

/** RFC 9457 problem details, plus the `errors` map ASP.NET adds to validation problems. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: Record<string, string[]> | { detail?: string; pointer?: string; field?: string }[];
}

export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/** What went wrong: the server answered with an error, could not be reached, or took too long. */
export type ApiErrorKind = 'http' | 'network' | 'timeout';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    /** HTTP status; 0 when no answer came. */
    readonly status: number,
    readonly problem: ProblemDetails | null = null,
    /** Validation messages by field, for forms to show beside their inputs. */
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  /** Cancels the request (e.g. the pane's item changed); the promise then rejects with the abort reason. */
  signal?: AbortSignal;
  query?: Readonly<Record<string, QueryValue | readonly QueryValue[]>>;
  headers?: Readonly<Record<string, string>>;
}

export interface ApiClientOptions {
  /** Prefix for every path; empty for the same origin. */
  baseUrl?: string;
  /** The bearer token to send, or null to send none (may be fetched, e.g. from MSAL). */
  getToken?: () => string | null | Promise<string | null>;
  /** Called on every 401 (before the ApiError is thrown), e.g. to go to the sign-in page. */
  onUnauthorized?: () => void;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  delete<T = void>(path: string, options?: RequestOptions): Promise<T>;
}

export const defaultTimeoutMs = 15_000;

const statusFallbacks: Readonly<Record<number, string>> = {
  400: 'The request was not valid.',
  401: 'Your session has ended. Sign in again.',
  403: 'You do not have permission to do this.',
  404: 'Not found.',
  409: 'This conflicts with a change someone else made. Reload and try again.',
  413: 'The request is too large.',
  429: 'Too many requests. Wait a moment and try again.',
};

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** `$.amount` → `amount`, `#/contact/email` → `contact.email`, empty (the whole body) → `Request`. */
export function fieldLabel(field: string): string {
  const label = field
    .replace(/^\$\.?/, '')
    .replace(/^#?\//, '')
    .replace(/\//g, '.')
    .trim();
  return label === '' ? 'Request' : label;
}

/** Reads both shapes in use: ASP.NET's `{ field: [messages] }` and RFC 9457's `[{ detail, pointer }]`. */
export function problemFieldErrors(problem: ProblemDetails | null): FieldErrors {
  const errors = problem?.errors;
  if (!errors || typeof errors !== 'object') return {};
  const result: Record<string, string[]> = {};
  const add = (field: string, message: unknown) => {
    if (typeof message !== 'string' || message.trim() === '') return;
    (result[field] ??= []).push(message.trim());
  };
  if (Array.isArray(errors)) {
    for (const error of errors) {
      if (error && typeof error === 'object') add(fieldLabel(error.pointer ?? error.field ?? ''), error.detail);
    }
  } else {
    for (const [field, messages] of Object.entries(errors)) {
      for (const message of Array.isArray(messages) ? messages : [messages]) add(fieldLabel(field), message);
    }
  }
  return result;
}

/** One readable paragraph: the title, the detail, then each field's messages. */
export function describeProblem(problem: ProblemDetails | null, status: number, statusText = ''): string {
  const parts: string[] = [];
  const title = typeof problem?.title === 'string' ? problem.title.trim() : '';
  const detail = typeof problem?.detail === 'string' ? problem.detail.trim() : '';
  if (title) parts.push(sentence(title));
  if (detail && detail !== title) parts.push(sentence(detail));
  for (const [field, messages] of Object.entries(problemFieldErrors(problem))) {
    parts.push(`${field}: ${messages.map(sentence).join(' ')}`);
  }
  if (parts.length > 0) return parts.join(' ');
  const known = statusFallbacks[status];
  if (known) return known;
  const answer = `${status}${statusText ? ` ${statusText}` : ''}`;
  return status >= 500
    ? `The server had a problem (${answer}). Try again in a moment.`
    : `The request failed (${answer}).`;
}

function isJson(contentType: string | null): boolean {
  return contentType !== null && /^application\/([\w.+-]*\+)?json\b/i.test(contentType);
}

export function buildUrl(baseUrl: string, path: string, query?: RequestOptions['query']): string {
  let url = `${baseUrl.replace(/\/$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
  if (query) {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item !== null && item !== undefined) params.append(name, String(item));
      }
    }
    const text = params.toString();
    if (text) url += `${url.includes('?') ? '&' : '?'}${text}`;
  }
  return url;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  if (!isJson(response.headers.get('Content-Type'))) return text;
  return JSON.parse(text) as unknown;
}

async function readProblem(response: Response): Promise<ProblemDetails | null> {
  let body: unknown;
  try {
    body = await readBody(response);
  } catch {
    return null; // a cut-off body: fall back to the status
  }
  if (body && typeof body === 'object' && !Array.isArray(body)) return body as ProblemDetails;
  // A bare message (`NotFound("No such user")` sends a JSON string; some proxies send plain text).
  // HTML error pages are left out: the status says more than their markup.
  const isPlainMessage =
    typeof body === 'string' && body.trim() !== '' && body.length <= 500 && !/^\s*</.test(body);
  return isPlainMessage ? { detail: body as string } : null;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function send<T>(method: string, path: string, body: unknown, request: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...request.headers };
    const token = (await options.getToken?.()) ?? null;
    // Fetching the token may take a while (MSAL): a request cancelled meanwhile is not sent.
    request.signal?.throwIfAborted();
    if (token) headers['Authorization'] = `Bearer ${token}`;
    const init: RequestInit = { method, headers };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const timeout = AbortSignal.timeout(timeoutMs);
    init.signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;

    let response: Response;
    try {
      response = await doFetch(buildUrl(baseUrl, path, request.query), init);
    } catch (error) {
      // The caller's own cancel is not an error to show: pass it on unchanged.
      if (request.signal?.aborted) throw request.signal.reason ?? error;
      if (timeout.aborted) {
        throw new ApiError(
          `The server did not answer within ${Math.round(timeoutMs / 1000)} seconds. Try again.`,
          'timeout',
          0,
        );
      }
      throw new ApiError('Cannot reach the OutlookCms server. Check the connection and try again.', 'network', 0);
    }

    if (!response.ok) {
      const problem = await readProblem(response);
      if (response.status === 401) options.onUnauthorized?.();
      throw new ApiError(
        describeProblem(problem, response.status, response.statusText),
        'http',
        response.status,
        problem,
        problemFieldErrors(problem),
      );
    }
    try {
      return (await readBody(response)) as T;
    } catch {
      throw new ApiError('The server sent an answer that could not be read.', 'http', response.status);
    }
  }

  return {
    get: (path, request) => send('GET', path, undefined, request),
    post: (path, body, request) => send('POST', path, body, request),
    put: (path, body, request) => send('PUT', path, body, request),
    patch: (path, body, request) => send('PATCH', path, body, request),
    delete: (path, request) => send('DELETE', path, undefined, request),
  };
}

/** A message to show for anything a request threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}
