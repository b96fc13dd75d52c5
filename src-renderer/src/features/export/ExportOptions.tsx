// The export dialog's choices: what to print, in which language and layout, on which paper, with what.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, VisitDetail } from '../../../../src-main/shared/contract/entities';
import {
  BILINGUAL_LAYOUTS,
  PAPER_SIZES,
  PROGRAMME_LANGUAGES,
} from '../../../../src-main/shared/contract/export-schemas';
import { useBilingual } from '../../i18n/bilingual';
import { useDateFormat } from '../../i18n/dates';
import { SCOPES, type ExportChoices, type ResolvedScope } from './choices';

interface Props {
  detail: VisitDetail;
  /** Each delegation's members, in the order of detail.delegations. */
  members: Member[][];
  choices: ExportChoices;
  scope: ResolvedScope;
  onChange: (patch: Partial<ExportChoices>) => void;
  disabled: boolean;
}

function Radio({
  name,
  checked,
  onChange,
  children,
}: {
  name: string;
  checked: boolean;
  onChange: () => void;
  children: ReactNode;
}) {
  return (
    <label className="export-choice">
      <input type="radio" name={name} checked={checked} onChange={onChange} />
      <span>{children}</span>
    </label>
  );
}

export function ExportOptions({ detail, members, choices, scope, onChange, disabled }: Props) {
  const { t } = useTranslation('export');
  const pick = useBilingual();
  const dates = useDateFormat();
  const id = useId();
  const { legs, delegations } = detail;
  const delegationIndex = delegations.findIndex((d) => d.id === scope.delegationId);
  const delegationMembers = delegationIndex >= 0 ? (members[delegationIndex] ?? []) : [];

  const delegationSelect = (
    <div className="field export-select">
      <label htmlFor={`${id}-delegation`}>{t('export:scope.delegationLabel')}</label>
      <select
        id={`${id}-delegation`}
        value={scope.delegationId}
        onChange={(e) => onChange({ delegationId: e.target.value, memberId: '' })}
      >
        {delegations.map((d) => (
          <option key={d.id} value={d.id}>
            {pick(d.name)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <fieldset className="export-options" disabled={disabled}>
      <fieldset className="export-group">
        <legend>{t('export:scope.legend')}</legend>
        {SCOPES.map((kind) => (
          <div key={kind} className="export-scope">
            <Radio name={`${id}-scope`} checked={choices.scope === kind} onChange={() => onChange({ scope: kind })}>
              {t(`export:scope.${kind}`)}
            </Radio>
            {choices.scope === kind && kind === 'leg' && (
              <div className="export-sub">
                {legs.length === 0 ? (
                  <p className="hint">{t('export:scope.noLegs')}</p>
                ) : (
                  <div className="field export-select">
                    <label htmlFor={`${id}-leg`}>{t('export:scope.legLabel')}</label>
                    <select id={`${id}-leg`} value={scope.legId} onChange={(e) => onChange({ legId: e.target.value })}>
                      {legs.map((leg) => (
                        <option key={leg.id} value={leg.id}>
                          {t('export:scope.legOption', {
                            place: pick(leg.place.name),
                            dates: dates.range(leg.startDate, leg.endDate),
                          })}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
              </div>
            )}
            {choices.scope === kind && (kind === 'delegation' || kind === 'member') && (
              <div className="export-sub">
                {delegations.length === 0 ? (
                  <p className="hint">{t('export:scope.noDelegations')}</p>
                ) : (
                  <>
                    {delegationSelect}
                    {kind === 'member' &&
                      (delegationMembers.length === 0 ? (
                        <p className="hint">{t('export:scope.noMembers')}</p>
                      ) : (
                        <div className="field export-select">
                          <label htmlFor={`${id}-member`}>{t('export:scope.memberLabel')}</label>
                          <select
                            id={`${id}-member`}
                            value={scope.memberId}
                            onChange={(e) => onChange({ memberId: e.target.value })}
                          >
                            {delegationMembers.map((m) => (
                              <option key={m.id} value={m.id}>
                                {[m.nameLatin, m.nameZh].filter(Boolean).join(' · ')}
                              </option>
                            ))}
                          </select>
                        </div>
                      ))}
                  </>
                )}
              </div>
            )}
          </div>
        ))}
      </fieldset>

      <fieldset className="export-group">
        <legend>{t('export:language.legend')}</legend>
        {PROGRAMME_LANGUAGES.map((language) => (
          <Radio
            key={language}
            name={`${id}-language`}
            checked={choices.language === language}
            onChange={() => onChange({ language })}
          >
            {t(`export:language.${language}`)}
          </Radio>
        ))}
        {choices.language === 'bilingual' && (
          <fieldset className="export-group export-sub">
            <legend>{t('export:language.layoutLegend')}</legend>
            {BILINGUAL_LAYOUTS.map((layout) => (
              <Radio
                key={layout}
                name={`${id}-layout`}
                checked={choices.layout === layout}
                onChange={() => onChange({ layout })}
              >
                {t(`export:language.${layout}`)}
              </Radio>
            ))}
          </fieldset>
        )}
      </fieldset>

      <fieldset className="export-group">
        <legend>{t('export:paper.legend')}</legend>
        <div className="export-inline">
          {PAPER_SIZES.map((paper) => (
            <Radio
              key={paper}
              name={`${id}-paper`}
              checked={choices.paper === paper}
              onChange={() => onChange({ paper })}
            >
              {t(`export:paper.${paper}`)}
            </Radio>
          ))}
        </div>
      </fieldset>

      <fieldset className="export-group">
        <legend>{t('export:options.legend')}</legend>
        {(['participants', 'addresses', 'dayBreaks'] as const).map((option) => (
          <label key={option} className="export-choice">
            <input
              type="checkbox"
              checked={choices[option]}
              onChange={(e) => onChange({ [option]: e.target.checked })}
            />
            <span>{t(`export:options.${option}`)}</span>
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
