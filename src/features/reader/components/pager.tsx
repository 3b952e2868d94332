import { Link } from 'react-router';

type PagerLink = { href: string; label: string };

type PagerProps = {
  /** Names the navigation landmark, since a page may have more than one. */
  label: string;
  previous?: PagerLink & { caption: string };
  next?: PagerLink & { caption: string };
};

/** Previous/next links, each with a caption (上一期, 下一篇…) above the target's name. */
export function Pager({ label, previous, next }: PagerProps) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className="grid grid-cols-2 gap-4 border-t border-stone-300 pt-4 text-sm">
      <div>
        {previous && (
          <Link to={previous.href} rel="prev" className="group block">
            <span className="block text-stone-500">← {previous.caption}</span>
            <span className="group-hover:text-red-800 group-hover:underline">{previous.label}</span>
          </Link>
        )}
      </div>
      <div className="text-right">
        {next && (
          <Link to={next.href} rel="next" className="group block">
            <span className="block text-stone-500">{next.caption} →</span>
            <span className="group-hover:text-red-800 group-hover:underline">{next.label}</span>
          </Link>
        )}
      </div>
    </nav>
  );
}
