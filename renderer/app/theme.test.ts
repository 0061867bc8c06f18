import { mergeMantineTheme, DEFAULT_THEME, luminance, toRgba } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { theme, variantColorResolver } from './theme';

const full = mergeMantineTheme(DEFAULT_THEME, theme);

/** The colour a CSS value paints on white: a palette variable, a hex or an rgba tint. */
const onWhite = (value: string): string => {
  const variable = /^var\(--mantine-color-([a-z]+)-(\d)\)$/.exec(value);
  if (variable !== null) return full.colors[variable[1] ?? '']?.[Number(variable[2])] ?? value;
  const { r, g, b, a } = toRgba(value);
  const mix = (c: number) => Math.round(c * a + 255 * (1 - a));
  return `rgb(${mix(r)}, ${mix(g)}, ${mix(b)})`;
};

const contrast = (text: string, background: string): number => {
  const [hi, lo] = [luminance(onWhite(text)), luminance(onWhite(background))].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

describe('variantColorResolver', () => {
  it('draws a light control in a shade as a tint with text of that shade, at WCAG AA', () => {
    const light = variantColorResolver({ color: 'indigo.9', theme: full, variant: 'light' });
    expect(light.color).not.toBe(light.background);
    expect(contrast(light.color, light.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(light.color, light.hover)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the shade asked for on subtle and transparent controls', () => {
    for (const variant of ['subtle', 'transparent']) {
      const r = variantColorResolver({ color: 'red.9', theme: full, variant });
      expect(r.color).toBe('var(--mantine-color-red-9)');
      expect(contrast(r.color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("leaves Mantine's own colours where no shade is given", () => {
    const light = variantColorResolver({ color: 'indigo', theme: full, variant: 'light' });
    expect(light.color).toBe('var(--mantine-color-indigo-light-color)');
    const filled = variantColorResolver({ color: 'indigo.9', theme: full, variant: 'filled' });
    expect(filled.color).toBe('var(--mantine-color-white)');
  });
});
