import { describe, expect, it } from 'vitest';
import { matchNote, type SearchHit } from './ClientSearchView';

const hit = (matchedOn: SearchHit['matchedOn'], matched: string): SearchHit => ({
  id: '1', kind: 'Person', displayName: 'Anna Muster', status: 'Client', isRestricted: false, organisation: 'Acme AG',
  jobTitle: 'CFO', email: 'anna@acme.example', phone: '+41 44 123 45 67', matchedOn, matched,
});

describe('matchNote', () => {
  it('says why a hit is there when its name does not', () => {
    expect(matchNote(hit('Email', 'anna@acme.example'))).toBe('email anna@acme.example');
    expect(matchNote(hit('Phone', '+41 44 123 45 67'))).toBe('phone +41 44 123 45 67');
    expect(matchNote(hit('Organisation', 'Acme AG'))).toBe('works at Acme AG');
    expect(matchNote(hit('Name', 'Anna Muster'))).toBeNull();
  });
});
