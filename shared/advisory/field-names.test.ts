import { describe, expect, it } from 'vitest';
import { sampleDraft } from './testing/sample-draft';
import { fieldOfDraftPath } from './field-names';
import { sampleAlertDraft } from './testing/sample-alert-draft';
import { publicFields, missingTranslations } from './public-fields';

describe('fieldOfDraftPath: the field as the editor names it, never a path', () => {
  it.each([
    [
      'vulnerabilities[0].description.en',
      'Vulnerability 1 → Description (English)',
      '脆弱性 1 → 詳細情報（英語）',
    ],
    ['overview.ja', 'Overview (Japanese)', '概要（日本語）'],
    ['publisher.name.en', 'Publisher name (English)', '発行者名（英語）'],
    [
      'vendors[1].statement.ja',
      'Vendor 2 → Statement (Japanese)',
      'ベンダ 2 → ベンダの声明（日本語）',
    ],
    [
      'products[0].versions[1].label.en',
      'Product 1 → Versions → 2 → Version label (English)',
      '製品 1 → バージョン → 2 → バージョンの表記（英語）',
    ],
    ['references[2].url', 'Reference 3 → Reference URL', '参考情報 3 → 参考情報の URL'],
    ['vulnerabilities[0].cwe.name', 'Vulnerability 1 → CWE', '脆弱性 1 → CWE'],
    ['technicalAlert.mitigations[0].ja', 'Mitigation 1 (Japanese)', '緩和策 1（日本語）'],
    ['case.tlp', 'TLP of the case', '案件の TLP'],
    ['output:JVN-ja.html', 'The generated file JVN-ja.html', '生成されたファイル JVN-ja.html'],
  ])('%s', (path, en, ja) => {
    expect(fieldOfDraftPath(path)).toEqual({ en, ja });
  });

  it("takes a zod issue's path as well", () => {
    expect(fieldOfDraftPath(['vulnerabilities', 0, 'title', 'ja'])).toEqual({
      en: 'Vulnerability 1 → Title (Japanese)',
      ja: '脆弱性 1 → タイトル（日本語）',
    });
    expect(fieldOfDraftPath(['title'])).toEqual({ en: 'Title', ja: 'タイトル' });
  });

  it('returns a path it does not know as it is, never an empty name', () => {
    expect(fieldOfDraftPath('case.internal.thing')).toEqual({
      en: 'case.internal.thing',
      ja: 'case.internal.thing',
    });
    expect(fieldOfDraftPath('vulnerabilities[0].nonsense').en).toBe('vulnerabilities[0].nonsense');
    expect(fieldOfDraftPath('publisher.unknown').en).toBe('publisher.unknown');
    expect(fieldOfDraftPath('vulnerabilities.x').en).toBe('vulnerabilities.x');
  });

  it('names every field the leak guard and the translation check can report', () => {
    const paths = [sampleDraft(), sampleAlertDraft()].flatMap((draft) => [
      ...publicFields(draft).map((f) => f.path),
      ...missingTranslations(draft).map((m) => m.field),
    ]);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const name = fieldOfDraftPath(path);
      expect(name.en, path).not.toMatch(/[[\]]|\.(ja|en)\b|^[a-z]+\.[a-z]/);
      expect(name.ja, path).not.toBe(path);
    }
  });
});
