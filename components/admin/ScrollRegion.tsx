/**
 * A wide table's frame: it scrolls sideways on a phone, and can be focused so keyboard users
 * can scroll it too (WCAG 2.1.1); its label names it for screen readers.
 */
export function ScrollRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="admin-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
