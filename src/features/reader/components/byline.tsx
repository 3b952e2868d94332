import type { Credit } from '../../../schema/issue';
import { creditLabel } from '../format';
import { FieldText } from './article-text';

/** Credits as printed: "株洲日报记者 陈正明  通讯员 李智"; names link to their pages when known. */
export function Byline({ credits }: { credits: Credit[] }) {
  if (credits.length === 0) return null;
  return (
    <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600">
      {credits.map((credit, i) => (
        <span key={i}>
          {creditLabel(credit)}{' '}
          <span className="text-stone-800">
            <FieldText text={credit.name} field="byline" index={i} />
          </span>
        </span>
      ))}
    </p>
  );
}
