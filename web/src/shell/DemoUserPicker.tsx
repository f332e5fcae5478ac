import { Select, useId } from '@fluentui/react-components';
import type { DemoUser } from '../api/demoUsers.js';
import { useI18n } from '../i18n/I18nProvider.js';

export interface DemoUserPickerProps {
  className: string;
  selectClassName?: string;
  demoUsers: DemoUser[];
  demoUser: DemoUser;
  onDemoUserChange: (user: DemoUser) => void;
}

/** Local mode: who the tab is signed in as, instead of Teams SSO. */
export function DemoUserPicker({ className, selectClassName, demoUsers, demoUser, onDemoUserChange }: DemoUserPickerProps) {
  const { t } = useI18n();
  const userId = useId('demo-user');
  return (
    <span className={className}>
      <label htmlFor={userId}>{t('chooseDemoUser')}</label>
      <Select
        className={selectClassName}
        id={userId}
        value={demoUser.id}
        onChange={(_e, data) => {
          const next = demoUsers.find((u) => u.id === data.value);
          if (next) onDemoUserChange(next);
        }}
      >
        {demoUsers.map((u) => (
          <option key={u.id} value={u.id}>
            {u.displayName} – {u.jobTitle}
          </option>
        ))}
      </Select>
    </span>
  );
}
