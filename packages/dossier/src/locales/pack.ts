// @govmini/dossier's locale pack: Vietnamese lives in each catalogue, English arrives on demand
// (see @govmini/ui's core/locale/locale-pack.ts). From `@govmini/ui/core`, which has no React,
// so core and server code share the same pack as the screens.
import { defineLocalePack } from '@govmini/ui/core';

export const dossierLocalePack = defineLocalePack('@govmini/dossier', {
  en: () => import('./en'),
});
