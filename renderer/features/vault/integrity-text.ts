import type { AuditIntegrity } from '../../store/audit-anchor';

/** One sentence of the unlock warning: an i18n key under `vault.integrity` and its values. */
export type IntegrityLine = {
  key: 'links' | 'tail-missing' | 'head-mismatch' | 'anchor-invalid' | 'rolled-back';
  values: Record<string, number>;
};

/** What to tell the analyst about the audit log found at unlock (empty when sound). */
export const integrityLines = (integrity: AuditIntegrity | null): IntegrityLine[] => {
  if (integrity === null || integrity.ok) return [];
  const lines: IntegrityLine[] = [];
  if (!integrity.links.ok) lines.push({ key: 'links', values: { seq: integrity.links.seq } });
  const a = integrity.anchor;
  if (a.status === 'tail-missing' || a.status === 'head-mismatch')
    lines.push({ key: a.status, values: { anchored: a.anchoredSeq, head: a.headSeq } });
  if (a.status === 'anchor-invalid') lines.push({ key: 'anchor-invalid', values: {} });
  if (integrity.mirror === 'rolled-back') lines.push({ key: 'rolled-back', values: {} });
  return lines;
};
