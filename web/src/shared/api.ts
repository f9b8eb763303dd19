// What every request to the server carries and how a refusal reads: the CSRF token on every change, the user's
// language so that server messages come back in it, and ApiError. The typed client (api-client.ts) and the import
// upload (imports/upload.ts) use it; pages call the API only through the client.
import { i18n } from './i18n.ts';

let csrf: string | undefined;
let onUnauthorized: () => void = () => {};

export function setCsrf(token: string | undefined): void {
  csrf = token;
}
export function setUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

/** Headers every request carries; `x-csrf-token` only matters on POST/PUT/PATCH/DELETE but does no harm elsewhere. */
export function apiHeaders(): Record<string, string> {
  return { 'accept-language': i18n.language === 'en' ? 'en' : 'vi', ...(csrf ? { 'x-csrf-token': csrf } : {}) };
}

/** The error of a failed response, with the server's message (already in the user's language) when it sent one. */
export function apiError(status: number, body: unknown, fallback: string): ApiError {
  const b = (body ?? {}) as { message?: string; field?: string };
  return new ApiError(status, b.message ?? fallback, b.field, body);
}

/** A refused request: a lapsed session (outside sign-in itself) tells the app, and the caller gets the ApiError. */
export function failed(res: Response, body: unknown, path: string): ApiError {
  if (res.status === 401 && !path.startsWith('/auth/')) onUnauthorized();
  return apiError(res.status, body, res.statusText);
}
