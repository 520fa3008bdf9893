// "My reports" over Open311, which has no owner: the ids come from the device's records
// (local-store.ts), the current state from the server — one GET /requests with the spec's
// comma-separated `service_request_id` list per 50 reports, then GET /requests/{id} for any
// report a server left out of that answer.
import type { MyReport } from '../core/types';
import type { Open311Client } from './client';
import type { createFiling } from './filing';
import type { LocalReports, SubmitRecord } from './local-store';
import { open311Error } from './problem';
import { fetchRequest, mustRequests } from './public';
import type { Open311Request } from './wire';

const ID_LIST_SIZE = 50;

/** A report's ids as the app may hold them: the request id, `token:…` or `local:…`. */
const answersTo = (record: SubmitRecord, reportId: string) =>
  record.requestId === reportId ||
  (record.token !== undefined && `token:${record.token}` === reportId) ||
  `local:${record.idempotencyKey}` === reportId;

export function createMine(options: {
  readonly client: Open311Client;
  readonly store: LocalReports;
  readonly filing: ReturnType<typeof createFiling>;
}) {
  const { client, store, filing } = options;

  return {
    async list(owner: string): Promise<MyReport[]> {
      const records = await Promise.all(
        (await store.owned(owner)).map((record) => filing.settle(record, false)),
      );
      const ids = records.flatMap((r) => (r.requestId === undefined ? [] : [r.requestId]));
      const found = new Map<string, Open311Request>();
      for (let i = 0; i < ids.length; i += ID_LIST_SIZE) {
        const chunk = ids.slice(i, i + ID_LIST_SIZE);
        const body = await client.get('/requests', { service_request_id: chunk.join(',') });
        for (const request of mustRequests(body)) {
          if (chunk.includes(request.id)) found.set(request.id, request);
        }
      }
      await Promise.all(
        ids
          .filter((id) => !found.has(id))
          .map(async (id) => {
            const request = await fetchRequest(client, id);
            if (request) found.set(id, request);
          }),
      );
      return records
        .map((r) => filing.view(r, r.requestId === undefined ? undefined : found.get(r.requestId)))
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    },

    async get(owner: string, reportId: string): Promise<MyReport> {
      const record = (await store.owned(owner)).find((r) => answersTo(r, reportId));
      if (!record) {
        throw open311Error('not_found', 'Open311: no report with this id was filed by this owner');
      }
      return filing.refresh(record, false);
    },
  };
}
