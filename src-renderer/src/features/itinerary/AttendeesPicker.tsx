import type { Delegation, ItineraryItem, Member } from '../../../../src-main/shared/contract/entities';
import type { ItineraryText } from './text';

type Attendees = ItineraryItem['attendees'];

/** Everyone, or a choice of whole delegations and/or individual members. */
export function AttendeesPicker({
  value,
  onChange,
  delegations,
  members,
  text,
}: {
  value: Attendees;
  onChange: (value: Attendees) => void;
  delegations: Delegation[];
  members: Member[];
  text: ItineraryText;
}) {
  const { t, pick } = text;
  if (delegations.length === 0) {
    return (
      <fieldset className="attendees">
        <legend>{t('itinerary:attendees.legend')}</legend>
        <p className="hint">{t('itinerary:attendees.noDelegations')}</p>
      </fieldset>
    );
  }
  const selection = value ?? { delegationIds: [], memberIds: [] };
  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...new Set([...list, id])] : list.filter((x) => x !== id);

  return (
    <fieldset className="attendees">
      <legend>{t('itinerary:attendees.legend')}</legend>
      <div className="attendees-mode">
        <label className="check">
          <input type="radio" name="attendees-mode" checked={value === null} onChange={() => onChange(null)} />
          {t('itinerary:attendees.everyone')}
        </label>
        <label className="check">
          <input
            type="radio"
            name="attendees-mode"
            checked={value !== null}
            onChange={() => onChange({ delegationIds: [], memberIds: [] })}
          />
          {t('itinerary:attendees.selected')}
        </label>
      </div>
      {value !== null && (
        <div className="attendees-grid">
          {delegations.map((delegation) => {
            const whole = selection.delegationIds.includes(delegation.id);
            const own = members.filter((m) => m.delegationId === delegation.id);
            return (
              <div key={delegation.id} className="attendees-delegation" role="group" aria-label={pick(delegation.name)}>
                <label className="check attendees-whole">
                  <input
                    type="checkbox"
                    checked={whole}
                    onChange={(e) =>
                      onChange({
                        delegationIds: toggle(selection.delegationIds, delegation.id, e.target.checked),
                        // A whole delegation includes its members: drop them from the individual list.
                        memberIds: e.target.checked
                          ? selection.memberIds.filter((id) => !own.some((m) => m.id === id))
                          : selection.memberIds,
                      })
                    }
                  />
                  <span>
                    <strong>{pick(delegation.name)}</strong>
                    <span className="muted">{t('itinerary:attendees.wholeDelegation')}</span>
                  </span>
                </label>
                {own.length === 0 ? (
                  <p className="hint">{t('itinerary:attendees.noMembers')}</p>
                ) : (
                  <ul className="attendees-members">
                    {own.map((member) => (
                      <li key={member.id}>
                        <label className="check">
                          <input
                            type="checkbox"
                            disabled={whole}
                            checked={whole || selection.memberIds.includes(member.id)}
                            onChange={(e) =>
                              onChange({
                                delegationIds: selection.delegationIds,
                                memberIds: toggle(selection.memberIds, member.id, e.target.checked),
                              })
                            }
                          />
                          {text.memberName(member)}
                          {member.role !== 'member' && (
                            <span className="muted"> · {t(`domain:memberRole.${member.role}`)}</span>
                          )}
                        </label>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
