/**
 * A character trie keyed by UTF-16 code units, with its edges in one open-addressing hash table in a
 * typed array: walking it allocates nothing (no substring per position), which keeps the lexicon
 * features of the tagger at millions of characters a second. Each node carries one small integer
 * payload per named layer (a POS tag id, a gazetteer level…); 0 means "no word ends here".
 */
export class CharTrie {
  // One slot = 3 int32s [parent node + 1 (0 = empty), code unit, child]: a probe touches one cache line.
  private table: Int32Array;
  private mask: number;
  private used = 0;
  nodes = 1; // node 0 is the root
  private payload: Map<string, Int32Array> = new Map();
  // The root's children by code unit (0 = none, else child + 1): most walks end after a step or two.
  // (Only in large tries: a small one, made per document, would spend more allocating it than it saves.)
  private root: Int32Array | null;

  constructor(capacity = 1 << 10) {
    const size = 1 << Math.ceil(Math.log2(capacity * 2));
    this.table = new Int32Array(size * 3);
    this.mask = size - 1;
    this.root = capacity >= 1 << 12 ? new Int32Array(65536) : null;
  }

  private slot(node: number, code: number): number {
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 15)) & this.mask;
    const t = this.table;
    while (t[h * 3] !== 0 && !(t[h * 3] === node + 1 && t[h * 3 + 1] === code)) h = (h + 1) & this.mask;
    return h;
  }

  /** The child of `node` by code unit `code`, or -1. */
  next(node: number, code: number): number {
    if (node === 0 && this.root) return this.root[code]! - 1;
    const s = this.slot(node, code) * 3;
    return this.table[s] === 0 ? -1 : this.table[s + 2]!;
  }

  private grow() {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.mask = old.length * 2 / 3 - 1;
    for (let i = 0; i < old.length; i += 3) {
      if (old[i] === 0) continue;
      const s = this.slot(old[i]! - 1, old[i + 1]!) * 3;
      this.table.set(old.subarray(i, i + 3), s);
    }
  }

  /** Adds `word`, setting layer `layer` of its last node to `value` (keeps the larger value). */
  add(word: string, layer: string, value: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let s = this.slot(node, code) * 3;
      if (this.table[s] === 0) {
        if ((this.used + 1) * 2 > this.mask + 1) {
          this.grow();
          s = this.slot(node, code) * 3;
        }
        this.table[s] = node + 1;
        this.table[s + 1] = code;
        this.table[s + 2] = this.nodes++;
        this.used++;
      }
      node = this.table[s + 2]!;
      if (i === 0 && this.root) this.root[code] = node + 1;
    }
    let values = this.payload.get(layer);
    if (!values || values.length <= node) {
      const bigger = new Int32Array(Math.max(node + 1, this.nodes, (values?.length ?? 0) * 2));
      if (values) bigger.set(values);
      values = bigger;
      this.payload.set(layer, values);
    }
    values[node] = Math.max(values[node]!, value);
  }

  /** The payload array of a layer (index by node id; may be shorter than the node count). */
  layer(name: string): Int32Array {
    return this.payload.get(name) ?? new Int32Array(0);
  }
}
