import type { FeatureMessages } from '../../i18n/messages';

/** Strings of the vendor threads (issue 13): their own namespace, `threads.*`. */
export const threadsMessages = {
  en: {
    heading: 'Threads',
    listLabel: 'Threads of this case',
    all: 'All threads',
    unassigned: 'Not tied to a vendor',
    product: '{{vendor}} · {{product}}',
    unread_one: '{{count}} unread',
    unread_other: '{{count}} unread',
    unreadMarker: 'Unread',
    messagesLabel: 'Messages in {{thread}}',
    keys: 'Keys: j / k next / previous message, u next unread.',
    none: 'Select a message to read it.',
    allRead: 'No unread message.',
    dashboardTitle: 'Unread vendor replies',
    from: 'Received from {{who}}',
    to: 'Sent to {{who}}',
    fromUnassigned: 'Received · sender not tied to a vendor',
    toUnassigned: 'Sent · recipient not tied to a vendor',
    unassignedUnread_one:
      '{{count}} unread message tied to no vendor (not a vendor reply until assigned):',
    unassignedUnread_other:
      '{{count}} unread messages tied to no vendor (not vendor replies until assigned):',
    readFailed: 'Could not record that the message was read: {{message}}',
    productThread: 'Product thread',
    mainThread: "The vendor's main thread",
    noProducts:
      'Add products to the case (Vendors or Vulnerabilities tab) to tie messages to them.',
    tieFailed: 'Could not move the message to that thread: {{message}}',
    reply: 'Reply',
    assignTo: 'Assign to a vendor',
    assignHint:
      'The message moves into that vendor’s thread and counts as its reply (or our contact).',
    noVendors: 'Add the vendor to the case (Vendors tab) to assign the message to it.',
    chooseVendor: 'Choose a vendor…',
    assign: 'Assign',
    assignFailed: 'Could not assign the message: {{message}}',
    assignUnverified:
      'This message has no valid signature by a key linked to this vendor: nothing shows it is theirs. It will count as their reply (status, last reply, the no-reply list) only on your word.',
    assignOtherSigner:
      'This message is validly signed by a key linked to another contact ({{signer}}), not to this vendor.',
    assignOtherSignerConfirm:
      'I know it is signed by {{signer}}’s key and assign it to this vendor all the same',
    assignChecked: 'What did you check to know it comes from this vendor?',
    assignCheckedHint:
      'E.g. a phone call to their PSIRT, the mail headers, a fingerprint read out. Recorded on the case as a note.',
  },
  ja: {
    heading: 'スレッド',
    listLabel: 'この案件のスレッド',
    all: 'すべてのスレッド',
    unassigned: 'ベンダー未割り当て',
    product: '{{vendor}} · {{product}}',
    unread_one: '未読 {{count}} 件',
    unread_other: '未読 {{count}} 件',
    unreadMarker: '未読',
    messagesLabel: '{{thread}} のメッセージ',
    keys: 'キー操作: j / k で次 / 前のメッセージ、u で次の未読へ。',
    none: 'メッセージを選ぶと本文を表示します。',
    allRead: '未読のメッセージはありません。',
    dashboardTitle: '未読のベンダー返信',
    from: '{{who}} から受信',
    to: '{{who}} へ送信',
    fromUnassigned: '受信 · 送信者はベンダー未割り当て',
    toUnassigned: '送信 · 宛先はベンダー未割り当て',
    unassignedUnread_one:
      'ベンダー未割り当ての未読メッセージ {{count}} 件（割り当てるまでベンダーの返信ではありません）:',
    unassignedUnread_other:
      'ベンダー未割り当ての未読メッセージ {{count}} 件（割り当てるまでベンダーの返信ではありません）:',
    readFailed: '既読を記録できませんでした: {{message}}',
    productThread: '製品別スレッド',
    mainThread: 'ベンダーのメインスレッド',
    noProducts:
      'メッセージを製品に結び付けるには、案件に製品を登録してください（ベンダーまたは脆弱性タブ）。',
    tieFailed: 'メッセージをそのスレッドに移せませんでした: {{message}}',
    reply: '返信',
    assignTo: 'ベンダーに割り当て',
    assignHint:
      'メッセージはそのベンダーのスレッドに移り、ベンダーからの返信（または当方からの連絡）として数えます。',
    noVendors: 'メッセージを割り当てるには、案件にベンダーを追加してください（ベンダータブ）。',
    chooseVendor: 'ベンダーを選ぶ…',
    assign: '割り当てる',
    assignFailed: 'メッセージを割り当てられませんでした: {{message}}',
    assignUnverified:
      'このメッセージには、このベンダーに紐付いた鍵による有効な署名がありません。ベンダーからのものである裏付けはありません。あなたの確認に基づく場合に限り、ベンダーの返信（状況・最終回答・未回答一覧）として数えます。',
    assignOtherSigner:
      'このメッセージは、このベンダーではなく別の連絡先（{{signer}}）に紐付いた鍵で有効に署名されています。',
    assignOtherSignerConfirm:
      '{{signer}} の鍵による署名であることを承知のうえで、このベンダーに割り当てる',
    assignChecked: 'このベンダーからのものだと何で確認しましたか？',
    assignCheckedHint:
      '例: PSIRT への電話、メールヘッダー、指紋の読み合わせ。案件にメモとして記録します。',
  },
} satisfies FeatureMessages;
