import { createTheme } from '@mantine/core';

// System fonts only: nothing is fetched, and Japanese text uses the OS's CJK fonts.
export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 keeps white button text above WCAG AA contrast (axe flagged the default 6).
  primaryShade: 8,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic UI", sans-serif',
  defaultRadius: 'sm',
});
