// English texts for translation keys the CLI prints (errors:import.row.* …), from locales/en.
import errors from '../../../locales/en/errors.json';

/** "errors:import.row.email" → "not a valid e-mail address"; an unknown key is printed as it is. */
export function englishText(key: string): string {
  const [namespace, path] = key.split(':');
  if (namespace !== 'errors' || !path) return key;
  let node: unknown = errors;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : key;
}
