import type { EntitySummary } from '../../schema/entities';

export const TYPE_LABELS: Record<EntitySummary['type'], string> = { person: '人物', place: '地点' };
