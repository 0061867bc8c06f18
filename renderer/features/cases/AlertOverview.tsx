import { SimpleGrid, Stack } from '@mantine/core';
import { AlertPanel } from './AlertPanel';
import { AlertPublicationPanel } from './AlertPublicationPanel';
import { AlertWorkflowPanel } from './AlertWorkflowPanel';
import { NotesPanel } from './NotesPanel';
import { PublishForm } from './PublishForm';
import type { CaseDetail } from './use-case-detail';

/**
 * The overview of a technical alert: its content, its review and its publication. No
 * vendor matrix, embargo or finder triage: an alert has none (the publication panel says
 * so), and publishing stamps the final advisory as for any case.
 */
export function AlertOverview({ detail }: { detail: CaseDetail }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Stack gap="md">
        <AlertPanel detail={detail} />
        <AlertWorkflowPanel detail={detail} />
      </Stack>
      <Stack gap="md">
        <AlertPublicationPanel detail={detail} />
        <PublishForm detail={detail} />
        <NotesPanel detail={detail} />
      </Stack>
    </SimpleGrid>
  );
}
