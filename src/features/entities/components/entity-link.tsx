import type { CSSProperties, ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { EntitySummary } from '../../../schema/entities';
import { entityHref } from '../../../config/paths';
import { useShortcuts } from '../../../lib/use-shortcuts';

type Card = typeof import('./entity-card').EntityCard;

// The card (and the entity list's schema it reads its data with) loads on the first hover or focus
// of a name: a page is read without it. A failed download shows no card; the link still works, and
// the next hover tries again.
let card: Card | undefined;
let loadingCard: Promise<Card> | undefined;
const loadCard = () =>
  (loadingCard ??= import('./entity-card').then(
    (m) => (card = m.EntityCard),
    (error: unknown) => {
      loadingCard = undefined;
      throw error;
    },
  ));

type EntityLinkProps = { type: EntitySummary['type']; id: string; name: string; children: ReactNode };

const CARD_WIDTH = 256;
// Long enough to move the pointer from the name onto the card without it closing.
const CLOSE_DELAY_MS = 200;

/** Placed under the name but kept inside the viewport, so it never causes sideways scrolling. */
function cardPosition(anchor: HTMLElement): CSSProperties {
  const rect = anchor.getBoundingClientRect();
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - CARD_WIDTH - 8));
  const below = rect.bottom + 6;
  const top = below + 120 > window.innerHeight ? Math.max(8, rect.top - 126) : below;
  return { left, top };
}

/** A person or place in the text: a quiet link to its page, with a card on hover or focus. */
export function EntityLink({ type, id, name, children }: EntityLinkProps) {
  const anchor = useRef<HTMLAnchorElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [style, setStyle] = useState<CSSProperties>();
  const cardId = useId();
  const [EntityCard, setEntityCard] = useState(() => card);

  const open = () => {
    clearTimeout(closeTimer.current);
    if (!EntityCard) loadCard().then((c) => setEntityCard(() => c), () => {});
    if (anchor.current) setStyle(cardPosition(anchor.current));
  };
  const close = () => setStyle(undefined);
  const closeSoon = () => {
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(close, CLOSE_DELAY_MS);
  };

  // Escape dismisses the card (WCAG 1.4.13), even while typing elsewhere.
  useShortcuts({ Escape: style ? close : undefined });
  useEffect(() => {
    if (!style) return;
    // A fixed card would drift from its name on scroll.
    window.addEventListener('scroll', close, { passive: true, once: true });
    return () => window.removeEventListener('scroll', close);
  }, [style]);
  useEffect(() => () => clearTimeout(closeTimer.current), []);

  return (
    <>
      <Link
        ref={anchor}
        to={entityHref(type, id)}
        data-testid="entity-link"
        data-entity-type={type}
        aria-describedby={style && EntityCard ? cardId : undefined}
        className={`entity entity-${type}`}
        onPointerEnter={open}
        onPointerLeave={closeSoon}
        onFocus={open}
        onBlur={close}
      >
        {children}
      </Link>
      {style && EntityCard && (
        <EntityCard id={id} type={type} name={name} cardId={cardId} style={style} onPointerEnter={open} onPointerLeave={closeSoon} />
      )}
    </>
  );
}
