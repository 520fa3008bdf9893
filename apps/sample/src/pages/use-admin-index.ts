// Loads the commune list the app supplies (see admin-data.ts) and builds the search index
// once per app run. While it loads, or if it cannot load, provinces stay searchable from
// the table built into @govmini/vn, so the screen is never empty-handed.
import {
  type AdminDataProvince,
  type AdminIndex,
  createAdminIndex,
  provinces,
} from '@govmini/vn/admin';
import { useCallback, useEffect, useState } from 'react';

export type AdminIndexState =
  | { status: 'loading'; index: AdminIndex }
  | { status: 'ready'; index: AdminIndex }
  | { status: 'failed'; index: AdminIndex };

const DATA_FILE = 'data/vn-admin-units-2025.json';
// A build's base is "./" (zmp-vite-plugin), which the browser resolves against the page's URL:
// on /thu-tuc/<id>/<step> that is the wrong folder. Inside Zalo the page URL is Zalo's anyway, so
// the build finds the file beside its own code (this chunk is in assets/, the data in data/).
// The path is a variable, not a literal: Vite would otherwise try to bundle the file itself.
const dataFromCode = `../${DATA_FILE}`;
const DATA_URL = import.meta.env.DEV
  ? `${import.meta.env.BASE_URL}${DATA_FILE}`
  : new URL(dataFromCode, import.meta.url).href;

const provincesOnly: AdminIndex = createAdminIndex(
  provinces.map(
    (p): AdminDataProvince => ({
      name: p.fullName,
      code: Number(p.code),
      division_type: p.kind === 'city' ? 'thành phố trung ương' : 'tỉnh',
      phone_code: Number(p.areaCode),
      wards: [],
    }),
  ),
);

let loaded: Promise<AdminIndex> | undefined;

function loadIndex(): Promise<AdminIndex> {
  loaded ??= fetch(DATA_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${DATA_URL}: HTTP ${response.status}`);
      return response.json() as Promise<AdminDataProvince[]>;
    })
    .then(createAdminIndex)
    .catch((error: unknown) => {
      loaded = undefined; // let "Thử lại" fetch again
      throw error;
    });
  return loaded;
}

export function useAdminIndex(): AdminIndexState & { retry: () => void } {
  const [state, setState] = useState<AdminIndexState>({ status: 'loading', index: provincesOnly });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void attempt;
    loadIndex().then(
      (index) => live && setState({ status: 'ready', index }),
      (error: unknown) => {
        console.warn('[sample] commune data did not load:', error);
        if (live) setState({ status: 'failed', index: provincesOnly });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading', index: provincesOnly });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}
