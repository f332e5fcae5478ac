import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from './args.js';
import { importCommand } from './importCommand.js';
import { remindersCommand } from './remindersCommand.js';

describe('CLI arguments', () => {
  it('reads the import flags the README documents', () => {
    expect(parseCommandArgs(['register.csv', '--unit', 'Kommunstyrelsen', '--controller', 'Södertälje kommun', '--dry-run', '--json'], importCommand)).toEqual({
      positional: ['register.csv'],
      flags: { unit: 'Kommunstyrelsen', controller: 'Södertälje kommun', 'dry-run': true, json: true },
    });
    expect(parseCommandArgs(['--unit=Barn- och utbildning', 'a.xlsx'], importCommand)).toEqual({
      positional: ['a.xlsx'],
      flags: { unit: 'Barn- och utbildning' },
    });
    expect(parseCommandArgs(['--now', '2026-09-24T08:00:00Z'], remindersCommand)).toEqual({ positional: [], flags: { now: '2026-09-24T08:00:00Z' } });
  });

  it('names an unknown flag, a missing value and a value given to a switch', () => {
    expect(parseCommandArgs(['a.csv', '--unti', 'X'], importCommand)).toEqual({ error: "Unknown option '--unti'" });
    expect(parseCommandArgs(['--dry-run'], remindersCommand)).toEqual({ error: "Unknown option '--dry-run'" });
    expect(parseCommandArgs(['a.csv', '--unit'], importCommand)).toMatchObject({ error: expect.stringContaining("'--unit <value>' argument missing") });
    expect(parseCommandArgs(['a.csv', '--json=yes'], importCommand)).toMatchObject({ error: expect.stringContaining("'--json' does not take an argument") });
  });
});
