import { describe, expect, it } from 'vitest';
import { describeMerge, type MergeSummary } from './MergeDuplicate';
import { editOf } from './PartyEditForm';
import { describeChange, type Change } from './PartyHistory';
import type { PartyOverview } from './PartyView';

const change = (action: string, before: Change['before'], after: Change['after']): Change => ({
  at: '2026-11-25T09:00:00Z', actorName: 'Rita Rep', action, entityType: 'Person', entityId: '1', before, after, reason: null,
});

describe('describeChange', () => {
  it('shows an update as old → new, and hides ids', () => {
    expect(describeChange(change('Updated', { familyName: 'Smith' }, { familyName: 'Jones', partyId: 'p' }))).toEqual(['Family name: Smith → Jones']);
  });

  it('lists what a creation or deletion held', () => {
    expect(describeChange(change('Deleted', { id: 'x', number: '+41 44', kind: 'Mobile', partyId: 'p' }, null))).toEqual(['Number: +41 44', 'Kind: Mobile']);
  });

  it('names the duplicate a merge took in', () => {
    expect(describeChange(change('Merged', null, { duplicateName: 'Hanna Keller-Meier', interactions: [] }))).toEqual(['merged in Hanna Keller-Meier']);
    expect(describeChange(change('Merged', { mergedIntoId: null }, { mergedIntoId: 's' }))).toEqual(['merged into another record']);
  });
});

describe('describeMerge', () => {
  it('counts what moved and what the survivor took over', () => {
    const summary: MergeSummary = {
      duplicateName: 'Hanna K', interactions: ['a', 'b'], outcomes: ['o'], followUps: [], emails: ['h@x.example'], phones: 0, addresses: 2, people: 0,
      inherited: ['restricted'],
    };
    expect(describeMerge(summary)).toBe('Hanna K merged: moved 2 contacts, 1 outcome, 1 email address, 2 addresses. Took over: restricted.');
    expect(describeMerge({ ...summary, interactions: [], outcomes: [], emails: [], addresses: 0, inherited: [] })).toBe('Hanna K merged: nothing to move.');
  });
});

describe('editOf', () => {
  it('builds the unchanged edit of a person, optional address lines as empty text', () => {
    const overview = {
      party: { id: 'p', kind: 'Person', displayName: 'Erin Smith', status: 'Client' },
      emails: [{ address: 'erin@x.example', kind: 'Work', isPrimary: true }],
      phones: [{ number: '+44 20', kind: 'Mobile' }],
      addresses: [{ id: 'a', kind: 'Mailing', line1: '1 Old St', line2: null, line3: null, city: 'London', region: null, postcode: 'EC1', countryCode: 'GB' }],
      givenName: 'Erin', familyName: 'Smith', version: 7,
    } as unknown as PartyOverview;
    const edit = editOf(overview);
    expect(edit).toMatchObject({ version: 7, status: 'Client', givenName: 'Erin', familyName: 'Smith', legalName: null });
    expect(edit.addresses[0]).toEqual({ id: 'a', kind: 'Mailing', line1: '1 Old St', line2: '', line3: '', city: 'London', region: '', postcode: 'EC1', countryCode: 'GB' });
    expect(edit.emails[0]).not.toBe(overview.emails[0]);
  });
});
