import { stat } from 'node:fs/promises';
import { packFunctionApp } from '@prt/functions/deploy/packFunctionApp.js';

/** The zip deployed to the Function App: its size and how many files it holds. */
export async function measurePackage(): Promise<{ bytes: number; files: number }> {
  const { path, entries } = await packFunctionApp();
  return { bytes: (await stat(path)).size, files: entries.length };
}
