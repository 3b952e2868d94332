import { Link } from 'react-router';
import { PLACE_LEVEL_LABELS, type EntityDetail } from '../../../schema/entities';
import { paths } from '../../../config/paths';
import { TYPE_LABELS } from '../labels';
import { splitAliases } from '../aliases';

/** Name, other spellings, the role held most or the place in the administrative hierarchy, totals, and how many mentions only the tagger found. */
export function EntityHeader({ entity }: { entity: EntityDetail }) {
  // Parents come nearest first; a breadcrumb reads from the top down.
  const chain = [...(entity.parents ?? [])].reverse();
  const modelOnly = entity.sources?.model ?? 0;
  const { alternatives, ocrVariants } = splitAliases(entity);
  return (
    <header className="border-b-2 border-stone-800 pb-4">
      <p className="text-sm text-stone-600">
        <Link to={entity.type === 'person' ? paths.people.href() : paths.places.href()} className="hover:text-red-800 hover:underline">
          {TYPE_LABELS[entity.type]}
        </Link>
        {entity.level && <span> · {PLACE_LEVEL_LABELS[entity.level]}</span>}
      </p>
      <h1 className="mt-1 text-4xl font-bold tracking-wide">{entity.name}</h1>
      {entity.type === 'person' && entity.description && <p className="mt-2 text-lg text-stone-700">{entity.description}</p>}
      {chain.length > 0 && (
        <nav aria-label="行政区划" className="mt-2 text-stone-700">
          <ol className="flex flex-wrap gap-x-1">
            {chain.map((parent) => (
              <li key={parent.id} className="after:ml-1 after:text-stone-500 after:content-['›']">
                <Link to={paths.place.href(parent.id)} className="hover:text-red-800 hover:underline">
                  {parent.name}
                </Link>
              </li>
            ))}
            <li aria-current="page" className="font-bold">{entity.name}</li>
          </ol>
        </nav>
      )}
      {alternatives.length > 0 && <p className="mt-2 text-sm text-stone-600">又作：{alternatives.join('、')}</p>}
      {ocrVariants.length > 0 && (
        <p className="mt-1 text-xs text-stone-500" data-testid="entity-ocr-variants">
          OCR 异文：{ocrVariants.join('、')}
          <span className="ml-1">（扫描识别有误的写法，已归入此条，并非别名）</span>
        </p>
      )}
      <p className="mt-3 text-stone-800">
        见于 <strong>{entity.articleCount}</strong> 篇文章，共提及 <strong>{entity.mentionCount}</strong> 次
      </p>
      {modelOnly > 0 && (
        <p className="mt-1 text-sm text-stone-600" data-testid="entity-model-share">
          {modelOnly === entity.mentionCount ? '全部' : `其中 ${modelOnly} 次`}提及由统计模型识别（文中没有职务等规则线索），可能有误。
        </p>
      )}
    </header>
  );
}
