/** What the UI needs to offer undo and redo; labels are the channel names of the steps. */
export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}
