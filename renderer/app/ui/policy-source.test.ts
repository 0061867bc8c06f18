import { describe, expect, it } from 'vitest';
import { JPCERT_SOURCES } from '../../../shared/workflow/policy-jpcert';
import { sourceSection } from './policy-source';

describe('a policy source as shown', () => {
  it('gives Airlock’s remark in the analyst’s language, the quoted section as written', () => {
    expect(sourceSection(JPCERT_SOURCES.extensions, 'en')).toBe(
      'To Software Developers, footnote 9 (the cap of two extensions is an Airlock default, not policy text)',
    );
    const ja = sourceSection(JPCERT_SOURCES.extensions, 'ja');
    expect(ja).toBe(
      'To Software Developers, footnote 9（延長を 2 回までとする上限は Airlock の既定値で、ポリシーの文言ではありません）',
    );
    expect(sourceSection(JPCERT_SOURCES.acknowledge, 'ja')).toBe('II.A');
  });

  it('has a Japanese remark wherever there is an English one', () => {
    for (const source of Object.values(JPCERT_SOURCES)) {
      const note = (source as { note?: { en: string; ja: string } }).note;
      if (note === undefined) continue;
      expect(note.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(note.en).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});
