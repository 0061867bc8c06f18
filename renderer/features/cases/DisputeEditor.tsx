import { NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { disputeCategorySchema, type DisputeCategory } from '../../../shared/model';
import type { InvolvementView } from '../../../shared/workflow/projection';
import { CommitOrCancel, DialogButton } from './DialogAction';
import { required } from './policy-plan';
import type { CaseDetail } from './use-case-detail';

const CATEGORIES: readonly DisputeCategory[] = disputeCategorySchema.options;

function DisputeForm({
  inv,
  detail,
  onDone,
}: {
  inv: InvolvementView;
  detail: CaseDetail;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [category, setCategory] = useState<DisputeCategory | ''>(inv.dispute?.category ?? '');
  const [reason, setReason] = useState('');
  const planned =
    category === '' || reason.trim() === ''
      ? required
      : detail.plan([
          {
            type: 'vendor.disputed',
            payload: { involvementId: inv.id, category, reason: reason.trim() },
          },
        ]);
  return (
    <Stack gap="sm">
      <Text size="sm">{t('caseDispute.intro')}</Text>
      <NativeSelect
        label={t('caseDispute.category')}
        required
        value={category}
        onChange={(e) => setCategory(e.currentTarget.value as DisputeCategory | '')}
        data={[
          { value: '', label: t('caseDispute.chooseCategory') },
          ...CATEGORIES.map((c) => ({ value: c, label: t(`caseDispute.categories.${c}`) })),
        ]}
      />
      <Textarea
        label={t('caseDispute.reason')}
        required
        autosize
        minRows={3}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <CommitOrCancel
        detail={detail}
        planned={planned}
        save={t('caseDispute.record')}
        cancel={t('caseDispute.cancel')}
        onDone={onDone}
      />
    </Stack>
  );
}

/** "Record dispute" for one vendor row (issue 27 item 2): the vendor contests the report;
 *  the engine sets its status to disputed only with a category and the vendor's reason. */
export function DisputeEditor({
  inv,
  vendor,
  detail,
}: {
  inv: InvolvementView;
  vendor: string;
  detail: CaseDetail;
}) {
  const { t } = useTranslation();
  return (
    <DialogButton
      label={t('caseDispute.open')}
      ariaLabel={t('caseDispute.openFor', { vendor })}
      title={t('caseDispute.title', { vendor })}
      size="lg"
    >
      {(close) => <DisputeForm inv={inv} detail={detail} onDone={close} />}
    </DialogButton>
  );
}
