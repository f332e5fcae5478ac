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

/**
 * Documents (a privacy notice saved from Word or Notepad as "Unicode") also come as UTF-16 with its BOM; without
 * one, they are read as register files are.
 */
export function decodeDocumentText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return decodeText(bytes);
}
