import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldEntityName } from '@prt/domain/register/entityValidation';
import { entityListState, namesAfterPick } from './entityNamesList.js';

const options = ['Anbudia (upphandlingssystem)', 'Heroma (HR-system)', 'Procapita (verksamhetssystem)'];
const pick = (value: string, picked: string, separator = '; ') => namesAfterPick(entityListState(value, separator, options, foldEntityName), picked, separator);

describe('an entity-names field', () => {
  it('completes the beginning being typed instead of keeping it as a name', () => {
    expect(pick('Anb', options[0]!)).toBe('Anbudia (upphandlingssystem)');
    expect(pick('Heroma (HR-system); anb', options[0]!)).toBe('Heroma (HR-system); Anbudia (upphandlingssystem)');
  });

  it('adds to a list whose last name is settled, and keeps typed names that are no entity', () => {
    expect(pick('Heroma (HR-system)', options[0]!)).toBe('Heroma (HR-system); Anbudia (upphandlingssystem)');
    expect(pick('Egen lista; ', options[1]!)).toBe('Egen lista; Heroma (HR-system)');
    expect(pick('', options[2]!)).toBe('Procapita (verksamhetssystem)');
  });

  it('offers what matches the beginning, never a name already in the field', () => {
    expect(entityListState('Heroma (HR-system); pro', '; ', options, foldEntityName).offered).toEqual([options[2]]);
    expect(entityListState('Heroma (HR-system)', '; ', options, foldEntityName).offered).toEqual([options[0], options[2]]);
    expect(entityListState('x', ', ', options, foldEntityName).offered).toEqual([]);
  });

  it('for any list and pick, the result is the settled names plus the pick, once each (model: the list itself)', () => {
    const name = fc
      .stringMatching(/^[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö ()-]{0,12}$/)
      .map((s) => s.trim())
      .filter(Boolean);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...options, 'Egen', 'Annat system'), { maxLength: 4 }),
        name,
        fc.constantFrom(...options),
        fc.constantFrom('; ', ', '),
        (names, typed, picked, separator) => {
          const settledNames = [...new Set(names)];
          const value = [...settledNames, typed].join(separator);
          const state = entityListState(value, separator, options, foldEntityName);
          const after = namesAfterPick(state, picked, separator)
            .split(separator.trim())
            .map((s) => s.trim());
          const expected = options.includes(typed) ? [...settledNames, typed] : settledNames;
          expect(after).toEqual(expected.includes(picked) ? expected : [...expected, picked]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
