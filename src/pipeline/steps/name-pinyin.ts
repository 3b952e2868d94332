/**
 * The pinyin of a person's or a place's name, toneless, one syllable per character: what search
 * suggestions and the /people and /places filters match what a reader types against (maotengfei,
 * mtf). A person's first character is read as a surname (曾 zēng, 单 shàn, 仇 qiú).
 */
import { pinyin } from 'pinyin-pro';

export function nameSyllables(name: string, type: 'person' | 'place'): string[] {
  return pinyin(name, { toneType: 'none', type: 'array', surname: type === 'person' ? 'head' : 'off', nonZh: 'removed' }).filter(Boolean);
}
