import { Button, Field, Link, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { useState } from 'react';
import { cardText } from './cardText.js';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  text: { whiteSpace: 'pre-line' },
});

interface AdaptiveCardViewProps {
  /** The card as the bot sends it to Teams, typed by Microsoft's Teams SDK (`@microsoft/teams.cards`). */
  card: IAdaptiveCard;
  /** Action.Execute: the verb, the button's data merged with the card's inputs. */
  onExecute: (verb: string, data: Record<string, unknown>) => Promise<void>;
}

/**
 * Renders the subset of Adaptive Cards the bot sends (TextBlock, FactSet, Input.Text, Action.Execute,
 * Action.OpenUrl), so the local chat behaves like Teams without the Teams client.
 */
export function AdaptiveCardView({ card, onExecute }: AdaptiveCardViewProps) {
  const styles = useStyles();
  const [inputs, setInputs] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const body = card.body ?? [];
  const actions = card.actions ?? [];

  return (
    <div className={styles.card}>
      {body.map((element, i) => {
        if (element.type === 'TextBlock') {
          return (
            <Text key={i} className={styles.text} weight={element.weight === 'Bolder' ? 'semibold' : 'regular'} size={element.size === 'Large' ? 500 : 300}>
              {cardText(element.text)}
            </Text>
          );
        }
        if (element.type === 'FactSet') {
          return (
            <dl key={i} className={styles.facts}>
              {element.facts.map((f) => (
                <div key={f.title} style={{ display: 'contents' }}>
                  <dt>
                    <Text weight="semibold">{cardText(f.title)}</Text>
                  </dt>
                  <dd style={{ margin: 0 }}>{cardText(f.value)}</dd>
                </div>
              ))}
            </dl>
          );
        }
        if (element.type === 'Input.Text') {
          const id = element.id ?? `input${i}`;
          return (
            <Field key={i} label={element.label ?? id} validationMessage={element.errorMessage} validationState={element.errorMessage ? 'error' : 'none'}>
              <Textarea
                value={inputs[id] ?? element.value ?? ''}
                placeholder={element.placeholder ?? ''}
                onChange={(_e, d) => setInputs((x) => ({ ...x, [id]: d.value }))}
              />
            </Field>
          );
        }
        return null;
      })}
      <div className={styles.actions}>
        {actions.map((action, i) =>
          action.type === 'Action.OpenUrl' ? (
            <Link key={i} href={action.url}>
              {action.title}
            </Link>
          ) : action.type === 'Action.Execute' ? (
            <Button
              key={i}
              disabled={busy}
              appearance={action.style === 'positive' ? 'primary' : 'secondary'}
              onClick={() => {
                setBusy(true);
                void onExecute(action.verb ?? '', { ...(action.data as Record<string, unknown> | undefined), ...inputs }).finally(() => setBusy(false));
              }}
            >
              {action.title}
            </Button>
          ) : null,
        )}
      </div>
    </div>
  );
}
