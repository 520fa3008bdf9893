// planApp: every answer checked and every file of the app computed in memory, nothing written.
// It returns the plan, or every problem found at once (so a CI log shows them all), each a
// typed ScaffoldError. writeApp (write.ts) then writes a plan atomically.
import { resolve } from 'node:path';
import {
  exampleProcedure,
  govminiPackagesFor,
  packageJson,
  pnpmWorkspaceYaml,
  procedureJson,
} from './app-files';
import { checkDirectory } from './directory';
import { ScaffoldError } from './errors';
import { localPackageSpecs } from './local-packages';
import { parseModules } from './modules';
import { checkDisplayName, checkPackageName, slugify } from './names';
import { englishProvinceName, type ProvinceChoice, resolveProvince } from './province';
import { coloursOf } from './province-colours';
import {
  defaultTemplateDir,
  type ModuleId,
  readTemplate,
  renderTemplate,
  targetPath,
} from './templates';
import { type ColourInput, checkColours, type ThemeNotice } from './theme-check';

export interface AppOptions {
  /** Where the app goes: a new or empty folder (relative to `cwd`). */
  directory: string;
  /** One of the 34: a name with or without diacritics, or its code. */
  province: string;
  /** What people see in Zalo. Default "Dịch vụ công <province>". */
  displayName?: string | undefined;
  /** The npm package name. Default: the display name without diacritics, hyphenated. */
  packageName?: string | undefined;
  /** Default both: dossier and feedback. A list or "dossier,feedback" / "none". */
  modules?: string | readonly string[] | undefined;
  /** Default: the province's preset (src/core/province-colours.ts). */
  primaryColour?: string | undefined;
  accentColour?: string | undefined;
  /** A folder of `pnpm pack` tarballs to take @govmini/* from instead of the registry. */
  localPackages?: string | undefined;
  cwd?: string | undefined;
  /** For tests; default the package's own template/. */
  templateDir?: string | undefined;
}

export interface PlannedFile {
  /** Relative to the app's folder, with `/`. */
  readonly path: string;
  readonly content: string;
}

export interface AppPlan {
  /** Absolute path of the app's folder. */
  readonly directory: string;
  readonly displayName: string;
  readonly packageName: string;
  readonly province: ProvinceChoice;
  readonly modules: readonly ModuleId[];
  readonly colours: ColourInput;
  readonly files: readonly PlannedFile[];
  /** Not errors: e.g. a colour the theme engine had to move for contrast. */
  readonly notices: readonly ThemeNotice[];
}

export type PlanResult =
  | { readonly ok: true; readonly plan: AppPlan }
  | { readonly ok: false; readonly errors: readonly ScaffoldError[] };

export const defaultDisplayName = (province: ProvinceChoice): string =>
  `Dịch vụ công ${province.name}`;

const isError = (value: unknown): value is ScaffoldError => value instanceof ScaffoldError;

export function planApp(options: AppOptions): PlanResult {
  const cwd = options.cwd ?? process.cwd();
  const errors: ScaffoldError[] = [];
  const keep = <T>(value: T): Exclude<T, ScaffoldError | ScaffoldError[]> | undefined => {
    if (Array.isArray(value) && value.length > 0 && value.every(isError)) {
      errors.push(...value);
      return undefined;
    }
    if (isError(value)) {
      errors.push(value);
      return undefined;
    }
    return value as Exclude<T, ScaffoldError | ScaffoldError[]>;
  };

  keep(checkDirectory(options.directory, cwd));
  const province = keep(resolveProvince(options.province));
  // A name derived from an answer that was refused is not checked again: one error per mistake.
  const displayName =
    options.displayName !== undefined
      ? keep(checkDisplayName(options.displayName))
      : province && defaultDisplayName(province);
  const packageName =
    options.packageName !== undefined
      ? keep(checkPackageName(options.packageName))
      : displayName && keep(checkPackageName(slugify(displayName)));
  const modules = keep(parseModules(options.modules ?? ['dossier', 'feedback']));
  const preset = province ? coloursOf(province.code) : undefined;
  const checked =
    province && displayName
      ? keep(
          checkColours(
            {
              primary: options.primaryColour ?? preset?.primary ?? '',
              accent: options.accentColour ?? preset?.accent ?? '',
            },
            { provinceFullName: province.fullName, displayName },
          ),
        )
      : undefined;
  const local =
    options.localPackages !== undefined && modules
      ? keep(localPackageSpecs(resolve(cwd, options.localPackages), govminiPackagesFor(modules)))
      : undefined;

  if (errors.length > 0 || !province || !displayName || !packageName || !modules || !checked) {
    return { ok: false, errors };
  }

  const { colours, header } = checked;
  const values: Record<string, string> = {
    displayName,
    packageName,
    appId: packageName.replace(/^@[^/]+\//, ''),
    provinceName: province.name,
    provinceFullName: province.fullName,
    provinceNameEn: englishProvinceName(province),
    provinceCode: province.code,
    primaryColour: colours.primary,
    accentColour: colours.accent,
    // The header is drawn by Zalo: the shade that passed contrast, and the text colour for it.
    headerColour: header.colour,
    headerTextColour: header.text,
    procedureId: exampleProcedure.id,
    procedureTitle: exampleProcedure.title.vi,
    procedureTitleEn: exampleProcedure.title.en ?? exampleProcedure.title.vi,
  };
  const templateDir = options.templateDir ?? defaultTemplateDir();
  const files: PlannedFile[] = [];
  for (const file of readTemplate(templateDir)) {
    const path = targetPath(file.path, modules);
    if (path) files.push({ path, content: renderTemplate(file, values, modules) });
  }
  files.push(
    {
      path: 'package.json',
      content: packageJson({ packageName, displayName, province, modules, local }),
    },
    { path: 'pnpm-workspace.yaml', content: pnpmWorkspaceYaml(local) },
  );
  if (modules.includes('dossier')) {
    files.push({
      path: `src/modules/dossier/procedures/${exampleProcedure.id}.json`,
      content: procedureJson(province),
    });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return {
    ok: true,
    plan: {
      directory: resolve(cwd, options.directory),
      displayName,
      packageName,
      province,
      modules,
      colours,
      files,
      notices: checked.notices,
    },
  };
}
