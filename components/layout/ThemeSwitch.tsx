'use client';

import { useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY, isTheme, type Theme } from '@/lib/theme';

/** The theme <html> shows: set by the head script, a choice here, or one in another tab. */
function currentTheme(): Theme {
  const shown = document.documentElement.dataset.theme;
  return isTheme(shown) ? shown : 'system';
}

/**
 * A choice, here or in another tab, arrives as a `storage` event: it is applied to <html>, and
 * the buttons follow.
 */
function subscribe(onChange: () => void) {
  const onStorage = ({ key, newValue }: StorageEvent) => {
    if (key !== THEME_STORAGE_KEY) return;
    const { dataset } = document.documentElement;
    if (newValue === 'light' || newValue === 'dark') dataset.theme = newValue;
    else delete dataset.theme;
    onChange();
  };
  addEventListener('storage', onStorage);
  return () => removeEventListener('storage', onStorage);
}

function chooseTheme(theme: Theme) {
  const newValue = theme === 'system' ? null : theme;
  try {
    if (newValue) localStorage.setItem(THEME_STORAGE_KEY, newValue);
    else localStorage.removeItem(THEME_STORAGE_KEY);
  } catch {
    // Not remembered (storage blocked), but still applied to this page.
  }
  // Browsers tell only other tabs; this one hears it the same way.
  dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY, newValue }));
}

const OPTIONS: { theme: Theme; label: string; icon: string }[] = [
  { theme: 'system', label: 'Theme of your device', icon: 'M4 5h16v11H4zM9 19h6M12 16v3' },
  {
    theme: 'light',
    label: 'Light theme',
    icon: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4',
  },
  { theme: 'dark', label: 'Dark theme', icon: 'M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z' },
];

/**
 * System, light or dark: three toggle buttons in the header. The server renders "system"; the
 * head script (lib/theme.ts) has already applied a remembered choice before the first paint, and
 * the buttons catch up once hydrated.
 */
export function ThemeSwitch() {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'system' as const);
  return (
    <div role="group" aria-label="Colour theme" className="theme-switch">
      {OPTIONS.map((option) => (
        <button
          key={option.theme}
          type="button"
          aria-label={option.label}
          aria-pressed={theme === option.theme}
          onClick={() => chooseTheme(option.theme)}
        >
          {/* Drawn as LineIcon draws the header's other icon, but here: as a module of its own
              it would add its wrapper to every page's script. */}
          <svg
            viewBox="0 0 24 24"
            width="18"
            height="18"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          >
            <path d={option.icon} />
          </svg>
        </button>
      ))}
    </div>
  );
}
