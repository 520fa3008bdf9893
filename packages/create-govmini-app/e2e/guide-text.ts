// Reading docs/guide: the files it shows (a fenced block right after `<!-- file: <path> -->`,
// the same in the Vietnamese and the English guide) and the images it shows.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const GUIDES = ['README.md', 'README.en.md'] as const;

/** The blocks a guide marks as a file's content or edit, by path. */
export function fileBlocks(markdown: string): Map<string, string> {
  const blocks = new Map<string, string>();
  const pattern = /<!-- file: ([^\s]+) -->\n```[\w-]*\n([\s\S]*?)\n```/g;
  for (const match of markdown.matchAll(pattern)) {
    const [, path, content] = match as unknown as [string, string, string];
    if (blocks.has(path)) throw new Error(`The guide shows ${path} twice.`);
    blocks.set(path, `${content}\n`);
  }
  return blocks;
}

/**
 * The file blocks of the Vietnamese guide, after checking that the English guide shows the very
 * same ones: a reader of either applies the same edit the test applied.
 */
export function guideBlocks(dir: string): Map<string, string> {
  const read = (name: string) => fileBlocks(readFileSync(join(dir, name), 'utf8'));
  const vi = read('README.md');
  const en = read('README.en.md');
  const differ = [...new Set([...vi.keys(), ...en.keys()])].filter(
    (path) => vi.get(path) !== en.get(path),
  );
  if (differ.length) {
    throw new Error(`docs/guide: README.md and README.en.md show different ${differ.join(', ')}.`);
  }
  return vi;
}

/** The images a guide shows (`![…](images/….png)`), in order. */
export function guideImages(path: string): string[] {
  const markdown = readFileSync(path, 'utf8');
  return [...markdown.matchAll(/!\[[^\]]*\]\(images\/([^)\s]+)\)/g)].map((m) => m[1] as string);
}

/**
 * What is wrong between the guides' images and the ones this run took (`produced`, each written
 * at or after `since`): an image shown but not taken, taken but not shown, left over from an
 * earlier run, or shown by one guide and not the other.
 */
export function imageProblems(dir: string, produced: ReadonlySet<string>, since: number): string[] {
  const problems: string[] = [];
  const shown = new Map(GUIDES.map((name) => [name, new Set(guideImages(join(dir, name)))]));
  for (const [guide, images] of shown) {
    for (const image of images) {
      if (!produced.has(image)) {
        problems.push(`docs/guide/${guide} shows images/${image}, which this run did not take`);
      }
    }
    for (const image of produced) {
      if (!images.has(image)) problems.push(`docs/guide/${guide} does not show images/${image}`);
    }
  }
  const imagesDir = join(dir, 'images');
  const present = existsSync(imagesDir) ? readdirSync(imagesDir) : [];
  for (const file of present) {
    if (!produced.has(file)) {
      problems.push(`docs/guide/images/${file} was not taken by this run: delete it`);
    } else if (statSync(join(imagesDir, file)).mtimeMs < since) {
      problems.push(`docs/guide/images/${file} is older than this run`);
    }
  }
  return problems;
}
