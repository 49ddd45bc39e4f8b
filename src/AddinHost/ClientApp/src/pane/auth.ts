// The pane's bearer token. In the demo and the preview: the token the demo sign-in stored in this tab's
// sessionStorage (the preview's frame shares it). In Outlook: nested app authentication (docs/addin.md); until it
// is wired, a pane without a token offers the demo sign-in.
import { readToken } from '../shared/session';

export function paneToken(): string | null {
  return readToken();
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
