// Where are we? Kept apart from detect.ts so the Zalo adapter can ask without importing the
// simulator (and without an import cycle).

/** The parts of `window.location` the decision needs. */
export interface HostLocation {
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
}

/**
 * zmp-sdk's own test (appEnv/getEnv): the host contains `h5.zdn.vn` and the page is under
 * `/zapps` or carries `?env=TESTING_LOCAL`.
 */
export function isZaloHost(location: HostLocation): boolean {
  return (
    location.hostname.includes('h5.zdn.vn') &&
    (location.pathname.startsWith('/zapps') ||
      new URLSearchParams(location.search).get('env') === 'TESTING_LOCAL')
  );
}
