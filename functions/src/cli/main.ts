import { parseArgs } from './args.js';
import { importCommand } from './importCommand.js';
import { remindersCommand } from './remindersCommand.js';

/** `npm run cli -- <command> [options]`. */
const commands: Record<string, (args: ReturnType<typeof parseArgs>, out: (line: string) => void) => Promise<number>> = {
  import: importCommand,
  reminders: remindersCommand,
};

const [name, ...rest] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.error(`usage: npm run cli -- <${Object.keys(commands).join('|')}> [options]`);
  process.exit(2);
}
process.exitCode = await command(parseArgs(rest), (line) => console.log(line));
