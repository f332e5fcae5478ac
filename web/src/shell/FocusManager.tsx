import { useFocusFinders } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * Creates Fluent's focus manager (Tabster) when a page beyond the first screen mounts, before any of its dialogs
 * opens. The first screen no longer uses Tabster (ShellTabs), and a Tabster first created by a dialog as it opened
 * left the whole app aria-hidden after that dialog closed (the IT-system and case dialogs).
 */
export function FocusManager({ children }: { children: ReactNode }) {
  useFocusFinders();
  return <>{children}</>;
}
