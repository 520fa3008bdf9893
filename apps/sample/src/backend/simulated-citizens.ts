// The citizens the simulated Zalo plays in the sample app. One list for both sides: the app
// creates its simulated platform as one of them (src/platform.ts), and in server mode the
// reference server's dev launcher reads the same list (./server-seed.ts) so that its simulated
// Zalo Graph signs in exactly these citizens, with these phone numbers and places.
//
// Plain data and no imports: Node loads this file directly (type stripping) for the server.

export interface SimulatedCitizen {
  /** Zalo user id; the simulator's access token is `sim-access.<id>`. */
  readonly id: string;
  readonly name: string;
  /** What Zalo's phone-number token yields, in Zalo's `84…` form. */
  readonly phoneNumber: string;
  /** Where the phone is (what a location token yields): Ba Đình, Hà Nội. */
  readonly location: { readonly latitude: number; readonly longitude: number };
}

export const simulatedCitizens: readonly SimulatedCitizen[] = [
  {
    id: 'sample-citizen-1',
    name: 'Nguyễn Thị Mẫu',
    phoneNumber: '84900000001',
    location: { latitude: 21.0368, longitude: 105.8342 },
  },
  {
    // A second citizen, e.g. to check that one citizen cannot open another's dossier.
    id: 'sample-citizen-2',
    name: 'Trần Văn Thử',
    phoneNumber: '84900000002',
    location: { latitude: 21.0368, longitude: 105.8342 },
  },
];

/**
 * Which citizen this page plays: the first, unless localStorage names another under this key
 * (set it and reload to be the second citizen; the e2e harness does so before the page loads).
 */
export const SIMULATED_CITIZEN_KEY = 'tinh-mau:simulated-citizen';

export function citizenForThisPage(): SimulatedCitizen {
  let chosen: string | null = null;
  try {
    chosen = globalThis.localStorage?.getItem(SIMULATED_CITIZEN_KEY) ?? null;
  } catch {
    // Storage blocked: the first citizen.
  }
  return (
    simulatedCitizens.find((c) => c.id === chosen) ?? (simulatedCitizens[0] as SimulatedCitizen)
  );
}
