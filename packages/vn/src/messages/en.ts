// English catalogue: the same keys as vi.ts (each domain file checks that with `satisfies`).
import { cccdMessages } from './cccd';
import { dateMessages } from './date';
import { dossierCodeMessages } from './dossier-code';
import { lunarMessages } from './lunar';
import { moneyMessages } from './money';
import { phoneMessages } from './phone';
import { plateMessages } from './plate';
import { taxCodeMessages } from './tax-code';
import type { vi } from './vi';
import { vietQrMessages } from './vietqr';

export const en: Record<keyof typeof vi, string> = {
  ...cccdMessages.en,
  ...phoneMessages.en,
  ...taxCodeMessages.en,
  ...plateMessages.en,
  ...dossierCodeMessages.en,
  ...dateMessages.en,
  ...moneyMessages.en,
  ...lunarMessages.en,
  ...vietQrMessages.en,
};
