import i18next from 'i18next';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual, Delegation, Member } from '../../../../src-main/shared/contract/entities';
import { MEMBER_ROLES, type MemberRole } from '../../../../src-main/shared/domain/vocabulary';
import { BilingualInput } from '../../ui/BilingualInput';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FieldError } from '../../ui/FieldError';
import { useFieldIssues, withoutIssues } from '../../ui/fieldIssues';
import { useCreateMember, useUpdateMember } from './queries';

const EMPTY: Bilingual = { en: '', zh: '' };
const DIETARY_PICKS = ['vegetarian', 'halal'] as const;
type DietaryPick = (typeof DIETARY_PICKS)[number];

/** A quick pick's text in both languages (glossary: vegetarian 素食, halal 清真). */
const dietaryValue = (pick: DietaryPick): Bilingual => ({
  en: i18next.getFixedT('en', 'delegations')(`dietary.${pick}`),
  zh: i18next.getFixedT('zh-CN', 'delegations')(`dietary.${pick}`),
});

/** Adds a quick pick to what is already written, in each language, unless it is there already. */
function addDietary(current: Bilingual, pick: DietaryPick): Bilingual {
  const value = dietaryValue(pick);
  const join = (text: string, add: string, separator: string) =>
    !text.trim() ? add : text.includes(add) ? text : `${text.trim()}${separator}${add}`;
  return { en: join(current.en, value.en, ', '), zh: join(current.zh, value.zh, '、') };
}

type Fields = Omit<Member, 'id' | 'delegationId' | 'precedence'>;

const blank = (): Fields => ({
  nameLatin: '',
  nameZh: '',
  title: EMPTY,
  organisation: EMPTY,
  role: 'member',
  email: '',
  phone: '',
  dietary: EMPTY,
  notes: EMPTY,
});

/** Adds a member to a delegation or edits one. */
export function MemberForm({
  delegation,
  member,
  onDone,
  onCancel,
}: {
  delegation: Delegation;
  member?: Member;
  onDone: (member: Member, before?: Member) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['delegations', 'domain', 'errors']);
  const id = useId();
  const create = useCreateMember(delegation);
  const update = useUpdateMember(delegation);
  const mutation = member ? update : create;
  const issues = useFieldIssues(mutation.error);
  const [fields, setFields] = useState<Fields>(() => {
    if (!member) return blank();
    const { id: _id, delegationId: _d, precedence: _p, ...rest } = member;
    return rest;
  });
  const [nameMissing, setNameMissing] = useState(false);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!fields.nameLatin.trim() && !fields.nameZh.trim()) {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    if (member) update.mutate({ id: member.id, patch: fields }, { onSuccess: (saved) => onDone(saved, member) });
    else create.mutate(fields, { onSuccess: (saved) => onDone(saved) });
  };

  const nameErrors = [
    ...(nameMissing ? [t('errors:field.required_one_language')] : []),
    ...issues('nameLatin'),
    ...issues('nameZh'),
  ];
  const input = (key: 'email' | 'phone', type: string, label: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        type={type}
        value={fields[key]}
        lang="en"
        autoComplete="off"
        aria-invalid={issues(key).length > 0 || undefined}
        aria-describedby={issues(key).length ? `${id}-${key}-error` : undefined}
        onChange={(event) => set(key, event.target.value)}
      />
      <FieldError id={`${id}-${key}-error`} messages={issues(key)} />
    </label>
  );

  return (
    <form className="member-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{member ? t('memberForm.editHeading') : t('memberForm.addHeading')}</h4>
      <div className="member-form-grid">
        <label className="field">
          <span>{t('fields.role')}</span>
          <select value={fields.role} onChange={(event) => set('role', event.target.value as MemberRole)} autoFocus>
            {MEMBER_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`domain:memberRole.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('fields.nameLatin')}</span>
          <input
            value={fields.nameLatin}
            lang="en"
            autoComplete="off"
            aria-invalid={nameErrors.length > 0 || undefined}
            aria-describedby={nameErrors.length ? `${id}-name-error` : undefined}
            onChange={(event) => set('nameLatin', event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('fields.nameZh')}</span>
          <input
            value={fields.nameZh}
            lang="zh-CN"
            autoComplete="off"
            aria-invalid={nameErrors.length > 0 || undefined}
            aria-describedby={nameErrors.length ? `${id}-name-error` : undefined}
            onChange={(event) => set('nameZh', event.target.value)}
          />
        </label>
      </div>
      <FieldError id={`${id}-name-error`} messages={nameErrors} />
      {fields.role === 'head' && <p className="field-note">{t('memberForm.headFirst')}</p>}
      <BilingualInput
        label={t('fields.title')}
        value={fields.title}
        onChange={(v) => set('title', v)}
        errors={issues('title')}
      />
      <BilingualInput
        label={t('fields.organisation')}
        value={fields.organisation}
        onChange={(v) => set('organisation', v)}
        errors={issues('organisation')}
      />
      <div className="dietary-field">
        <BilingualInput
          label={t('fields.dietary')}
          value={fields.dietary}
          onChange={(v) => set('dietary', v)}
          errors={issues('dietary')}
        />
        <div className="quick-picks" role="group" aria-label={t('memberForm.quickPicks')}>
          <span className="muted">{t('memberForm.quickPicks')}</span>
          {DIETARY_PICKS.map((pick) => (
            <button
              key={pick}
              type="button"
              className="small"
              onClick={() => set('dietary', addDietary(fields.dietary, pick))}
            >
              {t(`dietary.${pick}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="member-form-grid">
        {input('email', 'email', t('fields.email'))}
        {input('phone', 'tel', t('fields.phone'))}
      </div>
      <BilingualInput
        label={t('fields.notes')}
        value={fields.notes}
        onChange={(v) => set('notes', v)}
        multiline
        errors={issues('notes')}
      />
      <ErrorMessage
        error={withoutIssues(
          mutation.error,
          ['nameLatin', 'nameZh', 'title', 'organisation', 'dietary', 'email', 'phone', 'notes'],
          true,
        )}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {member ? t('memberForm.save') : t('memberForm.add')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('memberForm.cancel')}
        </button>
      </div>
    </form>
  );
}
