import { sampleCase } from '../../shared/model/testing/fixtures';
import type { Case, CaseId } from '../../shared/model';

// Realistic mixed Japanese/English case text, ~1 KB per record, deterministic per index.
const JA = [
  'ログイン画面',
  'クロスサイトスクリプティング',
  'SQLインジェクション',
  '認証回避',
  '任意のコード実行',
  'ディレクトリトラバーサル',
  '情報漏えい',
  'サービス運用妨害',
  '管理画面',
  '予約システム',
  'ルータ',
  '監視カメラ',
  '脆弱性',
  'ファームウェア',
  '開発者',
  '株式会社サンプル',
];
const EN = [
  'router',
  'camera',
  'plugin',
  'WordPress',
  'firmware',
  'admin',
  'upload',
  'session',
  'token',
  'parser',
  'gateway',
  'printer',
  'scheduler',
  'CMS',
];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

const uuidFor = (n: number): string => {
  const hex = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
};

export const syntheticCase = (n: number): Case => {
  const title = `${pick(EN, n)} ${pick(JA, n * 7)}における${pick(JA, n * 3 + 1)}の脆弱性 (${pick(EN, n * 5 + 2)})`;
  const notes = Array.from(
    { length: 6 },
    (_, i) =>
      `${pick(JA, n + i * 11)}について${pick(EN, n + i * 13)} ${pick(JA, n * i + 5)}を確認。 Vendor said ${pick(EN, n * 17 + i)} fix is planned; see ticket ${n * 31 + i}.`,
  ).join('\n');
  return {
    ...sampleCase(),
    id: uuidFor(n + 1) as CaseId,
    ref: `AL-2026-${String(n + 1).padStart(5, '0')}`,
    title,
    tags: [pick(EN, n * 3), pick(EN, n * 7 + 1)],
    vulnerabilities: [],
    involvements: [],
    notes,
  };
};

export const SEARCH_QUERIES = [
  '脆弱性',
  'クロスサイト',
  'ログイン画面',
  'SQLインジェクション',
  'ルータ 認証回避',
  'wordpress',
  'firm',
  'AL-2026-00420',
  'camera 情報漏えい',
  'ticket',
  '開発者',
  'gateway session',
];
