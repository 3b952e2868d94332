import type { Entity } from '../../schema/entities';

/**
 * An entity's other spellings, told apart: real alternative names (醴陵 for 醴陵市, 俄国 for 俄罗斯)
 * and OCR slips the build attached to the entity (阳卫出国 for 阳卫国: the name with one letter
 * inserted, the only slip the extractor accepts, or for a person one letter misread). The data does
 * not label them; a slip is recognised by being the name at one edit, which a real alternative name
 * never is for a person. A slip is shown as what it is, never as "又作".
 */
export function splitAliases(entity: Pick<Entity, 'type' | 'name' | 'aliases'>): { alternatives: string[]; ocrVariants: string[] } {
  const alternatives: string[] = [];
  const ocrVariants: string[] = [];
  for (const alias of entity.aliases) {
    if (isOcrSlip(entity.name, alias, entity.type === 'person')) ocrVariants.push(alias);
    else alternatives.push(alias);
  }
  return { alternatives, ocrVariants };
}

function isOcrSlip(name: string, alias: string, person: boolean): boolean {
  const a = Array.from(alias);
  const n = Array.from(name);
  if (a.length === n.length + 1) return a.some((_, i) => a.slice(0, i).concat(a.slice(i + 1)).join('') === name);
  if (person && a.length === n.length && n.length >= 2) return a.filter((ch, i) => ch !== n[i]).length === 1;
  return false;
}
