// @govmini/ui's locale pack: English arrives on demand (see core/locale/locale-pack.ts).
import { type Catalogue, defineCatalogue, defineLocalePack } from '../core/locale';

export const uiLocalePack = defineLocalePack('@govmini/ui', { en: () => import('./en') });

/** Declares a component's catalogue; its keys are full keys ('button.loading'). */
/* @__NO_SIDE_EFFECTS__ */
export function defineMessages<K extends string>(vi: Record<K, string>): Catalogue<K, ''> {
  return defineCatalogue(uiLocalePack, '', vi);
}
