// What a generated app depends on, inlined when the scaffolder is built from this repository
// (build/workspace-versions.ts): the @govmini/* versions being released with it, and the
// third-party versions the sample app is tested on.
import type { WorkspaceVersions } from '../../build/workspace-versions';

declare const __GOVMINI_VERSIONS__: WorkspaceVersions;

export const versions: WorkspaceVersions = __GOVMINI_VERSIONS__;
