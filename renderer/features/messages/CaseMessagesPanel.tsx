import { Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { MessageRecord } from '../../../shared/model';
import { useTable } from '../keys';
import { ComposeMessage } from './ComposeMessage';
import { MessageThreads } from './MessageThreads';
import { replyPrefill, type ComposePrefill } from './reply-prefill';

/** The messages tab of a case: vendor threads with unread markers, and a composer. Reply on
 *  a received message starts a fresh composer filled for it. `replyActions` are the case
 *  screen's steps on an open received message (record it as an extension request). */
export function CaseMessagesPanel({
  caseId,
  replyActions,
}: {
  caseId: string;
  replyActions?: (m: MessageRecord) => ReactNode;
}) {
  const kase = useTable('cases').find((c) => c.id === caseId);
  const keys = useTable('keys');
  const [reply, setReply] = useState<{ n: number; prefill: ComposePrefill } | null>(null);
  if (kase === undefined) return null;
  const onReply = (m: MessageRecord) => {
    setReply((old) => ({ n: (old?.n ?? 0) + 1, prefill: replyPrefill(m, kase, keys) }));
    // The composer is below the threads: bring it into view with its subject focused.
    requestAnimationFrame(() => document.getElementById('compose-title')?.scrollIntoView());
  };
  return (
    <Stack>
      <MessageThreads
        caseId={caseId}
        onReply={onReply}
        {...(replyActions === undefined ? {} : { replyActions })}
      />
      <ComposeMessage
        key={reply?.n ?? 0}
        kase={kase}
        {...(reply === null ? {} : { prefill: reply.prefill })}
      />
    </Stack>
  );
}
