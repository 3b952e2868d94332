/**
 * A character trie keyed by UTF-16 code units, with its edges in one open-addressing hash table of
 * typed arrays: walking it allocates nothing (no substring per position), which keeps the lexicon
 * features of the tagger at millions of characters a second. Each node carries one small integer
 * payload per named layer (a POS tag id, a gazetteer level…); 0 means "no word ends here".
 */
export class CharTrie {
  private keys: Int32Array; // parent node id + 1, 0 = empty slot
  private codes: Uint16Array;
  private children: Int32Array;
  private mask: number;
  private used = 0;
  nodes = 1; // node 0 is the root
  private payload: Map<string, Int32Array> = new Map();

  constructor(capacity = 1 << 10) {
    const size = 1 << Math.ceil(Math.log2(capacity * 2));
    this.keys = new Int32Array(size);
    this.codes = new Uint16Array(size);
    this.children = new Int32Array(size);
    this.mask = size - 1;
  }

  private slot(node: number, code: number): number {
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 15)) & this.mask;
    while (this.keys[h] !== 0 && !(this.keys[h] === node + 1 && this.codes[h] === code)) h = (h + 1) & this.mask;
    return h;
  }

  /** The child of `node` by code unit `code`, or -1. */
  next(node: number, code: number): number {
    const s = this.slot(node, code);
    return this.keys[s] === 0 ? -1 : this.children[s]!;
  }

  private grow() {
    const old = { keys: this.keys, codes: this.codes, children: this.children };
    const size = old.keys.length * 2;
    this.keys = new Int32Array(size);
    this.codes = new Uint16Array(size);
    this.children = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < old.keys.length; i++) {
      if (old.keys[i] === 0) continue;
      const s = this.slot(old.keys[i]! - 1, old.codes[i]!);
      this.keys[s] = old.keys[i]!;
      this.codes[s] = old.codes[i]!;
      this.children[s] = old.children[i]!;
    }
  }

  /** Adds `word`, setting layer `layer` of its last node to `value` (keeps the larger value). */
  add(word: string, layer: string, value: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let s = this.slot(node, code);
      if (this.keys[s] === 0) {
        if ((this.used + 1) * 2 > this.keys.length) {
          this.grow();
          s = this.slot(node, code);
        }
        this.keys[s] = node + 1;
        this.codes[s] = code;
        this.children[s] = this.nodes++;
        this.used++;
      }
      node = this.children[s]!;
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
