import { useState } from 'react';
import type { Conflict } from '../../../../src-main/shared/domain/conflicts';
import { conflictMessage, type ConflictLookups } from './conflictText';
import { Icon } from './Icon';
import type { ItineraryText } from './text';

/** The visit's conflicts and warnings: a one-line summary that opens into a list linking to each item. */
export function ConflictPanel({
  conflicts,
  lookups,
  text,
  onGoTo,
}: {
  conflicts: Conflict[] | undefined;
  lookups: ConflictLookups;
  text: ItineraryText;
  onGoTo: (itemId: string) => void;
}) {
  const { t, pick } = text;
  const [open, setOpen] = useState(false);
  if (!conflicts) return null;
  const errors = conflicts.filter((c) => c.severity === 'error').length;
  const warnings = conflicts.length - errors;

  if (conflicts.length === 0) {
    return (
      <p className="checks checks-ok" role="status">
        <Icon name="ok" />
        {t('itinerary:conflicts.none')}
      </p>
    );
  }

  return (
    <details
      className={`checks ${errors ? 'checks-error' : 'checks-warning'}`}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <Icon name={errors ? 'error' : 'warning'} />
        <span role="status">
          {t('itinerary:conflicts.summary', {
            errors: t('itinerary:conflicts.errors', { count: errors }),
            warnings: t('itinerary:conflicts.warnings', { count: warnings }),
          })}
        </span>
        <Icon name="chevron" size={14} />
      </summary>
      {open && (
        <ol className="checks-list">
          {conflicts.map((conflict, index) => {
            const item = lookups.items.get(conflict.itemIds[0]);
            const title = item ? pick(item.title) || t('itinerary:item.untitled') : '';
            return (
              <li
                key={`${conflict.rule}-${conflict.itemIds.join('-')}-${index}`}
                className={`check-entry sev-${conflict.severity}`}
              >
                <span className={`check-sev sev-${conflict.severity}`}>
                  {t(`itinerary:conflicts.${conflict.severity}`)}
                </span>
                {item && (
                  <button
                    type="button"
                    className="link-button check-item"
                    onClick={() => onGoTo(item.id)}
                    title={t('itinerary:conflicts.goTo', { title })}
                  >
                    <span className="check-when">
                      {text.short(item.date)} {item.startTime}
                    </span>{' '}
                    {title}
                  </button>
                )}
                <span className="check-message">{conflictMessage(conflict, conflict.itemIds[0], lookups, text)}</span>
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
