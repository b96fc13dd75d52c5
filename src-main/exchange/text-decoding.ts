// The text of a CSV file, whatever Excel or another program wrote: a byte-order mark decides first
// (UTF-8, UTF-16 LE/BE), then bytes that are valid UTF-8 are UTF-8, and anything else is read as
// GB18030 — the superset of GBK and GB2312 that Excel on Chinese Windows writes ("CSV (逗号分隔)").
import iconv from 'iconv-lite';
import type { TextEncodingName } from '../shared/contract/exchange-schemas';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: iconv.decode(buffer.subarray(3), 'utf-8'), encoding: 'utf-8-bom' };
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  try {
    return { text: utf8.decode(buffer), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buffer, 'gb18030'), encoding: 'gb18030' };
  }
}
