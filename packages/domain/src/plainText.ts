/**
 * What a free-text field may hold. Text reaches the register from forms, imports and chat, and is shown in
 * Teams, exported to Excel and printed in privacy notices; characters that are invisible or reorder what a
 * reader sees (bidi overrides) would let a stored text say something else than it appears to, and control
 * characters and lone surrogates break exports and other systems' parsers. They are refused, not dropped, so
 * nobody's text changes silently; canonical equivalents are unified (NFC) so search and duplicate checks agree.
 */

export type TextProblemCode = 'text.controlCharacter' | 'text.loneSurrogate' | 'text.bidiControl' | 'text.invisibleOnly';

export type TextCheck = { ok: true; value: string } | { ok: false; code: TextProblemCode; position: number };

export interface TextRules {
  /** Multi-line fields (descriptions, notes) may hold line breaks and tabs; names and labels may not. */
  multiline: boolean;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls, DEL and C1 controls. Tab and line feed are allowed in multi-line text only (checked below).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// Embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// Format characters (zero-width space/joiners, word joiner, BOM, soft hyphen, marks), whitespace and the
// Hangul fillers that render as nothing: a name made only of these looks empty.
const INVISIBLE = /[\p{Cf}\p{White_Space}\u115F\u1160\u3164\uFFA0]/gu;

/**
 * Trims, unifies line breaks and normalises to NFC, then refuses what a reader could not see or what other
 * systems choke on. Position is 1-based in the returned (normalised, trimmed) text, for the error message.
 */
export function checkText(raw: string, rules: TextRules): TextCheck {
  // Normalising leaves lone surrogates as they are, so every check can count positions in the same text.
  const value = (rules.multiline ? raw.replace(/\r\n?/g, '\n') : raw).normalize('NFC').trim();
  const surrogate = LONE_SURROGATE.exec(value);
  if (surrogate) return { ok: false, code: 'text.loneSurrogate', position: surrogate.index + 1 };
  const control = (rules.multiline ? CONTROL_MULTILINE : CONTROL).exec(value);
  if (control) return { ok: false, code: 'text.controlCharacter', position: control.index + 1 };
  const bidi = BIDI_CONTROL.exec(value);
  if (bidi) return { ok: false, code: 'text.bidiControl', position: bidi.index + 1 };
  if (value !== '' && value.replace(INVISIBLE, '') === '') return { ok: false, code: 'text.invisibleOnly', position: 1 };
  return { ok: true, value };
}

/** True when the text holds a character checkText refuses; for property tests and defensive reads. */
export function hasRefusedCharacter(value: string, rules: TextRules): boolean {
  return LONE_SURROGATE.test(value) || (rules.multiline ? CONTROL_MULTILINE : CONTROL).test(value) || BIDI_CONTROL.test(value);
}
