// Where the pane's bearer token comes from:
// - the demo and the preview: the token the demo sign-in stored in this tab's sessionStorage (the preview's frame
//   shares it);
// - Outlook: MSAL.js nested app authentication (./naa, loaded only then), configured from /auth/config.
// Without either, the pane offers the demo sign-in.
import { readToken } from '../shared/session';
import type { OfficeLike } from '../office/types';
import type { SpaAuthConfig, TokenSource } from './naa';

export type SignInMethod = 'session' | 'nested-app' | 'none';

let source: () => Promise<string | null> = () => Promise.resolve(readToken());

export function paneToken(): Promise<string | null> {
  return source();
}

/** Nested app authentication needs the NestedAppAuth 1.1 requirement set (Outlook on the web, new Outlook, Mac, mobile). */
export function chooseSignIn(office: OfficeLike, hasSessionToken: boolean, inPreview: boolean): SignInMethod {
  if (hasSessionToken) return 'session';
  if (!inPreview && office.context.requirements?.isSetSupported('NestedAppAuth', '1.1')) return 'nested-app';
  return 'none';
}

export async function startSignIn(office: OfficeLike, inPreview: boolean,
  load: (config: SpaAuthConfig) => Promise<TokenSource> = async (config) => (await import('./naa')).nestedAppTokenSource(config),
): Promise<SignInMethod> {
  const method = chooseSignIn(office, readToken() !== null, inPreview);
  if (method === 'nested-app') {
    const response = await fetch('/auth/config', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`Sign-in is not configured on the server (HTTP ${response.status}).`);
    source = await load((await response.json()) as SpaAuthConfig);
  }
  return method;
}

export function signInLink(): string {
  return `/signin?returnUrl=${encodeURIComponent('/preview.html')}`;
}

interface SharedStorage {
  setItem(key: string, value: string): Promise<void>;
}

/** Hands the token to the add-in's send-time check (OnMessageSend), which runs in Outlook's event runtime. */
export function shareTokenWithSendCheck(token: string | null): void {
  const storage = (globalThis as { OfficeRuntime?: { storage?: SharedStorage } }).OfficeRuntime?.storage;
  if (token && storage) void storage.setItem('outlookcms.token', token).catch(() => undefined);
}
