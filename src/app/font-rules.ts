/** Reading @font-face rules and unicode-ranges, for loading font slices by hand (cjk-fonts.ts). */

export type Rule = { css: string; weight: string; src: string; unicodeRange: string };

/** The @font-face rules of a fontsource stylesheet (minified: no last semicolon; data: URLs hold a ';'). */
export function rulesOf(css: string): Rule[] {
  return [...css.matchAll(/@font-face\s*{[^}]*}/g)].flatMap(([rule]) => {
    const src = /src:\s*(url\([^)]*\)[^;}]*)/.exec(rule)?.[1];
    const unicodeRange = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1];
    const weight = /font-weight:\s*(\d+)/.exec(rule)?.[1];
    return src && unicodeRange && weight ? [{ css: rule, weight, src, unicodeRange }] : [];
  });
}

/** Whether a unicode-range (`U+4E00-4E0F,U+5A…`; no `?` wildcards, which fontsource never writes) holds any of the sorted `chars`. */
export function covers(unicodeRange: string, chars: Int32Array): boolean {
  return unicodeRange.split(',').some((part) => {
    const [from = '', to = from] = part.trim().slice(2).split('-');
    const low = parseInt(from, 16);
    // The first character at or above `low`, by binary search, must not be past the range.
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (chars[mid]! < low) lo = mid + 1;
      else hi = mid;
    }
    return lo < chars.length && chars[lo]! <= parseInt(to, 16);
  });
}

/** How many of the sorted `chars` a unicode-range holds: a slice that draws more of the page comes first. */
export function coverage(unicodeRange: string, chars: Int32Array): number {
  let count = 0;
  for (const part of unicodeRange.split(',')) {
    const [from = '', to = from] = part.trim().slice(2).split('-');
    const low = parseInt(from, 16);
    const high = parseInt(to, 16);
    for (const char of chars) if (char >= low && char <= high) count++;
  }
  return count;
}
