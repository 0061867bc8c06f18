import { Alert } from '@mantine/core';
import { alertStyles } from './a11y-styles';

/** The outcome of an action on the advisory tab: a status when it worked, an alert if not. */
export function OutcomeAlert({ message }: { message: { ok: boolean; text: string } | null }) {
  if (message === null) return null;
  return (
    <Alert
      styles={alertStyles}
      color={message.ok ? 'green' : 'red'}
      role={message.ok ? 'status' : 'alert'}
    >
      {message.text}
    </Alert>
  );
}
