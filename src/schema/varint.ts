/**
 * Unsigned LEB128 varints, the numbers of the search index's binary files, and the one error every
 * damaged index file raises (the search page shows it as "检索索引已损坏" with a retry).
 */

/** A damaged or foreign index file: never a wrong answer, always this error. */
export class CorruptIndexError extends Error {
  constructor(detail: string) {
    super(`检索索引已损坏：${detail}`);
    this.name = 'CorruptIndexError';
  }
}

/** The largest number a varint holds: what the decoders' Int32Arrays can store. */
export const VARINT_MAX = 0x7fffffff;

/** Appends varints to a growing byte buffer. */
export class VarintWriter {
  private bytes = new Uint8Array(16);
  length = 0;

  write(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > VARINT_MAX) throw new RangeError(`not a varint: ${value}`);
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2 + 16);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Reads varints, refusing to run past the end: damaged bytes are an error, never wrong numbers. */
export class VarintReader {
  at = 0;
  constructor(
    private readonly bytes: Uint8Array,
    /** What is being read, for the error. */
    private readonly what: string,
  ) {}

  next(): number {
    const bytes = this.bytes;
    // Most numbers in the index are below 128: one byte, no loop.
    if (this.at < bytes.length && bytes[this.at]! < 0x80) return bytes[this.at++]!;
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      if (this.at >= bytes.length || shift > 28) throw new CorruptIndexError(`${this.what}的变长整数越界`);
      const byte = bytes[this.at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte >= 0x80) continue;
      if (value > VARINT_MAX) throw new CorruptIndexError(`${this.what}的变长整数越界`);
      return value;
    }
  }

  get done(): boolean {
    return this.at === this.bytes.length;
  }
}


/**
 * Every varint of `bytes`, in one pass: for a file read whole (the article table), one tight loop
 * and then plain array reads are several times faster than a reader call per number, which
 * matters most in a freshly started worker, whose code is not yet optimised. Same checks as
 * VarintReader: a varint cut short or above VARINT_MAX is damage.
 */
export function decodeVarints(bytes: Uint8Array, what: string): Int32Array {
  const out = new Int32Array(bytes.length);
  let n = 0;
  for (let at = 0; at < bytes.length; ) {
    const first = bytes[at++]!;
    if (first < 0x80) {
      out[n++] = first;
      continue;
    }
    let value = first & 0x7f;
    for (let shift = 7; ; shift += 7) {
      if (at >= bytes.length || shift > 28) throw new CorruptIndexError(`${what}的变长整数越界`);
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    if (value > VARINT_MAX) throw new CorruptIndexError(`${what}的变长整数越界`);
    out[n++] = value;
  }
  return out.subarray(0, n);
}
