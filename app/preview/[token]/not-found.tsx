import { settings } from '@/lib/config';
import { PREVIEW_LIFETIME_DAYS } from '@/lib/preview/preview-token';

/** One message for every link that opens nothing: it never tells which drafts exist. */
export default function PreviewNotFound() {
  const off = !settings().PREVIEW_SECRET;
  return (
    <div className="wrap notice">
      <p className="eyebrow">Error 404</p>
      <h1 className="page-title">This preview link does not open anything.</h1>
      <p className="lede">
        {off
          ? 'Preview links are off on this site: it has no PREVIEW_SECRET set.'
          : `Preview links last ${PREVIEW_LIFETIME_DAYS} days and stop working when the site’s secret changes. Ask the editor for a new one.`}
      </p>
    </div>
  );
}
