import { useEffect, useId, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegation, Member } from '../../../../src-main/shared/contract/entities';
import { moveIdBy, moveIdTo } from '../../../../src-main/shared/domain/ordering';
import { useBilingual } from '../../i18n/bilingual';
import { ConfirmDeletion } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useUndoToast } from '../../ui/useUndoToast';
import { MemberForm } from './MemberForm';
import { useDeleteMember, useMembers, useReorderMembers } from './queries';

/** How a member is called in the active language: the Chinese-script name first in Chinese, the Latin one otherwise. */
export function useMemberName() {
  const { t, i18n } = useTranslation('delegations');
  return (member: Pick<Member, 'nameLatin' | 'nameZh'>) => {
    const zh = i18n.language.startsWith('zh');
    return (zh ? member.nameZh || member.nameLatin : member.nameLatin || member.nameZh) || t('members.unnamed');
  };
}

function MemberRow({
  member,
  position,
  total,
  editing,
  dragState,
  rowRef,
  onMove,
  onEdit,
  onDelete,
  onKeyDown,
  dragHandlers,
  hintId,
}: {
  member: Member;
  position: number;
  total: number;
  editing: boolean;
  dragState: 'dragging' | 'drop-before' | 'drop-after' | null;
  rowRef: (element: HTMLLIElement | null) => void;
  onMove: (delta: number) => void;
  onEdit: () => void;
  onDelete: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  dragHandlers: {
    onDragStart: (event: DragEvent<HTMLLIElement>) => void;
    onDragOver: (event: DragEvent<HTMLLIElement>) => void;
    onDrop: (event: DragEvent<HTMLLIElement>) => void;
    onDragEnd: () => void;
  };
  hintId: string;
}) {
  const { t } = useTranslation(['delegations', 'domain']);
  const pick = useBilingual();
  const name = useMemberName()(member);
  const secondName = name === member.nameLatin ? member.nameZh : member.nameLatin;
  const position_ = [pick(member.title), pick(member.organisation)].filter(Boolean).join(' · ');
  const dietary = pick(member.dietary);
  const contact = [member.email, member.phone].filter(Boolean).join(' · ');
  const classes = ['member-row', `member-role-${member.role}`, dragState ? `member-${dragState}` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li
      ref={rowRef}
      className={classes}
      tabIndex={0}
      draggable={!editing}
      aria-describedby={hintId}
      data-member-id={member.id}
      onKeyDown={onKeyDown}
      {...dragHandlers}
    >
      <span className="member-position" aria-hidden="true">
        {position}
      </span>
      <span className="drag-handle" aria-hidden="true" title={t('members.dragHint')}>
        ⠿
      </span>
      <div className="member-main">
        <div className="member-names">
          <strong lang={name === member.nameZh ? 'zh-CN' : 'en'}>{name}</strong>
          {secondName && (
            <span className="bilingual-secondary" lang={secondName === member.nameZh ? 'zh-CN' : 'en'}>
              {secondName}
            </span>
          )}
          <span className={`role-badge role-${member.role}`}>{t(`domain:memberRole.${member.role}`)}</span>
        </div>
        {position_ && <div className="member-detail">{position_}</div>}
        {(dietary || contact) && (
          <div className="member-detail member-detail-small">
            {dietary && (
              <span className="member-dietary">
                {t('members.dietaryLabel')} {dietary}
              </span>
            )}
            {contact && <span>{contact}</span>}
          </div>
        )}
      </div>
      <div className="member-actions">
        <button type="button" className="small" data-move="up" onClick={() => onMove(-1)} disabled={position === 1}>
          {t('members.moveUp')}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button
          type="button"
          className="small"
          data-move="down"
          onClick={() => onMove(1)}
          disabled={position === total}
        >
          {t('members.moveDown')}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" className="small" onClick={onEdit}>
          {t('members.edit')}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" className="small danger" onClick={onDelete}>
          {t('members.delete')}
          <span className="visually-hidden"> {name}</span>
        </button>
      </div>
    </li>
  );
}

/**
 * A delegation's members in order of precedence. Reorder by dragging a row, with the Move up / Move down
 * buttons, or with Alt+↑ / Alt+↓ on a focused row; each move is stored at once (`members.reorder`).
 */
