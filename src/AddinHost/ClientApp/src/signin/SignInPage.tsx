import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError, createApiClient, errorMessage, type ApiClient } from '../shared/api';
import { humanize, initials } from '../shared/format';
import { safeReturnUrl, saveToken } from '../shared/session';
import { rolePlurals, type DemoSignInResponse, type DemoUser } from '../shared/types';
import { filterUsers, groupByRole } from './directory';

type Load =
  | { status: 'loading' }
  | { status: 'ready'; users: DemoUser[] }
  | { status: 'failed'; message: string };

interface Props {
  /** No token: these endpoints are open, and only exist in demo mode. */
  client?: ApiClient;
  goTo?: (url: string) => void;
}

const openClient = createApiClient();

function describeLoadFailure(error: unknown): string {
  if (error instanceof ApiError && error.status === 404) {
    return 'Demo sign-in is turned off on this server: people sign in with their organisation’s Microsoft Entra ID account.';
  }
  return errorMessage(error);
}

export function SignInPage({ client = openClient, goTo = (url) => window.location.assign(url) }: Props) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [query, setQuery] = useState('');
  const [signingIn, setSigningIn] = useState<DemoUser | null>(null);
  const [signInError, setSignInError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    client
      .get<DemoUser[]>('/demo/users', { signal: controller.signal })
      .then((users) => setLoad({ status: 'ready', users: Array.isArray(users) ? users : [] }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoad({ status: 'failed', message: describeLoadFailure(error) });
      });
    return () => controller.abort();
  }, [client, attempt]);

  const users = load.status === 'ready' ? load.users : [];
  const matching = useMemo(() => filterUsers(users, query), [users, query]);
  const groups = useMemo(() => groupByRole(matching), [matching]);

  async function signIn(user: DemoUser) {
    if (signingIn) return; // one at a time; the buttons stay focusable (aria-disabled) so focus is not lost
    setSigningIn(user);
    setSignInError(null);
    try {
      const answer = await client.post<DemoSignInResponse>('/demo/signin', { userId: user.id });
      if (!answer?.accessToken) throw new Error('The server did not send a token. Try again.');
      saveToken(answer.accessToken);
      goTo(safeReturnUrl(new URLSearchParams(window.location.search).get('returnUrl')));
    } catch (error) {
      setSignInError(`Could not sign in as ${user.displayName}. ${errorMessage(error)}`);
      setSigningIn(null);
    }
  }

  return (
    <main class="signin">
      <header class="signin-header">
        <p class="brand">
          <svg class="brand-mark" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <rect x="1" y="1" width="18" height="18" rx="4" />
            <circle cx="10" cy="10" r="4.5" />
          </svg>
          <span>OutlookCms</span>
        </p>
        <h1>Demo sign-in</h1>
        <p class="muted">Choose the firm user you want to be. You can switch at any time by signing out.</p>
      </header>

      <aside class="notice" aria-label="About this page">
        <strong>This page exists only in demo mode.</strong> In production, people sign in with Microsoft Entra
        ID single sign-on, with the same work account as in Outlook, and never see a list of users. Here the
        server issues a token for the user you pick, carrying their role, so you can try the product as a rep,
        a manager, a controller or an admin.
      </aside>

      {load.status === 'loading' && (
        <p class="muted" role="status">
          Loading the demo firm’s users…
        </p>
      )}

      {load.status === 'failed' && (
        <div class="error" role="alert">
          <p>{load.message}</p>
          <button type="button" class="button" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      )}

      {load.status === 'ready' && (
        <>
          <div class="search">
            <label for="user-search">Find a user</label>
            <input
              id="user-search"
              class="input"
              type="search"
              autoComplete="off"
              spellcheck={false}
              placeholder="Name, email, team or specialty"
              value={query}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
            <p class="muted search-count" role="status">
              {matching.length === users.length
                ? `${users.length} users`
                : `${matching.length} of ${users.length} users match`}
            </p>
          </div>

          {signInError && (
            <p class="error" role="alert">
              {signInError}
            </p>
          )}

          {users.length === 0 && <p>The demo firm has no users yet. Seed the demo data and reload this page.</p>}
          {users.length > 0 && matching.length === 0 && <p>No user matches “{query.trim()}”.</p>}

          {groups.map((group) => (
            <section class="role-group" key={group.role} aria-labelledby={`role-${group.role}`}>
              <h2 id={`role-${group.role}`}>
                {rolePlurals[group.role] ?? group.role} <span class="count">{group.users.length}</span>
              </h2>
              <ul class="users">
                {group.users.map((user) => (
                  <li key={user.id}>
                    <button
                      type="button"
                      class="user"
                      aria-disabled={signingIn !== null}
                      aria-busy={signingIn?.id === user.id}
                      onClick={() => void signIn(user)}
                    >
                      <span class="avatar" aria-hidden="true">
                        {initials(user.displayName)}
                      </span>
                      <span class="user-text">
                        <span class="user-name">
                          {signingIn?.id === user.id ? `Signing in as ${user.displayName}…` : user.displayName}
                        </span>
                        <span class="user-meta">{user.email}</span>
                        {(user.team || user.specialty) && (
                          <span class="user-meta">{[user.team, user.specialty && humanize(user.specialty)].filter(Boolean).join(' · ')}</span>
                        )}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </main>
  );
}
