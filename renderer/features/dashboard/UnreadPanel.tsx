import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseView } from '../../../shared/workflow/case-view';

/** Vendor replies nobody has opened yet, per case (issue 13, item 4): the case views'
 *  unread counts, the ones the case list and the case header show. Messages tied to no
 *  vendor (stored unverified) are nobody's reply: counted apart, as unassigned messages. */
export function UnreadPanel({ views }: { views: readonly CaseView[] }) {
  const { t } = useTranslation();
  const rows = views
    .map((v) => ({ c: v.kase, n: v.unread - v.unassigned }))
    .filter((r) => r.n > 0)
    .sort((a, b) => b.n - a.n || a.c.ref.localeCompare(b.c.ref));
  const total = rows.reduce((s, r) => s + r.n, 0);
  const unassigned = views.filter((v) => v.unassigned > 0);
  return (
    <Card withBorder component="section" aria-labelledby="dashboard-unread">
      <Title order={3} size="h4" id="dashboard-unread">
        {t('threads.dashboardTitle')}
      </Title>
      <Text size="sm" data-testid="dashboard-unread-total">
        {total === 0 ? t('threads.allRead') : t('threads.unread', { count: total })}
      </Text>
      {unassigned.length > 0 && (
        <Text size="sm" data-testid="dashboard-unassigned-total">
          {t('threads.unassignedUnread', {
            count: unassigned.reduce((s, v) => s + v.unassigned, 0),
          })}{' '}
          {unassigned.slice(0, 10).map((v) => (
            <Anchor key={v.caseId} component={Link} to={`/cases/${v.caseId}`} c="blue.9" mr={4}>
              {v.kase.ref}
            </Anchor>
          ))}
        </Text>
      )}
      {rows.length > 0 && (
        <List size="sm" mt={4}>
          {rows.slice(0, 10).map(({ c, n }) => (
            <List.Item key={c.id}>
              <Anchor component={Link} to={`/cases/${c.id}`} c="blue.9">
                {c.ref}
              </Anchor>{' '}
              {c.title} — {t('threads.unread', { count: n })}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
