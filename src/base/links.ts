/**
 * The only way a URL reaches an `href` or a `fetch`: resolved against the page, and kept only when it is http(s).
 * A `javascript:`, `data:` or malformed value gives `undefined`, whatever the bundle or the attribute said. On the
 * server there is no page to resolve against, so only absolute http(s) URLs are kept there.
 */
export function httpUrl(
  value: string | null | undefined,
  base: string | undefined = (globalThis as { location?: Location }).location?.href,
): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
