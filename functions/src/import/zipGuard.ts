import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { IMPORT_LIMITS, ImportLimitError, tooManyRows } from './importLimits.js';

const ROW_TAG = new TextEncoder().encode('<row');

/**
 * Checks an XLSX archive before the spreadsheet library expands it. First the central directory (declared sizes,
 * entry count, ratio), then the entries are inflated chunk by chunk and counted, since declared sizes can lie;
 * nothing is kept, so a zip bomb costs a bounded amount of memory and CPU. Worksheet rows are counted on the way,
 * so a sheet with a million rows is refused before it is turned into objects.
 */
export function checkXlsxArchive(bytes: Uint8Array): void {
  checkZipArchive(bytes, 'XLSX', /^xl\/worksheets\/[^/]+\.xml$/);
}

/** The same bounds for a Word document before mammoth expands it; a .docx has no rows to count. */
export function checkDocxArchive(bytes: Uint8Array): void {
  checkZipArchive(bytes, 'DOCX', undefined);
}

function checkZipArchive(bytes: Uint8Array, label: 'XLSX' | 'DOCX', countRowsIn: RegExp | undefined): void {
  const entries: { name: string; size: number; originalSize: number; compression: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push(file);
        return false;
      },
    });
  } catch {
    throw new ImportLimitError('import.invalidFile', `the file looks like ${label} but is not a readable zip archive`);
  }
  if (entries.length > IMPORT_LIMITS.maxZipEntries) throw tooLarge(`the archive has more than ${IMPORT_LIMITS.maxZipEntries} entries`);
  let declared = 0;
  for (const entry of entries) {
    declared += entry.originalSize;
    if (entry.originalSize >= IMPORT_LIMITS.ratioCheckedFromBytes && entry.originalSize > IMPORT_LIMITS.maxCompressionRatio * Math.max(1, entry.size)) {
      throw tooLarge(`an entry expands more than ${IMPORT_LIMITS.maxCompressionRatio} times`);
    }
  }
  if (declared > IMPORT_LIMITS.maxExpandedBytes) throw tooLarge(`the archive expands to more than ${IMPORT_LIMITS.maxExpandedBytes} bytes`);
  measureExpansion(bytes, label, countRowsIn);
}

function tooLarge(detail: string): ImportLimitError {
  return new ImportLimitError('import.tooLarge', `the file is too large to import: ${detail}`);
}

/** Inflates every entry without keeping it, counting bytes (all entries) and rows (worksheets). */
function measureExpansion(bytes: Uint8Array, label: string, countRowsIn: RegExp | undefined): void {
  let expanded = 0;
  let rows = 0;
  let failure: ImportLimitError | undefined;
  const unzip = new Unzip((file) => {
    const isSheet = countRowsIn?.test(file.name) ?? false;
    let matched = 0;
    file.ondata = (error, chunk) => {
      if (failure) return;
      if (error) {
        failure = new ImportLimitError('import.invalidFile', `the ${label} archive holds a damaged entry`);
        return;
      }
      expanded += chunk.length;
      if (expanded > IMPORT_LIMITS.maxExpandedBytes) {
        failure = tooLarge(`the archive expands to more than ${IMPORT_LIMITS.maxExpandedBytes} bytes`);
        file.terminate();
        return;
      }
      if (!isSheet) return;
      // "<row" across chunk borders: a tiny matcher that carries its state from chunk to chunk.
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i]!;
        if (b === ROW_TAG[matched]) {
          if (++matched === ROW_TAG.length) {
            matched = 0;
            if (++rows > IMPORT_LIMITS.maxRows) {
              failure = tooManyRows();
              file.terminate();
              return;
            }
          }
        } else matched = b === ROW_TAG[0] ? 1 : 0;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const STEP = 256 * 1024;
  try {
    for (let position = 0; position < bytes.length && !failure; position += STEP) {
      unzip.push(bytes.subarray(position, Math.min(bytes.length, position + STEP)), position + STEP >= bytes.length);
    }
  } catch {
    failure ??= new ImportLimitError('import.invalidFile', `the ${label} archive holds a damaged entry`);
  }
  if (failure) throw failure;
}
