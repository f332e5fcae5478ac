import { mergeTables } from './mergeTables.js';

// Each table imported with ?lang=en arrives with only its en entries (web/vite/languageSlices.ts).
export const messages = mergeTables(import.meta.glob(['./*Messages.ts', '!./errorMessages.ts'], { eager: true, query: { lang: 'en' } }), 'en');
