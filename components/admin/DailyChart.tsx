import { ScrollRegion } from './ScrollRegion';

export type ChartSeries<Key extends string> = {
  key: Key;
  label: string;
  /** The bar's colour class in admin.inline.css (admin-series-1…3). */
  tone: 1 | 2 | 3;
};

const WIDTH = 720;
const HEIGHT = 220;
const AXIS = 28;

/**
 * Figures per day, drawn on the server as SVG bars: a picture with a title and a description
 * for screen readers, and the same numbers in a table beneath it (folded: at 90 days it is 90
 * rows), to read or copy.
 */
export function DailyChart<Key extends string>({
  rows,
  series,
  title,
  id,
}: {
  rows: readonly ({ day: string } & Record<NoInfer<Key>, number>)[];
  series: readonly ChartSeries<Key>[];
  title: string;
  id: string;
}) {
  const highest = Math.max(1, ...rows.flatMap((row) => series.map(({ key }) => row[key])));
  const slot = (WIDTH - AXIS) / Math.max(1, rows.length);
  const bar = Math.max(1, (slot * 0.8) / series.length);
  const height = (value: number) => (value / highest) * (HEIGHT - 24);
  const totals = series.map(
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
        <title id={`${id}-title`}>{title}</title>
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
          series.map(({ key, tone }, place) => (
            <rect
              key={`${row.day}-${key}`}
              className={`admin-series-${tone}`}
              x={AXIS + index * slot + slot * 0.1 + place * bar}
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
      {series.length > 1 ? (
        <figcaption className="admin-legend" aria-hidden="true">
          {series.map(({ key, label, tone }) => (
            <span key={key} className={`admin-key-${tone}`}>
              {label}
            </span>
          ))}
        </figcaption>
      ) : null}
      <details className="admin-numbers">
        <summary>The numbers, day by day</summary>
        <ScrollRegion label={title}>
          <table className="admin-table">
            <caption className="sr-only">Per day, the same numbers as the chart</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {series.map(({ key, label }) => (
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
                  {series.map(({ key }) => (
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
