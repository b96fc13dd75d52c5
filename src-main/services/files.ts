// `files.saveAs`: a copy of an exported file where the user wants it. The host decides how (the
// desktop app's Save dialog, or a download address in browser mode); the service checks that the
// file is one the app exported, so the page can never ask for any other file on the disk.
import { exportedFilePath } from '../host/exported-files';
import type { ServiceContext } from './context';
import type { HandlerGroup } from './handlers';
import { ServiceError } from './service-error';

export const fileHandlers = ({ host }: ServiceContext): HandlerGroup<'files.saveAs'> => ({
  'files.saveAs': async ({ path }) => {
    const source = exportedFilePath(host.exportsDir, path);
    if (!source) throw new ServiceError('not_found', 'errors:export_unknown', { path });
    if (!host.saveAs) throw new ServiceError('internal', 'errors:save_unavailable');
    return host.saveAs(source);
  },
});
