import { describe, expect, it } from 'vitest';
import { clearToken, readToken, safeReturnUrl, saveToken, signInUrl, tokenStorageKey } from './session';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('token storage', () => {
  it('stores the token under outlookcms.token', () => {
    const storage = memoryStorage();
    saveToken('abc', storage);
    expect(storage.items.get(tokenStorageKey)).toBe('abc');
    expect(tokenStorageKey).toBe('outlookcms.token');
    expect(readToken(storage)).toBe('abc');
  });

  it('treats a missing or blank token as signed out', () => {
    const storage = memoryStorage();
    expect(readToken(storage)).toBeNull();
    storage.setItem(tokenStorageKey, '  ');
    expect(readToken(storage)).toBeNull();
  });

  it('clears the token on sign-out', () => {
    const storage = memoryStorage();
    saveToken('abc', storage);
    clearToken(storage);
    expect(readToken(storage)).toBeNull();
  });
});

describe('safeReturnUrl', () => {
  it.each([
    ['/app/clients/42?tab=history#top', '/app/clients/42?tab=history#top'],
    ['/', '/'],
  ])('keeps the local path %s', (value, expected) => {
    expect(safeReturnUrl(value)).toBe(expected);
  });

  it.each([null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/signin'])(
    'sends %s to the home page instead',
    (value) => {
      expect(safeReturnUrl(value)).toBe('/');
    },
  );
});

describe('signInUrl', () => {
  it('carries the page to come back to', () => {
    expect(signInUrl('/app/x?y=1')).toBe('/signin?returnUrl=%2Fapp%2Fx%3Fy%3D1');
  });

  it('leaves out a return to the home page', () => {
    expect(signInUrl('/')).toBe('/signin');
  });
});
