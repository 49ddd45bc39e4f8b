// The shapes of GET /api/pane and the pane's actions (src/AddinHost/Api/Pane/PaneDtos.cs).
import type { Cadence } from '../shared/types';

export type AddressStatus = 'Matched' | 'Unknown' | 'Restricted' | 'Colleague' | 'Invalid';
export type WarningKind = 'Restricted' | 'NotDesignatedAdviser' | 'CoverageBreach' | 'TooOften';
export type Channel = 'Email' | 'Meeting' | 'PhoneCall' | 'InPerson' | 'PostalMail' | 'Note';

export interface ProspectSuggestion {
  address: string;
  givenName: string | null;
  familyName: string | null;
  isFreeMail: boolean;
  organisationId: string | null;
  organisationName: string | null;
  messagesSeen: number | null;
}

export interface PaneAddress {
  address: string;
  status: AddressStatus;
  partyId: string | null;
  error: string | null;
  prospect: ProspectSuggestion | null;
  colleague: string | null;
}

export interface PaneWarning {
  kind: WarningKind;
  address: string;
  partyId: string | null;
  message: string;
}

export interface PaneInteraction {
  id: string;
  channel: Channel;
  direction: 'Inbound' | 'Outbound' | 'Internal';
  source: 'Captured' | 'Logged';
  occurredAt: string;
  subject: string | null;
  summary: string | null;
  reps: string[];
  isCancelled: boolean;
}

export interface PaneFollowUp {
  id: string;
  reason: string;
  title: string | null;
  dueAt: string;
  status: 'Open' | 'Snoozed';
  snoozedUntil: string | null;
  overdue: boolean;
  isMine: boolean;
  owner: string;
}

export interface PaneOutcome {
  id: string;
  kind: string;
  amount: number;
  currency: string;
  status: string;
  reportedAt: string;
  expectedOn: string | null;
  reportedBy: string;
}

export interface PaneParty {
  id: string;
  kind: 'Person' | 'Organisation';
  displayName: string;
  status: 'Prospect' | 'Client' | 'Former';
  isRestricted: boolean;
  matchedAddresses: string[];
  jobTitle: string | null;
  organisation: { id: string; name: string } | null;
  household: { id: string; name: string; isRestricted: boolean } | null;
  tier: string | null;
  coverage: { advisers: { id: string; displayName: string; role: string; viaHousehold: boolean }[]; viewerIsAdviser: boolean; restricted: boolean };
  cadence: Cadence;
  interactions: PaneInteraction[];
  followUps: PaneFollowUp[];
  outcomes: PaneOutcome[];
  initiatives: { id: string; name: string; kind: string; taggedAt: string }[];
  materials: { id: string; title: string; edition: string | null; sentAt: string; sentBy: string }[];
}

export interface Pane {
  mode: 'Read' | 'Compose';
  at: string;
  viewer: { id: string; displayName: string; email: string; role: string };
  addresses: PaneAddress[];
  parties: PaneParty[];
  warnings: PaneWarning[];
}

export interface CatalogueItem {
  id: string;
  name: string;
  detail: string | null;
}

export interface Catalogue {
  initiatives: CatalogueItem[];
  materials: CatalogueItem[];
}

export const channelLabels: Readonly<Record<Channel, string>> = {
  Email: 'Email',
  Meeting: 'Meeting',
  PhoneCall: 'Call',
  InPerson: 'In person',
  PostalMail: 'Postal mail',
  Note: 'Note',
};
