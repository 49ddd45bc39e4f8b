import { describe, expect, it } from 'vitest';
import type { DemoUser, Role } from '../shared/types';
import { filterUsers, groupByRole } from './directory';

function user(displayName: string, role: Role, team: string | null = null, specialty: string | null = null): DemoUser {
  const email = `${displayName.toLowerCase().replace(/\s+/g, '.')}@firm.example`;
  return { id: email, displayName, email, role, team, specialty };
}

const users = [
  user('Zoë Keller', 'Rep', 'Private Wealth', 'High-net-worth'),
  user('Admin Account', 'Admin'),
  user('Björn Ström', 'Manager', 'Private Wealth'),
  user('Carla Diaz', 'Controller'),
  user('Aaron Ng', 'Rep', 'Investment Banking', 'M&A'),
];

describe('groupByRole', () => {
  it('orders groups Rep, Manager, Controller, Admin and names alphabetically', () => {
    const groups = groupByRole(users);
    expect(groups.map((group) => group.role)).toEqual(['Rep', 'Manager', 'Controller', 'Admin']);
    expect(groups[0]?.users.map((u) => u.displayName)).toEqual(['Aaron Ng', 'Zoë Keller']);
  });

  it('leaves out empty groups', () => {
    expect(groupByRole([users[3] as DemoUser]).map((group) => group.role)).toEqual(['Controller']);
  });
});

describe('filterUsers', () => {
  it('matches every word across name, team and specialty, ignoring case and accents', () => {
    expect(filterUsers(users, 'zoe high').map((u) => u.displayName)).toEqual(['Zoë Keller']);
    expect(filterUsers(users, 'private wealth').map((u) => u.displayName)).toEqual(['Zoë Keller', 'Björn Ström']);
  });

  it('matches the API\'s enum name of a specialty as words', () => {
    const banker = user('Ida Berg', 'Rep', null, 'InvestmentBanker');
    expect(filterUsers([banker], 'investment bank')).toEqual([banker]);
  });

  it('matches email and role', () => {
    expect(filterUsers(users, 'carla.diaz@').map((u) => u.displayName)).toEqual(['Carla Diaz']);
    expect(filterUsers(users, 'manager').map((u) => u.displayName)).toEqual(['Björn Ström']);
  });

  it('returns everyone for a blank query and no one for a miss', () => {
    expect(filterUsers(users, '   ')).toHaveLength(users.length);
    expect(filterUsers(users, 'nobody')).toEqual([]);
  });
});
