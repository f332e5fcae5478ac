import { createHash } from 'node:crypto';

/** Template ids come from uploaded files; a hash keeps any of them (slashes, "#", 300 characters) a valid document id. */
function key(...parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

export function templateSetId(source: string): string {
  return `templateSet~${key(source)}`;
}

export function templateVersionId(source: string, templateId: string, version: string): string {
  return `templateVersion~${key(source, templateId)}~${version}`;
}

export function templateAdoptionId(processingId: string, processingVersion: number): string {
  return `templateAdoption~${processingId}~${processingVersion}`;
}
