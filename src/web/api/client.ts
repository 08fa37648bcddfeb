/** Typed fetch wrapper for /api/v1: same-origin cookie, CSRF header, problem+json → ApiError. */
export interface InvalidParam {
  name: string;
  reason: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly code: string | undefined,
    readonly invalidParams: InvalidParam[] = [],
  ) {
    super(detail || title);
    this.name = 'ApiError';
  }
  /** invalid params keyed by their path without the 'body.'/'querystring.' prefix */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const p of this.invalidParams) {
      const name = p.name.replace(/^(body|querystring|params)\./, '');
      out[name] ??= p.reason;
    }
    return out;
  }
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(0, 'Geen verbinding', 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.', 'network');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    throw new ApiError(res.status, data?.title ?? res.statusText, data?.detail ?? '', data?.code, data?.invalidParams ?? []);
  }
  return data as T;
}
