import { Stack } from '@mantine/core';
import { useTable } from '../keys';
import { ComposeMessage } from './ComposeMessage';
import { MessageThreads } from './MessageThreads';

/** The messages tab of a case: vendor threads with unread markers, and a composer. */
export function CaseMessagesPanel({ caseId }: { caseId: string }) {
  const kase = useTable('cases').find((c) => c.id === caseId);
  if (kase === undefined) return null;
  return (
    <Stack>
      <MessageThreads caseId={caseId} />
      <ComposeMessage kase={kase} />
    </Stack>
  );
}
