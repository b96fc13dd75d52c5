/** Workspace names become file names: no separators, no control characters, nothing hidden or reserved. */
export function isValidWorkspaceName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 80 &&
    name === name.trim() &&
    !/[/\\:*?"<>|\p{Cc}]/u.test(name) &&
    !name.startsWith('.') &&
    !/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name)
  );
}
