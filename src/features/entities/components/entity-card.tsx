import type { CSSProperties } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { EntitySummary } from '../../../schema/entities';
import { entityListQueryOptions } from '../api/get-entity-list';
import { TYPE_LABELS } from '../labels';

type EntityCardProps = {
  id: string;
  type: EntitySummary['type'];
  name: string;
  /** The card's DOM id, named by the link's aria-describedby. */
  cardId: string;
  style: CSSProperties;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
};

function CardBody({ id, type }: Pick<EntityCardProps, 'id' | 'type'>) {
  const list = useQuery(entityListQueryOptions());
  if (list.isPending) return <span className="block text-stone-500">正在加载资料…</span>;
  if (list.isError) return <span className="block text-red-800">资料加载失败：{list.error.message}</span>;
  const entity = list.data.entities.find((e) => e.type === type && e.id === id);
  if (!entity) return <span className="block text-stone-500">暂无资料</span>;
  return (
    <>
      {entity.description && <span className="block text-stone-700">{entity.description}</span>}
      <span className="block mt-1 text-stone-600">
        见于 {entity.articleCount} 篇文章 · 提及 {entity.mentionCount} 次
      </span>
    </>
  );
}

/** The hover/focus card: who or where this is, and how much of the archive mentions it. */
export function EntityCard({ id, type, name, cardId, style, onPointerEnter, onPointerLeave }: EntityCardProps) {
  return (
    <span
      id={cardId}
      role="tooltip"
      data-testid="entity-card"
      style={style}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      // A fixed height band keeps the card from jumping when its data arrives.
      className="fixed z-30 block min-h-[5.5rem] w-64 rounded-md border border-stone-300 bg-white p-3 text-left text-sm leading-relaxed font-normal tracking-normal text-stone-900 indent-0 shadow-lg"
    >
      <span className="flex items-baseline justify-between gap-2">
        <span className="text-base font-bold">{name}</span>
        <span className="text-xs text-stone-600">{TYPE_LABELS[type]}</span>
      </span>
      <span className="mt-1 block">
        <CardBody id={id} type={type} />
      </span>
    </span>
  );
}
