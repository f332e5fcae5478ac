import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Language = 'sv' | 'da' | 'en';
type Messages = Record<string, string>;

const MESSAGES_MODULE = fileURLToPath(new URL('../../web/src/i18n/messages.ts', import.meta.url).href.replace('/tests/dist/', '/tests/'));

/**
 * The tab's own message tables, so a browser test finds buttons by the words each language shows without a
 * second copy of them. Loaded at run time (vitest compiles the web source); tests/ does not build web/.
 */
export async function uiTexts(language: Language): Promise<(key: string, values?: Record<string, string | number>) => string> {
  // The tab merges every *Messages.ts table per language at build time (web/src/i18n/messagesSvStart.ts, messagesSvRest.ts …); the same here.
  const folder = dirname(MESSAGES_MODULE);
  const messages: Messages = {};
  for (const file of readdirSync(folder).filter((f) => f.endsWith('Messages.ts') && f !== 'errorMessages.ts')) {
    const module = (await import(/* @vite-ignore */ join(folder, file))) as Record<string, unknown>;
    for (const table of Object.values(module)) {
      const entries = (table as Partial<Record<Language, Messages>> | undefined)?.[language];
      if (entries && typeof entries === 'object') Object.assign(messages, entries);
    }
  }
  return (key, values) => {
    const text = messages[key];
    if (text === undefined) throw new Error(`no message ${key}`);
    return text.replace(/\{(\w+)\}/g, (_m, name: string) => String(values?.[name] ?? `{${name}}`));
  };
}

/** The tab's translation of an error code with its params, loaded at run time like the message tables above. */
export async function uiErrorText(code: string, language: Language, params: Record<string, unknown> = {}): Promise<string> {
  const module = (await import(/* @vite-ignore */ join(dirname(MESSAGES_MODULE), 'errorMessages.ts'))) as {
    errorText: (code: string, params: Record<string, unknown>, language: Language) => string;
  };
  return module.errorText(code, params, language);
}
