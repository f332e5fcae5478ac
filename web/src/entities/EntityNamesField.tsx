import { Combobox, Option } from '@fluentui/react-components';

/**
 * A list field typed as text ("A; B") that also offers the register's entities: picking one adds it to the
 * list, and any typed name is kept as an unlinked name.
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
  const present = value
    .split(separator.trim())
    .map((s) => s.trim())
    .filter(Boolean);
  return (
    <Combobox
      freeform
      aria-label={ariaLabel}
      placeholder={placeholder}
      value={value}
      selectedOptions={[]}
      onChange={(e) => onChange(e.target.value)}
      onOptionSelect={(_e, d) => {
        if (!d.optionText || present.includes(d.optionText)) return;
        onChange([...present, d.optionText].join(separator));
      }}
    >
      {options
        .filter((o) => !present.includes(o))
        .map((o) => (
          <Option key={o} text={o}>
            {o}
          </Option>
        ))}
    </Combobox>
  );
}
