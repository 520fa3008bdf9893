// @govmini/feedback's locale pack: Vietnamese is built into every catalogue; English arrives on
// demand from ./en.ts, a chunk of its own (see @govmini/ui's core/locale/locale-pack.ts).
// React-free, so core/ (error, status and issue texts) declares its catalogues here too.
import { defineLocalePack } from '@govmini/ui/core';

export const feedbackLocalePack = defineLocalePack('@govmini/feedback', {
  en: () => import('./en'),
});
