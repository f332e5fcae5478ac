import type { HttpRequest } from '@azure/functions';
import { PayloadTooLargeError, ValidationError } from '@prt/domain/errors';
import { fieldError } from '@prt/domain/validation';

export const MAX_JSON_BYTES = 256 * 1024;

export { PayloadTooLargeError };

/** Reads a bounded body; the declared length is checked first so a huge upload is refused without buffering it. */
export async function readBytes(request: HttpRequest, limit: number): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw new PayloadTooLargeError(limit);
  const bytes = Buffer.from(await request.arrayBuffer());
  if (bytes.length > limit) throw new PayloadTooLargeError(limit);
  return bytes;
}

/** Far deeper than any body the API takes; a limit keeps recursive code downstream from running out of stack. */
export const MAX_JSON_DEPTH = 32;

/**
 * Transport-level checks every JSON body passes before any use case sees it: valid UTF-8 (no silent U+FFFD),
 * bounded nesting, and no control characters other than tab and line breaks in any string or key.
 */
export async function readJson(request: HttpRequest, limit = MAX_JSON_BYTES): Promise<unknown> {
  const bytes = await readBytes(request, limit);
  if (bytes.length === 0) throw new ValidationError([fieldError('', 'body.required', {}, 'a JSON body is required')]);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError([fieldError('', 'body.malformedUtf8', {}, 'body is not valid UTF-8')]);
  }
  if (nestingDepth(text) > MAX_JSON_DEPTH)
    throw new ValidationError([fieldError('', 'body.tooDeep', { max: MAX_JSON_DEPTH }, `body nests deeper than ${MAX_JSON_DEPTH} levels`)]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    throw new ValidationError([fieldError('', 'body.malformedJson', {}, 'body is not valid JSON')]);
  }
  const field = controlCharacterField(parsed, '');
  if (field !== undefined) throw new ValidationError([fieldError(field, 'body.controlCharacter', {}, 'contains a control character')]);
  return parsed;
}

/** Deepest bracket nesting outside strings, found without parsing so a hostile body costs one linear scan. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > MAX_JSON_DEPTH) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

// Tab, line feed and carriage return are ordinary in free text (descriptions); the rest of C0, DEL and C1 are not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The path of the first string or key with a control character; depth is already bounded. */
function controlCharacterField(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return CONTROL.test(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (CONTROL.test(key)) return childPath;
    const found = controlCharacterField(child, childPath);
    if (found !== undefined) return found;
  }
  return undefined;
}
