// size-limit entry: every non-phone entry point of @govmini/vn at once, i.e. what an app
// pays when it uses all of them.
import * as admin from '../dist/admin.js';
import * as calendar from '../dist/calendar.js';
import * as main from '../dist/index.js';
import * as lunar from '../dist/lunar.js';
import * as vietqr from '../dist/vietqr.js';

export { admin, calendar, lunar, main, vietqr };
