// The modules this app was created with. To add one later, copy its folder from a new
// `pnpm create govmini-app` and list it here.
// #if dossier
import { dossierModule } from './dossier/module';
// #endif
// #if feedback
import { feedbackModule } from './feedback/module';
// #endif
import type { AppModule } from './types';

export const modules: readonly AppModule[] = [
  // #if dossier
  dossierModule,
  // #endif
  // #if feedback
  feedbackModule,
  // #endif
];
