/**
 * Says why a navigation key did nothing (已是最早的一期). The live region is always in the page, so
 * a screen reader hears the message when it appears.
 */
export function NavNotice({ text }: { text?: string }) {
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-20 flex justify-center px-4" data-print="hide">
      <p role="status" className={text ? 'rounded bg-stone-900 px-4 py-2 text-sm text-stone-50 shadow-lg' : 'sr-only'}>
        {text}
      </p>
    </div>
  );
}
