import { initials } from '../shared/format';
import type { Me } from '../shared/types';

interface Props {
  me: Me | null;
  onSignOut: () => void;
}

export function TopBar({ me, onSignOut }: Props) {
  return (
    <header class="topbar">
      <a class="brand" href="/">
        <svg class="brand-mark" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="18" height="18" rx="4" />
          <circle cx="10" cy="10" r="4.5" />
        </svg>
        <span>OutlookCms</span>
      </a>
      <div class="account">
        {me && (
          <>
            <span class="avatar" aria-hidden="true">
              {initials(me.displayName)}
            </span>
            <span class="who">
              <span class="who-name">{me.displayName}</span>
              <span class="who-role">{me.role}</span>
            </span>
          </>
        )}
        {/* Also while the profile fails to load, so a bad token is never a dead end. */}
        <button type="button" class="button subtle" onClick={onSignOut}>
          Sign out
        </button>
      </div>
    </header>
  );
}
