import type { Metadata, Viewport } from 'next';
import { ContentLiveReload } from '@/components/dev/ContentLiveReload';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { NewsletterForm } from '@/components/newsletter/NewsletterForm';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { FEED_LINKS } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import { bodyFont, displayFont } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name} — ${site.productLine}`, template: `%s | ${site.name}` },
  description: site.description,
  applicationName: site.name,
  alternates: { types: FEED_LINKS },
};

export const viewport: Viewport = {
  themeColor: '#22102E',
  colorScheme: 'light',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${displayFont.variable} ${bodyFont.variable}`}>
      <body className="flex min-h-screen flex-col bg-cream font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-full focus:bg-ink focus:px-4 focus:py-2 focus:text-cream"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter
          newsletter={
            <NewsletterForm formName="footer" consent={site.newsletter.consent} tone="dark" />
          }
        />
        {/* Editors' live preview; the condition is compiled away in production builds. */}
        {process.env.NODE_ENV === 'development' ? <ContentLiveReload /> : null}
      </body>
    </html>
  );
}
