import { describe, expect, it } from 'vitest';
import { renderAdvisory } from './render';
import { sampleDraft } from './testing/sample-draft';
import { advisoryDraftSchema } from '../model/advisory-draft';

describe('the CSAF publisher namespace comes from Settings, never a default', () => {
  const unset = () => ({
    ...sampleDraft(),
    publisher: { ...sampleDraft().publisher, namespace: '' },
  });

  it('keeps a draft made before the namespace is set valid', () => {
    expect(advisoryDraftSchema.safeParse(unset()).success).toBe(true);
  });

  it('refuses the formats that carry it, naming the setting to fill', () => {
    for (const format of ['csaf', 'csaf21', 'openvex', 'cyclonedx'] as const) {
      const r = renderAdvisory(unset(), { format });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('no-publisher-namespace');
      expect(r.error.message).toMatch(/Settings → Organisation/);
    }
  });

  it('still exports HTML, which does not carry it', () => {
    expect(renderAdvisory(unset(), { format: 'html' }).ok).toBe(true);
  });
});
