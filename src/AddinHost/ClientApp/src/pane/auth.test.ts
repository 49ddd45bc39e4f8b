import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOfficeStandIn } from '../office/standIn';
import type { OfficeLike } from '../office/types';
import { chooseSignIn, paneToken, startSignIn } from './auth';

const me = { emailAddress: 'rita@firm.example', displayName: 'Rita Rep' };

function outlookWith(sets: string[]): OfficeLike {
  const office = createOfficeStandIn(me).office;
  return { ...office, context: { ...office.context, requirements: { isSetSupported: (name) => sets.includes(name) } } };
}

function storageWith(token: string | null) {
  const values = new Map<string, string>(token ? [['outlookcms.token', token]] : []);
  return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v), removeItem: (k: string) => void values.delete(k) };
}

afterEach(() => vi.unstubAllGlobals());

describe('chooseSignIn', () => {
  it('prefers the demo session token, then nested app auth where Outlook supports NestedAppAuth 1.1', () => {
    const naa = outlookWith(['Mailbox', 'NestedAppAuth']);
    expect(chooseSignIn(naa, true, false)).toBe('session');
    expect(chooseSignIn(naa, false, false)).toBe('nested-app');
    expect(chooseSignIn(outlookWith(['Mailbox']), false, false)).toBe('none');
    // The preview's stand-in is not Outlook: no broker to ask.
    expect(chooseSignIn(naa, false, true)).toBe('none');
  });
});

describe('startSignIn', () => {
  it('configures MSAL from /auth/config and then takes every token from it', async () => {
    vi.stubGlobal('window', { sessionStorage: storageWith(null) });
    const config = { clientId: 'c0ffee00-0000-4000-8000-000000000002', authority: 'https://login.example/tenant', scopes: ['api://outlookcms/access_as_user'] };
    const fetch = vi.fn(async () => new Response(JSON.stringify(config), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const load = vi.fn(async () => async () => 'naa-token');

    expect(await startSignIn(outlookWith(['NestedAppAuth']), false, load)).toBe('nested-app');
    expect(fetch).toHaveBeenCalledWith('/auth/config', expect.anything());
    expect(load).toHaveBeenCalledWith(config);
    expect(await paneToken()).toBe('naa-token');
  });

  it('says clearly when the server has no sign-in configuration', async () => {
    vi.stubGlobal('window', { sessionStorage: storageWith(null) });
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 503 })));
    await expect(startSignIn(outlookWith(['NestedAppAuth']), false, vi.fn())).rejects.toThrow(/not configured.*503/);
  });

  it('leaves the demo session token in charge when there is one', async () => {
    vi.stubGlobal('window', { sessionStorage: storageWith('demo-token') });
    const load = vi.fn();
    expect(await startSignIn(outlookWith(['NestedAppAuth']), false, load)).toBe('session');
    expect(load).not.toHaveBeenCalled();
  });
});
