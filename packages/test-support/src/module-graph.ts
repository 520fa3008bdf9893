// The run-time import graph of a TypeScript entry, read from source: every module a bundler
// would load when the entry is imported. Type-only imports and exports are erased at build time
// and dynamic `import()` runs only when called, so neither is followed — a browser-safe entry may
// lazily `await import('node:http')` inside a function and still be browser-safe.
import { existsSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

export interface ExternalImport {
  /** The bare specifier, as written: `vitest`, `node:http`, `@govmini/vn/calendar`. */
  readonly specifier: string;
  /** The source file that imports it, relative to the entry's directory. */
  readonly importer: string;
}

export interface ModuleGraph {
  /** Every source file reached, entry first, as absolute paths. */
  readonly files: readonly string[];
  /** Every import of something outside the entry's own sources. */
  readonly externals: readonly ExternalImport[];
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveRelative(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier.replace(/\.js$/, ''));
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  throw new Error(`module-graph: ${from} imports '${specifier}', which resolves to no source file`);
}

/** Does this import or re-export load its module at run time? */
function isRuntime(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    if (!clause) return true; // `import './side-effect'`
    if (clause.isTypeOnly) return false;
    if (clause.name) return true;
    const bindings = clause.namedBindings;
    if (!bindings || ts.isNamespaceImport(bindings)) return true;
    return bindings.elements.length === 0 || bindings.elements.some((e) => !e.isTypeOnly);
  }
  if (statement.isTypeOnly) return false;
  const clause = statement.exportClause;
  if (!clause || ts.isNamespaceExport(clause)) return true; // `export * from`
  return clause.elements.length === 0 || clause.elements.some((e) => !e.isTypeOnly);
}

export function moduleGraph(entry: string): ModuleGraph {
  const root = path.dirname(entry);
  const files: string[] = [];
  const externals: ExternalImport[] = [];
  const pending = [path.resolve(entry)];
  const seen = new Set(pending);
  while (pending.length > 0) {
    const file = pending.shift() as string;
    files.push(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      const specifierNode = statement.moduleSpecifier;
      if (!specifierNode || !ts.isStringLiteral(specifierNode) || !isRuntime(statement)) continue;
      const specifier = specifierNode.text;
      if (!specifier.startsWith('.')) {
        externals.push({ specifier, importer: path.relative(root, file) });
        continue;
      }
      const target = resolveRelative(file, specifier);
      if (!seen.has(target)) {
        seen.add(target);
        pending.push(target);
      }
    }
  }
  return { files, externals };
}

/** The imports only a test runner or Node can load: `vitest`, `@vitest/*`, Node's built-ins. */
export function nodeOnlyImports(graph: ModuleGraph): readonly ExternalImport[] {
  return graph.externals.filter(
    ({ specifier }) => /^(vitest($|\/)|@vitest\/)/.test(specifier) || isBuiltin(specifier),
  );
}
