import { describe, expect, it } from 'vitest';
import { isInAppClick, matchPath, matchRoute } from './router';

const plainClick = { button: 0, defaultPrevented: false, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };
const origin = 'https://cms.example';

describe('matchPath', () => {
  it('matches literal paths, ignoring a trailing slash', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/app/clients', '/app/clients/')).toEqual({});
    expect(matchPath('/app/clients', '/app/client')).toBeNull();
  });

  it('captures and decodes parameters', () => {
    expect(matchPath('/app/clients/:id', '/app/clients/a%20b')).toEqual({ id: 'a b' });
  });

  it('needs the same number of segments', () => {
    expect(matchPath('/app/clients/:id', '/app/clients')).toBeNull();
    expect(matchPath('/app/clients/:id', '/app/clients/1/edit')).toBeNull();
  });

  it('rejects a malformed escape instead of throwing', () => {
    expect(matchPath('/app/clients/:id', '/app/clients/%E0%A4%A')).toBeNull();
  });
});

describe('matchRoute', () => {
  const routes = [{ path: '/app/clients/new' }, { path: '/app/clients/:id' }];

  it('takes the first route that matches', () => {
    expect(matchRoute(routes, '/app/clients/new')?.route).toBe(routes[0]);
    expect(matchRoute(routes, '/app/clients/7')).toEqual({ route: routes[1], params: { id: '7' } });
    expect(matchRoute(routes, '/elsewhere')).toBeNull();
  });
});

describe('isInAppClick', () => {
  it('handles a plain left click on a same-origin link', () => {
    expect(isInAppClick(plainClick, '/app/clients', null, origin)).toBe(true);
  });

  it.each([
    ['ctrl-click', { ...plainClick, ctrlKey: true }],
    ['cmd-click', { ...plainClick, metaKey: true }],
    ['shift-click', { ...plainClick, shiftKey: true }],
    ['middle click', { ...plainClick, button: 1 }],
    ['an already handled click', { ...plainClick, defaultPrevented: true }],
  ])('leaves %s to the browser', (_name, event) => {
    expect(isInAppClick(event, '/app/clients', null, origin)).toBe(false);
  });

  it('leaves other sites and other targets to the browser', () => {
    expect(isInAppClick(plainClick, 'https://other.example/app', null, origin)).toBe(false);
    expect(isInAppClick(plainClick, '/app/clients', '_blank', origin)).toBe(false);
  });
});
