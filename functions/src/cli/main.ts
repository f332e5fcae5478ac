import { parseCommandArgs, type Command } from './args.js';
import { importCommand } from './importCommand.js';
import { remindersCommand } from './remindersCommand.js';

/** `npm run cli -- <command> [options]`. */
const commands: Record<string, Command> = {
  import: importCommand,
  reminders: remindersCommand,
};

const [name, ...rest] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.error(`usage: npm run cli -- <${Object.keys(commands).join('|')}> [options]`);
  process.exit(2);
}
const args = parseCommandArgs(rest, command);
if ('error' in args) {
  console.error(`error: ${args.error}`);
  console.error(`usage: ${command.usage}`);
  process.exit(2);
}
process.exitCode = await command.run(args, (line) => console.log(line));
