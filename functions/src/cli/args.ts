import { parseArgs, type ParseArgsConfig } from 'node:util';

export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** What a command receives: its positional arguments and the values of the options it declared. */
export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

export interface Command {
  /** One line: how to call the command. */
  usage: string;
  options: CommandOptions;
  run(args: ParsedArgs, out: (line: string) => void): Promise<number>;
}

/** Parses a command's arguments strictly: an unknown flag or a flag without its value is an error, named. */
export function parseCommandArgs(argv: readonly string[], command: Pick<Command, 'options'>): ParsedArgs | { error: string } {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: command.options, allowPositionals: true, strict: true });
    return { positional: positionals, flags: values };
  } catch (error) {
    // node:util's messages name the flag and say what is wrong; drop its hint about "--" (positional dashes).
    const message = error instanceof Error ? error.message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '') : String(error);
    return { error: message };
  }
}
