import { useLayoutEffect, useRef, useState } from 'react';
import { useShortcuts } from '../../../lib/use-shortcuts';

type Dialog = typeof import('./shortcuts-dialog').ShortcutsDialog;

// The list itself loads when first asked for (`?` or the button): no page needs it to be read.
let loaded: Dialog | undefined;
let loading: Promise<Dialog> | undefined;
const loadDialog = () =>
  (loading ??= import('./shortcuts-dialog').then(
    (m) => (loaded = m.ShortcutsDialog),
    (error: unknown) => {
      loading = undefined; // the next try downloads again
      throw error;
    },
  ));

/** The footer button that opens the list of keyboard shortcuts, as `?` does anywhere. */
export function ShortcutsHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [Dialog, setDialog] = useState(() => loaded);
  const [asked, setAsked] = useState(false);
  const [failed, setFailed] = useState(false);
  const show = () => {
    if (dialog.current) return void (!dialog.current.open && dialog.current.showModal());
    setAsked(true);
    setFailed(false);
    loadDialog().then(
      (d) => setDialog(() => d),
      () => setFailed(true),
    );
  };
  // Opened once its code is in, if it was asked for meanwhile.
  useLayoutEffect(() => {
    if (!asked || !Dialog || !dialog.current) return;
    setAsked(false);
    if (!dialog.current.open) dialog.current.showModal();
  }, [asked, Dialog]);
  useShortcuts({ '?': show });
  return (
    <>
      <button type="button" onClick={show} className="text-stone-600 underline-offset-4 hover:text-red-800 hover:underline">
        键盘快捷键（?）
      </button>
      {failed && (
        <span role="alert" className="text-red-800">
          快捷键说明未能载入（网络中断，或网站已更新）：请稍后再试或刷新页面。
        </span>
      )}
      {Dialog && <Dialog ref={dialog} />}
    </>
  );
}
