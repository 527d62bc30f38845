import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { site } from '@/lib/site';
import { PREVIEW_SIZE } from './preview-size';

// next/og reads woff, not woff2, so the static @fontsource package supplies these files.
const fontFile = (weight: number) =>
  readFile(
    path.join(
      process.cwd(),
      `node_modules/@fontsource/bricolage-grotesque/files/bricolage-grotesque-latin-${weight}-normal.woff`,
    ),
  );
const fonts = Promise.all([fontFile(800), fontFile(500)]);

type PreviewContent = { eyebrow: string; title: string; tags: string[] };

/** The brand's share card: wordmark, a heading, tags, and a fizzing can on a plum gradient. */
export async function previewImage(
  { eyebrow, title, tags }: PreviewContent,
  /** A card drawn on request changes when its post does, so it is not kept for a year. */
  cacheControl = 'public, max-age=31536000, immutable',
): Promise<ImageResponse> {
  const [extraBold, medium] = await fonts;
  const titleSize = title.length > 70 ? 56 : title.length > 40 ? 66 : 78;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        backgroundImage: 'linear-gradient(135deg, #22102E 0%, #6E0A37 60%, #B0145A 100%)',
        color: '#FFF8F1',
        fontFamily: 'Bricolage',
        padding: 64,
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', width: 820, height: '100%' }}>
        <div style={{ display: 'flex', fontSize: 44, fontWeight: 800 }}>
          GLOW<span style={{ color: '#FF8FBF' }}>POP</span>
        </div>
        <div
          style={{
            display: 'flex',
            marginTop: 48,
            fontSize: 24,
            fontWeight: 500,
            letterSpacing: 4,
            textTransform: 'uppercase',
            color: '#FFD166',
          }}
        >
          {eyebrow}
        </div>
        <div
          style={{
            display: 'flex',
            marginTop: 16,
            fontSize: titleSize,
            fontWeight: 800,
            lineHeight: 1.05,
          }}
        >
          {title}
        </div>
        <div style={{ display: 'flex', marginTop: 'auto', gap: 12 }}>
          {tags.slice(0, 4).map((tag) => (
            <div
              key={tag}
              style={{
                display: 'flex',
                fontSize: 24,
                fontWeight: 500,
                padding: '8px 20px',
                borderRadius: 999,
                backgroundColor: '#D3F4E6',
                color: '#22102E',
              }}
            >
              {tag}
            </div>
          ))}
        </div>
      </div>
      <div style={{ display: 'flex', flex: 1, alignItems: 'center', justifyContent: 'center' }}>
        <div
          style={{
            display: 'flex',
            width: 170,
            height: 330,
            borderRadius: 32,
            transform: 'rotate(-8deg)',
            backgroundImage:
              'linear-gradient(90deg, #B0145A, #F0428A 40%, #FFE3EF 55%, #F0428A 65%, #B0145A)',
            borderTop: '18px solid #D9DCE1',
            borderBottom: '14px solid #D9DCE1',
            alignItems: 'center',
            justifyContent: 'center',
          }}
        >
          <div
            style={{
              display: 'flex',
              width: 170,
              height: 90,
              backgroundColor: '#FFF1E6',
              opacity: 0.9,
            }}
          />
        </div>
      </div>
    </div>,
    {
      ...PREVIEW_SIZE,
      fonts: [
        { name: 'Bricolage', data: extraBold, weight: 800, style: 'normal' },
        { name: 'Bricolage', data: medium, weight: 500, style: 'normal' },
      ],
      headers: { 'cache-control': cacheControl },
    },
  );
}

export const defaultPreview = () =>
  previewImage({ eyebrow: site.productLine, title: site.tagline, tags: [] });
