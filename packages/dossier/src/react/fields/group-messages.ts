// The words of the repeating group (GroupAnswer), in its chunk (see messages.ts).
import { defineDossierMessages } from '../messages';

export const groupMessages = /* @__PURE__ */ defineDossierMessages('dossier.fields.', {
  'group.remove': 'Xoá {item}',
  'group.removed': 'Đã xoá {item}.',
  'group.added': 'Đã thêm {item}.',
  'group.full': 'Đã đủ {max} mục.',
});
