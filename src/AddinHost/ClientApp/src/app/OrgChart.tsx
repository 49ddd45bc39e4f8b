import { humanize } from '../shared/format';
import { layoutOrgChart } from './orgChartLayout';
import { Link } from './Link';

export interface OrgPerson {
  id: string;
  displayName: string;
  jobTitle: string | null;
  role: string | null;
  influence: number | null;
  departmentId: string | null;
  officeId: string | null;
  reportsToId: string | null;
  email: string | null;
  phone: string | null;
}

const boxWidth = 200;
const boxHeight = 76;
const gapX = 16;
const gapY = 36;

/** An organisation's people as a reports-to chart: title, role in a decision and influence (a bar of 0–100) per box. */
export function OrgChart({ organisation, people }: { organisation: string; people: readonly OrgPerson[] }) {
  if (people.length === 0) return <p class="muted">No people recorded at {organisation}.</p>;
  const layout = layoutOrgChart(people);
  const byId = new Map(people.map((p) => [p.id, p]));
  const at = new Map(layout.placed.map((p) => [p.id, { left: p.x * (boxWidth + gapX), top: p.depth * (boxHeight + gapY) }]));
  const width = layout.columns * (boxWidth + gapX) - gapX;
  const height = layout.rows * (boxHeight + gapY) - gapY;
  const label = people.map((p) => {
    const boss = p.reportsToId ? byId.get(p.reportsToId)?.displayName : undefined;
    return `${p.displayName}${p.jobTitle ? `, ${p.jobTitle}` : ''}${boss ? `, reports to ${boss}` : ''}`;
  }).join('; ');
  return (
    <div class="org-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`Org chart of ${organisation}: ${label}`}>
        {layout.edges.map(({ from, to }) => {
          const a = at.get(from)!;
          const b = at.get(to)!;
          const midY = a.top + boxHeight + gapY / 2;
          return <path key={`${from}-${to}`} class="org-edge" d={`M${a.left + boxWidth / 2} ${a.top + boxHeight} V${midY} H${b.left + boxWidth / 2} V${b.top}`} />;
        })}
        {people.map((p) => {
          const { left, top } = at.get(p.id)!;
          return (
            <g key={p.id} transform={`translate(${left} ${top})`}>
              <rect class="org-box" width={boxWidth} height={boxHeight} rx={6} />
              <text x={10} y={20} class="org-name">{p.displayName}</text>
              <text x={10} y={38} class="org-title">{p.jobTitle ?? ''}</text>
              <text x={10} y={56} class="org-role">{p.role ? humanize(p.role) : ''}</text>
              {p.influence !== null && (
                <>
                  <rect x={10} y={63} width={boxWidth - 60} height={5} rx={2} class="org-influence-track" />
                  <rect x={10} y={63} width={((boxWidth - 60) * Math.min(100, Math.max(0, p.influence))) / 100} height={5} rx={2} class="org-influence" />
                  <text x={boxWidth - 44} y={69} class="org-title">{p.influence}</text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <ul class="visually-hidden">
        {people.map((p) => <li key={p.id}><Link href={`/app/parties/${p.id}`}>{p.displayName}</Link></li>)}
      </ul>
    </div>
  );
}
