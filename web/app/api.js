// The one way the UI talks to the server: JSON in and out, the CSRF header on every change, and
// errors as ApiError carrying the server's code and message (shown to the person as is).

import { t } from './i18n.js';

let csrfToken = null;

export function setCsrf(token) {
  csrfToken = token;
}

// The session's CSRF token, for requests made without `request` (uploads with progress).
export function csrf() {
  return csrfToken;
}

export class ApiError extends Error {
  // `reason`: why a session was ended by someone (a 401 after a role change, deactivation, ...).
  constructor(status, code, message, reason = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.reason = reason;
  }
}

const listeners = new Set();

// Called with the error whenever the session turns out to be gone (401 on a signed-in call).
export function onSignedOut(fn) {
  listeners.add(fn);
}

// `withHeaders`: answer `{data, headers}` instead of the data alone (a list whose next page is
// named in a header).
export async function request(method, path, body, { withHeaders = false } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', t('network-error'));
  }
  if (res.status === 204) return withHeaders ? { data: null, headers: res.headers } : null;
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const err = new ApiError(
      res.status,
      data?.error?.code ?? 'error',
      data?.error?.message ?? t('server-answered', { status: res.status }),
      data?.error?.reason ?? null,
    );
    if (res.status === 401 && csrfToken) for (const fn of listeners) fn(err);
    throw err;
  }
  return withHeaders ? { data, headers: res.headers } : data;
}

export const api = {
  get: (path) => request('GET', path),
  getWithHeaders: (path) => request('GET', path, undefined, { withHeaders: true }),
  post: (path, body = {}) => request('POST', path, body),
  put: (path, body = {}) => request('PUT', path, body),
  patch: (path, body = {}) => request('PATCH', path, body),
  del: (path) => request('DELETE', path),
};
