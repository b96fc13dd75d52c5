// "Save a copy…" for an exported file (files.saveAs): the desktop app shows its Save dialog; in
// browser mode the server answers with a download address, which the page follows here.
import type { SaveAsResult } from '../../../../src-main/shared/contract/file-schemas';
import { request } from '../../api/client';

export async function saveExportedFile(path: string): Promise<SaveAsResult> {
  const result = await request('files.saveAs', { path });
  if (result.status === 'download') {
    const link = document.createElement('a');
    link.href = result.url;
    link.download = result.fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  }
  return result;
}
