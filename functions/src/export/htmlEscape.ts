import { escapeUTF8 } from 'entities';

/** Escapes &, <, >, " and ' for text and attribute values; the pages are UTF-8, so nothing else needs encoding. */
export function escapeHtml(text: string): string {
  return escapeUTF8(text);
}
