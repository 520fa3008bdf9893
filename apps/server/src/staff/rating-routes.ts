// The ratings overview: counts per level for dossiers and reports, and the comments.
import type { Hono } from 'hono';
import type { StaffEnv } from './auth-routes.ts';
import type { StaffQueries } from './queries.ts';

export function mountRatingRoutes(api: Hono<StaffEnv>, deps: { queries: StaffQueries }) {
  api.get('/ratings', async (c) => c.json(await deps.queries.ratings()));
}
