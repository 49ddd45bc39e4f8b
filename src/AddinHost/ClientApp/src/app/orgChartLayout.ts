/** Where each person of an org chart goes: a tidy tree by reports-to, one column per person without reports. */
export interface ChartPerson {
  id: string;
  reportsToId: string | null;
}

export interface PlacedPerson {
  id: string;
  /** Column, in units of one box; a manager sits centred over their reports. */
  x: number;
  /** Row: 0 for the top of each tree. */
  depth: number;
}

export interface OrgChartLayout {
  placed: PlacedPerson[];
  /** Reports-to lines, manager first. */
  edges: { from: string; to: string }[];
  columns: number;
  rows: number;
}

/**
 * Lays people out as a forest: whoever reports to nobody in the list (or to someone left out) is a root; reports keep
 * the order given. A reports-to cycle (bad data) cannot hide anyone: whoever the walk did not reach becomes a root.
 */
export function layoutOrgChart(people: readonly ChartPerson[]): OrgChartLayout {
  const ids = new Set(people.map((p) => p.id));
  const reports = new Map<string, string[]>();
  for (const p of people) {
    if (p.reportsToId && ids.has(p.reportsToId) && p.reportsToId !== p.id) {
      reports.set(p.reportsToId, [...(reports.get(p.reportsToId) ?? []), p.id]);
    }
  }

  const placed = new Map<string, PlacedPerson>();
  const edges: { from: string; to: string }[] = [];
  let nextColumn = 0;
  const place = (id: string, depth: number): number => {
    const children = (reports.get(id) ?? []).filter((child) => !placed.has(child));
    placed.set(id, { id, x: -1, depth }); // reserved before the children, so a cycle stops here
    const xs = children.map((child) => {
      edges.push({ from: id, to: child });
      return place(child, depth + 1);
    });
    const x = xs.length === 0 ? nextColumn++ : ((xs[0] as number) + (xs[xs.length - 1] as number)) / 2;
    placed.set(id, { id, x, depth });
    return x;
  };

  for (const p of people) {
    if (!p.reportsToId || !ids.has(p.reportsToId) || p.reportsToId === p.id) place(p.id, 0);
  }
  for (const p of people) {
    if (!placed.has(p.id)) place(p.id, 0);
  }

  const all = people.map((p) => placed.get(p.id) as PlacedPerson);
  return { placed: all, edges, columns: nextColumn, rows: all.reduce((max, p) => Math.max(max, p.depth + 1), 0) };
}
