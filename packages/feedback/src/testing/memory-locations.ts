// Location tokens for the memory service, as Zalo's work: the phone gets a one-time token,
// the backend exchanges it for coordinates — once, and only for about two minutes. By default
// the service mints its own (`controls.issueLocationToken`); `simulatorLocationExchange` lets
// it exchange the simulated platform's tokens instead, as @govmini/auth/testing's
// simulatorBackedAuthService does, so the sample app works without a server.
import type { SimulatedPlatform } from '@govmini/platform';

export interface Coordinates {
  readonly latitude: number;
  readonly longitude: number;
}

/** A backend's token exchange: the coordinates, or undefined for a bad, used or expired token. */
export type LocationExchange = (
  token: string,
) => Coordinates | undefined | Promise<Coordinates | undefined>;

/** What the backend knows about a point: its 2025 commune and an address, when it can tell. */
export type ReverseGeocode = (
  point: Coordinates,
) => { provinceCode?: string; communeCode?: string; address?: string } | undefined;

/** Exchanges the simulated platform's `location` tokens (each once, before it expires). */
export function simulatorLocationExchange(platform: SimulatedPlatform): LocationExchange {
  return (token) => {
    const value = platform.controls.exchangeToken(token);
    return value?.kind === 'location'
      ? { latitude: value.latitude, longitude: value.longitude }
      : undefined;
  };
}

/** Zalo's one-time tokens live about two minutes (zmp-sdk). */
export const LOCATION_TOKEN_TTL_MS = 120_000;

export function createLocationTokens(now: () => number) {
  const tokens = new Map<string, { point: Coordinates; expiresAt: number }>();
  let serial = 0;
  return {
    issue(point: Coordinates, ttlMs = LOCATION_TOKEN_TTL_MS): string {
      const token = `mem-location-${++serial}-${globalThis.crypto.randomUUID().slice(0, 8)}`;
      tokens.set(token, { point: { ...point }, expiresAt: now() + ttlMs });
      return token;
    },
    /** Coordinates for a token this service issued; each works once. */
    exchange(token: string): Coordinates | undefined {
      const entry = tokens.get(token);
      tokens.delete(token);
      return entry && now() <= entry.expiresAt ? entry.point : undefined;
    },
  };
}
