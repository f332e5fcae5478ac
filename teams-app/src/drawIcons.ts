import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { colorIcon, outlineIcon } from './icons.js';

/** `npm run icons --workspace teams-app`: redraws the committed icons. */
const dir = fileURLToPath(new URL('../icons/', import.meta.url));
await writeFile(`${dir}color.png`, colorIcon());
await writeFile(`${dir}outline.png`, outlineIcon());
console.log(`icons written to ${dir}`);
