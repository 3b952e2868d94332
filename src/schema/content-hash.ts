/**
 * The content hash in data file names (issues/2020-11-05.1a2b3c4d.json): the pipeline names each
 * file by it and the app checks every byte it fetches against it, so a file is immutable (cacheable
 * for a year), a damaged download is caught, and a tab never mixes two deploys' files.
 *
 * Pure integer arithmetic, no Node, DOM or crypto.subtle (absent on plain-http origins other than
 * localhost): the pipeline, the page and the search worker share it. Two 32-bit lanes read each
 * little-endian word — murmur3's round and xxhash32's round — and are mixed together at the end;
 * names keep the first HASH_CHARS hex digits. Not a cryptographic hash: it guards against
 * accidents (a corrupted byte, a half-written file, a stale cache), not an attacker who can
 * already change the files we serve.
 */

/**
 * Hex digits of the hash a file name carries: 32 bits. Every issue's hash is in manifest.json, and
 * hex digits do not compress: each costs ~0.5 byte gzipped per issue, ~1.8 KB at ten years (3,653
 * issues), so 8 digits took manifest.json from 16 to 41 KB gz and 12 would add 7 KB more. 32 bits
 * leave a chance of 1 in 4 billion that a changed or damaged file keeps its name, which is all a
 * name has to prevent.
 */
export const HASH_CHARS = 8;

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const P1 = 0x9e3779b1;
const P2 = 0x85ebca77;

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));

/** murmur3's finaliser: every input bit reaches every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/** 64 bits of hash (16 hex digits) of `bytes`. */
export function contentHash(bytes: Uint8Array): string {
  const n = bytes.length;
  const words = n & ~3;
  let a = 0x9747b28c;
  let b = P1 ^ n;
  let i = 0;
  for (; i < words; i += 4) {
    const k = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    a ^= Math.imul(rotl(Math.imul(k, C1), 15), C2);
    a = Math.imul(rotl(a, 13), 5) + 0xe6546b64;
    b = Math.imul(rotl(b + Math.imul(k, P2), 13), P1);
  }
  if (i < n) {
    // The last one to three bytes; the length mixed in below tells them from zero padding.
    let k = 0;
    for (let j = n - 1; j >= i; j--) k = (k << 8) | bytes[j]!;
    a ^= Math.imul(rotl(Math.imul(k, C1), 15), C2);
    b = Math.imul(rotl(b + Math.imul(k ^ 0x5bd1e995, P2), 13), P1);
  }
  a = fmix(a ^ n);
  b = fmix(b);
  a = (a + b) | 0;
  b = (b + a) | 0;
  return hex(a) + hex(b);
}

const utf8 = new TextEncoder();

/** The bytes a file holds: JSON text as UTF-8, binary files as they are. */
export const bytesOf = (content: string | Uint8Array): Uint8Array => (typeof content === 'string' ? utf8.encode(content) : content);

/** The hash a file's name carries. */
export const nameHash = (content: string | Uint8Array): string => contentHash(bytesOf(content)).slice(0, HASH_CHARS);

/** `issues/2020-11-05.json` → `issues/2020-11-05.<hash>.json`: the hash goes before the extension. */
export function withHash(path: string, hash: string): string {
  const dot = path.lastIndexOf('.');
  return `${path.slice(0, dot)}.${hash}${path.slice(dot)}`;
}

const HASHED = new RegExp(`\\.([0-9a-f]{${HASH_CHARS}})\\.(?:json|bin)$`);

/** The hash in a content-named path or URL (query and fragment ignored); undefined for an entry file. */
export function hashInName(url: string): string | undefined {
  return HASHED.exec(url.replace(/[?#].*$/, ''))?.[1];
}
