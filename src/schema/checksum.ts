/**
 * The integrity trailer of the search index's binary files: the CRC-32 (IEEE, as zip and PNG use)
 * of the content, as 4 bytes little-endian after it. A decoder checks it before it trusts a byte:
 * bounds checks alone cannot tell a changed count or position that is still in range from the
 * original, and one such byte gave a wrong answer with no error. CRC-32 catches every change of
 * up to 32 consecutive bits and all but 1 in 4 billion of the others. Pure JS, table-driven.
 */
import { CorruptIndexError } from './varint.ts';

export const TRAILER_BYTES = 4;

// Slicing-by-4: four tables, so the loop takes four bytes per step (about 3× the one-table loop).
const TABLES = (() => {
  const t = new Int32Array(256 * 4);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) for (let s = 1; s < 4; s++) t[s * 256 + n] = (t[(s - 1) * 256 + n]! >>> 8) ^ t[t[(s - 1) * 256 + n]! & 0xff]!;
  return t;
})();

/** CRC-32 of the bytes, as an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array): number {
  const t = TABLES;
  let c = -1;
  let i = 0;
  const end4 = bytes.length & ~3;
  for (; i < end4; i += 4) {
    c ^= bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    c = t[768 + (c & 0xff)]! ^ t[512 + ((c >>> 8) & 0xff)]! ^ t[256 + ((c >>> 16) & 0xff)]! ^ t[c >>> 24]!;
  }
  for (; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** The content followed by its checksum. */
export function seal(content: Uint8Array): Uint8Array {
  const out = new Uint8Array(content.length + TRAILER_BYTES);
  out.set(content);
  new DataView(out.buffer).setUint32(content.length, crc32(content), true);
  return out;
}

/** The content of a sealed file, once its checksum matches; CorruptIndexError otherwise. */
export function unseal(file: Uint8Array, what: string): Uint8Array {
  if (file.length < TRAILER_BYTES) throw new CorruptIndexError(`${what}过短`);
  const content = file.subarray(0, file.length - TRAILER_BYTES);
  const stored = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(content.length, true);
  if (stored !== crc32(content)) throw new CorruptIndexError(`${what}的校验和不符`);
  return content;
}
