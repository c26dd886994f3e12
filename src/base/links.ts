/**
 * The only way a URL reaches an `href` or a `fetch`: resolved against the page, and kept only when it is http(s).
 * A `javascript:`, `data:` or malformed value gives `undefined`, whatever the bundle or the attribute said.
 */
export function httpUrl(value: string | null | undefined, base: string = location.href): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
