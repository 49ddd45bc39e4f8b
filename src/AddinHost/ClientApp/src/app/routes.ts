// The web app's pages. A page is one entry here: the nav lists the entries with a `nav` label that
// the signed-in user's role may see; the server still enforces every permission on its own.
import type { FunctionComponent } from 'preact';
import type { Me, Role } from '../shared/types';
import type { RouteParams } from './router';
import { CaptureLookupView } from './views/CaptureLookupView';
import { ClientBookTransferView } from './views/ClientBookTransferView';
import { ClientSearchView } from './views/ClientSearchView';
import { ConfirmationsView } from './views/ConfirmationsView';
import { ForecastView } from './views/ForecastView';
import { HomeView } from './views/HomeView';
import { HouseholdView } from './views/HouseholdView';
import { ImportsView } from './views/ImportsView';
import { InitiativesView } from './views/InitiativesView';
import { MyClientsCadenceView } from './views/MyClientsCadenceView';
import { MyFollowUpsView } from './views/MyFollowUpsView';
import { PartyView } from './views/PartyView';
import { ScorecardsView } from './views/ScorecardsView';
import { ScorecardView } from './views/ScorecardView';
import { SyncHealthView } from './views/SyncHealthView';
import { TeamOverviewView } from './views/TeamOverviewView';

export interface ViewProps {
  me: Me;
  params: RouteParams;
}

export interface AppRoute {
  path: string;
  title: string;
  /** Label in the navigation; pages reached only by links leave it out. */
  nav?: string;
  /** Roles that may open the page; every role when left out. */
  roles?: readonly Role[];
  view: FunctionComponent<ViewProps>;
}

export const routes: readonly AppRoute[] = [
  { path: '/', title: 'Home', nav: 'Home', view: HomeView },
  { path: '/app/clients', title: 'Clients', nav: 'Clients', view: ClientSearchView },
  { path: '/app/parties/:id', title: 'Client', view: PartyView },
  { path: '/app/households/:id', title: 'Household', view: HouseholdView },
  { path: '/app/follow-ups', title: 'My follow-ups', nav: 'My follow-ups', roles: ['Rep', 'Manager'], view: MyFollowUpsView },
  { path: '/app/cadence', title: "My clients' cadence", nav: 'Cadence', roles: ['Rep', 'Manager'], view: MyClientsCadenceView },
  { path: '/app/team', title: 'My team', nav: 'My team', roles: ['Manager', 'Admin'], view: TeamOverviewView },
  { path: '/app/forecast', title: 'Pledge forecast', nav: 'Forecast', roles: ['Manager', 'Admin'], view: ForecastView },
  { path: '/app/scorecard', title: 'My scorecard', nav: 'My scorecard', roles: ['Rep'], view: ScorecardView },
  { path: '/app/scorecards', title: 'Team scorecards', nav: 'Scorecards', roles: ['Manager', 'Admin'], view: ScorecardsView },
  { path: '/app/initiatives', title: 'Initiative returns', nav: 'Initiatives', roles: ['Manager', 'Admin'], view: InitiativesView },
  { path: '/app/confirmations', title: 'Confirmations', nav: 'Confirmations', roles: ['Controller'], view: ConfirmationsView },
  { path: '/app/client-book', title: 'Import and export the client book', nav: 'Import / export', roles: ['Manager', 'Admin'], view: ClientBookTransferView },
  { path: '/app/imports', title: 'Imports', nav: 'Imports', roles: ['Controller'], view: ImportsView },
  { path: '/app/capture/decisions', title: 'Why (not) captured?', nav: 'Capture lookup', roles: ['Admin'], view: CaptureLookupView },
  { path: '/app/sync-health', title: 'Sync health', nav: 'Sync health', roles: ['Admin'], view: SyncHealthView },
];

export function canOpen(route: AppRoute, role: Role): boolean {
  return route.roles === undefined || route.roles.includes(role);
}

export function navigationFor(role: Role, table: readonly AppRoute[] = routes): AppRoute[] {
  return table.filter((route) => route.nav !== undefined && canOpen(route, role));
}
