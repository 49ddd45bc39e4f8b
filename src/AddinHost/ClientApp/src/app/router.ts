// A tiny client-side router: a route table of path patterns ("/app/clients/:id"), the History API,
// and a hook that re-renders on navigation. The server answers every /app/* path with index.html.
import { useEffect, useState } from 'preact/hooks';

export type RouteParams = Readonly<Record<string, string>>;

export interface RouteMatch<R> {
  route: R;
  params: RouteParams;
}

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** Params of `pathname` against `pattern`, or null. `:name` matches one segment; a trailing slash is ignored. */
export function matchPath(pattern: string, pathname: string): RouteParams | null {
  const want = segments(pattern);
  const have = segments(pathname);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const expected = want[i] as string;
    const actual = have[i] as string;
    if (expected.startsWith(':')) {
      let value: string;
      try {
        value = decodeURIComponent(actual);
      } catch {
        return null; // a malformed escape cannot name anything
      }
      params[expected.slice(1)] = value;
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}

/** The first route whose pattern matches. */
export function matchRoute<R extends { path: string }>(routes: readonly R[], pathname: string): RouteMatch<R> | null {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}

export interface ClickLike {
  button: number;
  defaultPrevented: boolean;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Whether a click on a link should be handled here instead of by the browser: a plain left click
 * on a same-origin link that opens in this tab. Ctrl/Cmd/Shift-click keeps its usual meaning.
 */
export function isInAppClick(event: ClickLike, href: string, target: string | null, origin: string): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (target && target !== '_self') return false;
  const url = new URL(href, origin);
  return url.origin === origin;
}

const navigationEvent = 'outlookcms:navigate';

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(navigationEvent));
}

export interface CurrentLocation {
  pathname: string;
  search: string;
}

function current(): CurrentLocation {
  return { pathname: window.location.pathname, search: window.location.search };
}

/** The current location; re-renders on back/forward and on navigate(). */
export function useLocation(): CurrentLocation {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    window.addEventListener('popstate', update);
    window.addEventListener(navigationEvent, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(navigationEvent, update);
    };
  }, []);
  return location;
}
