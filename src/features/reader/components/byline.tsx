import type { Credit } from '../../../schema/issue';
import { creditLabel } from '../format';

/** Credits as printed: "株洲日报记者 陈正明  通讯员 李智". */
export function Byline({ credits }: { credits: Credit[] }) {
  if (credits.length === 0) return null;
  return (
    <p className="mt-4 text-sm text-stone-600">
      {credits.map((credit, i) => (
        <span key={i} className="mr-4 inline-block">
          {creditLabel(credit)} {credit.name}
        </span>
      ))}
    </p>
  );
}
