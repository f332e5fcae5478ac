import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** The register's one-line notices (a failed search, any-word matching, a bulk action's outcome), in a chunk of their own. */
export function RegisterNotice({ intent, text }: { intent: 'error' | 'info' | 'warning' | 'success'; text: string }) {
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
