/**
 * Turns the bytes of one seed file into text, detecting the encoding (UTF-8 with or without BOM,
 * UTF-16 with BOM, GB18030/GBK) and refusing empty, binary or undecodable input with a reason.
 */

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; reason: string };

const REPLACEMENT = '\uFFFD';

/** Decodes a seed file; never returns text containing U+FFFD without a warning that counts them. */
export function decodeSeed(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty (0 bytes)' };

  const bom = detectBom(bytes);
  if (bom) return finish(new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), bom.encoding);

  if (looksBinary(bytes)) {
    return { ok: false, reason: 'the file is binary (over 1% of its bytes are NUL or control bytes), not text' };
  }

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8');

  const gb = tryDecode('gb18030', bytes);
  if (gb !== null && looksLikeChinese(gb)) return finish(gb, 'gb18030');

  return {
    ok: false,
    reason: 'the file is neither valid UTF-8 nor GB18030/GBK text (undecodable bytes)',
  };
}

function finish(text: string, encoding: string): DecodeResult {
  const warnings: string[] = [];
  const nuls = text.split('\0').length - 1;
  if (nuls > 0) {
    // A few stray NULs in otherwise good text (a torn write, a bad OCR export) are dropped like
    // U+FFFD below, and counted; they must never reach the JSON. Mostly-NUL files are binary (above).
    warnings.push(`${nuls} NUL character(s) in the source were removed`);
    text = text.replaceAll('\0', '');
  }
  if (text.trim() === '') return { ok: false, reason: 'the file contains only whitespace' };
  const count = text.split(REPLACEMENT).length - 1;
  if (count > 0) {
    // The source itself already lost these characters; we drop them rather than show "�",
    // and say so, so nobody mistakes the gap for the original text.
    warnings.push(`${count} replacement character(s) U+FFFD in the source were removed`);
    text = text.replaceAll(REPLACEMENT, '');
  }
  return { ok: true, text, encoding, warnings };
}

function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Many NUL or other C0 control bytes (tab/CR/LF/FF aside) never occur in UTF-8 or GB text; a few
 * do in damaged text, and are stripped with a warning in finish(). The whole file is counted, so
 * binary data after a text-looking start is caught too.
 */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > bytes.length * 0.01;
}

/**
 * GB18030 accepts almost any byte sequence, so a successful decode proves little. Real Chinese text
 * is mostly common CJK ideographs and punctuation; random bytes decode to rare characters and symbols.
 */
function looksLikeChinese(text: string): boolean {
  let nonAscii = 0;
  let common = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    const cjk = c >= 0x4e00 && c <= 0x9fa5;
    const punct = (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027);
    if (cjk || punct) common++;
  }
  return nonAscii > 0 && common / nonAscii > 0.9;
}
