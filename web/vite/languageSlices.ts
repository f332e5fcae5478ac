import type { Plugin } from 'vite';
import { isStartKey } from '../src/i18n/startKeys.js';

const LANGUAGES = ['sv', 'da', 'en'] as const;
const SLICE = /[\\/]src[\\/]i18n[\\/]\w+\.ts\?lang=(sv|da|en)(?:&part=(start|rest))?$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function tablesIn(program: Node): Node[] {
  const objects: Node[] = [];
  for (const statement of program['body'] as Node[]) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? (statement['declaration'] as Node | null) : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration['declarations'] as Node[]) {
      const init = declarator['init'] as Node | null;
      if (init?.type === 'ObjectExpression') objects.push(init);
    }
  }
  return objects;
}

function keyName(property: Node): string | undefined {
  const key = property['key'] as Node | undefined;
  if (!key) return undefined;
  if (key.type === 'Identifier') return key['name'] as string;
  if (key.type === 'Literal' && typeof key['value'] === 'string') return key['value'];
  return undefined;
}

/**
 * Message tables stay one file per feature with all three languages side by side (so a message is added in one
 * place), but the tab downloads only the active language: a table imported as `./xMessages.ts?lang=da` keeps its
 * `da` entry and has the other languages' entries emptied before bundling. With `&part=start` the kept entry holds
 * only the first screen's keys (src/i18n/startKeys.ts), with `&part=rest` only the others.
 */
export function languageSlices(): Plugin {
  return {
    name: 'prt-language-slices',
    enforce: 'post',
    transform(code, id) {
      const match = SLICE.exec(id);
      if (!match) return undefined;
      const keep = match[1];
      const part = match[2];
      const replacements: [number, number, string][] = [];
      for (const table of tablesIn(this.parse(code) as unknown as Node)) {
        for (const property of table['properties'] as Node[]) {
          const name = keyName(property);
          if (property.type !== 'Property' || !name || !(LANGUAGES as readonly string[]).includes(name)) continue;
          const value = property['value'] as Node;
          if (name !== keep) replacements.push([value.start, value.end, '{}']);
          else if (part && value.type === 'ObjectExpression') replacements.push([value.start, value.end, onlyPart(code, value, part === 'start')]);
        }
      }
      let out = code;
      for (const [start, end, text] of replacements.sort((a, b) => b[0] - a[0])) out = `${out.slice(0, start)}${text}${out.slice(end)}`;
      return { code: out, map: null };
    },
  };
}

/** The object literal rebuilt from the entries of one part; a spread or computed entry is kept in both parts. */
function onlyPart(code: string, object: Node, start: boolean): string {
  const kept = (object['properties'] as Node[]).filter((property) => {
    const name = property.type === 'Property' && property['computed'] !== true ? keyName(property) : undefined;
    return name === undefined || isStartKey(name) === start;
  });
  return `{${kept.map((property) => code.slice(property.start, property.end)).join(',')}}`;
}
