// Where the signed-in user's access token lives. sessionStorage: one tab's session, gone when the tab
// closes, never sent to the server by the browser on its own (unlike a cookie).

export const tokenStorageKey = 'outlookcms.token';
export const signInPath = '/signin';

type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const defaultStorage = (): TokenStorage => window.sessionStorage;

export function readToken(storage: TokenStorage = defaultStorage()): string | null {
  const token = storage.getItem(tokenStorageKey);
  return token === null || token.trim() === '' ? null : token;
}

export function saveToken(token: string, storage: TokenStorage = defaultStorage()): void {
  storage.setItem(tokenStorageKey, token);
}

export function clearToken(storage: TokenStorage = defaultStorage()): void {
  storage.removeItem(tokenStorageKey);
}

const localOrigin = 'https://outlookcms.invalid';

/**
 * The page to return to after sign-in: only a path on this site, so a crafted link cannot send the
 * freshly signed-in user to another site (`//evil.example`, `/\evil.example`, `https://…` all give `/`).
 */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(value, localOrigin);
  } catch {
    return '/';
  }
  if (url.origin !== localOrigin || url.pathname === signInPath) return '/';
  return url.pathname + url.search + url.hash;
}

export function signInUrl(returnUrl?: string): string {
  const target = safeReturnUrl(returnUrl);
  return target === '/' ? signInPath : `${signInPath}?returnUrl=${encodeURIComponent(target)}`;
}

/** Leaves the app for the sign-in page, remembering where the user was. */
export function goToSignIn(location: Location = window.location): void {
  location.assign(signInUrl(location.pathname + location.search + location.hash));
}
