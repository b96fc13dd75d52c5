// Cuts a font down to the characters a document prints, with HarfBuzz's subsetter (harfbuzzjs'
// standalone WebAssembly build): a programme then embeds a few hundred kilobytes of font instead of
// megabytes, which Chromium parses in milliseconds. Also reads WOFF 1.0 files (zlib-compressed
// OpenType tables), the form in which the font packages ship each slice.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

/** WOFF 1.0 → plain OpenType (sfnt) bytes. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = view.getUint32(entry + 4);
    const compLength = view.getUint32(entry + 8);
    const origLength = view.getUint32(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
    if (data.byteLength !== origLength) throw new Error('damaged WOFF table');
    return { tag: view.getUint32(entry), checksum: view.getUint32(entry + 16), data };
  }).sort((a, b) => a.tag - b.tag);
  const pad = (n: number) => (n + 3) & ~3;
  const headerLength = 12 + 16 * numTables;
  const out = new Uint8Array(headerLength + tables.reduce((sum, t) => sum + pad(t.data.byteLength), 0));
  const w = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(numTables));
  w.setUint32(0, flavor);
  w.setUint16(4, numTables);
  w.setUint16(6, power * 16);
  w.setUint16(8, Math.log2(power));
  w.setUint16(10, numTables * 16 - power * 16);
  let offset = headerLength;
  tables.forEach((table, i) => {
    const entry = 12 + i * 16;
    w.setUint32(entry, table.tag);
    w.setUint32(entry + 4, table.checksum);
    w.setUint32(entry + 8, offset);
    w.setUint32(entry + 12, table.data.byteLength);
    out.set(table.data, offset);
    offset += pad(table.data.byteLength);
  });
  return out;
}

// The WebAssembly global, typed here (the Node typings of this project do not declare it).
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: {
    Module: new (bytes: Uint8Array) => object;
    Instance: new (module: object, imports: object) => { exports: unknown };
  };
};

interface HarfBuzzSubset {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, lengthPointer: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codePoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize?(): void;
}

const HB_MEMORY_MODE_WRITABLE = 2;
/** Hinting is for screens at small sizes; PDFs are scaled, and the fonts get much smaller without it. */
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;

let harfbuzz: HarfBuzzSubset | undefined;
function loadHarfBuzz(): HarfBuzzSubset {
  if (harfbuzz) return harfbuzz;
  const bytes = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  const instance = new wasm.Instance(new wasm.Module(bytes), {});
  const exports = instance.exports as unknown as HarfBuzzSubset;
  exports._initialize?.();
  return (harfbuzz = exports);
}

/** The font (OpenType/TrueType bytes) with only the glyphs these characters need, layout tables kept. */
export function subsetFont(sfnt: Uint8Array, codePoints: Iterable<number>): Uint8Array {
  const hb = loadHarfBuzz();
  const pointer = hb.malloc(sfnt.byteLength);
  new Uint8Array(hb.memory.buffer).set(sfnt, pointer);
  const blob = hb.hb_blob_create(pointer, sfnt.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (!input) throw new Error('font subsetting: out of memory');
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint);
    hb.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
    const subset = hb.hb_subset_or_fail(face, input);
    if (!subset) throw new Error('font subsetting failed');
    const result = hb.hb_face_reference_blob(subset);
    const length = hb.hb_blob_get_length(result);
    const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(result, 0), length).slice();
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    if (!length) throw new Error('font subsetting produced no font');
    return bytes;
  } finally {
    if (input) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(pointer);
  }
}
