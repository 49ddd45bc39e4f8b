// The shapes the AddinHost API returns, as the front end reads them.

export type Role = 'Rep' | 'Manager' | 'Controller' | 'Admin';

/** The order roles are listed in everywhere: the people who work with clients first. */
export const roleOrder: readonly Role[] = ['Rep', 'Manager', 'Controller', 'Admin'];

export const rolePlurals: Readonly<Record<Role, string>> = {
  Rep: 'Reps',
  Manager: 'Managers',
  Controller: 'Controllers',
  Admin: 'Admins',
};

/** `GET /api/me`: the signed-in firm user. */
export interface Me {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  team: string | null;
  timeZoneId: string;
  specialty: string | null;
}

/** One seeded firm user in `GET /demo/users`. */
export interface DemoUser {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  team: string | null;
  specialty: string | null;
}

/** `POST /demo/signin` answer. */
export interface DemoSignInResponse {
  accessToken: string;
  expiresIn: number;
  user: DemoUser;
}

/** How often a client hears from the firm, counted across every rep and channel (the pane and the web app). */
export interface Cadence {
  policy: { contactAtLeastEveryDays: number; maxContacts: number; windowDays: number; isOverride: boolean } | null;
  lastContactAt: string | null;
  nextDueAt: string | null;
  overdue: boolean;
  contactsInWindow: number;
  tooOften: boolean;
  wouldBeTooOften: boolean;
}
