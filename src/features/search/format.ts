/** '2020-11-05' → '2020年11月5日', as the paper prints dates. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
