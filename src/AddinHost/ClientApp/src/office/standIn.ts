// The Office.js stand-in the Outlook preview installs in the pane's frame: the same shapes as the real
// mailbox API (item, from, to, cc, subject, getAsync in compose, ItemChanged, RecipientsChanged), driven by the
// preview page instead of Outlook.
import type { AsyncCallback, ComposeItem, EmailAddressDetails, MailItem, OfficeLike, ReadItem } from './types';

export const eventTypes = { ItemChanged: 'olkItemSelectedChanged', RecipientsChanged: 'olkRecipientsChanged' } as const;

export interface PreviewMessageItem {
  subject: string;
  from: EmailAddressDetails;
  to: EmailAddressDetails[];
  cc: EmailAddressDetails[];
  internetMessageId?: string;
}

export interface ComposeDraft {
  to: EmailAddressDetails[];
  cc: EmailAddressDetails[];
  subject: string;
}

/** What the preview page holds and drives; `office` is what the pane sees as `window.Office`. */
export interface OfficeStandIn {
  office: OfficeLike;
  /** Shows a received message, as selecting it in Outlook's list does (fires ItemChanged). */
  select(message: PreviewMessageItem): void;
  /** Opens a new message with these recipients (fires ItemChanged). */
  compose(draft: ComposeDraft): void;
  /** Changes the draft's recipients (fires RecipientsChanged on the compose item). */
  setRecipients(to: EmailAddressDetails[], cc: EmailAddressDetails[]): void;
}

function succeeded<T>(value: T): { status: 'succeeded'; value: T } {
  return { status: 'succeeded', value };
}

export function createOfficeStandIn(user: EmailAddressDetails, theme: 'light' | 'dark' = 'light'): OfficeStandIn {
  const itemChanged = new Set<() => void>();
  let recipientsChanged = new Set<() => void>();
  let draft: ComposeDraft = { to: [], cc: [], subject: '' };

  // Office calls back asynchronously; so does the stand-in, so the pane cannot come to rely on synchronous answers.
  const later = <T,>(callback: AsyncCallback<T> | undefined, value: T) =>
    setTimeout(() => callback?.(succeeded(value)), 0);
  const fire = (handlers: Set<() => void>) => setTimeout(() => handlers.forEach((h) => h()), 0);

  const mailbox = {
    item: null as MailItem | null,
    userProfile: { emailAddress: user.emailAddress, displayName: user.displayName },
    addHandlerAsync(eventType: string, handler: () => void, callback?: AsyncCallback<void>) {
      if (eventType === eventTypes.ItemChanged) itemChanged.add(handler);
      later(callback, undefined);
    },
  };

  const office: OfficeLike = {
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      mailbox,
      officeTheme:
        theme === 'dark'
          ? { bodyBackgroundColor: '#292929', bodyForegroundColor: '#ffffff' }
          : { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#242424' },
      requirements: { isSetSupported: (name: string) => name === 'Mailbox' },
    },
    EventType: eventTypes,
  };

  return {
    office,
    select(message) {
      const item: ReadItem = {
        itemType: 'message',
        from: message.from,
        to: message.to,
        cc: message.cc,
        subject: message.subject,
        ...(message.internetMessageId ? { internetMessageId: message.internetMessageId } : {}),
      };
      mailbox.item = item;
      recipientsChanged = new Set();
      fire(itemChanged);
    },
    compose(next) {
      draft = { ...next };
      recipientsChanged = new Set();
      const handlers = recipientsChanged;
      const item: ComposeItem = {
        itemType: 'message',
        to: { getAsync: (callback) => later(callback, [...draft.to]) },
        cc: { getAsync: (callback) => later(callback, [...draft.cc]) },
        bcc: { getAsync: (callback) => later(callback, []) },
        subject: { getAsync: (callback) => later(callback, draft.subject) },
        addHandlerAsync(eventType, handler, callback) {
          if (eventType === eventTypes.RecipientsChanged) handlers.add(handler);
          later(callback, undefined);
        },
      };
      mailbox.item = item;
      fire(itemChanged);
    },
    setRecipients(to, cc) {
      draft = { ...draft, to, cc };
      fire(recipientsChanged);
    },
  };
}
