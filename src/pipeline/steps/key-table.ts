/**
 * Numbers the distinct index keys (unsigned 32-bit) in order of first sight: an open-addressing hash
 * table over typed arrays. Ten years of text are ~25 M key lookups; a Map spends most of the
 * index build on them, this table a fraction.
 */
export class KeyTable {
  private slots: Uint32Array;
  /** Term number + 1 per slot; 0 marks an empty slot. */
  private terms: Int32Array;
  private mask: number;
  private shift: number;
  readonly keys: number[] = [];

  constructor(bits = 16) {
    this.slots = new Uint32Array(1 << bits);
    this.terms = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  // Fibonacci hashing: the product's high bits depend on every bit of the key (its low bits only
  // on the key's low bits, which would pile up keys sharing a second character).
  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The key's number, assigning the next one to a key not seen before. */
  id(key: number): number {
    let slot = this.home(key);
    for (;;) {
      const term = this.terms[slot]!;
      if (term === 0) break;
      if (this.slots[slot] === key) return term - 1;
      slot = (slot + 1) & this.mask;
    }
    const term = this.keys.push(key) - 1;
    this.slots[slot] = key;
    this.terms[slot] = term + 1;
    if (this.keys.length * 2 > this.slots.length) this.grow();
    return term;
  }

  private grow(): void {
    const capacity = this.slots.length * 2;
    this.slots = new Uint32Array(capacity);
    this.terms = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.shift--;
    this.keys.forEach((key, term) => {
      let slot = this.home(key);
      while (this.terms[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = key;
      this.terms[slot] = term + 1;
    });
  }
}
