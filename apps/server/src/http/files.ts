// Uploaded files, served only to those allowed to see them. A report photo is public once a
// published report uses it (its URL goes into public answers); before that, or for a private
// report, only its owner and the report's supporters see it, with their session. A dossier
// attachment is its owner's alone (officers read it through the staff API). Anything else is
// the same 404 as a file that does not exist.
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
      },
    });

  app.get('/photos/:id', async (c) => {
    const photo = await context.photos.read(
      c.req.param('id'),
      await viewer(c.req.header('authorization')),
    );
    if (!photo) return notFound();
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
