import { describe, expect, it } from 'vitest';
import { lookupQuery } from './CaptureLookupView';

describe('lookupQuery', () => {
  it('asks the API by exactly one of Message-ID, sender or subject words, trimmed', () => {
    expect(lookupQuery('messageId', ' <a@b.example> ')).toEqual({ internetMessageId: '<a@b.example>' });
    expect(lookupQuery('sender', 'Jane@Client.example')).toEqual({ sender: 'Jane@Client.example' });
    expect(lookupQuery('subject', ' quarterly  ')).toEqual({ subject: 'quarterly' });
  });
});
