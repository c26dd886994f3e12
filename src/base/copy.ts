/**
 * Copies text to the clipboard. The async Clipboard API is refused inside cross-origin iframes without the
 * `clipboard-write` permission, so fall back to a hidden textarea and `execCommand('copy')`, which still works there
 * on a user gesture. Resolves to whether the copy went through.
 */
export async function copyText(text: string, host: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.setAttribute('aria-hidden', 'true');
    area.className = 'summit-copy-buffer';
    (host.shadowRoot ?? document.body).append(area);
    area.select();
    let ok: boolean;
    try {
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only copy path left inside a sandboxed iframe
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}
