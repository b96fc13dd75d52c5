// Exported files go into the host's exports folder and never replace one: name.ext, name-2.ext …
import { mkdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ServiceError } from '../services/service-error';

export function writeUniqueFile(dir: string, fileName: string, bytes: Uint8Array): { path: string; fileName: string } {
  const extension = extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  try {
    mkdirSync(dir, { recursive: true });
    for (let n = 1; n < 1000; n++) {
      const name = n === 1 ? fileName : `${stem}-${n}${extension}`;
      const path = join(dir, name);
      try {
        writeFileSync(path, bytes, { flag: 'wx' });
        return { path, fileName: name };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  } catch (error) {
    console.error('[svp] writing an export failed:', (error as Error).message);
    throw new ServiceError('storage', 'errors:export_write_failed', { dir });
  }
  throw new ServiceError('storage', 'errors:export_write_failed', { dir });
}
