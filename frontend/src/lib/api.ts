import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';
import { ProblemError } from './problem';

/** The one way the SPA reaches the server: the client generated from ../openapi.yaml. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  // resolved at each call, so component tests can stand a fake server in for `fetch`
  fetch: (request) => globalThis.fetch(request),
});

let language = 'vi';
let onUnauthorized: () => void = () => {};

/** The UI language, sent as Accept-Language so problems and messages come back in it. */
export function setApiLanguage(lang: string) {
  language = lang;
}

/** Called when a request answers 401 (the session ended): the app goes back to the sign-in page. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

const middleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', language);
    return request;
  },
  onResponse({ response, request }) {
    if (response.status === 401 && !request.url.endsWith('/api/v1/me')) {
      onUnauthorized();
    }
    return response;
  },
};
api.use(middleware);

interface Answer<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** The data of a successful answer; any other answer becomes a thrown {@link ProblemError}. */
export async function unwrap<D>(request: Promise<Answer<D>>): Promise<D> {
  const { data, error, response } = await request;
  if (!response.ok || error !== undefined) {
    throw ProblemError.from(response, error);
  }
  return data as D;
}

/** The If-Match header value for a resource read at `version`. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

/** Signs in with the form the server's form authentication reads; true when accepted. */
export async function signIn(username: string, password: string): Promise<boolean> {
  const response = await fetch('/j_security_check', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': language },
    body: new URLSearchParams({ j_username: username, j_password: password }),
  });
  return response.ok;
}
