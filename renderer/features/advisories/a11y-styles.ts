/**
 * Mantine's default dimmed, light and indigo-6 colours fall below WCAG AA contrast
 * (axe color-contrast) on white: this feature uses darker shades and body-coloured text.
 */
const text = { color: 'var(--mantine-color-text)' };
export const alertStyles = { title: text, message: text };
export const inputStyles = { description: { color: 'var(--mantine-color-gray-7)' } };
export const BUTTON = 'indigo.9';
// Never `variant="light"` with a shade (`indigo.9`): Mantine then paints the background in
// that shade and the text in the colour's light-variant text colour, nearly the same blue
// (the blank "Add vulnerability" / "Add reference" bars of issue 23). Secondary buttons are
// `variant="outline"`: the shade on white.
export const DANGER = 'red.9';
