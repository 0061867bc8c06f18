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
      // Dark text on the light tint: the tint's own text colour (green on pale green) falls
      // short of 4.5:1 contrast.
      c="dark.9"
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
