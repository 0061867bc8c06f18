import { Button, Group, Modal } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Planned } from './case-commands';
import { EngineButton } from './EngineButton';
import type { CaseDetail } from './use-case-detail';

/** A vendor row's button that opens its form in a dialog; the form is mounted only while
 *  open, so each opening starts from the case as it is. */
export function DialogButton({
  label,
  ariaLabel,
  title,
  size,
  children,
}: {
  label: string;
  ariaLabel: string;
  title: string;
  size: 'lg' | 'xl';
  children: (close: () => void) => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  const close = () => setOpened(false);
  return (
    <>
      <Button
        size="xs"
        variant="default"
        c="dark.9"
        aria-label={ariaLabel}
        onClick={() => setOpened(true)}
      >
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} size={size}>
        {opened && children(close)}
      </Modal>
    </>
  );
}

/** A form's engine-checked save (closing the form once written) and its cancel. */
export function CommitOrCancel({
  detail,
  planned,
  save,
  cancel,
  onDone,
}: {
  detail: CaseDetail;
  planned: Planned;
  save: string;
  cancel: string;
  onDone: () => void;
}) {
  return (
    <Group gap="xs" align="start">
      <EngineButton
        variant="filled"
        planned={planned}
        onRun={async (p) => {
          const failure = await detail.commit(p);
          if (failure === null) onDone();
          return failure;
        }}
      >
        {save}
      </EngineButton>
      <Button variant="default" c="dark.9" onClick={onDone}>
        {cancel}
      </Button>
    </Group>
  );
}
