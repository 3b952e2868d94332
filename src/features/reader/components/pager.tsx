import { Link } from 'react-router';

type PagerLink = { href: string; label: string };
/** A caption, and the key that does the same (shown only where there is a keyboard). */
type Caption = { caption: string; keyHint?: string };

// A key hint means nothing on a phone: shown only to a fine pointer on a wide screen.
function KeyHint({ hint }: { hint?: string }) {
  if (!hint) return null;
  return <span className="hidden [@media(hover:hover)_and_(pointer:fine)_and_(min-width:40rem)]:inline">（{hint}）</span>;
}

type PagerProps = {
  /** Names the navigation landmark, since a page may have more than one. */
  label: string;
  previous?: PagerLink & Caption;
  next?: PagerLink & Caption;
};

/** Previous/next links, each with a caption (上一期, 下一篇…) above the target's name. */
export function Pager({ label, previous, next }: PagerProps) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className="grid grid-cols-2 gap-4 border-t border-stone-300 pt-4 text-sm">
      <div>
        {previous && (
          <Link to={previous.href} rel="prev" className="group block">
            <span className="block text-stone-500">← {previous.caption}<KeyHint hint={previous.keyHint} /></span>
            <span className="group-hover:text-red-800 group-hover:underline">{previous.label}</span>
          </Link>
        )}
      </div>
      <div className="text-right">
        {next && (
          <Link to={next.href} rel="next" className="group block">
            <span className="block text-stone-500">{next.caption}<KeyHint hint={next.keyHint} /> →</span>
            <span className="group-hover:text-red-800 group-hover:underline">{next.label}</span>
          </Link>
        )}
      </div>
    </nav>
  );
}
