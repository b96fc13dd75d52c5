// The live check beside the options: what the chosen programme holds, the file name it gets, and the
// texts it would print without a translation (or with characters no font has), each with a way to fix it.
import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, VisitDetail } from '../../../../src-main/shared/contract/entities';
import type {
  MissingTranslation,
  ProgrammeCheck,
  TextSource,
  UnprintableText,
} from '../../../../src-main/shared/contract/export-schemas';
import { hrefFor, navigate } from '../../app/route';
import { useBilingual } from '../../i18n/bilingual';
import { useDateFormat } from '../../i18n/dates';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAllSites, useVisitItems } from './queries';
import { fixPlace, fixRoute, groupByRecord, revealRecord, type RecordGroup } from './records';

interface Props {
  detail: VisitDetail;
  members: Member[];
  check: UseQueryResult<ProgrammeCheck>;
  /** The answer shown belongs to the options shown. */
  current: boolean;
  /** False while the scope lacks a leg, delegation or member. */
  complete: boolean;
  /** The user went to fix a record: the dialog closes. */
  onLeave: () => void;
}

const LANG_TAG = { en: 'en', zh: 'zh-CN' } as const;

/** "𠀀 (U+20000)": the character and the code the PDF prints in its place. */
const codePoint = (character: string) =>
  `${character} (U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;

/** Names a record of the check in the interface language, from the data the page already has. */
function useRecordName(detail: VisitDetail, members: Member[], groups: RecordGroup<TextSource>[]) {
  const { t } = useTranslation('export');
  const pick = useBilingual();
  const dates = useDateFormat();
  const items = useVisitItems(
    detail.visit.id,
    groups.some((g) => g.entity === 'item'),
  );
  const sites = useAllSites(groups.some((g) => g.entity === 'site'));
  return (group: RecordGroup<MissingTranslation | UnprintableText>): string => {
    // The record's own name if the page knows it, else the text the check quotes.
    const quoted = group.fields.find((f) => f.field === 'name' || f.field === 'title');
    const fallback = (quoted && 'text' in quoted ? quoted.text : '') || t('export:record.unnamed');
    const named = (value: string) => value || fallback;
    switch (group.entity) {
      case 'visit':
        return t('export:record.visit', { name: named(pick(detail.visit.title)) });
      case 'place': {
        const place = detail.legs.find((l) => l.place.id === group.id)?.place;
        return t('export:record.place', { name: named(pick(place?.name)) });
      }
      case 'delegation':
        return t('export:record.delegation', {
          name: named(pick(detail.delegations.find((d) => d.id === group.id)?.name)),
        });
      case 'member': {
        const member = members.find((m) => m.id === group.id);
        return t('export:record.member', {
          name: named(member ? [member.nameLatin, member.nameZh].filter(Boolean).join(' · ') : ''),
        });
      }
      case 'site':
        return t('export:record.site', { name: named(pick(sites.data?.find((s) => s.id === group.id)?.name)) });
      case 'item': {
        const item = items.data?.find((i) => i.id === group.id);
        return t('export:record.item', {
          date: group.date ? dates.short(group.date) : '',
          time: group.startTime ?? '',
          name: named(pick(item?.title)),
        });
      }
      default:
        return fallback;
    }
  };
}

function FixLink({
  visitId,
  group,
  record,
  onLeave,
}: {
  visitId: string;
  group: RecordGroup<TextSource>;
  record: string;
  onLeave: () => void;
}) {
  const { t } = useTranslation('export');
  const route = fixRoute(visitId, group.entity);
  const action = t(`export:fix.${fixPlace(group.entity)}`);
  return (
    <a
      className="export-fix"
      href={hrefFor(route)}
      aria-label={t('export:fix.label', { action, record })}
      onClick={(event) => {
        event.preventDefault();
        onLeave();
        navigate(route);
        revealRecord(group.entity, group.id);
      }}
    >
      {action}
    </a>
  );
}

export function CheckPanel({ detail, members, check, current, complete, onLeave }: Props) {
  const { t } = useTranslation(['export', 'programme']);
  const headingId = useId();
  const data = check.data;
  const missing = groupByRecord(data?.missing ?? []);
  const unprintable = groupByRecord(data?.unprintable ?? []);
  const recordName = useRecordName(detail, members, [...missing, ...unprintable]);

  const fieldLabel = (source: TextSource) => {
    if (source.entity === 'member' && source.field === 'title') return t('export:field.memberTitle');
    const key = `export:field.${source.field}`;
    return t(key, { defaultValue: source.field });
  };

  if (!complete) {
    return (
      <section className="export-check" aria-labelledby={headingId}>
        <h3 id={headingId}>{t('export:check.heading')}</h3>
        <p className="hint">{t('export:scope.incomplete')}</p>
      </section>
    );
  }

  const status = !data
    ? t('export:check.checking')
    : t('export:check.counts', {
        items: t('export:check.items', { count: data.itemCount }),
        days: t('export:check.days', { count: data.dayCount }),
      });

  return (
    <section className="export-check" aria-labelledby={headingId} aria-busy={!current}>
      <div className="export-check-head">
        <h3 id={headingId}>{t('export:check.heading')}</h3>
        {data && !current && (
          <span className="export-checking" role="status">
            {t('export:check.checking')}
          </span>
        )}
      </div>
      {check.error && !check.isFetching ? (
        <ErrorMessage error={check.error} />
      ) : (
        <>
          <p className="export-counts" aria-live="polite">
            {status}
            {data && <span className="muted"> · {t('export:check.revision', { revision: data.revision })}</span>}
          </p>
          {data && (
            <>
              <p className="export-filename">
                <span className="muted">{t('export:check.fileName')}</span> <code>{data.fileName}</code>
              </p>
              {data.itemCount === 0 && <p className="hint">{t('export:check.noItems')}</p>}
              {missing.length === 0 && unprintable.length === 0 && (
                <p className="export-complete">{t('export:check.complete')}</p>
              )}
            </>
          )}
        </>
      )}

      {data && missing.length > 0 && (
        <div className="export-findings export-missing">
          <h4>{t('export:check.missingHeading', { count: data.missing.length })}</h4>
          <p className="hint">
            {t('export:check.missingExplain', { en: t('programme:fallbackTag.en'), zh: t('programme:fallbackTag.zh') })}
          </p>
          <ul className="export-records">
            {missing.map((group) => {
              const record = recordName(group);
              return (
                <li key={group.key}>
                  <div className="export-record-head">
                    <strong>{record}</strong>
                    <FixLink visitId={detail.visit.id} group={group} record={record} onLeave={onLeave} />
                  </div>
                  <ul className="export-fields">
                    {group.fields.map((f) => (
                      <li key={`${f.field}-${f.missing}`}>
                        {t('export:check.missingField', {
                          field: fieldLabel(f),
                          language: t(`export:check.languageName.${f.missing}`),
                        })}{' '}
                        <q className="export-quote" lang={LANG_TAG[f.missing === 'en' ? 'zh' : 'en']}>
                          {f.text}
                        </q>
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </div>
      )}

      {data && unprintable.length > 0 && (
        <div className="export-findings export-unprintable">
          <h4>{t('export:check.unprintableHeading', { count: data.unprintable.length })}</h4>
          <p className="hint">{t('export:check.unprintableExplain')}</p>
          <ul className="export-records">
            {unprintable.map((group) => {
              const record = recordName(group);
              return (
                <li key={group.key}>
                  <div className="export-record-head">
                    <strong>{record}</strong>
                    <FixLink visitId={detail.visit.id} group={group} record={record} onLeave={onLeave} />
                  </div>
                  <ul className="export-fields">
                    {group.fields.map((f) => (
                      <li key={f.field}>
                        {t('export:check.unprintableField', {
                          field: fieldLabel(f),
                          characters: f.characters.map(codePoint).join(', '),
                        })}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
