import type { SocialLink } from '@/lib/site';

/** Simplified glyphs of each network's mark, drawn on a 24px grid in currentColor. */
const glyphs: Record<SocialLink['name'], React.ReactNode> = {
  Instagram: (
    <>
      <rect
        x="3"
        y="3"
        width="18"
        height="18"
        rx="5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      />
      <circle cx="12" cy="12" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx="17.5" cy="6.5" r="1.3" fill="currentColor" />
    </>
  ),
  TikTok: (
    <path
      fill="currentColor"
      d="M14.5 3h3c.2 1.9 1.5 3.4 3.5 3.6v3.1a7 7 0 0 1-3.5-1.1v6.6A5.8 5.8 0 1 1 11.7 9.4v3.2a2.7 2.7 0 1 0 2.8 2.6V3Z"
    />
  ),
  Pinterest: (
    <path
      fill="currentColor"
      d="M12 2a10 10 0 0 0-3.6 19.3c-.1-.8-.2-2 0-2.9l1.3-5.4s-.3-.7-.3-1.6c0-1.5.9-2.6 2-2.6.9 0 1.4.7 1.4 1.5 0 1-.6 2.4-.9 3.7-.3 1.1.6 2 1.7 2 2 0 3.5-2.1 3.5-5.2 0-2.7-2-4.6-4.8-4.6-3.3 0-5.2 2.5-5.2 5 0 1 .4 2 .9 2.6.1.1.1.2.1.3l-.3 1.4c-.1.2-.2.3-.4.2-1.4-.7-2.3-2.7-2.3-4.4 0-3.6 2.6-6.9 7.5-6.9 3.9 0 7 2.8 7 6.6 0 3.9-2.5 7.1-5.9 7.1-1.2 0-2.3-.6-2.6-1.3l-.7 2.7c-.3 1-1 2.2-1.4 2.9A10 10 0 1 0 12 2Z"
    />
  ),
};

export function SocialIcon({ name }: { name: SocialLink['name'] }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {glyphs[name]}
    </svg>
  );
}
