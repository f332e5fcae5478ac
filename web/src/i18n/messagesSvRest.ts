import { mergeTables } from './mergeTables.js';

// Each table imported with ?lang=sv&part=rest arrives with only its sv entries of that part (web/vite/languageSlices.ts).
export const messages = mergeTables(import.meta.glob(['./*Messages.ts', '!./errorMessages.ts'], { eager: true, query: { lang: 'sv', part: 'rest' } }), 'sv');
