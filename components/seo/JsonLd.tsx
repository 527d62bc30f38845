import { HtmlOnlyPart } from '@/components/layout/HtmlOnlyPart';
import { serializeJsonLd } from '@/lib/seo/json-ld';

/** Structured data, for crawlers: in the page's HTML only, never in its React payload. */
export function JsonLd({ data }: { data: object | object[] }) {
  return (
    <HtmlOnlyPart
      as="script"
      type="application/ld+json"
      // Safe: serializeJsonLd escapes every "<", so the data cannot close the script element.
      html={serializeJsonLd(data)}
    />
  );
}
