import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import appManifest from '@microsoft/app-manifest';
import { zipSync } from 'fflate';

const { ManifestUtil } = appManifest;

export const PLACEHOLDERS = ['TEAMS_APP_ID', 'APP_VERSION', 'HOSTNAME', 'ENTRA_CLIENT_ID', 'BOT_ID', 'PUBLISHER_NAME', 'PUBLISHER_WEBSITE'] as const;
export type PackageValues = Record<(typeof PLACEHOLDERS)[number], string>;

const appDir = fileURLToPath(new URL('..', import.meta.url));
const LOCALIZATIONS = ['sv.json', 'da.json'];

/** Fills {{NAME}} placeholders; every missing value is reported at once, by name. */
export function fillTemplate(template: string, values: Partial<Record<string, string>>): string {
  const used = [...new Set([...template.matchAll(/\{\{([A-Z_]+)\}\}/g)].map((m) => m[1]!))];
  const missing = used.filter((name) => !values[name]?.trim());
  if (missing.length) throw new Error(`missing values for the Teams app package: ${missing.join(', ')}`);
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_m, name: string) => values[name]!.trim());
}

const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS with a default export class.
const AjvDraft04 = (require('ajv-draft-04') as { default: typeof import('ajv-draft-04').default }).default;
const schemaDir = join(dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');

async function bundledSchema(version: string, file: string): Promise<object> {
  // The schema's \a escape is not valid in JavaScript regular expressions; the library applies the same fix.
  const text = (await readFile(join(schemaDir, `v${version}`, file), 'utf8')).replace(/\\a/g, '\\x07');
  return JSON.parse(text) as object;
}

/** Validates a manifest against the schema bundled with @microsoft/app-manifest: no network needed. */
export async function validateManifest(manifest: { manifestVersion: string }): Promise<string[]> {
  const schema = await bundledSchema(manifest.manifestVersion, 'MicrosoftTeams.schema.json');
  return ManifestUtil.validateManifestAgainstSchema(manifest as never, schema as never);
}

/**
 * The localisation schema's key patterns ("activities.activityTypes\[...\]") are not valid Unicode-mode regular
 * expressions, which the library's validator insists on, so these files are checked with non-Unicode patterns.
 */
export async function validateLocalization(manifestVersion: string, localization: object): Promise<string[]> {
  const schema = await bundledSchema(manifestVersion, 'MicrosoftTeams.Localization.schema.json');
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
  const validate = ajv.compile(schema);
  if (validate(localization)) return [];
  return (validate.errors ?? []).map(
    (e: { instancePath: string; message?: string; params: unknown }) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

export interface BuiltPackage {
  manifest: Record<string, unknown>;
  zip: Buffer;
  entries: ZipEntry[];
}

/** manifest.json (filled), the two icons and the sv/da localisation files, validated, as an app package zip. */
export async function buildAppPackage(values: Partial<Record<string, string>>, template?: string): Promise<BuiltPackage> {
  const manifestText = fillTemplate(template ?? (await readFile(join(appDir, 'manifest.template.json'), 'utf8')), values);
  const manifest = JSON.parse(manifestText) as Record<string, unknown> & { manifestVersion: string };
  const errors = await validateManifest(manifest);
  const entries: ZipEntry[] = [
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2)) },
    { name: 'color.png', data: await readFile(join(appDir, 'icons', 'color.png')) },
    { name: 'outline.png', data: await readFile(join(appDir, 'icons', 'outline.png')) },
  ];
  for (const file of LOCALIZATIONS) {
    const text = await readFile(join(appDir, 'localization', file), 'utf8');
    errors.push(...(await validateLocalization(manifest.manifestVersion, JSON.parse(text) as object)).map((e) => `${file}: ${e}`));
    entries.push({ name: file, data: Buffer.from(text) });
  }
  if (errors.length) throw new Error(`the Teams app manifest is not valid:\n${errors.join('\n')}`);
  return { manifest, zip: Buffer.from(zipSync(Object.fromEntries(entries.map((e) => [e.name, e.data])), { level: 6 })), entries };
}
