import { humanize, timeIn } from '../../shared/format';
import type { ViewProps } from '../routes';

/** Who the server says is signed in (`GET /api/me`). */
export function HomeView({ me }: ViewProps) {
  const localTime = timeIn(me.timeZoneId);
  const rows: [string, string][] = [
    ['Name', me.displayName],
    ['Email', me.email],
    ['Role', me.role],
    ['Team', me.team ?? 'No team'],
    ['Specialty', me.specialty ? humanize(me.specialty) : 'None'],
    ['Time zone', localTime ? `${me.timeZoneId} (now ${localTime})` : me.timeZoneId],
    ['User id', me.id],
  ];
  return (
    <>
      <h1 tabIndex={-1}>Welcome, {me.displayName}</h1>
      <section class="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Your profile</h2>
        <p class="muted">As the server knows you, from your sign-in.</p>
        <dl class="facts">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
