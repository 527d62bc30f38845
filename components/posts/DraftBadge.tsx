/** Only drafts reach this in `next dev`; production never renders a draft. */
export function DraftBadge() {
  return (
    <span className="rounded-full bg-sun px-2.5 py-0.5 text-xs font-bold tracking-wider text-ink uppercase">
      Draft
    </span>
  );
}
