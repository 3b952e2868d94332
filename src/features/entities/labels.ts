import type { EntitySummary } from '../../schema/entities';
import { placeLevels } from '../../schema/entities';

export const TYPE_LABELS: Record<EntitySummary['type'], string> = { person: '人物', place: '地点' };

export const LEVEL_LABELS: Record<(typeof placeLevels)[number], string> = {
  country: '国家',
  province: '省级',
  city: '市级',
  county: '县区',
  town: '乡镇街道',
  village: '村社区',
  region: '地区',
};
