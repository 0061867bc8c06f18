import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SignatureSummary } from './signature-summary';

const COLOURS = {
  valid: 'green',
  'unknown-key': 'yellow',
  unsigned: 'gray',
  invalid: 'red',
  'expired-key': 'orange',
  'revoked-key': 'red',
} as const;

/** The precise signature result in words; the colour only repeats it. */
export function SignatureBadge({ summary }: { summary: SignatureSummary }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLOURS[summary.verdict]}
      variant="light"
      tt="none"
      size="lg"
      style={{ whiteSpace: 'normal', height: 'auto' }}
    >
      {t(`messages.signature.${summary.verdict}`, {
        signer: summary.signer,
        fingerprint: summary.fingerprint,
      })}
    </Badge>
  );
}
