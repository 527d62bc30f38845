// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { site } from '@/lib/site';

afterEach(cleanup);

describe('SiteHeader', () => {
  it('links the wordmark home and offers the main navigation', () => {
    render(<SiteHeader />);
    expect(screen.getByRole('link', { name: 'GLOWPOP home' })).toHaveAttribute('href', '/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Blog' })).toHaveAttribute('href', '/blog');
  });
});

describe('SiteFooter', () => {
  it('carries the brand line, the current year and named social links', () => {
    render(<SiteFooter />);
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('Glow Pop — Prebiotic Beauty Soda');
    expect(footer).toHaveTextContent(`© ${new Date().getUTCFullYear()} GLOWPOP`);
    for (const social of site.socials) {
      expect(screen.getByRole('link', { name: `GLOWPOP on ${social.name}` })).toHaveAttribute(
        'href',
        social.href,
      );
    }
  });

  it('has the newsletter pitch and a slot for the form', () => {
    render(<SiteFooter newsletter={<form aria-label="Newsletter signup" />} />);
    expect(screen.getByRole('heading', { name: 'Stay in touch' })).toBeInTheDocument();
    expect(screen.getByText(/insider tips on beauty and wellness/)).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Newsletter signup' })).toBeInTheDocument();
  });
});
