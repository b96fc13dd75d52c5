import { useId } from 'react';
import { COMMON_TIME_ZONES, utcOffsetLabel } from './timeZones';

export interface TimeZoneInputProps {
  id?: string;
  value: string;
  onChange: (zone: string) => void;
  onCommit?: (zone: string) => void;
  onFocus?: () => void;
  invalid?: boolean;
  describedBy?: string;
  required?: boolean;
}

/** A free IANA time-zone input ("Asia/Shanghai") with the common zones and their UTC offsets as suggestions. */
export function TimeZoneInput({
  id,
  value,
  onChange,
  onCommit,
  onFocus,
  invalid,
  describedBy,
  required,
}: TimeZoneInputProps) {
  const listId = useId();
  return (
    <>
      <input
        id={id}
        className="time-zone-input"
        list={listId}
        value={value}
        lang="en"
        spellCheck={false}
        autoComplete="off"
        required={required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        onFocus={onFocus}
        onBlur={(event) => onCommit?.(event.target.value.trim())}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && onCommit) {
            event.preventDefault();
            onCommit(value.trim());
          }
        }}
      />
      <datalist id={listId}>
        {COMMON_TIME_ZONES.map((zone) => (
          <option key={zone} value={zone}>
            {utcOffsetLabel(zone)}
          </option>
        ))}
      </datalist>
    </>
  );
}
