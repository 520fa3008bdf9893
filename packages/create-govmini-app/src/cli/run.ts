// The command: flags, then (without --yes) the questions, then planApp and writeApp. All the
// checking is the core's; this file only asks again when an answer is refused.
import { relative } from 'node:path';
import { checkDirectory } from '../core/directory';
import { ScaffoldError } from '../core/errors';
import { parseModules } from '../core/modules';
import { checkDisplayName, checkPackageName, slugify } from '../core/names';
import { type AppOptions, defaultDisplayName, planApp } from '../core/plan';
import { type ProvinceChoice, provinceChoices, resolveProvince } from '../core/province';
import { coloursOf } from '../core/province-colours';
import { checkColours } from '../core/theme-check';
import { versions } from '../core/versions';
import { writeApp } from '../core/write';
import { type CliArgs, parseCliArgs, UnknownOptionError } from './args';
import { cliMessage } from './messages';
import { createPrompter, PromptCancelled, type Prompter } from './prompter';

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

/** Runs create-govmini-app; resolves to the exit code (0 created, 1 not created). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UnknownOptionError)) throw error;
    io.stderr.write(`${cliMessage('unknownOption', { option: error.option })}\n`);
    return 1;
  }
  if (args.help) {
    io.stdout.write(cliMessage('help'));
    return 0;
  }
  if (args.version) {
    io.stdout.write(`${versions.scaffolder}\n`);
    return 0;
  }

  let options: AppOptions;
  if (args.yes) {
    options = { ...fromArgs(args), directory: args.directory ?? '', province: args.province ?? '' };
  } else {
    io.stdout.write(cliMessage('intro', { version: versions.scaffolder }));
    const prompter = createPrompter(io.stdin, io.stdout);
    try {
      const answered = await askQuestions(args, prompter, io);
      if (!answered) {
        io.stdout.write(`${cliMessage('cancelled')}\n`);
        return 1;
      }
      options = answered;
    } catch (error) {
      if (!(error instanceof PromptCancelled)) throw error;
      io.stderr.write(`\n${cliMessage('cancelled')}\n`);
      return 1;
    } finally {
      prompter.close();
    }
  }

  const result = planApp({ ...options, cwd: io.cwd });
  if (!result.ok) {
    io.stderr.write(`${cliMessage('failed')}\n`);
    for (const error of result.errors) printError(io.stderr, error);
    return 1;
  }
  try {
    await writeApp(result.plan);
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    io.stderr.write(`${cliMessage('failed')}\n`);
    printError(io.stderr, error);
    return 1;
  }
  for (const notice of result.plan.notices) {
    io.stdout.write(`${cliMessage('notice')} ${notice.text('vi')}\n  ${notice.text('en')}\n`);
  }
  io.stdout.write(
    cliMessage('created', {
      displayName: result.plan.displayName,
      directory: result.plan.directory,
      relative: relative(io.cwd, result.plan.directory) || '.',
    }),
  );
  return 0;
}

const fromArgs = (args: CliArgs): Omit<AppOptions, 'directory' | 'province'> => ({
  displayName: args.displayName,
  packageName: args.packageName,
  modules: args.modules,
  primaryColour: args.primaryColour,
  accentColour: args.accentColour,
  localPackages: args.localPackages,
});

function printError(out: NodeJS.WritableStream, error: ScaffoldError): void {
  out.write(`  ✗ ${error.message}\n    ${error.messageIn('en')}\n`);
}

/** Asks `question` until `check` accepts the answer; a flag given on the command line is checked first. */
async function askUntilValid<T>(
  prompter: Prompter,
  io: CliIo,
  question: string,
  given: string | undefined,
  defaultValue: string | undefined,
  check: (answer: string) => T | ScaffoldError,
  onHelp?: () => void,
): Promise<T> {
  if (given !== undefined) {
    const result = check(given);
    if (!(result instanceof ScaffoldError)) return result;
    printError(io.stderr, result);
  }
  for (;;) {
    const answer = await prompter.ask(question, defaultValue);
    if (answer === '?' && onHelp) {
      onHelp();
      continue;
    }
    const result = check(answer);
    if (!(result instanceof ScaffoldError)) return result;
    printError(io.stderr, result);
  }
}

async function askQuestions(
  args: CliArgs,
  prompter: Prompter,
  io: CliIo,
): Promise<AppOptions | undefined> {
  const ask = <T>(
    question: string,
    given: string | undefined,
    defaultValue: string | undefined,
    check: (answer: string) => T | ScaffoldError,
    onHelp?: () => void,
  ) => askUntilValid(prompter, io, question, given, defaultValue, check, onHelp);

  const directory = await ask(
    cliMessage('askDirectory'),
    args.directory,
    'ung-dung-govmini',
    (answer) => {
      const state = checkDirectory(answer, io.cwd);
      return state instanceof ScaffoldError ? state : answer;
    },
  );
  const province: ProvinceChoice = await ask(
    cliMessage('askProvince'),
    args.province,
    undefined,
    resolveProvince,
    () => {
      for (const p of provinceChoices) io.stdout.write(`  ${p.code}  ${p.fullName}\n`);
    },
  );
  const preset = coloursOf(province.code);
  io.stdout.write(
    `${cliMessage('provinceChosen', { fullName: province.fullName, code: province.code, ...preset })}\n${cliMessage('presetNote')}\n`,
  );
  const colour = (field: 'primary' | 'accent') => (answer: string) => {
    const checked = checkColours(
      { ...preset, [field]: answer },
      { provinceFullName: province.fullName, displayName: province.fullName },
    );
    return Array.isArray(checked) ? (checked[0] as ScaffoldError) : checked.colours[field];
  };
  const primary = await ask(
    cliMessage('askPrimary'),
    args.primaryColour,
    preset.primary,
    colour('primary'),
  );
  const accent = await ask(
    cliMessage('askAccent'),
    args.accentColour,
    preset.accent,
    colour('accent'),
  );
  const displayName = await ask(
    cliMessage('askDisplayName'),
    args.displayName,
    defaultDisplayName(province),
    checkDisplayName,
  );
  const packageName = await ask(
    cliMessage('askPackageName'),
    args.packageName,
    slugify(displayName),
    checkPackageName,
  );
  const modules = await ask(
    cliMessage('askModules'),
    args.modules,
    'dossier,feedback',
    parseModules,
  );
  io.stdout.write(
    cliMessage('summary', {
      directory,
      province: province.fullName,
      displayName,
      packageName,
      primary,
      accent,
      modules: modules.length ? modules.join(', ') : cliMessage('noModules'),
    }),
  );
  const confirm = (await prompter.ask(cliMessage('askConfirm'), 'c')).toLowerCase();
  if (!['c', 'co', 'có', 'y', 'yes'].includes(confirm)) return undefined;
  return {
    directory,
    province: province.code,
    displayName,
    packageName,
    modules,
    primaryColour: primary,
    accentColour: accent,
    localPackages: args.localPackages,
  };
}
