import { describe, expect, it } from 'vitest';
import { kindLabel, outcomeOf, type ImportRecord } from './ImportPanel';

const record = (status: ImportRecord['status'], more: Partial<ImportRecord> = {}): ImportRecord => ({
  id: '1', kind: 'client-book', fileName: 'clients.csv', sizeBytes: 10, by: 'Ada Admin', queuedAt: '2026-11-25T10:00:00Z', finishedAt: null,
  status, rowsDone: 1200, bytesDone: 10, created: 1000, matched: 200, rejected: 0, errorsTruncated: false, message: null, errors: [],
  dryRun: false, plan: [], ...more,
});

describe('outcomeOf', () => {
  it('says what an import did, and what a check would do', () => {
    expect(outcomeOf(record('Succeeded'))).toBe('1,200 rows: 1,000 new, 200 already imported.');
    expect(outcomeOf(record('Checked', { dryRun: true }))).toBe('Nothing was stored. Importing it would create 1,000 and match 200 of 1,200 rows.');
  });

  it('says nothing was stored when rows were refused', () => {
    expect(outcomeOf(record('Rejected', { rejected: 3 }))).toBe('3 of 1,200 rows refused; nothing was imported.');
    expect(outcomeOf(record('Rejected', { rejected: 3, dryRun: true }))).toBe('3 of 1,200 rows refused; nothing was stored.');
    expect(outcomeOf(record('Failed', { message: 'The database went away.' }))).toBe('The database went away.');
  });
});

describe('kindLabel', () => {
  it('names attendee lists without their initiative id, other kinds in words', () => {
    expect(kindLabel('attend:01a212b8bf477e58b446ac4ecfd0412c')).toBe('Attendee list');
    expect(kindLabel('booked-activity')).not.toContain('attend');
  });
});
