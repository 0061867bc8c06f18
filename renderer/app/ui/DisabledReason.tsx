import { Stack, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** What the wrapped control spreads onto itself: disabled, and described by its reason. */
export type DisabledControlProps = { disabled: boolean; 'aria-describedby'?: string };

type Props = {
  /** Why the control is not available now, and what to do about it; null when it is. */
  reason: string | null;
  children: (control: DisabledControlProps) => ReactNode;
};

/**
 * A control that is disabled says why beside it, in words a screen reader also reads (the
 * reason describes the control). A greyed-out button alone leaves the analyst guessing.
 *
 *   <DisabledReason reason={ready ? null : t('…')}>
 *     {(control) => <Button {...control}>…</Button>}
 *   </DisabledReason>
 */
export function DisabledReason({ reason, children }: Props) {
  const id = useId();
  const control: DisabledControlProps =
    reason === null ? { disabled: false } : { disabled: true, 'aria-describedby': id };
  return (
    <Stack gap={4} align="flex-start">
      {children(control)}
      {reason !== null && (
        <Text id={id} size="sm" c="gray.7">
          {reason}
        </Text>
      )}
    </Stack>
  );
}
