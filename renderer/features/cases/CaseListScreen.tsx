import { Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { SavedFilters } from './SavedFilters';
import {
  emptyFilters,
  filterRows,
  sortRows,
  type CaseFilters as Filters,
  type SortSpec,
} from './case-list-model';
import { useCaseRows, useNow } from './use-case-rows';
import { useStore, useStoreLoad } from '../../store/hooks';
import { useRepoVersion } from '../../store/port';
import type { CasesStore } from './store-port';

const VENDOR_KINDS = new Set(['developer', 'site-operator']);

type Indexing = { done: number; total: number };

/** Search runs in the store's in-memory index; its time is measured and shown, so the
 *  frame budget is visible to the analyst and to the e2e test. While the index is being
 *  built (after unlock) the list stays whole and a typed query runs once it is ready. */
const useSearch = (
  query: string,
): { ids: ReadonlySet<string> | null; ms: number | null; indexing: Indexing | null } => {
  const store: CasesStore = useStore();
  const version = useRepoVersion(store.repos.cases);
  const indexVersion = useSyncExternalStore(store.subscribeSearch, store.searchVersion);
  return useMemo(() => {
    void version;
    void indexVersion;
    const status = store.searchStatus();
    const indexing = status.ready ? null : { done: status.done, total: status.total };
    if (query.trim() === '' || indexing !== null) return { ids: null, ms: null, indexing };
    const started = performance.now();
    const hits = store.search(query, { limit: Number.MAX_SAFE_INTEGER });
    const ms = performance.now() - started;
    return { ids: new Set(hits.map((h) => h.id)), ms, indexing };
  }, [store, query, version, indexVersion]);
};

export function CaseListScreen() {
  const { t } = useTranslation();
  const store: CasesStore = useStore();
  const now = useNow();
  const rows = useCaseRows(now);
  // A large vault opens at its first page of cases: the list shows what is loaded and says so.
  const load = useStoreLoad();
  const contactsVersion = useRepoVersion(store.repos.contacts);
  const vendors = useMemo(() => {
    void contactsVersion;
    return store.repos.contacts.all().filter((c) => VENDOR_KINDS.has(c.kind));
  }, [store, contactsVersion]);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const [sort, setSort] = useState<SortSpec>({ key: 'ref', desc: true });
  const [selected, setSelected] = useState(0);
  const deferredQuery = useDeferredValue(query);
  const search = useSearch(deferredQuery);
  const shown = useMemo(
    () => sortRows(filterRows(rows, filters, search.ids), sort),
    [rows, filters, search.ids, sort],
  );
  const apply = (next: { query: string; filters: Filters }) => {
    setQuery(next.query);
    setFilters(next.filters);
    setSelected(0);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="end">
        <Title order={2}>{t('cases.list.title')}</Title>
        <Text size="sm" aria-live="polite" data-testid="case-count">
          {t('cases.list.shown', { shown: shown.length, total: rows.length })}
          {load.loading && (
            <span data-testid="case-loading">
              {' · '}
              {t('cases.list.loading', {
                done: load.done.toLocaleString(),
                total: load.total.toLocaleString(),
              })}
            </span>
          )}
          {search.ms !== null && (
            <span data-search-ms={search.ms.toFixed(2)}>
              {' · '}
              {t('cases.list.searchTime', { ms: search.ms.toFixed(1) })}
            </span>
          )}
          {search.indexing !== null && deferredQuery.trim() !== '' && (
            <span data-search-waiting>
              {' · '}
              {t('cases.list.searchWaits')}
            </span>
          )}
        </Text>
      </Group>
      <Group align="end" gap="sm" wrap="wrap">
        <TextInput
          type="search"
          label={t('cases.list.search')}
          description={
            search.indexing === null
              ? t('cases.list.searchHint')
              : t('cases.list.indexing', {
                  done: search.indexing.done.toLocaleString(),
                  total: search.indexing.total.toLocaleString(),
                })
          }
          styles={{ description: { color: 'var(--mantine-color-dark-6)' } }}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setSelected(0);
          }}
          w={360}
        />
        <SavedFilters current={{ query, filters }} onApply={apply} />
      </Group>
      <CaseFilters
        filters={filters}
        vendors={vendors}
        onChange={(next) => {
          setFilters(next);
          setSelected(0);
        }}
      />
      {shown.length === 0 ? (
        <Text>{t('cases.list.empty')}</Text>
      ) : (
        <CaseTable
          rows={shown}
          sort={sort}
          onSort={setSort}
          selected={selected}
          onSelect={setSelected}
        />
      )}
    </Stack>
  );
}
