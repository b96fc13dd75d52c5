// Which files the page may ask for a copy of: regular files directly inside the host's exports
// folder, and nothing else (no other folder, no "..", no link pointing out of it).
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

/** A bare file name: no folder part, no "." or "..", no NUL, not too long. */
export function isPlainFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    name !== '.' &&
    name !== '..' &&
    !/[/\\\0]/.test(name) &&
    basename(name) === name
  );
}

/**
 * The real path of `candidate` (an absolute path, or a bare file name) if it is a regular file
 * directly inside `exportsDir`; null otherwise.
 */
export function exportedFilePath(exportsDir: string, candidate: string): string | null {
  let file: string;
  if (isAbsolute(candidate)) {
    file = resolve(candidate);
    if (dirname(file) !== resolve(exportsDir) || !isPlainFileName(basename(file))) return null;
  } else {
    if (!isPlainFileName(candidate)) return null;
    file = join(resolve(exportsDir), candidate);
  }
  try {
    const real = realpathSync(file);
    if (dirname(real) !== realpathSync(exportsDir) || !statSync(real).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}
