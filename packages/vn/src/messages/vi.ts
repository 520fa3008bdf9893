// Vietnamese catalogue (default). Assembled from one file per domain so each parser's
// wording sits beside the others of its kind.
import { cccdMessages } from './cccd';
import { dateMessages } from './date';
import { dossierCodeMessages } from './dossier-code';
import { lunarMessages } from './lunar';
import { moneyMessages } from './money';
import { phoneMessages } from './phone';
import { plateMessages } from './plate';
import { taxCodeMessages } from './tax-code';
import { vietQrMessages } from './vietqr';

export const vi = {
  ...cccdMessages.vi,
  ...phoneMessages.vi,
  ...taxCodeMessages.vi,
  ...plateMessages.vi,
  ...dossierCodeMessages.vi,
  ...dateMessages.vi,
  ...moneyMessages.vi,
  ...lunarMessages.vi,
  ...vietQrMessages.vi,
};
