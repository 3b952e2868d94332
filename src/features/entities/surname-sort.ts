/**
 * Surnames read otherwise than the character's common reading: a Chinese index files 曾国藩 under
 * Z (zēng), not C (céng). ICU's pinyin collation knows only the common reading, so a person's
 * surname is replaced, for sorting only, by a character that has the surname's reading (增 zēng).
 * Compound surnames come first so that 尉迟 is not read as 尉 (wèi) + 迟.
 */
const SURNAME_READINGS: readonly (readonly [surname: string, soundsLike: string])[] = [
  ['尉迟', '玉池'], // yùchí
  ['万俟', '莫其'], // mòqí
  ['曾', '增'], // zēng
  ['单', '善'], // shàn
  ['仇', '求'], // qiú
  ['区', '欧'], // ōu
  ['解', '谢'], // xiè
  ['朴', '嫖'], // piáo
  ['查', '渣'], // zhā
  ['盖', '葛'], // gě
  ['乐', '岳'], // yuè
  ['覃', '秦'], // qín
  ['缪', '妙'], // miào
  ['翟', '宅'], // zhái
  ['召', '邵'], // shào
  ['种', '虫'], // chóng
  ['员', '运'], // yùn
  ['折', '舌'], // shé
  ['秘', '必'], // bì
];

/** The text to collate a person's name by: its surname spelled by its reading. */
export function personSortKey(name: string): string {
  for (const [surname, soundsLike] of SURNAME_READINGS) {
    if (name.startsWith(surname) && name.length > surname.length) return soundsLike + name.slice(surname.length);
  }
  return name;
}
