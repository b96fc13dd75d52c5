import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegation } from '../../../../src-main/shared/contract/entities';
import { moveIdBy } from '../../../../src-main/shared/domain/ordering';
import { useBilingual } from '../../i18n/bilingual';
import { BilingualText } from '../../ui/BilingualText';
import { ConfirmDeletion } from '../../ui/ConfirmDialog';
import { useUndoToast } from '../../ui/useUndoToast';
import { ImportMembersButton, ImportMembersMenuCommand } from '../exchange/ImportMembersButton';
import { UnreviewedMarker } from '../places/PlacePicker';
import { usePlaceIndex } from '../places/queries';
import { DelegationForm } from './DelegationForm';
import { MembersList } from './MembersList';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useDeleteDelegation, useReorderDelegations } from './queries';
import './delegations.css';

interface CardPlace {
  position: number;
  total: number;
  /** Moves the delegation `delta` places; `focus` says which Move button to focus afterwards. */
  onMove: (delta: number, focus: 'up' | 'down') => void;
}

function DelegationCard({ delegation, visitId, place }: { delegation: Delegation; visitId: string; place: CardPlace }) {
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

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if ((event.target as HTMLElement).closest('input, textarea, select, .members')) return;
    event.preventDefault();
    place.onMove(event.key === 'ArrowUp' ? -1 : 1, event.key === 'ArrowUp' ? 'up' : 'down');
  };

  return (
    <li className="delegation-card" data-delegation-id={delegation.id} onKeyDown={onKeyDown}>
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
                {place.total > 1 && (
                  <>
                    <button
                      type="button"
                      className="small"
                      data-move="up"
                      disabled={place.position === 1}
                      onClick={() => place.onMove(-1, 'up')}
                    >
                      {t('moveUp')}
                      <span className="visually-hidden"> {pick(delegation.name)}</span>
                    </button>
                    <button
                      type="button"
                      className="small"
                      data-move="down"
                      disabled={place.position === place.total}
                      onClick={() => place.onMove(1, 'down')}
                    >
                      {t('moveDown')}
                      <span className="visually-hidden"> {pick(delegation.name)}</span>
                    </button>
                  </>
                )}
              </div>
            </>
          )}
        </div>
        <MembersList delegation={delegation} />
      </section>
      {confirming && (
        <ConfirmDeletion
          title={t('confirmTitle')}
          confirmLabel={t('confirmDelete')}
          mutation={remove}
          onConfirm={doDelete}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('confirmBody', { name: pick(delegation.name), count: delegation.memberCount })}</p>
        </ConfirmDeletion>
      )}
    </li>
  );
}

/**
 * The visit's delegations in their order (the order of the printed programme and the participant
 * lists), with member counts and members, and a form to add one. Reorder with Move up / Move down or
 * Alt+↑ / Alt+↓ within a delegation's card; each move is stored at once (`delegations.reorder`).
 */
export function DelegationsSection({ visitId, delegations }: { visitId: string; delegations: Delegation[] }) {
  const { t } = useTranslation('delegations');
  const pick = useBilingual();
  const reorder = useReorderDelegations(visitId);
  const [adding, setAdding] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  /** The Move button to focus once the moved card is on screen in its new place (moving it in the DOM loses focus). */
  const pendingFocus = useRef<{ id: string; button: 'up' | 'down'; order: string } | null>(null);
  const ids = delegations.map((d) => d.id);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || pending.order !== ids.join()) return;
    const card = list.current?.querySelector<HTMLElement>(`[data-delegation-id="${pending.id}"]`);
    const button = card?.querySelector<HTMLButtonElement>(`[data-move="${pending.button}"]`);
    const other = card?.querySelector<HTMLButtonElement>(`[data-move="${pending.button === 'up' ? 'down' : 'up'}"]`);
    (button && !button.disabled ? button : other)?.focus();
    pendingFocus.current = null;
  });

  const move = (delegation: Delegation) => (delta: number, focus: 'up' | 'down') => {
    const order = moveIdBy(ids, delegation.id, delta);
    if (!order) return;
    reorder.mutate(order);
    pendingFocus.current = { id: delegation.id, button: focus, order: order.join() };
    setAnnouncement(
      t('moved', { name: pick(delegation.name), position: order.indexOf(delegation.id) + 1, total: order.length }),
    );
  };
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
      {delegations.length > 1 && <p className="hint">{t('reorderHint')}</p>}
      <ErrorMessage error={reorder.error} />
      {delegations.length > 0 && (
        <ul ref={list} className="delegation-list">
          {delegations.map((delegation, index) => (
            <DelegationCard
              key={delegation.id}
              delegation={delegation}
              visitId={visitId}
              place={{ position: index + 1, total: delegations.length, onMove: move(delegation) }}
            />
          ))}
        </ul>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
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
