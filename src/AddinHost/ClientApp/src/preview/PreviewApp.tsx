import { useEffect, useMemo, useState } from 'preact/hooks';
import { createApiClient, errorMessage } from '../shared/api';
import { goToSignIn, readToken } from '../shared/session';
import type { Me } from '../shared/types';
import { createOfficeStandIn, type OfficeStandIn } from '../office/standIn';
import type { EmailAddressDetails } from '../office/types';

const api = createApiClient({ getToken: readToken, onUnauthorized: goToSignIn });

interface PreviewPerson {
  address: string;
  name: string | null;
}

interface PreviewMessage {
  id: string;
  receivedAt: string;
  subject: string;
  body: string;
  from: PreviewPerson;
  to: PreviewPerson[];
  cc: PreviewPerson[];
}

const details = (p: PreviewPerson): EmailAddressDetails => ({ emailAddress: p.address, displayName: p.name ?? '' });

/** Parses "a@x.example; Name <b@y.example>" into recipients. */
export function parseRecipients(text: string): EmailAddressDetails[] {
  return text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const angle = part.match(/^(.*)<([^>]+)>$/);
      return angle ? { displayName: (angle[1] ?? '').trim(), emailAddress: (angle[2] ?? '').trim() } : { displayName: '', emailAddress: part };
    });
}

/**
 * Outlook's reading pane, imitated: the rep's messages on the left, the message (or a new one) in the middle, and the
 * real task pane on the right, hosted with the Office.js stand-in so the pane cannot tell it is not in Outlook.
 */
export function PreviewApp() {
  const [me, setMe] = useState<Me | null>(null);
  const [messages, setMessages] = useState<PreviewMessage[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [composing, setComposing] = useState(false);
  const [to, setTo] = useState('');
  const [cc, setCc] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([api.get<Me>('/api/me'), api.get<PreviewMessage[]>('/demo/preview/messages')]).then(
      ([user, list]) => {
        setMe(user);
        setMessages(list);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, []);

  const host: OfficeStandIn | null = useMemo(() => {
    if (!me) return null;
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
    const standIn = createOfficeStandIn({ emailAddress: me.email, displayName: me.displayName }, dark ? 'dark' : 'light');
    window.outlookcmsPreview = { office: standIn.office };
    return standIn;
  }, [me]);

  const message = messages?.find((m) => m.id === selected) ?? null;

  function open(m: PreviewMessage) {
    setComposing(false);
    setSelected(m.id);
    host?.select({ subject: m.subject, from: details(m.from), to: m.to.map(details), cc: m.cc.map(details) });
  }

  function newMessage() {
    setSelected(null);
    setComposing(true);
    host?.compose({ to: parseRecipients(to), cc: parseRecipients(cc), subject: '' });
  }

  function changeRecipients(nextTo: string, nextCc: string) {
    setTo(nextTo);
    setCc(nextCc);
    host?.setRecipients(parseRecipients(nextTo), parseRecipients(nextCc));
  }

  if (error) return <main class="preview-error"><p role="alert">{error}</p></main>;
  if (!me || !messages || !host) return <main><p class="muted" role="status">Loading the preview…</p></main>;

  return (
    <div class="outlook">
      <header class="outlook-bar">
        <span class="outlook-title">Outlook preview</span>
        <span class="muted">{me.displayName} · {me.email}</span>
        <button type="button" class="outlook-new" onClick={newMessage}>New message</button>
      </header>
      <nav class="outlook-list" aria-label="Inbox">
        <h1 class="outlook-heading">Inbox</h1>
        {messages.length === 0 && <p class="muted">No messages: load a scenario or seed the demo firm.</p>}
        <ul>
          {messages.map((m) => (
            <li key={m.id}>
              <button type="button" class={`message-row${m.id === selected ? ' selected' : ''}`} aria-current={m.id === selected ? 'true' : undefined}
                onClick={() => open(m)}>
                <span class="message-from">{m.from.name ?? m.from.address}</span>
                <span class="message-subject">{m.subject}</span>
                <span class="message-date muted">{new Date(m.receivedAt).toLocaleDateString()}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main class="outlook-reading" aria-label="Reading pane">
        {composing && (
          <form class="compose" onSubmit={(e) => e.preventDefault()} aria-label="New message">
            <h2>New message</h2>
            <label>To<input value={to} onInput={(e) => changeRecipients(e.currentTarget.value, cc)} placeholder="client@example.com; …" /></label>
            <label>Cc<input value={cc} onInput={(e) => changeRecipients(to, e.currentTarget.value)} /></label>
            <p class="muted">The pane on the right checks the recipients as you type, as Outlook's would.</p>
          </form>
        )}
        {!composing && message && (
          <article class="message">
            <h2>{message.subject}</h2>
            <p><strong>From</strong> {message.from.name ? `${message.from.name} <${message.from.address}>` : message.from.address}</p>
            <p><strong>To</strong> {message.to.map((p) => p.name ?? p.address).join('; ')}</p>
            {message.cc.length > 0 && <p><strong>Cc</strong> {message.cc.map((p) => p.name ?? p.address).join('; ')}</p>}
            <div class="message-body">{message.body}</div>
          </article>
        )}
        {!composing && !message && <p class="muted">Select a message to read it; the OutlookCms pane shows who wrote it.</p>}
      </main>
      <aside class="outlook-pane" aria-label="OutlookCms add-in">
        <iframe title="OutlookCms task pane" src="/pane.html?host=preview" />
      </aside>
    </div>
  );
}
