import { fileURLToPath } from 'node:url';

type Language = 'sv' | 'da' | 'en';
type Messages = Record<string, string>;

const MESSAGES_MODULE = fileURLToPath(new URL('../../web/src/i18n/messages.ts', import.meta.url).href.replace('/tests/dist/', '/tests/'));

/**
 * The tab's own message tables, so a browser test finds buttons by the words each language shows without a
 * second copy of them. Loaded at run time (vitest compiles the web source); tests/ does not build web/.
 */
export async function uiTexts(language: Language): Promise<(key: string, values?: Record<string, string | number>) => string> {
  const module = (await import(/* @vite-ignore */ MESSAGES_MODULE)) as { messagesFor(language: Language): Messages };
  const messages = module.messagesFor(language);
  return (key, values) => {
    const text = messages[key];
    if (text === undefined) throw new Error(`no message ${key}`);
    return text.replace(/\{(\w+)\}/g, (_m, name: string) => String(values?.[name] ?? `{${name}}`));
  };
}
