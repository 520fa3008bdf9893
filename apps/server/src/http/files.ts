// Uploaded files, served only to those allowed to see them. A report photo is public once a
// published report uses it (its plain URL goes into public answers, cacheable). Before that, or
// for a private or refused report, only its owner and the report's participants see it: through
// the signed link the feedback service gave their session (an `<img>` sends no Authorization
// header: http/file-links.ts), or with the session in `Authorization: Bearer`. Either way the
// session must still be live and its citizen allowed *now* — a link outliving a sign-out or a
// lost right loads nothing. A dossier attachment is its owner's alone, with the session header
// (officers read it through the staff API; no citizen-facing answer links to one). Anything
// else — a forged, tampered or expired link included — is the same 404 as a missing file.
import { Hono } from 'hono';
import type { ServerContext } from '../context.ts';
import { HOST_MESSAGES } from './errors.ts';

const bearer = (header: string | undefined) => /^Bearer[ ]+([^\s]+)$/i.exec(header ?? '')?.[1];

export function createFileRoutes(context: ServerContext): Hono {
  const app = new Hono();
  const notFound = () =>
    new Response(
      JSON.stringify({ error: { code: 'not_found', message: HOST_MESSAGES.not_found } }),
      {
        status: 404,
        headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
      },
    );
  const viewer = async (header: string | undefined) => {
    const token = bearer(header);
    return token ? (await context.citizens.resolve(token))?.zaloId : undefined;
  };
  const send = (bytes: Uint8Array, type: string, cache: string) =>
    new Response(bytes.slice().buffer as ArrayBuffer, {
      headers: {
        'content-type': type,
        'content-length': String(bytes.length),
        'cache-control': cache,
        'x-content-type-options': 'nosniff',
        // Never rendered as a page of this origin, whatever the bytes turn out to be.
        'content-security-policy': "default-src 'none'; sandbox",
        'cross-origin-resource-policy': 'cross-origin',
        // A signed link must not travel on to another site as a Referer.
        'referrer-policy': 'no-referrer',
      },
    });

  app.get('/photos/:id', async (c) => {
    const id = c.req.param('id');
    const link = context.fileLinks.verify('photos', id, c.req.query());
    const citizen = link
      ? (await context.citizens.bySessionId(link.sessionId))?.zaloId
      : await viewer(c.req.header('authorization'));
    const photo = await context.photos.read(id, citizen);
    if (!photo) return notFound();
    if (link) {
      // The phone may keep it, for as long as the link lives and no longer; no shared cache.
      const seconds = Math.max(0, Math.floor((link.expiresMs - context.now()) / 1000));
      return send(photo.bytes, photo.type, `private, max-age=${seconds}`);
    }
    return send(
      photo.bytes,
      photo.type,
      photo.public ? 'public, max-age=3600' : 'private, no-store',
    );
  });

  app.get('/attachments/:id', async (c) => {
    const owner = await viewer(c.req.header('authorization'));
    if (!owner) return notFound();
    const row = await context.db
      .selectFrom('attachments')
      .select(['type', 'storage_key'])
      .where('id', '=', c.req.param('id'))
      .where('owner', '=', owner)
      .where('kind', '=', 'dossier')
      .executeTakeFirst();
    if (!row) return notFound();
    const file = await context.files.get(row.storage_key);
    if (!file) return notFound();
    return send(file, row.type, 'private, no-store');
  });

  return app;
}
