import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { computeCvss } from '../../../shared/advisory';
import { inputStyles } from './a11y-styles';

/** A CVSS vector with its live base score (ae-cvss-calculator via shared/advisory). */
export function CvssInput({
  label,
  value,
  placeholder,
  onChange,
}: {
  label: string;
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const result = value.trim() === '' ? null : computeCvss(value.trim());
  return (
    <TextInput
      styles={inputStyles}
      label={label}
      value={value}
      placeholder={placeholder}
      onChange={(e) => onChange(e.currentTarget.value)}
      description={
        result?.ok
          ? t('advisories.cvss.score', {
              score: result.value.baseScore.toFixed(1),
              severity: result.value.baseSeverity,
            })
          : undefined
      }
      error={
        result && !result.ok
          ? t('advisories.cvss.invalid', { reason: result.error.message })
          : undefined
      }
    />
  );
}
