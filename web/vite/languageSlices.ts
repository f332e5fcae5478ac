import type { Plugin } from 'vite';

const LANGUAGES = ['sv', 'da', 'en'] as const;
const SLICE = /[\\/]src[\\/]i18n[\\/]\w+\.ts\?lang=(sv|da|en)$/;

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
 * `da` entry and has the other languages' entries emptied before bundling.
 */
export function languageSlices(): Plugin {
  return {
    name: 'prt-language-slices',
    enforce: 'post',
    transform(code, id) {
      const match = SLICE.exec(id);
      if (!match) return undefined;
      const keep = match[1];
      const cuts: [number, number][] = [];
      for (const table of tablesIn(this.parse(code) as unknown as Node)) {
        for (const property of table['properties'] as Node[]) {
          const name = keyName(property);
          if (property.type !== 'Property' || !name || name === keep || !(LANGUAGES as readonly string[]).includes(name)) continue;
          const value = property['value'] as Node;
          cuts.push([value.start, value.end]);
        }
      }
      let out = code;
      for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = `${out.slice(0, start)}{}${out.slice(end)}`;
      return { code: out, map: null };
    },
  };
}
