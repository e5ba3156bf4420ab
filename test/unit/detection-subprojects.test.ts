/** Projects the listing shows only as folders are read by their main language's manifest. */
import { describe, expect, it } from 'vitest';
import { MAX_PROBED_FOLDERS, planFetch, subprojectGuesses } from '../../shared/detection/files';

describe('sub-projects two levels down', () => {
  it('asks for the manifest the main language keeps in each project-like folder', () => {
    const paths = ['README.md', 'section-04/', 'section-04/bank_app/', 'section-05/', 'section-05/chat/', 'section-05/notes.md'];
    expect(subprojectGuesses(paths, 'Elixir')).toEqual(['section-04/bank_app/mix.exs', 'section-05/chat/mix.exs']);
    expect(subprojectGuesses(['exercises/', 'exercises/Bank/'], 'C#')).toEqual(['exercises/Bank/Bank.csproj']);
    expect(planFetch(paths, undefined, 'Elixir').files).toEqual(expect.arrayContaining(['section-04/bank_app/mix.exs']));
  });

  it('leaves alone source, asset and test folders, folders of a project already found, and unknown languages', () => {
    const paths = ['web/', 'web/package.json', 'web/components/', 'assets/', 'assets/icons/', 'spec/', 'spec/models/', '.devcontainer/', '.devcontainer/x/', 'src/', 'src/app/'];
    expect(subprojectGuesses(paths, 'TypeScript')).toEqual([]);
    expect(subprojectGuesses(['a/', 'a/b/'], 'Haskell')).toEqual([]);
    // A Go module's packages are not modules of their own.
    expect(subprojectGuesses(['go.mod', 'pkg/', 'pkg/cache/', 'pkg/store/'], 'Go')).toEqual([]);
    expect(subprojectGuesses(['a/', 'a/b/'], null)).toEqual([]);
  });

  it('probes a bounded number of folders, and never a path the tree already shows', () => {
    const many = Array.from({ length: 30 }, (_, i) => [`lesson-${i}/`, `lesson-${i}/app/`]).flat();
    expect(subprojectGuesses(many, 'Go')).toHaveLength(MAX_PROBED_FOLDERS);
    expect(subprojectGuesses(['a/', 'a/b/', 'a/b/go.mod'], 'Go')).toEqual([]);
  });
});
