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

export async function readJson(request: HttpRequest, limit = MAX_JSON_BYTES): Promise<unknown> {
  const bytes = await readBytes(request, limit);
  if (bytes.length === 0) throw new ValidationError([fieldError('', 'body.required', {}, 'a JSON body is required')]);
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    throw new ValidationError([fieldError('', 'body.malformedJson', {}, 'body is not valid JSON')]);
  }
}
