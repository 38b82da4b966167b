import type { ReactNode } from 'react';

/** Small hand-drawn SVG charts: the dashboard needs bars, not a charting library. */

export type Series = { name: string; className: string };
/** `note`: more about the row, shown on hovering its label (a rule's default confidence). */
export type Row = { label: string; note?: string; values: number[] };

/** The chart's SVG: an image to assistive technology, named by its title. */
function Frame({
  title,
  height,
  children,
}: {
  title: string;
  height: number;
  children: ReactNode;
}) {
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 ${WIDTH} ${height}`}
        // Drawn at its own size: scaled to a narrow column its text fell to 8 px.
        width={WIDTH}
        height={height}
      >
        {children}
      </svg>
    </figure>
  );
}

/** Coloured squares naming the series, in a row at (x, y). */
function Legend({ series, x, y }: { series: Series[]; x: number; y: number }) {
  return (
    <g transform={`translate(${x}, ${y})`}>
      {series.map((s, i) => (
        <g key={s.name} transform={`translate(${i * 96}, 0)`}>
          <rect width={12} height={12} y={-10} className={s.className} />
          <text x={16} y={0} className="chart-legend">
            {s.name}
          </text>
        </g>
      ))}
    </g>
  );
}

const ROW_HEIGHT = 22;
const LABEL_WIDTH = 170;
const WIDTH = 560;

/** Horizontal bars, one per row, each split into the series' parts. */
export function StackedBars({
  title,
  rows,
  series,
}: {
  title: string;
  rows: Row[];
  series: Series[];
}) {
  const max = Math.max(1, ...rows.map((row) => row.values.reduce((a, b) => a + b, 0)));
  const scale = (WIDTH - LABEL_WIDTH - 60) / max;
  const height = rows.length * ROW_HEIGHT + 26;
  return (
    <Frame title={title} height={height}>
      {rows.map((row, i) => {
        let x = LABEL_WIDTH;
        const y = i * ROW_HEIGHT;
        const total = row.values.reduce((a, b) => a + b, 0);
        return (
          <g key={row.label}>
            <text x={LABEL_WIDTH - 6} y={y + 15} textAnchor="end" className="chart-label">
              {row.label}
              {row.note && <title>{row.note}</title>}
            </text>
            {row.values.map((value, s) => {
              const w = value * scale;
              const rect = (
                <rect
                  key={s}
                  x={x}
                  y={y + 3}
                  width={w}
                  height={ROW_HEIGHT - 6}
                  className={series[s]?.className}
                >
                  <title>{`${row.label} — ${series[s]?.name}: ${value.toLocaleString()}`}</title>
                </rect>
              );
              x += w;
              return rect;
            })}
            <text x={x + 6} y={y + 15} className="chart-value">
              {total.toLocaleString()}
            </text>
          </g>
        );
      })}
      <Legend series={series} x={LABEL_WIDTH} y={rows.length * ROW_HEIGHT + 18} />
    </Frame>
  );
}

/** Vertical bars per day, grouped by series. */
export function DailyBars({
  title,
  days,
  series,
}: {
  title: string;
  days: Row[];
  series: Series[];
}) {
  const height = 180;
  const plot = height - 40;
  const max = Math.max(1, ...days.flatMap((d) => d.values));
  const group = Math.min(60, (WIDTH - 40) / Math.max(1, days.length));
  const bar = (group - 6) / Math.max(1, series.length);
  return (
    <Frame title={title} height={height}>
      {days.map((day, i) => (
        <g key={day.label} transform={`translate(${30 + i * group}, 0)`}>
          {day.values.map((value, s) => {
            const h = (value / max) * plot;
            return (
              <rect
                key={s}
                x={s * bar}
                y={plot - h + 4}
                width={bar - 1}
                height={h}
                className={series[s]?.className}
              >
                <title>{`${day.label} — ${series[s]?.name}: ${value}`}</title>
              </rect>
            );
          })}
          <text x={(group - 6) / 2} y={plot + 18} textAnchor="middle" className="chart-label">
            {day.label.slice(5)}
          </text>
        </g>
      ))}
      <Legend series={series} x={30} y={height - 12} />
    </Frame>
  );
}
