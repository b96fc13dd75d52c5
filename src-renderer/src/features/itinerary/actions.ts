// What rows and days may ask the itinerary screen to do. One stable object per screen, so memoised
// rows do not re-render when the screen's state changes.
import { createContext, useContext } from 'react';
import type { ItineraryItem } from '../../../../src-main/shared/contract/entities';

export interface ItineraryActions {
  edit(item: ItineraryItem): void;
  add(date: string): void;
  /** Moves an item (keeping its length) and keeps the keyboard focus on it. */
  move(id: string, date: string, startTime: string): void;
  duplicate(item: ItineraryItem): void;
  openMove(item: ItineraryItem): void;
  openDuplicateTo(item: ItineraryItem): void;
  openDuplicateDay(date: string, count: number): void;
  openShift(legId: string | null): void;
  remove(item: ItineraryItem): void;
  focusItem(id: string): void;
}

/** The drag payload: which item, and its start time (kept when dropped onto a day). */
export const DRAG_TYPE = 'application/x-svp-item';
export interface DragPayload {
  id: string;
  startTime: string;
}

export function readDrag(data: DataTransfer): DragPayload | null {
  try {
    const payload = JSON.parse(data.getData(DRAG_TYPE)) as DragPayload;
    return typeof payload.id === 'string' && typeof payload.startTime === 'string' ? payload : null;
  } catch {
    return null;
  }
}

export const isItemDrag = (data: DataTransfer | null) => !!data && [...data.types].includes(DRAG_TYPE);

export const ActionsContext = createContext<ItineraryActions | null>(null);

export function useActions(): ItineraryActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useActions outside the itinerary');
  return actions;
}
