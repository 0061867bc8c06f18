// A complete report-form document for tests (imported only by *.test.ts files).
import { REPORT_FORM_FORMAT, type ReportFormDocument } from '../document';

export const sampleReportForm = (): ReportFormDocument => ({
  format: REPORT_FORM_FORMAT,
  language: 'ja',
  title: 'Example Router の管理画面における OS コマンドインジェクション',
  kind: 'software',
  reporter: {
    name: '山田 太郎',
    contact: 'taro@finder.example',
    organisation: '',
    pgpKeyFingerprint: null,
    creditConsent: true,
    creditName: 'Taro Yamada',
  },
  product: {
    name: 'Example Router',
    vendorName: 'Example Networks',
    version: '2.3.1',
    url: 'https://vendor.example/router',
  },
  discovery: { method: 'Manual review of the admin UI', tools: ['Burp Suite', 'curl'] },
  poc: 'curl -d "host=;id" https://router/admin/ping',
  impact: { description: 'Remote command execution as root', threatModel: '' },
  alreadyPublic: { value: false, references: [] },
  timeConstraints: [{ date: '2027-03-01', description: 'Talk at a conference' }],
  otherParties: { contacted: true, details: 'Reported to the vendor on 2026-11-20, no reply' },
});
