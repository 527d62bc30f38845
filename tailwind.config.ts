import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

/**
 * GLOWPOP brand tokens. Text colours are chosen for WCAG AA on their intended backgrounds:
 * ink and pop-700 on cream or white, cream and pop-300 on ink.
 */
export default {
  theme: {
    extend: {
      colors: {
        ink: { DEFAULT: '#22102E', soft: '#4A3556' },
        cream: { DEFAULT: '#FFF8F1', deep: '#FCEBDD' },
        pop: {
          100: '#FFE3EF',
          300: '#FF8FBF',
          500: '#F0428A',
          700: '#B0145A',
          900: '#6E0A37',
        },
        peach: '#FFC9A8',
        fizz: { DEFAULT: '#D3F4E6', deep: '#0E6B4C' },
        sun: '#FFD166',
      },
      fontFamily: {
        sans: ['var(--font-body)', 'ui-sans-serif', 'system-ui', 'sans-serif'],
        display: ['var(--font-display)', 'var(--font-body)', 'ui-sans-serif', 'sans-serif'],
      },
      maxWidth: { prose: '68ch' },
    },
  },
  plugins: [typography],
} satisfies Config;
