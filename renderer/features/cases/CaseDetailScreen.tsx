import { SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { MessageRecord } from '../../../shared/model';
import { CaseAdvisoryPanel } from '../advisories';
import { CaseBundlePanel } from '../bundles';
import { CaseMessagesPanel } from '../messages';
import { useCaseView, useViewNow } from '../../store/case-views';
import { ActionsPanel } from './ActionsPanel';
import { AlertOverview } from './AlertOverview';
import { AddVendorForm } from './AddVendorForm';
import { CaseHeader } from './CaseHeader';
import { DeadlinesPanel } from './DeadlinesPanel';
import { EmbargoPanel } from './EmbargoPanel';
import { ExtensionsPanel } from './ExtensionsPanel';
import { ExtensionFromReply } from './ExtensionRequestForm';
import { NotesPanel } from './NotesPanel';
import { PolicyStepsTab } from './PolicyStepsTab';
import { TimelinePanel } from './TimelinePanel';
import { VendorMatrix } from './VendorMatrix';
import { VendorSummaryForm } from './VendorSummaryForm';
import { VulnerabilitiesPanel } from './VulnerabilitiesPanel';
import { useCaseDetail } from './use-case-detail';
import { FinderStepsPanel } from './FinderStepsPanel';

const TABS = [
  'overview',
  'vendors',
  'vulnerabilities',
  'policy',
  'timeline',
  'messages',
  'bundle',
  'advisory',
  'finder',
] as const;
/** A technical alert has no vendors, vulnerabilities to coordinate or finder policy steps. */
const ALERT_TABS: readonly (typeof TABS)[number][] = [
  'overview',
  'timeline',
  'messages',
  'bundle',
  'advisory',
];

export function CaseDetailScreen() {
  const { t } = useTranslation();
  const caseId = useParams().caseId ?? '';
  const detail = useCaseDetail(caseId);
  // Read apart from `detail`, which stays the same object when only a reply is opened.
  const view = useCaseView(caseId, useViewNow());
  const unread = view?.unread ?? 0;
  const kase = detail?.projection.case ?? null;
  if (detail === null || kase === null) return <Text>{t('cases.detail.notFound')}</Text>;
  const id = kase.id;
  const isAlert = kase.technicalAlert !== null;
  return (
    <Stack gap="md">
      <CaseHeader
        kase={kase}
        unread={unread}
        embargo={view?.embargoState ?? null}
        scheduled={(view?.scheduled ?? null) !== null}
        links={detail.projection.links}
        coordination={view?.coordination.state ?? null}
      />
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List aria-label={t('cases.detail.tabs.label')}>
          {(isAlert ? ALERT_TABS : TABS).map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`cases.detail.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          {isAlert ? (
            <AlertOverview detail={detail} />
          ) : (
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <Stack gap="md">
                <DeadlinesPanel report={detail.report} />
                <ActionsPanel detail={detail} />
              </Stack>
              <Stack gap="md">
                <EmbargoPanel detail={detail} />
                <ExtensionsPanel detail={detail} />
                <VendorSummaryForm detail={detail} />
                <NotesPanel detail={detail} />
              </Stack>
            </SimpleGrid>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="vendors" pt="md">
          <Stack gap="md">
            <AddVendorForm detail={detail} />
            <VendorMatrix detail={detail} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="vulnerabilities" pt="md">
          <VulnerabilitiesPanel detail={detail} caseId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="policy" pt="md">
          <PolicyStepsTab detail={detail} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <TimelinePanel
            orgs={view?.coordination.orgs}
            names={view?.coordination.state.names}
            events={detail.events}
            contacts={detail.contacts}
            projection={detail.projection}
          />
        </Tabs.Panel>
        <Tabs.Panel value="messages" pt="md">
          <CaseMessagesPanel
            caseId={id}
            // A technical alert has no vendors and no embargo to extend.
            {...(isAlert
              ? {}
              : {
                  replyActions: (m: MessageRecord) => (
                    <ExtensionFromReply key={m.id} detail={detail} message={m} />
                  ),
                })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="bundle" pt="md">
          <CaseBundlePanel caseId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="advisory" pt="md">
          <CaseAdvisoryPanel caseId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="finder" pt="md">
          <FinderStepsPanel detail={detail} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
