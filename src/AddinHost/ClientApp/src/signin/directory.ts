// Finding a seeded user on the demo sign-in page: search, then group by role.
import { humanize } from '../shared/format';
import { roleOrder, type DemoUser, type Role } from '../shared/types';

export interface RoleGroup {
  role: Role;
  users: DemoUser[];
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Users matching every word of the query in their name, email, role, team or specialty (accents ignored). */
export function filterUsers(users: readonly DemoUser[], query: string): DemoUser[] {
  const words = fold(query).split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return [...users];
  return users.filter((user) => {
    const specialty = user.specialty ?? '';
    const haystack = fold([user.displayName, user.email, user.role, user.team ?? '', specialty, humanize(specialty)].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** Non-empty groups in role order, each sorted by name; roles the page does not know come last. */
export function groupByRole(users: readonly DemoUser[]): RoleGroup[] {
  const byRole = new Map<Role, DemoUser[]>();
  for (const user of users) {
    const group = byRole.get(user.role);
    if (group) group.push(user);
    else byRole.set(user.role, [user]);
  }
  const order = [...roleOrder, ...[...byRole.keys()].filter((role) => !roleOrder.includes(role))];
  return order
    .map((role) => ({ role, users: (byRole.get(role) ?? []).sort((a, b) => a.displayName.localeCompare(b.displayName)) }))
    .filter((group) => group.users.length > 0);
}
