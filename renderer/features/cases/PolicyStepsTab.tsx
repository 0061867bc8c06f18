import { SimpleGrid, Stack } from '@mantine/core';
import { DeadlineOverrideForm } from './DeadlineOverrideForm';
import { EmbargoTerminationForm } from './EmbargoTerminationForm';
import { NamePublicationPanel } from './NamePublicationPanel';
import { PublishForm } from './PublishForm';
import { ReleaseDecisionForm } from './ReleaseDecisionForm';
import { TlpProfileForm } from './TlpProfileForm';
import type { CaseDetail } from './use-case-detail';

/** The coordination policy's decisions and the steps to publication (issue 17). */
export function PolicyStepsTab({ detail }: { detail: CaseDetail }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Stack gap="md">
        <ReleaseDecisionForm detail={detail} />
        <NamePublicationPanel detail={detail} />
        <DeadlineOverrideForm detail={detail} />
      </Stack>
      <Stack gap="md">
        <TlpProfileForm detail={detail} />
        <EmbargoTerminationForm detail={detail} />
        <PublishForm detail={detail} />
      </Stack>
    </SimpleGrid>
  );
}
