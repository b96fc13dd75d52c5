import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../src-main/shared/contract/entities';
import { FieldError } from './FieldError';
import './ui.css';

export interface BilingualInputProps {
  /** The field's name in the active language, e.g. "Title"; the two inputs read "Title (English)", "Title (Chinese)". */
  label: string;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  /** Called when one of the two inputs loses focus, or on Enter in a single-line input (in-place saving). */
  onCommit?: (value: Bilingual) => void;
  /** Which input has focus ('en', 'zh') or null: in-place editors keep that part of their draft. */
  onEditingChange?: (key: 'en' | 'zh' | null) => void;
  multiline?: boolean;
  /** Translated problems of this field (shown under both inputs). */
  errors?: string[];
  autoFocus?: boolean;
  /** Marks the pair as needing at least one language. */
  required?: boolean;
  className?: string;
  disabled?: boolean;
}

/**
 * An English and a Chinese input side by side (stacked on narrow windows), each labelled and marked
 * with its language so that spell checking and fonts follow it.
 */
export function BilingualInput({
  label,
  value,
  onChange,
  onCommit,
  onEditingChange,
  multiline = false,
  errors = [],
  autoFocus,
  required,
  className,
  disabled,
}: BilingualInputProps) {
  const { t } = useTranslation('ui');
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = errors.length > 0;
  const languages = [
    { key: 'en' as const, lang: 'en', label: t('bilingual.en', { label }) },
    { key: 'zh' as const, lang: 'zh-CN', label: t('bilingual.zh', { label }) },
  ];
  return (
    <div className={`bilingual-input${className ? ` ${className}` : ''}`}>
      <div className="bilingual-input-pair">
        {languages.map(({ key, lang, label: inputLabel }, index) => {
          const common = {
            id: `${id}-${key}`,
            lang,
            value: value[key],
            disabled,
            autoFocus: autoFocus && index === 0,
            'aria-invalid': invalid || undefined,
            'aria-describedby': invalid ? errorId : undefined,
            'aria-required': required || undefined,
            onFocus: () => onEditingChange?.(key),
            onBlur: () => {
              onEditingChange?.(null);
              onCommit?.(value);
            },
          };
          return (
            <label className="field" key={key}>
              <span>{inputLabel}</span>
              {multiline ? (
                <textarea
                  {...common}
                  rows={3}
                  onChange={(event) => onChange({ ...value, [key]: event.target.value })}
                />
              ) : (
                <input
                  {...common}
                  onChange={(event) => onChange({ ...value, [key]: event.target.value })}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' && onCommit) {
                      event.preventDefault();
                      onCommit(value);
                    }
                  }}
                />
              )}
            </label>
          );
        })}
      </div>
      <FieldError id={errorId} messages={errors} />
    </div>
  );
}
