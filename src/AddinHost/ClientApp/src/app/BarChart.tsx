/** A horizontal bar chart in SVG (no chart library): one labelled bar per value, readable by screen readers as a list. */
export function BarChart({ title, bars, unit = '' }: { title: string; bars: readonly { label: string; value: number }[]; unit?: string }) {
  const max = unit === '%' ? 100 : Math.max(1, ...bars.map((b) => b.value));
  if (bars.length === 0) return <p class="muted">{title}: nothing to show yet.</p>;
  const row = 28;
  const labelWidth = 170;
  const width = 480;
  // Room after the longest bar for its value (about 8 px a character), so "250000" is not cut off at the edge.
  const valueRoom = Math.max(40, 8 * Math.max(...bars.map((b) => `${b.value}${unit}`.length)) + 10);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${bars.length * row}`} role="img" aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.value}${unit}`).join(', ')}`}>
        {bars.map((bar, i) => {
          const length = ((width - labelWidth - valueRoom) * bar.value) / max;
          return (
            <g key={bar.label} transform={`translate(0 ${i * row})`}>
              <text x={0} y={row / 2 + 5} class="chart-label">{bar.label}</text>
              <rect x={labelWidth} y={4} width={Math.max(length, bar.value > 0 ? 2 : 0)} height={row - 8} rx={3} class="chart-bar" />
              <text x={labelWidth + length + 6} y={row / 2 + 5} class="chart-value">{bar.value}{unit}</text>
            </g>
          );
        })}
      </svg>
      <figcaption class="muted">{title}</figcaption>
    </figure>
  );
}
