import { format, parseISO } from 'date-fns';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { DayPicker } from 'react-day-picker';
import { enGB, zhCN } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import { useTranslation } from 'react-i18next';
import { parseDateText } from '../i18n/date-text';
import { dateFnsLocale } from '../i18n/dates';
import './date-input.css';

export interface DateInputProps {
  id?: string;
  /** An ISO date (yyyy-MM-dd), or '' for none. */
  value: string;
  /** Called with each complete, real date the user types or picks; '' when the field is emptied or its text is not a date. */
  onChange: (isoDate: string) => void;
  /** Called after a day is chosen from the calendar (a finished choice, unlike typing). */
  onPick?: (isoDate: string) => void;
  onBlur?: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onFocus?: () => void;
  required?: boolean;
  autoFocus?: boolean;
  invalid?: boolean;
  describedBy?: string;
}

/**
 * A date field that speaks the app's language, whatever the system's: the date is shown as
 * "Sun 2 Jul 2023" or "2023年7月2日 周日", typed in any common form (see date-text.ts), or picked from
 * a calendar in the active language (weeks start on Monday). The browser's own date input cannot do
 * this: its format follows the operating system's locale.
 */
export function DateInput({
  id,
  value,
  onChange,
  onPick,
  onBlur,
  onKeyDown,
  onFocus,
  required,
  autoFocus,
  invalid,
  describedBy,
}: DateInputProps) {
  const { t, i18n } = useTranslation('ui');
  const zh = i18n.language.startsWith('zh');
  const locale = dateFnsLocale(i18n.language);
  const shown = (iso: string) => (iso ? format(parseISO(iso), t('dateInput.format'), { locale }) : '');
  const [text, setText] = useState(() => shown(value));
  const [typedWrong, setTypedWrong] = useState(false);
  const [open, setOpen] = useState(false);
  const focused = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const hintId = useId();
  /** The calendar opens on the last real date, even while the text is not one. */
  const [lastDate, setLastDate] = useState(value);
  if (value && value !== lastDate) setLastDate(value);
  const calendarId = useId();

  // A new value from outside (or a language switch) is shown, unless the user is typing.
  const display = shown(value);
  useEffect(() => {
    if (!focused.current) {
      setText(display);
      setTypedWrong(false);
    }
  }, [display]);

  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  const type = (next: string) => {
    setText(next);
    const iso = next.trim() === '' ? '' : parseDateText(next);
    setTypedWrong(iso === null);
    // Text that is no date leaves no date behind: a form must not go on with the last good one.
    if ((iso ?? '') !== value) onChange(iso ?? '');
  };
  const pick = (date: Date | undefined) => {
    if (date) {
      const iso = format(date, 'yyyy-MM-dd');
      setText(shown(iso));
      setTypedWrong(false);
      onChange(iso);
      onPick?.(iso);
    }
    setOpen(false);
    input.current?.focus();
  };

  return (
    <div className="date-input" ref={wrapper}>
      <div className="date-input-row">
        <input
          id={id}
          ref={input}
          type="text"
          autoComplete="off"
          value={text}
          required={required}
          autoFocus={autoFocus}
          aria-invalid={invalid || typedWrong || undefined}
          aria-describedby={[describedBy, typedWrong ? hintId : ''].filter(Boolean).join(' ') || undefined}
          placeholder={t('dateInput.placeholder')}
          onChange={(event) => type(event.target.value)}
          onFocus={() => {
            focused.current = true;
            onFocus?.();
          }}
          onBlur={() => {
            focused.current = false;
            if (!typedWrong) setText(shown(value));
            onBlur?.();
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && event.altKey) {
              event.preventDefault();
              setOpen(true);
              return;
            }
            onKeyDown?.(event);
          }}
        />
        <button
          type="button"
          className="date-input-button"
          aria-label={t('dateInput.openCalendar')}
          aria-expanded={open}
          aria-controls={open ? calendarId : undefined}
          onClick={() => setOpen(!open)}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
          </svg>
        </button>
      </div>
      {typedWrong && (
        <p id={hintId} className="field-error" role="alert">
          {t('dateInput.invalid')}
        </p>
      )}
      {open && (
        <div
          id={calendarId}
          className="date-input-calendar"
          role="dialog"
          aria-label={t('dateInput.calendar')}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation(); // an Escape here closes the calendar, not the dialog around the field
            setOpen(false);
            input.current?.focus();
          }}
        >
          <DayPicker
            mode="single"
            locale={zh ? zhCN : enGB}
            weekStartsOn={1}
            selected={value ? parseISO(value) : undefined}
            defaultMonth={lastDate ? parseISO(lastDate) : undefined}
            onSelect={pick}
            autoFocus
          />
        </div>
      )}
    </div>
  );
}

/** A labelled DateInput in the app's field layout. */
export function DateField({
  label,
  className = 'field',
  ...props
}: Omit<DateInputProps, 'id'> & { label: string; className?: string }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>
        <span>{label}</span>
      </label>
      <DateInput id={id} {...props} />
    </div>
  );
}
