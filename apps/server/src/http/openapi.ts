// One OpenAPI 3.1 document for the whole server: the three published contracts with their paths
// under the prefixes this server mounts them at, their components namespaced (Auth.*, Dossier.*,
// Feedback.*) so same-named schemas cannot collide, operationIds prefixed to stay unique.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

export const CONTRACTS = [
  { name: 'Auth', spec: '@govmini/auth/openapi/auth.yaml', prefix: '/api' },
  { name: 'Dossier', spec: '@govmini/dossier/openapi/dossier.yaml', prefix: '/api/dossier' },
  { name: 'Feedback', spec: '@govmini/feedback/openapi/feedback.yaml', prefix: '/api/feedback' },
] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Rewrites every `$ref` to a namespaced component, and security requirement names. */
function namespaced(value: unknown, ns: string, schemes: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => namespaced(v, ns, schemes));
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$ref' && typeof v === 'string' && v.startsWith('#/components/')) {
      const [, , kind, name] = v.split('/');
      out[key] = `#/components/${kind}/${ns}.${name}`;
    } else if (key === 'security' && Array.isArray(v)) {
      out[key] = v.map((req) =>
        isObject(req)
          ? Object.fromEntries(
              Object.entries(req).map(([k, scopes]) => [schemes.has(k) ? `${ns}.${k}` : k, scopes]),
            )
          : req,
      );
    } else if (key === 'tags' && Array.isArray(v) && v.every((t) => typeof t === 'string')) {
      out[key] = v.map((t) => `${ns.toLowerCase()}.${t}`);
    } else if (key === 'operationId' && typeof v === 'string') {
      out[key] = `${ns.toLowerCase()}.${v}`;
    } else {
      out[key] = namespaced(v, ns, schemes);
    }
  }
  return out;
}

export async function mergedOpenApi(serverUrl: string): Promise<Json> {
  const merged: Json = {
    openapi: '3.1.0',
    info: {
      title: 'GovMini reference server',
      version: '1.0.0',
      summary:
        'Sign-in, dossiers and reports for a province: @govmini/auth, @govmini/dossier and @govmini/feedback.',
      description:
        'The three published contracts, served by one server. Each part is unchanged from its ' +
        'package; paths carry the prefix the server mounts it at, components are namespaced.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: serverUrl, description: 'This server.' }],
    security: [{ bearer: [] }],
    tags: [] as Json[],
    paths: {} as Json,
    components: {} as Record<string, Json>,
  };
  for (const contract of CONTRACTS) {
    const path = fileURLToPath(import.meta.resolve(contract.spec));
    const doc = YAML.parse(await readFile(path, 'utf8')) as Json;
    const components = isObject(doc.components) ? doc.components : {};
    // The three share one scheme (the app session as a bearer token): kept under its own name.
    const schemes = new Set<string>();
    const ns = (v: unknown) => namespaced(v, contract.name, schemes);
    for (const [route, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
      (merged.paths as Json)[`${contract.prefix}${route}`] = ns(item);
    }
    for (const [kind, entries] of Object.entries(components)) {
      if (!isObject(entries)) continue;
      const all = merged.components as Record<string, Json>;
      const target = all[kind] ?? {};
      all[kind] = target;
      for (const [name, value] of Object.entries(entries)) {
        target[kind === 'securitySchemes' ? name : `${contract.name}.${name}`] = ns(value);
      }
    }
    for (const tag of Array.isArray(doc.tags) ? doc.tags : []) {
      if (isObject(tag))
        (merged.tags as Json[]).push({
          ...tag,
          name: `${contract.name.toLowerCase()}.${tag.name}`,
        });
    }
  }
  return merged;
}
