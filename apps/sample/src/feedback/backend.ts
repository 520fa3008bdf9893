// The province's feedback backend. In server mode (src/backend/index.ts) it is the reference
// server's feedback contract through `createHttpFeedbackService`: reports are kept in its
// database and officers answer them in its staff console (the server's dev launcher seeds the
// same categories as ./categories.ts, through src/backend/server-seed.ts).
//
// In memory mode it is simulated in the browser: @govmini/feedback's memory service with Tỉnh
// Mẫu's categories, a few answered reports of other citizens (seed.ts), and an agency sped up
// to answer in under a minute (agency.ts). Location tokens of the simulated Zalo are exchanged
// as the real backend exchanges Zalo's, and the points the simulated phone can be at get an
// address (a real backend asks a geocoder). Seen from the phone it behaves like a server: while
// the simulated phone is offline every call fails `offline` (the backend lives in the page, but
// the citizen's phone could not reach it), so the screens and the outbox act as they would on
// a bad network. Reports are gone after a reload (drafts and the outbox are not: they live in
// platform storage, on the phone).
import { distanceMetres, type FeedbackService, feedbackError } from '@govmini/feedback';
import {
  createMemoryFeedbackService,
  type MemoryCitizen,
  type MemoryFeedbackService,
  simulatorLocationExchange,
} from '@govmini/feedback/testing';
import { inMemory } from '../backend/index';
import { server, sessions } from '../backend/services';
import { simulator } from '../platform';
import { createSpedUpAgency, type SpedUpAgency } from './agency';
import { SAMPLE_PROVINCE_CODE, sampleCategories } from './categories';
import { seedAnsweredReports, seedCitizens } from './seed';

/** Where the simulated phone can be, with what a geocoder would say about it. */
const KNOWN_PLACES = [
  {
    // Where the simulated citizens are (src/backend/simulated-citizens.ts).
    latitude: 21.0368,
    longitude: 105.8342,
    communeCode: '00004',
    address: 'Phố Quán Thánh, Phường Ba Đình, Thành phố Hà Nội',
  },
  {
    latitude: 21.0287,
    longitude: 105.8524,
    communeCode: '00070',
    address: 'Phố Đinh Tiên Hoàng, Phường Hoàn Kiếm, Thành phố Hà Nội',
  },
];

function reverseGeocode(point: { latitude: number; longitude: number }) {
  const place = KNOWN_PLACES.find((p) => distanceMetres(p, point) < 500);
  return place && { provinceCode: SAMPLE_PROVINCE_CODE, ...place };
}

/**
 * The memory service with its agency, as every feedback screen reaches it: after the seeded
 * reports, with the agency caught up, failing `offline` while the simulated phone is.
 */
function inBrowserFeedback() {
  // Seeded citizens act through tokens only this module knows.
  const seedTokens = new Map(seedCitizens.map((c) => [`seed.${crypto.randomUUID()}`, c]));
  const tokenOf = (id: string) => [...seedTokens].find(([, c]) => c.id === id)?.[0] ?? '';

  /** The citizen behind an app session: the auth backend's sessions (src/dossier/sessions.ts). */
  const citizenOf = (token: string): MemoryCitizen | undefined => {
    const seeded = seedTokens.get(token);
    if (seeded) return seeded;
    const zaloId = sessions?.citizenOf(token);
    if (!zaloId) return undefined;
    // The real backend keeps the Zalo name it got at sign-in; here the simulated Zalo has it.
    const user = simulator.controls.options.user;
    return { id: zaloId, ...(user?.id === zaloId && user.name ? { name: user.name } : {}) };
  };

  let clockOverride: number | undefined;
  const backend = createMemoryFeedbackService({
    categories: sampleCategories,
    now: () => clockOverride ?? Date.now(),
    resolveSession: citizenOf,
    exchangeLocation: simulatorLocationExchange(simulator),
    reverseGeocode,
    // Its own agency works in working days; agency.ts answers within a minute instead.
    agency: { auto: false },
  });
  const agency = createSpedUpAgency(backend);

  const seeded = seedAnsweredReports({
    backend,
    categories: sampleCategories,
    tokenOf,
    setClock: (at) => {
      clockOverride = at;
    },
  }).catch((error: unknown) => {
    // The app still works without them: the public list is only emptier.
    console.warn('[sample] seeded reports were not filed:', error);
  });

  // Every call as if over the network.
  const service: Partial<Record<keyof FeedbackService, unknown>> = {};
  for (const key of Object.keys(backend) as (keyof FeedbackService)[]) {
    const method = backend[key];
    if (typeof method !== 'function') continue;
    service[key] = async (...args: unknown[]) => {
      await seeded;
      if (!simulator.system.getNetwork().online) throw feedbackError('offline');
      await agency.catchUp();
      return (method as (...a: unknown[]) => Promise<unknown>).apply(backend, args);
    };
  }
  return { backend, agency, service: service as FeedbackService };
}

const inBrowser = inMemory ? inBrowserFeedback() : undefined;

/**
 * Memory mode only (a server-mode build leaves them out): the memory service itself, with its
 * controls (the agency panel, tests in the page), and its sped-up agency.
 */
export const simulatedFeedback: MemoryFeedbackService | undefined = inBrowser?.backend;
export const agency: SpedUpAgency | undefined = inBrowser?.agency;

/** What every feedback screen talks to. */
export const feedbackService: FeedbackService =
  server?.feedback ?? (inBrowser?.service as FeedbackService);
