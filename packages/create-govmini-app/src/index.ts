// create-govmini-app's programmatic API: plan an app (every check, nothing written), then
// write it atomically. The `create-govmini-app` command (src/cli.ts) is a thin layer on these.

export { type CliIo, runCli } from './cli/run';
export { checkDirectory, type DirectoryState } from './core/directory';
export {
  isScaffoldError,
  ScaffoldError,
  type ScaffoldErrorCode,
  type ScaffoldField,
} from './core/errors';
export { formatMessage, type Locale, type MessageKey, messages } from './core/messages';
export { parseModules } from './core/modules';
export { checkDisplayName, checkPackageName, DISPLAY_NAME_MAX, slugify } from './core/names';
export {
  type AppOptions,
  type AppPlan,
  defaultDisplayName,
  type PlannedFile,
  type PlanResult,
  planApp,
} from './core/plan';
export { type ProvinceChoice, provinceChoices, resolveProvince } from './core/province';
export { coloursOf, type ProvinceColours, provinceColours } from './core/province-colours';
export { MODULE_IDS, type ModuleId } from './core/templates';
export {
  type CheckedColours,
  type ColourInput,
  checkColours,
  type ThemeNotice,
} from './core/theme-check';
export { writeApp } from './core/write';
