// The import preview's words for a case whose reference another case of this vault holds.
export const bundleRefClashMessages = {
  en: {
    change: 'Reference already used here',
    title: 'This bundle cannot be imported: its case reference is taken in this vault',
    detail:
      '{{ref}} is already the reference of your own case “{{title}}”, a different case (every vault numbers its cases from AL-…-0001). Airlock cannot yet give an imported case a reference of its own, so importing would fail: nothing will be written. The partner’s case stays theirs under {{ref}}; exchange it by another channel for now.',
    blocked: 'Import unavailable: a case reference is already used here',
  },
  ja: {
    change: '参照番号がこの保管庫で使用済み',
    title: 'このバンドルはインポートできません: 案件の参照番号がこの保管庫で使われています',
    detail:
      '{{ref}} はすでにこの保管庫の別の案件「{{title}}」の参照番号です(どの保管庫も AL-…-0001 から番号を振ります)。Airlock はまだインポートした案件に独自の参照番号を付けられないため、インポートは失敗します。何も書き込まれません。相手の案件は相手側で {{ref}} のままです。当面は別の経路で共有してください。',
    blocked: 'インポートできません: 案件の参照番号がすでに使われています',
  },
} as const;