export function MembersList({ delegation }: { delegation: Delegation }) {
  const { t } = useTranslation('delegations');
  const hintId = useId();
  const members = useMembers(delegation.id);
  const reorder = useReorderMembers(delegation);
  const remove = useDeleteMember(delegation);
  const undoToast = useUndoToast();
  const nameOf = useMemberName();
  const pick = useBilingual();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState<Member | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragId, setDragId] = useState<string | null>(null);
  const [drop, setDrop] = useState<{ id: string; after: boolean } | null>(null);
  /**
   * What to focus once the list is on screen again: a moved row (Alt+arrows), the Move button that was
   * pressed (moving a row in the DOM takes focus away from it), or a row whose form closed.
   */
  const pendingFocus = useRef<{ id: string; target: 'row' | 'up' | 'down'; order?: string } | null>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());

  const list = members.data ?? [];
  const ids = list.map((member) => member.id);

  useEffect(() => {
    const pending = pendingFocus.current;
    const row = pending && rows.current.get(pending.id);
    // After a move, wait for the list to show the new order (the reorder is applied a moment later).
    if (!pending || !row || (pending.order !== undefined && pending.order !== ids.join())) return;
    const button =
      pending.target === 'row' ? null : row.querySelector<HTMLButtonElement>(`[data-move="${pending.target}"]`);
    (button && !button.disabled ? button : row).focus();
    pendingFocus.current = null;
  });

  const applyOrder = (order: string[], moved: Member) => {
    if (order.join() === ids.join()) return;
    reorder.mutate(order);
    setAnnouncement(
      t('members.moved', { name: nameOf(moved), position: order.indexOf(moved.id) + 1, total: order.length }),
    );
  };
  const move = (member: Member, delta: number, focus: 'row' | 'button') => {
    const order = moveIdBy(ids, member.id, delta);
    if (!order) return;
    applyOrder(order, member);
    pendingFocus.current = {
      id: member.id,
      target: focus === 'row' ? 'row' : delta < 0 ? 'up' : 'down',
      order: order.join(),
    };
  };
  /** After creating a head of delegation, or making someone head: they go first. */
  const placeHeadFirst = (member: Member, before?: Member) => {
    if (member.role !== 'head' || before?.role === 'head') return;
    const current = before ? ids : [...ids, member.id];
    if (current[0] === member.id) return;
    reorder.mutate(moveIdTo(current, member.id, 0));
  };

  const onRowKeyDown = (member: Member) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    event.preventDefault();
    move(member, event.key === 'ArrowUp' ? -1 : 1, 'row');
  };

  const dragHandlers = (member: Member) => ({
    onDragStart: (event: DragEvent<HTMLLIElement>) => {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', member.id);
      setDragId(member.id);
    },
    onDragOver: (event: DragEvent<HTMLLIElement>) => {
      if (!dragId) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const rect = event.currentTarget.getBoundingClientRect();
      const after = event.clientY > rect.top + rect.height / 2;
      if (drop?.id !== member.id || drop.after !== after) setDrop({ id: member.id, after });
    },
    onDrop: (event: DragEvent<HTMLLIElement>) => {
      event.preventDefault();
      const dragged = list.find((m) => m.id === dragId);
      if (dragged && drop && drop.id !== dragged.id) {
        const without = ids.filter((id) => id !== dragged.id);
        const index = without.indexOf(drop.id) + (drop.after ? 1 : 0);
        applyOrder(moveIdTo(ids, dragged.id, index), dragged);
      }
      setDragId(null);
      setDrop(null);
    },
    onDragEnd: () => {
      setDragId(null);
      setDrop(null);
    },
  });

  const doDelete = (member: Member) =>
    remove
      .mutateAsync(member.id)
      .then(() => {
        setConfirming(null);
        const name = nameOf(member);
        undoToast(() => t('members.deleted', { name }), 'members.delete');
      })
      .catch(() => undefined); // the dialog shows remove.error

  return (
    <div className="members">
      <div className="members-head">
        <h4>{t('members.heading', { count: list.length })}</h4>
        {!adding && (
          <button type="button" className="small" onClick={() => setAdding(true)}>
            {t('members.add')}
          </button>
        )}
      </div>
      <p id={hintId} className="hint members-hint">
        {t('members.reorderHint')}
      </p>
      <ErrorMessage error={members.error ?? reorder.error} />
      {members.isSuccess && list.length === 0 && !adding && <p className="muted">{t('members.none')}</p>}
      {list.length > 0 && (
        <ol className="member-list" aria-label={t('members.listLabel')}>
          {list.map((member, index) =>
            editingId === member.id ? (
              <li key={member.id} className="member-row member-row-editing">
                <MemberForm
                  delegation={delegation}
                  member={member}
                  onDone={(saved, before) => {
                    setEditingId(null);
                    placeHeadFirst(saved, before);
                    pendingFocus.current = { id: saved.id, target: 'row' };
                  }}
                  onCancel={() => {
                    setEditingId(null);
                    pendingFocus.current = { id: member.id, target: 'row' };
                  }}
                />
              </li>
            ) : (
              <MemberRow
                key={member.id}
                member={member}
                position={index + 1}
                total={list.length}
                editing={editingId !== null}
                hintId={hintId}
                dragState={
                  dragId === member.id
                    ? 'dragging'
                    : drop?.id === member.id
                      ? drop.after
                        ? 'drop-after'
                        : 'drop-before'
                      : null
                }
                rowRef={(element) => {
                  if (element) rows.current.set(member.id, element);
                  else rows.current.delete(member.id);
                }}
                onMove={(delta) => move(member, delta, 'button')}
                onEdit={() => setEditingId(member.id)}
                onDelete={() => setConfirming(member)}
                onKeyDown={onRowKeyDown(member)}
                dragHandlers={dragHandlers(member)}
              />
            ),
          )}
        </ol>
      )}
      {adding && (
        <MemberForm
          delegation={delegation}
          onDone={(saved) => {
            setAdding(false);
            placeHeadFirst(saved);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {confirming && (
        <ConfirmDeletion
          title={t('members.confirmTitle')}
          confirmLabel={t('members.confirmDelete')}
          mutation={remove}
          onConfirm={() => doDelete(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>{t('members.confirmBody', { name: nameOf(confirming), delegation: pick(delegation.name) })}</p>
        </ConfirmDeletion>
      )}
    </div>
  );
}
