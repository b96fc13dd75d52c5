// Links out of the app open in the user's browser or mail program, and only these: https: pages
// and mailto: addresses. Everything else (http:, file:, javascript:, data:, custom schemes that
// start other programs) is refused.

const MAX_URL_LENGTH = 2048;

export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  // Control characters and whitespace have no business in a link and hide what it really is.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') {
    // "https://bank.example@evil.example" shows one host and opens another.
    return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0 || parsed.search.length > 0;
  return false;
}

/** shell.openExternal behind the check; answers whether the URL was handed to the system. */
export function openExternalSafely(shell: { openExternal(url: string): Promise<void> }, url: unknown): boolean {
  if (!isSafeExternalUrl(url)) return false;
  shell.openExternal(url).catch((error: unknown) => console.error('[svp] could not open a link:', error));
  return true;
}
