// Changelog lines for `changeset version` (.changeset/config.json "changelog"). Changesets'
// default lines, plus one thing it does not do: a breaking change in a package this one depends
// on is quoted in this package's CHANGELOG.md too. A province reads the changelog of the package
// it imports (@govmini/dossier); when @govmini/ui's Button changes in a breaking way, that reader
// must see it there, not only under "Updated dependencies".

/** "- abc1234: First line" with the following lines indented, as Changesets writes them. */
function summaryLines(summary, prefix) {
  const [firstLine, ...rest] = summary.split('\n').map((line) => line.trimEnd());
  const more = rest.length ? `\n${rest.map((line) => `  ${line}`).join('\n')}` : '';
  return `- ${prefix}${firstLine}${more}`;
}

const shortCommit = (changeset) => (changeset.commit ? `${changeset.commit.slice(0, 7)}: ` : '');

/** One changeset of this package. */
export function getReleaseLine(changeset) {
  return summaryLines(changeset.summary, shortCommit(changeset));
}

/**
 * A major change, or — while GovMini is 0.x and breaking changes ship as minor ones — a changeset
 * whose text starts with "Breaking:" (CONTRIBUTING.md, "Releasing").
 */
const isBreaking = (changeset, release) =>
  release.type === 'major' ||
  (release.type === 'minor' && /^\**breaking\b/i.test(changeset.summary.trim()));

/**
 * The dependencies this release moves to, then — under their own heading — every breaking change
 * among them, quoted with the package and version it comes from.
 */
export function getDependencyReleaseLine(changesets, dependenciesUpdated) {
  if (dependenciesUpdated.length === 0) return '';
  const commits = changesets.map(shortCommit).filter(Boolean);
  const updated = [
    `- Updated dependencies${commits.length ? ` [${commits.map((c) => c.slice(0, 7)).join(', ')}]` : ''}`,
    ...dependenciesUpdated.map((dependency) => `  - ${dependency.name}@${dependency.newVersion}`),
  ].join('\n');
  const newVersions = new Map(dependenciesUpdated.map((d) => [d.name, d.newVersion]));
  const breaking = changesets.flatMap((changeset) =>
    changeset.releases
      .filter((release) => isBreaking(changeset, release) && newVersions.has(release.name))
      .map((release) =>
        summaryLines(
          changeset.summary,
          `${shortCommit(changeset)}**${release.name} ${newVersions.get(release.name)}:** `,
        ),
      ),
  );
  if (breaking.length === 0) return updated;
  // Changesets files this line under "Patch Changes"; the breaking changes get their own heading
  // after it (it is the last line of the entry), so a reader skimming headings cannot miss them.
  return `${updated}\n\n### Breaking changes in dependencies\n\n${breaking.join('\n')}`;
}

export default { getReleaseLine, getDependencyReleaseLine };
