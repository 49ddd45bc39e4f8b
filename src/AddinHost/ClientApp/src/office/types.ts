// The part of Office.js's Outlook API the pane uses (requirement sets in docs/addin.md), typed by hand so that
// neither @types/office-js nor Office.js itself is bundled: the real Office.js is loaded from our own origin
// (/office/office.js, copied from npm by the build) and the preview installs a stand-in with the same shape.

export interface EmailAddressDetails {
  emailAddress: string;
  displayName: string;
}

export interface AsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { message: string };
}

export type AsyncCallback<T> = (result: AsyncResult<T>) => void;

/** Compose-mode recipients (`item.to`, `item.cc`, `item.bcc`): read asynchronously. */
export interface Recipients {
  getAsync(callback: AsyncCallback<EmailAddressDetails[]>): void;
}

export interface ComposeSubject {
  getAsync(callback: AsyncCallback<string>): void;
}

/** A message being read: sender and recipients are plain properties. */
export interface ReadItem {
  itemType: string;
  from: EmailAddressDetails | null;
  to: EmailAddressDetails[];
  cc: EmailAddressDetails[];
  subject: string;
  internetMessageId?: string;
}

/** A message being written: recipients are read with getAsync. */
export interface ComposeItem {
  itemType: string;
  to: Recipients;
  cc: Recipients;
  bcc: Recipients;
  subject: ComposeSubject;
  addHandlerAsync?(eventType: string, handler: () => void, callback?: AsyncCallback<void>): void;
}

export type MailItem = ReadItem | ComposeItem;

export interface Mailbox {
  item: MailItem | null;
  userProfile: { emailAddress: string; displayName: string };
  addHandlerAsync(eventType: string, handler: () => void, callback?: AsyncCallback<void>): void;
}

export interface OfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
}

export interface OfficeLike {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
  context: {
    mailbox: Mailbox;
    officeTheme?: OfficeTheme;
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
  EventType: { ItemChanged: string; RecipientsChanged: string };
}

export function isComposeItem(item: MailItem): item is ComposeItem {
  return typeof (item.to as Partial<Recipients>).getAsync === 'function';
}
