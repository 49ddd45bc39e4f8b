import { describe, expect, it } from 'vitest';
import { canOpen, navigationFor, type AppRoute } from './routes';

const view = () => null;
const table: AppRoute[] = [
  { path: '/', title: 'Home', nav: 'Home', view },
  { path: '/app/team', title: 'Team', nav: 'Team', roles: ['Manager', 'Admin'], view },
  { path: '/app/clients/:id', title: 'Client', view },
];

describe('navigationFor', () => {
  it('lists the pages with a nav label that the role may open', () => {
    expect(navigationFor('Rep', table).map((route) => route.path)).toEqual(['/']);
    expect(navigationFor('Manager', table).map((route) => route.path)).toEqual(['/', '/app/team']);
  });
});

describe('canOpen', () => {
  it('allows every role when the route names none', () => {
    expect(canOpen(table[0] as AppRoute, 'Controller')).toBe(true);
  });

  it('refuses a role the route does not name', () => {
    expect(canOpen(table[1] as AppRoute, 'Rep')).toBe(false);
  });
});
