// A pure SHA-256 (audited, maintained) rather than node:crypto: the domain runs in the tab too, and ids must
// be the same bytes on both sides; the output is identical to createHash('sha256').
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Lower-case ASCII slug; Swedish and Danish letters are folded so ids stay readable in URLs and logs. */
export function slugify(text: string): string {
  return foldDiacritics(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Case and diacritic folding shared by ids and text matching: "Lön", "LON" and "løn" compare equal. */
export function foldDiacritics(text: string): string {
  return text.replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

function shortHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, 10);
}

/**
 * A processing's id is derived from its unit and name so importing the same register twice updates
 * rather than duplicates; the hash keeps ids unique when slugs collide.
 */
export function processingId(organisationUnit: string, name: string): string {
  const key = `${organisationUnit.trim().toLowerCase()}\u0000${name.trim().toLowerCase()}`;
  return `${slugify(name) || 'processing'}-${shortHash(key)}`;
}

export function purposeId(processingName: string, index: number): string {
  return `p${index + 1}-${shortHash(`${processingName}\u0000${index}`).slice(0, 6)}`;
}

/**
 * An IT system's or processor's id, derived from its folded name so two people (or an import and a person)
 * creating the same entity at once collide on the id instead of making two. `attempt` moves past an id still
 * held by an entity that has since been renamed.
 */
export function entityId(kind: 'system' | 'processor', foldedName: string, attempt = 0): string {
  const base = `${kind}-${slugify(foldedName) || kind}-${shortHash(`${kind}\u0000${foldedName}`).slice(0, 8)}`;
  return attempt === 0 ? base : `${base}-${attempt + 1}`;
}
