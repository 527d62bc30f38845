import { ScrollRegion } from './ScrollRegion';
import type { DayRow } from '@/lib/admin/overview';

const SERIES = [
  { key: 'signups', label: 'Signups' },
  { key: 'confirmations', label: 'Confirmations' },
  { key: 'unsubscribes', label: 'Unsubscribes' },
] as const;

const WIDTH = 720;
const HEIGHT = 220;
const AXIS = 28;

/**
 * Signups, confirmations and unsubscribes per day, drawn on the server as SVG: a picture with a
 * title and a description for screen readers, and the same numbers in a table beneath it
 * (folded: at 90 days it is 90 rows), to read or copy.
 */
export function DailyChart({ rows, id }: { rows: DayRow[]; id: string }) {
  const highest = Math.max(1, ...rows.flatMap((row) => SERIES.map(({ key }) => row[key])));
  const slot = (WIDTH - AXIS) / rows.length;
  const bar = Math.max(1, (slot * 0.8) / SERIES.length);
  const height = (value: number) => (value / highest) * (HEIGHT - 24);
  const totals = SERIES.map(
    ({ key, label }) => `${rows.reduce((sum, row) => sum + row[key], 0)} ${label.toLowerCase()}`,
  );
  const first = rows[0]?.day ?? '';
  const last = rows.at(-1)?.day ?? '';
  return (
    <figure>
      <svg
        className="admin-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 20}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>Signups, confirmations and unsubscribes per day</title>
        <desc id={`${id}-desc`}>
          {`From ${first} to ${last}: ${totals.join(', ')}. The table below gives each day.`}
        </desc>
        <line x1={AXIS} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} />
        <text x={0} y={12}>
          {highest}
        </text>
        <text x={0} y={HEIGHT}>
          0
        </text>
        {rows.map((row, index) =>
          SERIES.map(({ key }, series) => (
            <rect
              key={`${row.day}-${key}`}
              className={`admin-${key}`}
              x={AXIS + index * slot + slot * 0.1 + series * bar}
              y={HEIGHT - height(row[key])}
              width={bar}
              height={height(row[key])}
            />
          )),
        )}
        <text x={AXIS} y={HEIGHT + 16}>
          {first}
        </text>
        <text x={WIDTH} y={HEIGHT + 16} textAnchor="end">
          {last}
        </text>
      </svg>
      <figcaption className="admin-legend" aria-hidden="true">
        {SERIES.map(({ key, label }) => (
          <span key={key} className={`admin-key-${key}`}>
            {label}
          </span>
        ))}
      </figcaption>
      <details className="admin-numbers">
        <summary>The numbers, day by day</summary>
        <ScrollRegion label="Signups, confirmations and unsubscribes per day">
          <table className="admin-table">
            <caption className="sr-only">Per day, the same numbers as the chart</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {SERIES.map(({ key, label }) => (
                  <th key={key} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...rows].reverse().map((row) => (
                <tr key={row.day}>
                  <th scope="row">{row.day}</th>
                  {SERIES.map(({ key }) => (
                    <td key={key}>{row[key]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}
