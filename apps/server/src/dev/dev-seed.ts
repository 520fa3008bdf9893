// What dev mode knows about the app it serves: the citizens its simulated platform plays (so
// the simulated Zalo can vouch for exactly those), optionally the feedback categories the app
// shows (so the reports it sends name categories this server has) and the bank account its
// fees go to when a procedure names none. An app passes them as a module
// (GOVMINI_DEV_SEED=path/to/module.ts) exporting `citizens`, `categories` and
// `paymentAccount`; the sample app's is apps/sample/src/backend/server-seed.ts. Without one,
// the simulated platform's own default citizen, the server's seed categories and Tỉnh Mẫu's
// made-up account (TINH_MAU_PAYMENT_ACCOUNT) are used.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PaymentAccount } from '@govmini/dossier/core';
import type { FeedbackCategory } from '@govmini/feedback/core';
import { paymentAccountProblem } from '../config.ts';
import { TINH_MAU_PAYMENT_ACCOUNT } from '../db/seed.ts';

/** A test citizen of @govmini/platform's createSimulatedPlatform, as its options hold it. */
export interface SimulatedCitizen {
  /** The simulator's `user.id`: its access token is `sim-access.<id>`. */
  readonly id: string;
  readonly name: string;
  /** What a phone-number token yields, in Zalo's `84…` form (the simulator's `phoneNumber`). */
  readonly phoneNumber: string;
  /** What a location token yields (the simulator's `location`). */
  readonly location: { readonly latitude: number; readonly longitude: number };
}

/** The dev seed's `admin` password: documented, so a newcomer can open the staff console. */
export const DEV_STAFF_PASSWORD = 'tinh-mau-dev';

/** createSimulatedPlatform's defaults when no user, phone or location is given. */
export const SIMULATOR_DEFAULT_CITIZEN: SimulatedCitizen = {
  id: '1000000000000000001',
  name: 'Công dân thử',
  phoneNumber: '84900000001',
  location: { latitude: 21.0368, longitude: 105.8342 },
};

export interface DevSeed {
  readonly citizens: readonly SimulatedCitizen[];
  /** Undefined: the server's own seed categories. */
  readonly categories: readonly FeedbackCategory[] | undefined;
  /** Where fees go when a procedure names none (unless PAYMENT_* is set): made up, always. */
  readonly paymentAccount: PaymentAccount;
}

export class DevSeedError extends Error {
  override readonly name = 'DevSeedError';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const coordinate = (value: unknown, limit: number) =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

/** The citizens, checked: a bad entry names its index and field. */
export function checkCitizens(value: unknown, where: string): SimulatedCitizen[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new DevSeedError(`${where}: \`citizens\` must be a non-empty array`);
  }
  const seen = new Set<string>();
  return value.map((entry, index) => {
    const at = `${where}: citizens[${index}]`;
    if (!isObject(entry)) throw new DevSeedError(`${at} must be an object`);
    const { id, name, phoneNumber, location } = entry;
    // The simulator's token is `sim-access.<id>`; the auth memory service accepts the same ids.
    if (typeof id !== 'string' || !/^[\w-]{1,64}$/.test(id)) {
      throw new DevSeedError(`${at}.id must be 1–64 letters, digits, "_" or "-"`);
    }
    if (seen.has(id)) throw new DevSeedError(`${at}.id "${id}" appears twice`);
    seen.add(id);
    if (typeof name !== 'string' || name.trim() === '') {
      throw new DevSeedError(`${at}.name must be a non-empty string`);
    }
    if (typeof phoneNumber !== 'string' || !/^84\d{9,10}$/.test(phoneNumber)) {
      throw new DevSeedError(`${at}.phoneNumber must be Zalo's 84… form, e.g. 84900000001`);
    }
    if (
      !isObject(location) ||
      !coordinate(location.latitude, 90) ||
      !coordinate(location.longitude, 180)
    ) {
      throw new DevSeedError(`${at}.location must be { latitude, longitude } in degrees`);
    }
    return {
      id,
      name: name.normalize('NFC'),
      phoneNumber,
      location: { latitude: location.latitude as number, longitude: location.longitude as number },
    };
  });
}

function checkCategories(value: unknown, where: string): FeedbackCategory[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new DevSeedError(`${where}: \`categories\` must be a non-empty array`);
  }
  for (const [index, category] of value.entries()) {
    if (!isObject(category) || typeof category.id !== 'string' || !isObject(category.title)) {
      throw new DevSeedError(`${where}: categories[${index}] needs an id and a title`);
    }
  }
  return value as FeedbackCategory[];
}

function checkPaymentAccount(value: unknown, where: string): PaymentAccount {
  const at = `${where}: paymentAccount`;
  if (!isObject(value))
    throw new DevSeedError(`${at} must be { bankBin, accountNumber, accountName }`);
  const account = {
    bankBin: String(value.bankBin ?? ''),
    accountNumber: String(value.accountNumber ?? ''),
    accountName: String(value.accountName ?? '').normalize('NFC'),
  };
  const problem = paymentAccountProblem(account);
  if (problem) throw new DevSeedError(`${at}.${problem.field}: ${problem.message}`);
  return account;
}

/** Loads the app's dev seed module, or the defaults when no path is given. */
export async function loadDevSeed(path: string | undefined): Promise<DevSeed> {
  if (!path) {
    return {
      citizens: [SIMULATOR_DEFAULT_CITIZEN],
      categories: undefined,
      paymentAccount: TINH_MAU_PAYMENT_ACCOUNT,
    };
  }
  const file = resolve(path);
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new DevSeedError(
      `GOVMINI_DEV_SEED: could not load ${file} (${(error as Error)?.message ?? error})`,
    );
  }
  return {
    citizens:
      module.citizens === undefined
        ? [SIMULATOR_DEFAULT_CITIZEN]
        : checkCitizens(module.citizens, file),
    categories:
      module.categories === undefined ? undefined : checkCategories(module.categories, file),
    paymentAccount:
      module.paymentAccount === undefined
        ? TINH_MAU_PAYMENT_ACCOUNT
        : checkPaymentAccount(module.paymentAccount, file),
  };
}
