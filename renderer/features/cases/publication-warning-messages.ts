import type { FeatureMessages } from '../../i18n/messages';

/** What is unusual about a publication date, under the date field of the embargo controls
 *  (shared/workflow/publication-warnings.ts): `t('publicationWarnings.…')`. */
export const publicationWarningMessages = {
  en: {
    label: 'About this date',
    notReplied_one:
      'Not replied yet: {{names}}. A date agreed now is recorded without this vendor’s answer.',
    notReplied_other:
      'Not replied yet: {{names}}. A date agreed now is recorded without these vendors’ answers.',
    beforeTarget: {
      'first-vendor-contact_one':
        'This date is {{count}} day after the first contact with a vendor; the policy’s target is {{target}} days ({{date}} or later).',
      'first-vendor-contact_other':
        'This date is {{count}} days after the first contact with a vendor; the policy’s target is {{target}} days ({{date}} or later).',
      received_one:
        'This date is {{count}} day after the report was received; the policy’s schedule is {{target}} days ({{date}} or later).',
      received_other:
        'This date is {{count}} days after the report was received; the policy’s schedule is {{target}} days ({{date}} or later).',
      today_one:
        'No vendor has been contacted yet: this date is {{count}} day from today, and the policy’s target is {{target}} days from the first contact.',
      today_other:
        'No vendor has been contacted yet: this date is {{count}} days from today, and the policy’s target is {{target}} days from the first contact.',
    },
    saturday: '{{date}} is a Saturday ({{zone}}).',
    sunday: '{{date}} is a Sunday ({{zone}}).',
    holiday: '{{date}} is a national holiday in Japan: {{name}}.',
    closure: '{{date}} falls in the year-end closure.',
    noPublication: 'Advisories are not published on such a day: consider a business day.',
  },
  ja: {
    label: 'この日付について',
    notReplied_one:
      'まだ回答がありません: {{names}}。いま合意すると、その回答のないまま公表日を記録します。',
    notReplied_other:
      'まだ回答がありません: {{names}}。いま合意すると、その回答のないまま公表日を記録します。',
    beforeTarget: {
      'first-vendor-contact_one':
        'この日付はベンダーへの最初の連絡から {{count}} 日後です。ポリシーの目安は {{target}} 日（{{date}} 以降）です。',
      'first-vendor-contact_other':
        'この日付はベンダーへの最初の連絡から {{count}} 日後です。ポリシーの目安は {{target}} 日（{{date}} 以降）です。',
      received_one:
        'この日付は届出の受付から {{count}} 日後です。ポリシーの予定は {{target}} 日（{{date}} 以降）です。',
      received_other:
        'この日付は届出の受付から {{count}} 日後です。ポリシーの予定は {{target}} 日（{{date}} 以降）です。',
      today_one:
        'まだどのベンダーにも連絡していません。この日付は今日から {{count}} 日後で、ポリシーの目安は最初の連絡から {{target}} 日です。',
      today_other:
        'まだどのベンダーにも連絡していません。この日付は今日から {{count}} 日後で、ポリシーの目安は最初の連絡から {{target}} 日です。',
    },
    saturday: '{{date}} は土曜日です（{{zone}}）。',
    sunday: '{{date}} は日曜日です（{{zone}}）。',
    holiday: '{{date}} は祝日（{{name}}）です。',
    closure: '{{date}} は年末年始の休業期間です。',
    noPublication: 'この日は公表を行いません。営業日を検討してください。',
  },
} satisfies FeatureMessages;
