/**
 * Mantine's default dimmed, light and indigo-6 colours fall below WCAG AA contrast
 * (axe color-contrast) on white: this feature uses darker shades and body-coloured text.
 */
const text = { color: 'var(--mantine-color-text)' };
export const alertStyles = { title: text, message: text };
export const inputStyles = { description: { color: 'var(--mantine-color-gray-7)' } };
export const BUTTON = 'indigo.9';
export const DANGER = 'red.9';
