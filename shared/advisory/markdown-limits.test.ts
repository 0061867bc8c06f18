import { describe, expect, it } from 'vitest';
import { computeCvss } from './cvss';
import { markdownToHtml } from './markdown';
import { MARKDOWN_LIMITS, markdownInputError } from './markdown-limits';
import { renderAdvisory } from './render';
import { sampleDraft } from './testing/sample-draft';

const nestedList = (depth: number) =>
  Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n');

/** Issue 29's hostile overviews: each overflowed marked's stack (or ran for minutes). */
const hostile = {
  '16 MiB overview': 'a'.repeat(16 * 1024 * 1024),
  '20,000 nested block quotes': `${'>'.repeat(20_000)} quote`,
  'a list nested 5,000 deep': nestedList(5_000),
  '5,000 list markers on one line': `${'- '.repeat(5_000)}x`,
  '20,000 emphasis marks': `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}`,
};

function draftWithOverview(text: string) {
  const draft = sampleDraft();
  return { ...draft, overview: { ...draft.overview, en: text } };
}

describe('Markdown caps before marked', () => {
  for (const [name, text] of Object.entries(hostile)) {
    it(`${name}: refused with a typed error for every format, naming the field`, () => {
      const draft = draftWithOverview(text);
      for (const format of ['html', 'md', 'cve', 'csaf'] as const) {
        const result = renderAdvisory(draft, { format });
        expect(result.ok, format).toBe(false);
        if (result.ok) continue;
        expect(result.error.code).toMatch(/^markdown-too-(large|deep)$/);
        expect(result.error.message).toContain('draft.overview.en');
      }
      // The preview shows it as text instead of crashing.
      expect(markdownToHtml(text.slice(0, 100_000))).not.toContain('<blockquote>');
    });
  }

  it('what advisories hold is within the caps: quotes, lists and code as deep as people write', () => {
    const ordinary = [
      '> quoted\n>> twice',
      nestedList(8),
      '```\n' + `${' '.repeat(120)}deeply indented code\n` + '```',
      '**bold** and _emphasis_ and ~~strike~~',
    ].join('\n\n');
    expect(markdownInputError(ordinary)).toBeNull();
    expect(markdownInputError(nestedList(MARKDOWN_LIMITS.maxDepth))).toBeNull();
    expect(markdownInputError(nestedList(MARKDOWN_LIMITS.maxDepth + 2))?.code).toBe(
      'markdown-too-deep',
    );
    const draft = draftWithOverview(ordinary);
    expect(renderAdvisory(draft, { format: 'html' }).ok).toBe(true);
  });
});

describe('CVSS vectors the library could not parse', () => {
  it('a metric without its value is refused in words, not with a TypeError text', () => {
    for (const vector of ['CVSS:3.1/AV', 'CVSS:4.0/AV', 'CVSS:3.1/:', 'CVSS:3.1/']) {
      const result = computeCvss(vector);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid-cvss');
      expect(result.error.message).not.toMatch(/Cannot read|undefined|TypeError/);
      expect(result.error.message).toContain('is not a metric:value pair');
    }
    expect(
      computeCvss('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/U:Clear').ok,
    ).toBe(true);
  });
});
