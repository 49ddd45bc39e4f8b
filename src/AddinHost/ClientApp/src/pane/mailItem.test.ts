import { describe, expect, it } from 'vitest';
import { createOfficeStandIn } from '../office/standIn';
import { collect, maxAddresses, readItem } from './mailItem';

const me = { emailAddress: 'rita@firm.example', displayName: 'Rita Rep' };

describe('collect', () => {
  it('keeps distinct lower-case addresses, sender first, with the names Outlook knows', () => {
    const item = collect(
      [{ emailAddress: 'Jane@Acme.example', displayName: 'Jane Doe' }, { emailAddress: 'jane@acme.example', displayName: '' }, null,
        { emailAddress: 'x@y.example', displayName: 'x@y.example' }],
      'read',
      'Hi',
    );
    expect(item.addresses).toEqual(['jane@acme.example', 'x@y.example']);
    expect(item.names).toEqual({ 'jane@acme.example': 'Jane Doe' });
  });

  it('caps at the API limit and says how many there were', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ emailAddress: `r${i}@m.example`, displayName: '' }));
    const item = collect(many, 'compose', '');
    expect(item.addresses).toHaveLength(maxAddresses);
    expect(item.total).toBe(500);
  });
});

describe('readItem with the preview stand-in', () => {
  it('reads a received message without the signed-in user, and a draft through getAsync', async () => {
    const host = createOfficeStandIn(me);
    host.select({ subject: 'Statements', from: { emailAddress: 'jane@acme.example', displayName: 'Jane' }, to: [me], cc: [{ emailAddress: 'bob@acme.example', displayName: 'Bob' }] });
    const read = await readItem(host.office.context.mailbox.item!, me.emailAddress);
    expect(read).toMatchObject({ mode: 'read', subject: 'Statements', addresses: ['jane@acme.example', 'bob@acme.example'] });

    host.compose({ to: [{ emailAddress: 'vip@private.example', displayName: 'V' }], cc: [], subject: 'Hello' });
    const draft = await readItem(host.office.context.mailbox.item!, me.emailAddress);
    expect(draft).toMatchObject({ mode: 'compose', subject: 'Hello', addresses: ['vip@private.example'] });
  });

  it('fires ItemChanged on select and RecipientsChanged on the draft', async () => {
    const host = createOfficeStandIn(me);
    const events: string[] = [];
    host.office.context.mailbox.addHandlerAsync(host.office.EventType.ItemChanged, () => events.push('item'));
    host.compose({ to: [], cc: [], subject: '' });
    await new Promise((r) => setTimeout(r, 5));
    const item = host.office.context.mailbox.item as { addHandlerAsync: (t: string, h: () => void) => void };
    item.addHandlerAsync(host.office.EventType.RecipientsChanged, () => events.push('recipients'));
    host.setRecipients([{ emailAddress: 'a@b.example', displayName: '' }], []);
    await new Promise((r) => setTimeout(r, 5));
    expect(events).toEqual(['item', 'recipients']);
  });
});
