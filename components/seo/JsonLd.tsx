import { serializeJsonLd } from '@/lib/seo/json-ld';

export function JsonLd({ data }: { data: object | object[] }) {
  return (
    <script
      type="application/ld+json"
      // Safe: serializeJsonLd escapes every "<", so the data cannot close the script element.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
