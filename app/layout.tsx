import type { Metadata, Viewport } from 'next';
import { LivePreview } from '@/components/dev/LivePreview';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { NewsletterForm } from '@/components/newsletter/NewsletterForm';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { BRAND_ICON_PATHS } from '@/lib/seo/brand-icons';
import { FEED_LINKS } from '@/lib/seo/metadata';
import { WEB_MANIFEST_PATH } from '@/lib/seo/web-manifest';
import { site } from '@/lib/site';
import { SiteHead } from './SiteHead';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name} — ${site.productLine}`, template: `%s | ${site.name}` },
  description: site.description,
  applicationName: site.name,
  alternates: { types: FEED_LINKS },
  icons: {
    // Browsers ask for /favicon.ico by themselves; the head names only what they would not find.
    icon: { url: BRAND_ICON_PATHS.svg, type: 'image/svg+xml' },
    apple: BRAND_ICON_PATHS.appleTouch,
  },
  manifest: WEB_MANIFEST_PATH,
};

export const viewport: Viewport = {
  themeColor: site.themeColor,
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The head script sets data-theme and data-js on <html> before React hydrates it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <SiteHead />
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        {/* Editors' live preview; the condition is compiled away in production builds. */}
        {process.env.NODE_ENV === 'development' ? <LivePreview /> : null}
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter
          newsletter={
            <NewsletterForm
              formName="footer"
              consent={site.newsletter.consent}
              privacyPath={site.privacyPath}
              tone="dark"
            />
          }
        />
      </body>
    </html>
  );
}
