import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { ServiceError } from './service-error';

export const historyHandlers = ({
  history,
}: ServiceContext): HandlerGroup<'history.state' | 'history.undo' | 'history.redo'> => ({
  'history.state': () => history.state(),
  'history.undo': () => {
    if (!history.undo()) throw new ServiceError('conflict', 'errors:nothing_to_undo');
    return history.state();
  },
  'history.redo': () => {
    if (!history.redo()) throw new ServiceError('conflict', 'errors:nothing_to_redo');
    return history.state();
  },
});
