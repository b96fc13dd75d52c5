// Files the user picks travel to the services as base64 (exchange-schemas.ts). Converted in chunks,
// so a large spreadsheet does not overflow the argument list of String.fromCharCode.
import { MAX_IMPORT_BYTES } from '../../../../src-main/shared/contract/exchange-schemas';

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

export class FileTooLarge extends Error {}

/** The file's content as base64; throws FileTooLarge above the import limit (20 MiB). */
export async function fileToBase64(file: File): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) throw new FileTooLarge(file.name);
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
