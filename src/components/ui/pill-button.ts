/** The round-ended buttons beside a masthead or headline (收藏, 引用, 保存以离线阅读): one look, off or pressed. */
export function pillButtonClass({ pressed = false, compact = false }: { pressed?: boolean; compact?: boolean } = {}): string {
  const size = compact ? 'px-2.5 py-0.5 text-xs' : 'px-3.5 py-1 text-sm';
  const state = pressed
    ? 'border-red-900 bg-red-50 text-red-900 hover:bg-red-100'
    : 'border-stone-300 bg-white text-stone-700 hover:border-red-900 hover:text-red-900';
  return `inline-flex items-center gap-1.5 rounded-full border transition-colors ${size} ${state}`;
}
