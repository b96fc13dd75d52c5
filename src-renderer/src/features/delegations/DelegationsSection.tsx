import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegation } from '../../../../src-main/shared/contract/entities';
import { useBilingual } from '../../i18n/bilingual';
import { BilingualText } from '../../ui/BilingualText';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useUndoToast } from '../../ui/useUndoToast';
import { ImportMembersButton, ImportMembersMenuCommand } from '../exchange/ImportMembersButton';
import { UnreviewedMarker } from '../places/PlacePicker';
import { usePlaceIndex } from '../places/queries';
import { DelegationForm } from './DelegationForm';
import { MembersList } from './MembersList';
import { useDeleteDelegation } from './queries';
import './delegations.css';

function DelegationCard({ delegation, visitId }: { delegation: Delegation; visitId: string }) {
  const { t } = useTranslation('delegations');
  const id = useId();
  const pick = useBilingual();
  const places = usePlaceIndex();
  const remove = useDeleteDelegation(visitId);
  const undoToast = useUndoToast();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const origins = delegation.originPlaceIds.map((placeId) => places.get(placeId)).filter((p) => p !== undefined);

  const doDelete = () =>
    remove
      .mutateAsync(delegation.id)
      .then(() => {
        setConfirming(false);
        const name = pick(delegation.name);
        undoToast(() => t('deleted', { name }), 'delegations.delete');
      })
      .catch(() => undefined); // the dialog shows remove.error

  return (
    <li className="delegation-card">
      <section aria-labelledby={`${id}-heading`}>
        <div className="delegation-head">
          <div className="delegation-title">
            <h3 id={`${id}-heading`}>
              <BilingualText value={delegation.name} />
            </h3>
            <span className="member-count">{t('memberCount', { count: delegation.memberCount })}</span>
          </div>
          {editing ? (
            <DelegationForm
              visitId={visitId}
              delegation={delegation}
              onDone={() => {
                setEditing(false);
                window.setTimeout(() => editButton.current?.focus());
              }}
              onCancel={() => {
                setEditing(false);
                window.setTimeout(() => editButton.current?.focus());
              }}
            />
          ) : (
            <>
              <dl className="delegation-facts">
                <div>
                  <dt>{t('fields.origins')}</dt>
                  <dd>
                    {origins.length === 0
                      ? t('noOrigins')
                      : origins.map((place, index) => (
                          <span key={place.id}>
                            {index > 0 && t('listSeparator')}
                            {pick(place.name)}
                            {!place.zhReviewed && <UnreviewedMarker />}
                          </span>
                        ))}
                  </dd>
                </div>
                <div>
                  <dt>{t('fields.homeTimeZone')}</dt>
                  <dd lang="en">{delegation.homeTimeZone}</dd>
                </div>
                {pick(delegation.notes) && (
                  <div className="delegation-notes">
                    <dt>{t('fields.notes')}</dt>
                    <dd>{pick(delegation.notes)}</dd>
                  </div>
                )}
              </dl>
              <div className="delegation-actions">
                <button ref={editButton} type="button" className="small" onClick={() => setEditing(true)}>
                  {t('edit')}
                  <span className="visually-hidden"> {pick(delegation.name)}</span>
                </button>
                <button type="button" className="small danger" onClick={() => setConfirming(true)}>
                  {t('delete')}
                  <span className="visually-hidden"> {pick(delegation.name)}</span>
                </button>
                <ImportMembersButton delegation={delegation} />
              </div>
            </>
          )}
        </div>
        <MembersList delegation={delegation} />
      </section>
      {confirming && (
        <ConfirmDialog
          title={t('confirmTitle')}
          confirmLabel={t('confirmDelete')}
          danger
          busy={remove.isPending}
          error={remove.error}
          onConfirm={doDelete}
          onCancel={() => {
            setConfirming(false);
            remove.reset();
          }}
        >
          <p>{t('confirmBody', { name: pick(delegation.name), count: delegation.memberCount })}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}

/** The visit's delegations with their member counts and members, and a form to add one. */
export function DelegationsSection({ visitId, delegations }: { visitId: string; delegations: Delegation[] }) {
  const { t } = useTranslation('delegations');
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <section className="card delegations-section" aria-labelledby="delegations-heading">
      <div className="card-head">
        <h2 id="delegations-heading">{t('heading')}</h2>
        {!adding && (
          <button ref={addButton} type="button" onClick={() => setAdding(true)}>
            {t('addButton')}
          </button>
        )}
      </div>
      <ImportMembersMenuCommand delegations={delegations} />
      {delegations.length === 0 && !adding && <p className="muted">{t('none')}</p>}
      {delegations.length > 0 && (
        <ul className="delegation-list">
          {delegations.map((delegation) => (
            <DelegationCard key={delegation.id} delegation={delegation} visitId={visitId} />
          ))}
        </ul>
      )}
      {adding && (
        <DelegationForm
          visitId={visitId}
          onDone={() => {
            setAdding(false);
            window.setTimeout(() => addButton.current?.focus());
          }}
          onCancel={() => {
            setAdding(false);
            window.setTimeout(() => addButton.current?.focus());
          }}
        />
      )}
    </section>
  );
}
