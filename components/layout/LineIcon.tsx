/**
 * An 18 px line icon in the text colour, drawn from one path; the control around it carries
 * the name. The header's icons share it, so in a page's compressed HTML each costs little more
 * than its path.
 */
export function LineIcon({ path }: { path: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      <path d={path} />
    </svg>
  );
}
