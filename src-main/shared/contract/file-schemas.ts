// `files.saveAs`: the user keeps a copy of an exported file (a PDF programme, …) where they choose.
// One channel for both hosts: the desktop app shows its Save dialog and copies the file; browser
// mode answers with a download address (GET /exports/<name>, behind the session cookie).
import { z } from 'zod';

/** `path`: a file the app exported, as `export.*` returned it; only files in the exports folder are accepted. */
export const saveAsInput = z.strictObject({ path: z.string().min(1).max(4096) });

export type SaveAsResult =
  /** Desktop: copied to the place the user chose. */
  | { status: 'saved'; path: string }
  /** Browser mode: the page downloads it from this same-origin address. */
  | { status: 'download'; url: string; fileName: string }
  /** The user closed the Save dialog. */
  | { status: 'cancelled' };
