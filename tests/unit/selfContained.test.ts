import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@prt/functions/localHost/localPaths.js';

// Spelled in two parts so this file does not match itself.
const SEEDS_REFERENCE = ['shared', 'seeds'].join('/');
const SEEDS_REFERENCE_WIN = ['shared', 'seeds'].join('\\\\');

/** Files in the work tree: tracked ones plus new ones not ignored, so a file not yet committed counts too. */
function projectFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  return out.split('\0').filter(Boolean);
}

describe('the repository is self-contained', () => {
  it('reads real municipal exports only in the conformance suite', () => {
    // Docs may say where the conformance suite looks; no code, config or data outside it may.
    const offenders = projectFiles()
      .filter((path) => !path.startsWith('tests/conformance/') && !/\.(md|png|ico|zip|xlsx)$/.test(path))
      .filter((path) => {
        let text: string;
        try {
          text = readFileSync(join(repoRoot, path), 'utf8');
        } catch {
          return false; // deleted in the work tree but still in the index
        }
        return text.includes(SEEDS_REFERENCE) || text.includes(SEEDS_REFERENCE_WIN);
      });
    expect(offenders).toEqual([]);
  });

  it('ships its own demo register and fixtures', () => {
    const files = projectFiles();
    expect(files).toContain('functions/local/demo-register.tsv');
    expect(files.filter((f) => f.startsWith('tests/fixtures/import/')).length).toBeGreaterThan(0);
  });
});
