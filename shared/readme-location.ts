/**
 * Where GitHub finds a repository's README: the `.github/` folder first, then the root, then
 * `docs/` (GitHub's documented order); in one folder, a formatted README before a plain one,
 * then alphabetically. Pure.
 */

/** Folders GitHub looks in, in its order of preference ('' is the root). */
export const README_FOLDERS = ['.github', '', 'docs'] as const;

const README_NAME = /^readme(\.[\w-]+)?$/i;
const PLAIN = /^readme(\.txt)?$/i;

/** The path of the README GitHub would show, from the repository's file paths; null when it has none. */
export function findReadme(paths: Iterable<string>): string | null {
  const all = [...paths];
  for (const folder of README_FOLDERS) {
    const here = all
      .filter((p) => {
        const slash = p.lastIndexOf('/');
        return (slash < 0 ? '' : p.slice(0, slash)) === folder && README_NAME.test(p.slice(slash + 1));
      })
      .sort((a, b) => Number(PLAIN.test(a.split('/').pop()!)) - Number(PLAIN.test(b.split('/').pop()!)) || (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
    if (here.length) return here[0];
  }
  return null;
}
