// Command-line flags. British and American spellings of "colour" are both accepted.
import { parseArgs } from 'node:util';

export interface CliArgs {
  directory?: string | undefined;
  province?: string | undefined;
  displayName?: string | undefined;
  packageName?: string | undefined;
  modules?: string | undefined;
  primaryColour?: string | undefined;
  accentColour?: string | undefined;
  localPackages?: string | undefined;
  yes: boolean;
  help: boolean;
  version: boolean;
}

export class UnknownOptionError extends Error {
  readonly option: string;
  constructor(option: string) {
    super(`Unknown option ${option}`);
    this.name = 'UnknownOptionError';
    this.option = option;
  }
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const text = (error as Error).message;
    const option = /'([^']+)'/.exec(text)?.[1] ?? text;
    throw new UnknownOptionError(option);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UnknownOptionError(positionals[1] as string);
  return {
    directory: positionals[0],
    province: values.province,
    displayName: values.name,
    packageName: values['package-name'],
    modules: values.modules,
    primaryColour: values['primary-colour'] ?? values['primary-color'],
    accentColour: values['accent-colour'] ?? values['accent-color'],
    localPackages: values['local-packages'],
    yes: values.yes ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

const parse = (argv: readonly string[]) =>
  parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      province: { type: 'string' },
      name: { type: 'string' },
      'package-name': { type: 'string' },
      modules: { type: 'string' },
      'primary-colour': { type: 'string' },
      'primary-color': { type: 'string' },
      'accent-colour': { type: 'string' },
      'accent-color': { type: 'string' },
      'local-packages': { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
