/**
 * Register exports come as UTF-8 (with or without BOM) or, from older Windows tools, as Windows-1252. Bytes that
 * are not valid UTF-8 are read as Windows-1252, which maps every byte, so nothing is dropped.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(withoutBom), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(withoutBom), encoding: 'windows-1252' };
  }
}
