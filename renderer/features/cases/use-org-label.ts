import { useTranslation } from 'react-i18next';
import { LOCAL_ORG } from '../../../shared/workflow/coordination';
import { keyLabel, useTable } from '../keys';

/** An organisation of the coordination fold (a key fingerprint, or this vault) in words:
 *  "this organisation", the name a hand-over gave its key, the keyring's label, or the
 *  fingerprint's start. */
export function useOrgLabel(names: ReadonlyMap<string, string>): (org: string) => string {
  const { t } = useTranslation();
  const keys = useTable('keys');
  return (org) => {
    if (org === LOCAL_ORG) return t('cases.coordination.us');
    const named = names.get(org);
    if (named !== undefined) return named;
    const key = keys.find((k) => k.fingerprint.toUpperCase() === org);
    return key === undefined ? `${org.slice(0, 16)}…` : keyLabel(key);
  };
}
