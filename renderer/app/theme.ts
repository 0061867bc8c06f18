import {
  createTheme,
  Alert,
  defaultVariantColorsResolver,
  NavLink,
  parseThemeColor,
  rgba,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Mantine 9 draws a `light` control given a colour *with a shade* (`color="indigo.9"`) with
 * that shade as its background and the colour's light-variant text on it: indigo on indigo,
 * a blank bar ("Add vulnerability" and "Add reference" were drawn so). `subtle` and
 * `transparent` cap such a shade's text at 6, below WCAG AA on white for most colours. Here
 * a shaded `light` control gets a faint tint of the shade behind text in the shade itself,
 * and `subtle`/`transparent` keep the shade asked for.
 */
export const variantColorResolver: VariantColorsResolver = (input) => {
  const base = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({
    color: input.color ?? input.theme.primaryColor,
    theme: input.theme,
  });
  if (!parsed.isThemeColor || parsed.shade === undefined) return base;
  const shade = input.theme.colors[parsed.color]?.[parsed.shade];
  if (shade === undefined) return base;
  const text = `var(--mantine-color-${parsed.color}-${parsed.shade})`;
  if (input.variant === 'light') {
    return { ...base, background: rgba(shade, 0.1), hover: rgba(shade, 0.16), color: text };
  }
  if (input.variant === 'subtle' || input.variant === 'transparent')
    return { ...base, color: text };
  return base;
};

/**
 * Mantine's "dimmed" grey (gray 6, 3.3:1 on white) colours every input's description, and
 * dimmed text and empty states, below WCAG AA; gray 7 is 8:1. Its error red (red 6, 3.3:1)
 * colours every field's error message; red 9 is 5.4:1. Given to the MantineProvider.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});

// System fonts only: nothing is fetched, and Japanese text uses the OS's CJK fonts.
export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 keeps white button text above WCAG AA contrast (axe flagged the default 6).
  primaryShade: 8,
  variantColorResolver,
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic UI", sans-serif',
  defaultRadius: 'sm',
  components: {
    // The active link's text on its hover tint was 4.1:1 in the primary shade; 9 is 5:1.
    NavLink: NavLink.extend({ defaultProps: { color: 'indigo.9' } }),
    // A light alert's title in its own colour on its tint is below AA for orange and yellow
    // (3.6:1); body text reads on every tint.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
  },
});
