import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { packageDirOf } from './packageDir.js';

export interface FunctionAppBundle {
  /** Output files by path relative to the package root (`dist/azure/index.js`, `dist/chunks/*.js`). */
  code: Map<string, Uint8Array>;
  /** The source maps, by the same relative paths plus `.map`; they stay out of the zip. */
  sourcemaps: Map<string, Uint8Array>;
  metafile: Metafile;
}

/**
 * The one module the Azure worker itself provides: `@azure/functions` requires it, and the Node worker answers that
 * require from memory (it wraps `Module.prototype.require`), so there is no file to bundle and it must stay a real
 * `require` call at run time.
 */
export const WORKER_PROVIDED = ['@azure/functions-core'];

/**
 * Leaves out what `npm ci --omit=dev` would not install: a package the lockfile marks "dev" (reached through
 * devDependencies only) stays an external require, which fails at run time exactly as it would against a
 * production install. Only optional requires reach such packages (debug's `try { require('supports-color') }`);
 * without this, whatever the repository's full install happens to hold would be bundled.
 */
function productionPackagesOnly(repoRoot: string, lock: { packages: Record<string, { dev?: boolean }> }): Plugin {
  return {
    name: 'production-packages-only',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'production-packages-only' || WORKER_PROVIDED.includes(args.path)) return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'production-packages-only',
        });
        const dir = resolved.errors.length || resolved.external ? undefined : packageDirOf(resolved.path);
        if (!dir) return undefined;
        const key = relative(repoRoot, dir).split('\\').join('/');
        return lock.packages[key]?.dev
          ? { path: args.path, external: true }
          : { path: resolved.path, namespace: resolved.namespace, sideEffects: resolved.sideEffects, suffix: resolved.suffix };
      });
    },
  };
}

/**
 * Bundles the compiled Azure entry (`functions/dist/azure/index.js`, run `npm run build` first) and everything it
 * imports into ESM files for Node: the entry at `dist/azure/index.js`, where package.json "main" points as before,
 * and the modules it imports lazily (the Azure SDKs, the PDF/Word/xlsx code, document reading) as separate chunks
 * under `dist/chunks/`, so the worker still loads only what the routes need at registration.
 *
 * Nothing stays installed: `@azure/functions` is bundled too, because the Functions host does not resolve it; the
 * worker imports "main" and the library registers the functions through `@azure/functions-core` (see above).
 * Runtime data files are not needed: pdfmake's fonts come from its font module (pdfFile.ts), exceljs writes its
 * templates from code, and unpdf's pdf.js build runs without a worker file. pdfkit's standard-font metrics and
 * PDF/A colour profile would be read from `dist/chunks/data/`, which is not shipped: the report uses Roboto only
 * and no PDF/A, so nothing reads them.
 */
export async function bundleFunctionApp(functionsDir: string): Promise<FunctionAppBundle> {
  const repoRoot = join(functionsDir, '..');
  const lock = JSON.parse(await readFile(join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const result = await build({
    absWorkingDir: functionsDir,
    entryPoints: ['dist/azure/index.js'],
    outbase: 'dist',
    outdir: 'bundle/dist',
    entryNames: '[dir]/[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // infra/main.bicep runs Node 22; the syntax esbuild leaves for it also runs on Node 20.19 (the tests run it there).
    target: 'node22',
    external: WORKER_PROVIDED,
    plugins: [productionPackagesOnly(repoRoot, lock)],
    // CommonJS dependencies call require() for Node built-ins and the worker's module, and read __dirname; an ES
    // module has neither. import.meta.dirname/filename exist from Node 20.11 on; `define` replaces only the free
    // names, so a dependency that declares its own __dirname keeps it.
    banner: { js: "import { createRequire as __prtCreateRequire } from 'node:module';\nconst require = __prtCreateRequire(import.meta.url);" },
    define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename' },
    // Licence headers stay in the files that hold the code; THIRD-PARTY-NOTICES.txt has each package's licence text.
    legalComments: 'eof',
    sourcemap: 'external',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  if (result.warnings.length) throw new Error(`esbuild warnings:\n${result.warnings.map((w) => w.text).join('\n')}`);
  const code = new Map<string, Uint8Array>();
  const sourcemaps = new Map<string, Uint8Array>();
  const outRoot = `${functionsDir.replace(/[\\/]$/, '')}/bundle/`.split('\\').join('/');
  for (const file of result.outputFiles) {
    const relativePath = file.path.split('\\').join('/').slice(outRoot.length);
    (relativePath.endsWith('.map') ? sourcemaps : code).set(relativePath, file.contents);
  }
  return { code, sourcemaps, metafile: result.metafile };
}
