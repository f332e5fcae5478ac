import type { IndexHtmlTransformContext, Plugin } from 'vite';

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>;
type OutputChunk = NonNullable<IndexHtmlTransformContext['chunk']>;

/**
 * The React app (render.tsx) and the register, the page most loads open, are lazy chunks behind a small entry: without
 * help the browser learns of them (and of their own imports) only after the entry has downloaded and run. Listing
 * them and their static imports as modulepreload links in index.html fetches them alongside the entry instead.
 */
export function preloadFirstPage(moduleSuffixes: string[]): Plugin {
  return {
    name: 'prt-preload-first-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const bundle = ctx.bundle;
        const files = new Set<string>();
        for (const suffix of moduleSuffixes) {
          const chunk = Object.values(bundle).find((c): c is OutputChunk => c.type === 'chunk' && Boolean(c.facadeModuleId?.endsWith(suffix)));
          if (!chunk) throw new Error(`preloadFirstPage: no chunk for ${suffix}`);
          staticGraph(bundle, chunk.fileName, files);
        }
        return [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

function staticGraph(bundle: OutputBundle, fileName: string, seen = new Set<string>()): Set<string> {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  const chunk = bundle[fileName];
  if (chunk?.type === 'chunk') for (const imported of chunk.imports) staticGraph(bundle, imported, seen);
  return seen;
}
