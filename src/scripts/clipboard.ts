/**
 * Copies text to the clipboard; false when the browser refuses (no permission, an old
 * browser, an insecure origin), so the caller can say so and leave the text selectable.
 * The one clipboard call of the site: the contact form, "Share this step" and the map.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
