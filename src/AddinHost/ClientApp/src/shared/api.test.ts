import { describe, expect, it, vi } from 'vitest';
import { ApiError, buildUrl, createApiClient, describeProblem, fieldLabel, problemFieldErrors } from './api';

function jsonResponse(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

function recordingFetch(response: () => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return response();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('createApiClient', () => {
  it('sends the bearer token and returns the parsed JSON', async () => {
    const { fetch, calls } = recordingFetch(() => jsonResponse(200, { displayName: 'Ana' }));
    const api = createApiClient({ fetch, getToken: () => 'tok-1' });

    const me = await api.get<{ displayName: string }>('/api/me');

    expect(me.displayName).toBe('Ana');
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers['Authorization']).toBe('Bearer tok-1');
    expect(calls[0]?.init.method).toBe('GET');
  });

  it('sends no Authorization header without a token', async () => {
    const { fetch, calls } = recordingFetch(() => jsonResponse(200, []));
    await createApiClient({ fetch, getToken: () => null }).get('/demo/users');
    expect(calls[0]?.init.headers).not.toHaveProperty('Authorization');
  });

  it('posts the body as JSON', async () => {
    const { fetch, calls } = recordingFetch(() => jsonResponse(200, { accessToken: 'x' }));
    await createApiClient({ fetch }).post('/demo/signin', { userId: 'u1' });
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe('{"userId":"u1"}');
    expect((calls[0]?.init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('returns undefined for 204 No Content', async () => {
    const { fetch } = recordingFetch(() => new Response(null, { status: 204 }));
    await expect(createApiClient({ fetch }).delete('/api/x/1')).resolves.toBeUndefined();
  });

  it('turns a validation ProblemDetails into a readable message and field errors', async () => {
    const { fetch } = recordingFetch(() =>
      jsonResponse(
        400,
        {
          title: 'One or more validation errors occurred.',
          status: 400,
          errors: { Email: ['Enter a valid email address'], '$.amount': ['Must be positive.'] },
        },
        'application/problem+json',
      ),
    );

    const error = await rejection(createApiClient({ fetch }).post('/api/parties', {}));

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.kind).toBe('http');
    expect(apiError.message).toBe(
      'One or more validation errors occurred. Email: Enter a valid email address. amount: Must be positive.',
    );
    expect(apiError.fieldErrors).toEqual({ Email: ['Enter a valid email address'], amount: ['Must be positive.'] });
  });

  it('calls onUnauthorized on 401 and still rejects', async () => {
    const { fetch } = recordingFetch(() => new Response('', { status: 401 }));
    const onUnauthorized = vi.fn();

    const error = await rejection(createApiClient({ fetch, onUnauthorized }).get('/api/me'));

    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect((error as ApiError).status).toBe(401);
    expect((error as ApiError).message).toBe('Your session has ended. Sign in again.');
  });

  it('does not call onUnauthorized on 403', async () => {
    const { fetch } = recordingFetch(() => jsonResponse(403, { title: 'Forbidden' }));
    const onUnauthorized = vi.fn();
    await rejection(createApiClient({ fetch, onUnauthorized }).get('/api/admin'));
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('falls back to the status when the error body is not JSON', async () => {
    const { fetch } = recordingFetch(
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }),
    );
    const error = (await rejection(createApiClient({ fetch }).get('/api/me'))) as ApiError;
    expect(error.message).toBe('The server had a problem (502 Bad Gateway). Try again in a moment.');
    expect(error.problem).toBeNull();
  });

  it('reads a bare JSON string error body as the detail', async () => {
    const { fetch } = recordingFetch(() => jsonResponse(404, 'No active firm user 42.'));
    const error = (await rejection(createApiClient({ fetch }).post('/demo/signin', { userId: '42' }))) as ApiError;
    expect(error.message).toBe('No active firm user 42.');
    expect(error.status).toBe(404);
  });

  it('reads a short plain-text error body as the detail', async () => {
    const { fetch } = recordingFetch(
      () => new Response('Upstream timed out', { status: 504, statusText: 'Gateway Timeout', headers: { 'Content-Type': 'text/plain' } }),
    );
    const error = (await rejection(createApiClient({ fetch }).get('/api/me'))) as ApiError;
    expect(error.message).toBe('Upstream timed out.');
  });

  it('reports a network failure as kind "network"', async () => {
    const fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof globalThis.fetch;
    const error = (await rejection(createApiClient({ fetch }).get('/api/me'))) as ApiError;
    expect(error.kind).toBe('network');
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/Cannot reach the OutlookCms server/);
  });

  it('gives up after the timeout with kind "timeout"', async () => {
    const fetch = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as typeof globalThis.fetch;

    const error = (await rejection(createApiClient({ fetch, timeoutMs: 20 }).get('/api/pane'))) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('timeout');
  });

  it("passes the caller's own abort through unchanged", async () => {
    const fetch = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as typeof globalThis.fetch;
    const controller = new AbortController();
    const request = createApiClient({ fetch }).get('/api/pane', { signal: controller.signal });
    const reason = new Error('item changed');

    controller.abort(reason);

    expect(await rejection(request)).toBe(reason);
  });

  it('rejects an unreadable success body with a readable error', async () => {
    const { fetch } = recordingFetch(
      () => new Response('{"cut', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    );
    const error = (await rejection(createApiClient({ fetch }).get('/api/me'))) as ApiError;
    expect(error.message).toBe('The server sent an answer that could not be read.');
  });
});

describe('describeProblem', () => {
  it('joins title and detail as sentences', () => {
    expect(describeProblem({ title: 'Party not found', detail: 'No party has id 42' }, 404)).toBe(
      'Party not found. No party has id 42.',
    );
  });

  it('does not repeat a detail equal to the title', () => {
    expect(describeProblem({ title: 'Conflict.', detail: 'Conflict.' }, 409)).toBe('Conflict.');
  });

  it('uses a message per status when there is no problem body', () => {
    expect(describeProblem(null, 403)).toBe('You do not have permission to do this.');
    expect(describeProblem(null, 418, "I'm a teapot")).toBe("The request failed (418 I'm a teapot).");
  });
});

describe('problemFieldErrors', () => {
  it('reads the RFC 9457 array form with JSON pointers', () => {
    expect(
      problemFieldErrors({ errors: [{ detail: 'must be a positive integer', pointer: '#/age' }, { detail: 'x', pointer: '#/a/b' }] }),
    ).toEqual({ age: ['must be a positive integer'], 'a.b': ['x'] });
  });

  it('labels an error on the whole body', () => {
    expect(fieldLabel('')).toBe('Request');
    expect(fieldLabel('$')).toBe('Request');
  });
});

describe('buildUrl', () => {
  it('appends query values, repeating arrays and skipping empty ones', () => {
    expect(buildUrl('', '/api/pane', { from: 'a@b.com', to: ['c@d.com', 'e@f.com'], cc: null, mode: undefined })).toBe(
      '/api/pane?from=a%40b.com&to=c%40d.com&to=e%40f.com',
    );
  });

  it('joins a base URL without doubling the slash', () => {
    expect(buildUrl('https://host/', 'api/me')).toBe('https://host/api/me');
  });
});
