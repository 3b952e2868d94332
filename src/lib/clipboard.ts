/**
 * Copies text; false when the browser refuses (no permission, an insecure page), so the caller can
 * say so and leave the text selected for Ctrl+C instead of claiming it was copied.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
