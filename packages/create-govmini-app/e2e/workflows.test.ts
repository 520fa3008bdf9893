// The GitHub workflows a province copies — the repository's CI and release, and the CI a new app
// gets — checked against SchemaStore's GitHub workflow schema (vendored in fixtures/, no internet),
// and for what they must do: CI runs exactly the README's test command (what .ci/run runs), the
// release runs Changesets with tokens from secrets and provenance, the app can deploy to Zalo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

const schema = JSON.parse(
  readFileSync(new URL('./fixtures/schemastore/github-workflow.json', import.meta.url), 'utf8'),
);
// The schema uses keywords Ajv does not know (markdownDescription); strict mode would refuse them.
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

const schemaErrors = (workflow: unknown): string[] =>
  validate(workflow)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);

type Step = {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
};
type Job = { steps: Step[]; permissions?: Record<string, string>; if?: string; needs?: string };
type Workflow = {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
  permissions?: Record<string, string>;
};

const WORKFLOWS = {
  ci: '.github/workflows/ci.yml',
  release: '.github/workflows/release.yml',
  app: 'packages/create-govmini-app/template/github/workflows/ci.yml',
} as const;
const workflow = (path: string) => parse(read(path)) as Workflow;
/** `${{ secrets.NAME }}`, GitHub's expression for a secret. */
const secret = (name: string) => `$\{{ secrets.${name} }}`;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);

/** The command the README gives for "runs every check", followed by "CI (`.ci/run`) runs exactly this command". */
function readmeTestCommand(readme: string): string {
  const at = readme.indexOf('runs exactly this command');
  const blocks = [...readme.slice(0, at).matchAll(/```sh\n([\s\S]*?)```/g)];
  const lines = (blocks.at(-1)?.[1] ?? '')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  expect(lines, 'the README block before "runs exactly this command"').toHaveLength(1);
  return (lines[0] as string).replace(/\s+#.*$/, '').trim();
}

describe('GitHub workflows', () => {
  for (const [name, path] of Object.entries(WORKFLOWS)) {
    it(`${path} is valid against the GitHub workflow schema`, () => {
      expect(schemaErrors(workflow(path)), name).toEqual([]);
    });
  }

  it('the schema check finds a broken workflow', () => {
    expect(schemaErrors({ on: 'push', jobs: { test: { steps: [{ run: 'x' }] } } })).not.toEqual([]);
    expect(
      schemaErrors({ on: 'push', jobs: { t: { 'runs-on': 'ubuntu-latest', stepz: [] } } }),
    ).not.toEqual([]);
    expect(
      schemaErrors({
        on: 'push',
        jobs: { t: { 'runs-on': 'ubuntu-latest', steps: [{ run: 'x' }] } },
      }),
    ).toEqual([]);
  });

  it("ci.yml's one test step runs exactly the README's test command, which is what .ci/run runs", () => {
    const command = readmeTestCommand(read('README.md'));
    const ciRun = read('.ci/run')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#') && !/^(set|cd) /.test(l));
    expect(ciRun).toEqual([command]);
    const ci = workflow(WORKFLOWS.ci);
    const runs = steps(ci).filter((s) => s.run !== undefined);
    expect(runs.map((s) => s.run?.trim())).toEqual([command]);
    expect(
      steps(ci)
        .filter((s) => s.uses)
        .map((s) => s.uses?.split('@')[0]),
    ).toEqual(['actions/checkout']);
    expect(ci.on).toHaveProperty('pull_request');
  });

  it('release.yml builds, then opens the version pull request or publishes with changesets/action: tokens from secrets, provenance', () => {
    const release = workflow(WORKFLOWS.release);
    const config = JSON.parse(read('.changeset/config.json')) as { baseBranch: string };
    expect((release.on.push as { branches: string[] }).branches).toEqual([config.baseBranch]);
    const [job] = Object.values(release.jobs);
    const all = job?.steps ?? [];
    const action = all.findIndex((s) => s.uses?.startsWith('changesets/action@'));
    expect(action).toBeGreaterThan(0);
    const step = all[action] as Step;
    expect(String(step.with?.version)).toMatch(/\bchangeset version\b/);
    expect(String(step.with?.publish)).toMatch(/\bchangeset publish\b/);
    expect(step.env?.GITHUB_TOKEN).toBe(secret('GITHUB_TOKEN'));
    expect(step.env?.NPM_TOKEN).toBe(secret('NPM_TOKEN'));
    // pnpm 12 reads provenance from this variable only (not publishConfig, not npm_config_*).
    expect(String(step.env?.PNPM_CONFIG_PROVENANCE)).toBe('true');
    const permissions = { ...release.permissions, ...job?.permissions };
    expect(permissions).toMatchObject({
      'id-token': 'write',
      contents: 'write',
      'pull-requests': 'write',
    });
    // create-govmini-app writes the versions it is built with: the build runs before publishing.
    expect(all.slice(0, action).some((s) => /\bpnpm build\b/.test(s.run ?? ''))).toBe(true);
  });

  it('no workflow holds a secret: tokens only as GitHub secrets expressions', () => {
    for (const path of Object.values(WORKFLOWS)) {
      const text = read(path);
      expect(text, path).not.toMatch(/npm_[A-Za-z0-9]{20,}|gh[pousr]_[A-Za-z0-9]{20,}|_authToken=/);
      for (const match of text.matchAll(/secrets\.\w+/g)) {
        const before = text.slice(0, match.index);
        expect(before.lastIndexOf('${{') > before.lastIndexOf('}}'), `${path}: ${match[0]}`).toBe(
          true,
        );
      }
    }
  });

  it("the app template's CI checks every push, and deploys to Zalo by hand with the developer token from a secret", () => {
    const app = workflow(WORKFLOWS.app);
    expect(app.on).toHaveProperty('push');
    expect(app.on).toHaveProperty('workflow_dispatch');
    const check = app.jobs.check?.steps.map((s) => s.run ?? '') ?? [];
    for (const command of ['pnpm install', 'pnpm typecheck', 'pnpm test', 'pnpm build'])
      expect(check).toContain(command);
    const deploy = app.jobs.deploy as Job;
    expect(deploy.if).toMatch(/workflow_dispatch/);
    expect(deploy.needs).toBe('check');
    const zmp = deploy.steps.find((s) => /\bzmp deploy\b/.test(s.run ?? '')) as Step;
    expect(zmp.env?.ZALO_DEVELOPER_TOKEN).toBe(secret('ZALO_DEVELOPER_TOKEN'));
    expect(zmp.run).toMatch(/zmp login --app-id "\$ZALO_APP_ID" --token "\$ZALO_DEVELOPER_TOKEN"/);
    // Logged in from the app folder (./.env), deployed from inside www/ with `--outputDir .`:
    // only www/app-config.json lists the files, and no .env is zipped with the app.
    const run = zmp.run ?? '';
    expect(run).toMatch(/\bcd www\n/);
    expect(run.indexOf('zmp login')).toBeLessThan(run.indexOf('cd www'));
    expect(run).toMatch(/ZMP_TOKEN="\$\(sed -n 's\/\^ZMP_TOKEN=\/\/p' \.\.\/\.env\)"/);
    expect(run).toMatch(/zmp deploy --existing --outputDir \. /);
    expect(deploy.steps.findIndex((s) => s.run === 'pnpm build')).toBeLessThan(
      deploy.steps.indexOf(zmp),
    );
  });
});
