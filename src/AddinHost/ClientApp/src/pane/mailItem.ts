// Reads the current mail item's people through Office.js: the sender and recipients of a message being read,
// or the recipients of one being written. The pane sends at most `maxAddresses` of them (the API's limit).
import { isComposeItem, type EmailAddressDetails, type MailItem, type Recipients } from '../office/types';

export const maxAddresses = 100;

export interface PaneItem {
  mode: 'read' | 'compose';
  subject: string;
  /** Distinct addresses, sender first, lower-case; at most maxAddresses. */
  addresses: string[];
  /** How many distinct addresses the item had before the cap. */
  total: number;
  /** Display names Outlook knows, by lower-case address (to pre-fill "add as prospect"). */
  names: Record<string, string>;
}

function recipients(field: Recipients): Promise<EmailAddressDetails[]> {
  return new Promise((resolve, reject) =>
    field.getAsync((result) =>
      result.status === 'succeeded' ? resolve(result.value) : reject(new Error(result.error?.message ?? 'Outlook could not read the recipients.')),
    ),
  );
}

function subjectOf(item: MailItem): Promise<string> {
  if (!isComposeItem(item)) return Promise.resolve(item.subject ?? '');
  return new Promise((resolve) => item.subject.getAsync((result) => resolve(result.status === 'succeeded' ? result.value : '')));
}

export function collect(people: readonly (EmailAddressDetails | null | undefined)[], mode: PaneItem['mode'], subject: string): PaneItem {
  const names: Record<string, string> = {};
  const addresses: string[] = [];
  for (const person of people) {
    const address = person?.emailAddress?.trim().toLowerCase();
    if (!address || addresses.includes(address)) continue;
    addresses.push(address);
    const name = person?.displayName?.trim();
    if (name && name.toLowerCase() !== address) names[address] = name;
  }
  return { mode, subject, addresses: addresses.slice(0, maxAddresses), total: addresses.length, names };
}

export async function readItem(item: MailItem, self: string): Promise<PaneItem> {
  const subject = await subjectOf(item);
  if (isComposeItem(item)) {
    const [to, cc, bcc] = await Promise.all([recipients(item.to), recipients(item.cc), recipients(item.bcc)]);
    return collect([...to, ...cc, ...bcc], 'compose', subject);
  }
  // Reading: the other people on the message; the signed-in user's own address tells the pane nothing.
  const people = [item.from, ...(item.to ?? []), ...(item.cc ?? [])].filter(
    (p) => p?.emailAddress?.toLowerCase() !== self.toLowerCase(),
  );
  return collect(people, 'read', subject);
}
