import { handOffHtml } from '@/lib/html-handoff';
import { serializeJsonLd } from '@/lib/seo/json-ld';
import { JsonLdScript } from './JsonLdScript';

/**
 * An article's structured data, the largest of any page's, written into its HTML only and not
 * also into the React payload (see JsonLdScript). Only articles: the article's client script is
 * loaded anyway, where elsewhere it would cost a script of its own, more than it saves; and a
 * server module that imports a client component adds it to every page that uses the module.
 */
export function ArticleJsonLd({ data }: { data: object[] }) {
  // Safe: serializeJsonLd escapes every "<", so the data cannot close the script element.
  return <JsonLdScript handle={handOffHtml(serializeJsonLd(data))} />;
}
