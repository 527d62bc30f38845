import { Body } from '@react-email/body';
import { Button } from '@react-email/button';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Heading } from '@react-email/heading';
import { Hr } from '@react-email/hr';
import { Html } from '@react-email/html';
import { Img } from '@react-email/img';
import { Link } from '@react-email/link';
import { Preview } from '@react-email/preview';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import { site } from '@/lib/site';
import { EMAIL_CONTENT_WIDTH } from './issue-article';

export type IssueEmailProps = {
  /** The subject line: the document's title, which screen readers announce. */
  subject: string;
  title: string;
  summary: string;
  /** The sender's own words above the article (`--intro`). */
  intro: string | null;
  cover: { src: string; alt: string; width: number; height: number } | null;
  /** The article's body or opening, already email-safe (emailArticle). */
  articleHtml: string;
  truncated: boolean;
  /** The article on the blog, with the issue's UTM fields. */
  readUrl: string;
  /** The blog's home page, also with the issue's UTM fields (the wordmark links there). */
  homeUrl: string;
  unsubscribeUrl: string;
  /** Where the reader signed up: named in the footer, so they know why this came. */
  siteHost: string;
  /** A test send: marked at the top, so it is never mistaken for the real issue. */
  test: boolean;
};

const plum = '#22102E';
const cream = '#FFF8F1';
const pink = '#FF8FBF';
const berry = '#B0145A';
const muted = '#4A3556';

/**
 * Clients that honour prefers-color-scheme (Apple Mail, iOS) get the brand's dark palette;
 * the others (Gmail, Outlook) darken the light one themselves, and its contrast holds.
 */
const DARK_MODE = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  .issue-body { background: #140A1B !important; }
  .issue-card { background: ${plum} !important; }
  .issue-card, .issue-card p, .issue-card li, .issue-card h1, .issue-card h2, .issue-card h3 { color: ${cream} !important; }
  .issue-card a { color: ${pink} !important; }
  .issue-muted { color: #D9C8DF !important; }
}
`;

/** An issue of the newsletter: an article, from the brand, to one reader. */
export function IssueEmail(props: IssueEmailProps) {
  const { cover } = props;
  return (
    <Html lang="en">
      <Head>
        <title>{props.subject}</title>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style>{DARK_MODE}</style>
      </Head>
      <Preview>{props.intro ?? props.summary}</Preview>
      <Body
        className="issue-body"
        style={{
          margin: 0,
          background: cream,
          color: plum,
          fontFamily: 'Helvetica, Arial, sans-serif',
        }}
      >
        <Container style={{ maxWidth: 600, width: '100%', padding: '24px 0' }}>
          {props.test ? (
            <Text
              style={{
                margin: '0 16px 12px',
                padding: '8px 12px',
                background: '#FFE3A3',
                color: plum,
                borderRadius: 8,
                fontSize: 14,
                fontWeight: 700,
              }}
            >
              Test send: only you got this. Readers get it when you run the send without --test.
            </Text>
          ) : null}
          <Section
            className="issue-card"
            style={{ background: '#ffffff', borderRadius: 24, color: plum }}
          >
            <Section
              style={{
                background: plum,
                borderRadius: '24px 24px 0 0',
                padding: '20px 32px',
              }}
            >
              <Link
                href={props.homeUrl}
                style={{ color: cream, fontSize: 26, fontWeight: 800, textDecoration: 'none' }}
              >
                GLOW<span style={{ color: pink }}>POP</span>
              </Link>
            </Section>
            {cover ? (
              <Link href={props.readUrl}>
                <Img
                  src={cover.src}
                  alt={cover.alt}
                  width={600}
                  height={Math.round((cover.height * 600) / cover.width)}
                  style={{ display: 'block', width: '100%', height: 'auto', border: 0 }}
                />
              </Link>
            ) : null}
            <Section style={{ padding: '28px 32px 8px' }}>
              {props.intro ? (
                <Text
                  className="issue-muted"
                  style={{
                    margin: '0 0 20px',
                    fontSize: 16,
                    lineHeight: 1.6,
                    color: muted,
                    fontStyle: 'italic',
                  }}
                >
                  {props.intro}
                </Text>
              ) : null}
              <Heading as="h1" style={{ margin: '0 0 12px', fontSize: 30, lineHeight: 1.2 }}>
                <Link href={props.readUrl} style={{ color: plum, textDecoration: 'none' }}>
                  {props.title}
                </Link>
              </Heading>
              <Text
                className="issue-muted"
                style={{ margin: '0 0 24px', fontSize: 18, lineHeight: 1.5, color: muted }}
              >
                {props.summary}
              </Text>
              <div
                style={{ maxWidth: EMAIL_CONTENT_WIDTH }}
                dangerouslySetInnerHTML={{ __html: props.articleHtml }}
              />
              {props.truncated ? (
                <Text style={{ margin: '0 0 8px', fontSize: 16, lineHeight: 1.6 }}>…</Text>
              ) : null}
              <Button
                href={props.readUrl}
                style={{
                  display: 'inline-block',
                  margin: '8px 0 28px',
                  background: berry,
                  color: '#ffffff',
                  fontWeight: 700,
                  fontSize: 16,
                  padding: '14px 28px',
                  borderRadius: 999,
                  textDecoration: 'none',
                }}
              >
                {props.truncated ? 'Read on the blog' : 'Read it on the blog'}
              </Button>
            </Section>
          </Section>
          <Section style={{ padding: '20px 32px' }}>
            <Text className="issue-muted" style={footerText}>
              You get this because you subscribed to the {site.name} newsletter on {props.siteHost}{' '}
              and confirmed your address.{' '}
              <Link
                href={props.unsubscribeUrl}
                style={{ color: muted, textDecoration: 'underline' }}
              >
                Unsubscribe
              </Link>{' '}
              with one click, any time.
            </Text>
            <Hr style={{ borderColor: '#E5D6E8', margin: '12px 0' }} />
            <Text className="issue-muted" style={footerText}>
              {site.newsletter.postalLine}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

const footerText = { margin: 0, fontSize: 12, lineHeight: 1.6, color: muted };
