// Run by tests/infra/functionAppPackage.test.ts in a child `node`, copied next to an unzipped Function App package
// outside the repository: plain CommonJS, so it needs nothing the package does not bring.
// argv: <package dir> <JSON of chunk paths by source module> <demo register TSV path>. Prints one JSON line.
const Module = require('node:module');
const { readFileSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const [appDir, chunksJson, tsvPath] = process.argv.slice(2);
const chunks = JSON.parse(chunksJson);
const registrations = [];
const handlers = new Map();
let programmingModel;

// What the Azure Functions Node worker does before it imports "main": answer require('@azure/functions-core') from
// memory by wrapping Module.prototype.require (azure-functions-nodejs-worker, setupCoreModule).
const coreApi = {
  version: '3.10.1',
  hostVersion: '4.1040.0',
  log() {},
  registerFunction(metadata, handler) {
    registrations.push(metadata);
    handlers.set(metadata.name, handler);
    return { dispose() {} };
  },
  setProgrammingModel(model) {
    programmingModel = model.name;
  },
  registerHook() {
    return { dispose() {} };
  },
};
Module.prototype.require = new Proxy(Module.prototype.require, {
  apply: (target, self, args) => (args[0] === '@azure/functions-core' ? coreApi : Reflect.apply(target, self, args)),
});

function jsFilesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFilesUnder(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

const load = (relativePath) => import(pathToFileURL(join(appDir, relativePath)).href);

(async () => {
  const main = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')).main;
  await load(main);
  const registered = registrations.map((m) => {
    const trigger = Object.values(m.bindings).find((b) => b.direction === 'in');
    return { name: m.name, type: trigger.type, route: trigger.route, methods: trigger.methods, schedule: trigger.schedule };
  });

  // Nothing outside the package may be resolvable from it, or a passing run could lean on the repository.
  const requireFromMain = Module.createRequire(join(appDir, main));
  const resolvable = ['@azure/cosmos', '@azure/functions', 'pdfmake', 'esbuild', '@prt/domain'].filter((name) => {
    try {
      requireFromMain.resolve(name);
      return true;
    } catch {
      return false;
    }
  });

  // Every file of the bundle loads: a missing module or a clash with the banner's `require` shows here.
  const failedToLoad = [];
  for (const file of jsFilesUnder(join(appDir, 'dist'))) {
    try {
      await import(pathToFileURL(file).href);
    } catch (error) {
      failedToLoad.push(`${file}: ${error.message}`);
    }
  }

  // The lazily loaded paths, run from their chunks: PDF and Word reports, document reading, xlsx export and import.
  const report = {
    language: 'sv',
    title: 'Registerförteckning',
    subtitle: 'Artikel 30',
    municipality: 'Exempelby kommun',
    cover: [['Personuppgiftsansvarig', 'Kommunstyrelsen']],
    contentsTitle: 'Innehåll',
    pageLabel: 'Sida',
    entries: [{ anchor: 'p1', title: 'Löneadministration åäö', unit: 'HR', blocks: [{ kind: 'fields', rows: [['Ändamål', 'Lön æøå']] }] }],
  };
  const { registerPdf } = await load(chunks['export/authorityReport/pdfFile.js']);
  const { registerDocx } = await load(chunks['export/authorityReport/docxFile.js']);
  const { extractDocumentText } = await load(chunks['import/documents/documentText.js']);
  const { toXlsx } = await load(chunks['export/xlsxFile.js']);
  const { parseRegisterFile } = await load(chunks['import/registerFile.js']);
  const pdf = await registerPdf(report);
  const docx = await registerDocx(report);
  const lines = readFileSync(tsvPath, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.split('\t'));
  const headerAt = lines.findIndex((cells) => cells.length > 5);
  const table = { headers: lines[headerAt], rows: lines.slice(headerAt + 1).filter((cells) => cells.length > 1) };
  const xlsx = await toXlsx(table, 'Register');
  const parsed = await parseRegisterFile(new Uint8Array(xlsx));

  // The tab is served from webroot/, found relative to the entry: it must still be where the bundle's entry looks.
  const tab = await handlers.get('tab')({ url: 'https://example.test/', headers: new Headers() });

  const result = {
    tab: { status: tab.status, body: Buffer.from(tab.body).toString('utf8').slice(0, 2000) },
    programmingModel,
    registered,
    resolvable,
    failedToLoad,
    pdf: { head: Buffer.from(pdf).subarray(0, 5).toString('latin1'), text: (await extractDocumentText(new Uint8Array(pdf), 'r.pdf')).text },
    docxText: (await extractDocumentText(new Uint8Array(docx), 'r.docx')).text,
    xlsxFormat: parsed.format,
    xlsxNames: parsed.processings.map((p) => p.content.name),
  };
  process.stdout.write(`PROBE ${JSON.stringify(result)}\n`);
})().catch((error) => {
  process.stdout.write(`PROBE ${JSON.stringify({ error: error.stack })}\n`);
  process.exitCode = 1;
});
