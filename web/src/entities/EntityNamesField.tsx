import { Combobox, Option } from '@fluentui/react-components';
import { foldEntityName } from '@prt/domain/register/entityValidation';
import { namesAfterPick, entityListState } from './entityNamesList.js';

/**
 * A list field typed as text ("A; B") that also offers the register's entities: the name being typed filters
 * them, picking one completes it (by pointer or Enter), and any typed name is kept as an unlinked name.
 */
export function EntityNamesField({
  value,
  onChange,
  options,
  separator,
  placeholder,
  ariaLabel,
}: {
  value: string;
  onChange: (value: string) => void;
  options: string[];
  separator: string;
  placeholder: string;
  ariaLabel?: string;
}) {
  const state = entityListState(value, separator, options, foldEntityName);
  return (
    <Combobox
      freeform
      aria-label={ariaLabel}
      placeholder={placeholder}
      value={value}
      selectedOptions={[]}
      onChange={(e) => onChange(e.target.value)}
      onOptionSelect={(_e, d) => {
        if (d.optionText) onChange(namesAfterPick(state, d.optionText, separator));
      }}
    >
      {state.offered.map((o) => (
        <Option key={o} text={o}>
          {o}
        </Option>
      ))}
    </Combobox>
  );
}
