import { mergeTables } from './mergeTables.js';

// Each table imported with ?lang=en&part=rest arrives with only its en entries of that part (web/vite/languageSlices.ts).
export const messages = mergeTables(import.meta.glob(['./*Messages.ts', '!./errorMessages.ts'], { eager: true, query: { lang: 'en', part: 'rest' } }), 'en');
