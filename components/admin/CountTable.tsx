import { formatCount } from '@/lib/admin/format-count';
import { ScrollRegion } from './ScrollRegion';

/** A two-column table of names and counts, most first, or a line saying there is none yet. */
export function CountTable({
  label,
  nameHeading,
  countHeading,
  rows,
  empty,
}: {
  label: string;
  nameHeading: string;
  countHeading: string;
  rows: readonly { name: string; count: number }[];
  empty: string;
}) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <ScrollRegion label={label}>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{nameHeading}</th>
            <th scope="col">{countHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td>{formatCount(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
