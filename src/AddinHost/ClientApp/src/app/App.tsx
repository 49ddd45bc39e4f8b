import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../shared/api';
import { clearToken, signInPath } from '../shared/session';
import { rolePlurals, type Me } from '../shared/types';
import { api } from './client';
import { Link } from './Link';
import { NavMenu } from './NavMenu';
import { matchRoute, useLocation } from './router';
import { canOpen, navigationFor, routes } from './routes';
import { TopBar } from './TopBar';
import { MessageView } from './views/MessageView';

export const readyMark = 'outlookcms:shell-ready';

type MeState = { status: 'loading' } | { status: 'ready'; me: Me } | { status: 'failed'; message: string };

function signOut() {
  clearToken();
  window.location.assign(signInPath);
}

/** The shell: top bar, navigation, and the page for the current path. */
export function App() {
  const location = useLocation();
  const [state, setState] = useState<MeState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const mainRef = useRef<HTMLElement>(null);
  const hasNavigated = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    api
      .get<Me>('/api/me', { signal: controller.signal })
      .then((me) => setState({ status: 'ready', me }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === 401) return; // already on the way to sign-in
        setState({ status: 'failed', message: errorMessage(error) });
      });
    return () => controller.abort();
  }, [attempt]);

  const match = matchRoute(routes, location.pathname);

  // Marks the moment the signed-in page is on screen, for the first-render measurement in bench/.
  useEffect(() => {
    if (state.status === 'ready' && performance.getEntriesByName(readyMark).length === 0) performance.mark(readyMark);
  }, [state.status]);

  useEffect(() => {
    document.title = `${match?.route.title ?? 'Page not found'} · OutlookCms`;
  }, [match?.route.title]);

  // After an in-app navigation, move focus to the new page's heading, as a full page load would.
  useEffect(() => {
    if (!hasNavigated.current) {
      hasNavigated.current = true; // the first render is a page load: the browser placed focus already
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    (heading ?? mainRef.current)?.focus();
  }, [location.pathname]);

  const me = state.status === 'ready' ? state.me : null;

  let page;
  if (state.status === 'loading') {
    page = (
      <p class="muted" role="status">
        Loading your profile…
      </p>
    );
  } else if (state.status === 'failed') {
    page = (
      <MessageView title="Could not load your profile">
        <p role="alert">{state.message}</p>
        <button type="button" class="button primary" onClick={() => setAttempt((n) => n + 1)}>
          Try again
        </button>
      </MessageView>
    );
  } else if (!match) {
    page = (
      <MessageView title="Page not found">
        <p>There is no page at {location.pathname}.</p>
        <Link href="/">Go to Home</Link>
      </MessageView>
    );
  } else if (!canOpen(match.route, state.me.role)) {
    const allowed = (match.route.roles ?? []).map((role) => rolePlurals[role].toLowerCase()).join(', ');
    page = (
      <MessageView title="Not available for your role">
        <p>This page is for {allowed}.</p>
        <Link href="/">Go to Home</Link>
      </MessageView>
    );
  } else {
    const View = match.route.view;
    page = <View me={state.me} params={match.params} />;
  }

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <TopBar me={me} onSignOut={signOut} />
      <div class="layout">
        {me && <NavMenu items={navigationFor(me.role)} currentPath={location.pathname} />}
        <main id="main" ref={mainRef} tabIndex={-1}>
          {page}
        </main>
      </div>
    </>
  );
}
