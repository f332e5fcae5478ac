import { mergeTables } from './mergeTables.js';

// Each table imported with ?lang=sv arrives with only its sv entries (web/vite/languageSlices.ts).
export const messages = mergeTables(import.meta.glob(['./*Messages.ts', '!./errorMessages.ts'], { eager: true, query: { lang: 'sv' } }), 'sv');
