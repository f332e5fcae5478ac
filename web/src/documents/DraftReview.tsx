import { Badge, Button, Field, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ProposalView } from '@prt/domain/api/documentDraftResponses';
import type { SourcePassage } from '@prt/domain/documents/documentReading';
import type { FieldDecision } from '@prt/domain/documents/draftReview';
import { useI18n } from '../i18n/I18nProvider.js';
import { DECISION_LABEL, KIND_LABEL } from './draftTexts.js';

type Field = ProposalView['fields'][number];

const useStyles = makeStyles({
  review: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // Side by side where there is room; at phone width the text comes first, then the fields under it.
  sides: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
    '@media (max-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  fields: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  field: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  item: { minWidth: 0 },
  selected: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  dropped: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  passage: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  text: {
    position: 'sticky',
    top: 0,
    maxHeight: '70vh',
    overflowY: 'auto',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    '@media (max-width: 720px)': { position: 'static', maxHeight: '40vh' },
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  purpose: { marginTop: tokens.spacingVerticalS },
});

export interface DraftReviewProps {
  text: string;
  proposal: ProposalView;
  busy: boolean;
  onDecide: (decisions: Record<string, FieldDecision | null>) => void;
  onSubmit: () => void;
}

/** The section of the document with one passage marked; the text is shown as text, never as HTML. */
function SectionText({
  text,
  section,
  marked,
  className,
  markClass,
}: {
  text: string;
  section: SourcePassage;
  marked?: SourcePassage;
  className: string;
  markClass: string;
}) {
  const ref = useRef<HTMLElement>(null);
  const box = useRef<HTMLPreElement>(null);
  // Only the text box scrolls to the passage; scrolling the page would move the button under the pointer mid-click.
  useEffect(() => {
    const mark = ref.current;
    const pre = box.current;
    if (!mark || !pre) return;
    const top = mark.getBoundingClientRect().top - pre.getBoundingClientRect().top + pre.scrollTop;
    if (top < pre.scrollTop || top + mark.offsetHeight > pre.scrollTop + pre.clientHeight) pre.scrollTop = Math.max(0, top - pre.clientHeight / 3);
  }, [marked]);
  const inside = marked && marked.start >= section.start && marked.end <= section.end && marked.end > marked.start;
  return (
    <pre ref={box} className={className} tabIndex={0}>
      {inside ? (
        <>
          {text.slice(section.start, marked.start)}
          <mark ref={ref} className={markClass}>
            {text.slice(marked.start, marked.end)}
          </mark>
          {text.slice(marked.end, section.end)}
        </>
      ) : (
        text.slice(section.start, section.end)
      )}
    </pre>
  );
}

/** One proposal, side by side: each proposed field with its passage and its decision, next to the document's text. */
export function DraftReview({ text, proposal, busy, onDecide, onSubmit }: DraftReviewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [selected, setSelected] = useState<string>(proposal.fields[0]?.path ?? '');
  const [editing, setEditing] = useState<{ path: string; value: string } | undefined>();
  const sent = Boolean(proposal.submission);
  const marked = proposal.fields.find((f) => f.path === selected)?.passage;
  const undecided = proposal.fields.filter((f) => !f.decision);

  const fieldItem = (field: Field) => {
    const label = t(KIND_LABEL[field.kind]);
    const decision = field.decision?.action ?? 'none';
    const shown = field.decision?.action === 'edited' ? field.decision.value : field.text;
    const isEditing = editing?.path === field.path;
    return (
      <li key={field.path} className={styles.item}>
        <div
          role="group"
          aria-label={`${label}: ${field.text}`}
          className={`${styles.field} ${selected === field.path ? styles.selected : ''}`}
          onFocus={() => setSelected(field.path)}
          onClick={() => setSelected(field.path)}
        >
          <div className={styles.head}>
            <Text weight="semibold">{label}</Text>
            {field.special && (
              <Badge appearance="tint" color="warning">
                {t('draftSpecialCategory')}
              </Badge>
            )}
            <Badge appearance="outline" color={decision === 'dropped' ? 'danger' : decision === 'none' ? 'informative' : 'success'}>
              {t(DECISION_LABEL[decision])}
            </Badge>
          </div>
          {isEditing ? (
            <Field label={t('editValue', { field: label })}>
              <Textarea value={editing.value} onChange={(_e, d) => setEditing({ path: field.path, value: d.value })} resize="vertical" />
            </Field>
          ) : (
            <Text className={decision === 'dropped' ? styles.dropped : undefined}>{shown}</Text>
          )}
          <Text size={200} className={styles.passage}>
            {t('fromPassage')} “{field.passage.text}”
          </Text>
          {!sent && (
            <div className={styles.actions}>
              {isEditing ? (
                <>
                  <Button
                    size="small"
                    appearance="primary"
                    disabled={busy || editing.value.trim() === ''}
                    onClick={() => {
                      onDecide({ [field.path]: { action: 'edited', value: editing.value } });
                      setEditing(undefined);
                    }}
                  >
                    {t('saveEdit')}
                  </Button>
                  <Button size="small" onClick={() => setEditing(undefined)}>
                    {t('cancelEdit')}
                  </Button>
                </>
              ) : (
                <>
                  <Button
                    size="small"
                    disabled={busy}
                    aria-pressed={decision === 'accepted'}
                    onClick={() => onDecide({ [field.path]: { action: 'accepted' } })}
                  >
                    {t('accept')}
                  </Button>
                  <Button size="small" disabled={busy} aria-pressed={decision === 'edited'} onClick={() => setEditing({ path: field.path, value: shown })}>
                    {t('edit')}
                  </Button>
                  <Button size="small" disabled={busy} aria-pressed={decision === 'dropped'} onClick={() => onDecide({ [field.path]: { action: 'dropped' } })}>
                    {t('drop')}
                  </Button>
                  {field.decision && (
                    <Button size="small" appearance="subtle" disabled={busy} onClick={() => onDecide({ [field.path]: null })}>
                      {t('undoDecision')}
                    </Button>
                  )}
                  <Button size="small" appearance="transparent" onClick={() => setSelected(field.path)}>
                    {t('showInText')}
                  </Button>
                </>
              )}
            </div>
          )}
        </div>
      </li>
    );
  };

  const purposes = [...new Set(proposal.fields.flatMap((f) => (f.purpose === undefined ? [] : [f.purpose])))];
  return (
    <section aria-label={t('draftReviewTitle', { name: proposal.name })} className={styles.review}>
      <Text as="h3" block size={500} weight="semibold">
        {t('draftReviewTitle', { name: proposal.name })}
      </Text>
      <Text as="p" block>
        {t('reviewIntro')}
      </Text>
      <div className={styles.sides}>
        <div aria-label={t('documentText')} role="region">
          <SectionText text={text} section={proposal.section} marked={marked} className={styles.text} markClass={styles.mark} />
        </div>
        <div role="region" aria-label={t('proposedFields')}>
          <ul className={styles.fields}>{proposal.fields.filter((f) => f.purpose === undefined).map(fieldItem)}</ul>
          {purposes.map((n) => (
            <div key={n} className={styles.purpose}>
              <Text as="h4" block weight="semibold">
                {t('purposeNumber', { number: n + 1 })}
              </Text>
              <ul className={styles.fields}>{proposal.fields.filter((f) => f.purpose === n).map(fieldItem)}</ul>
            </div>
          ))}
        </div>
      </div>
      {sent ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('sentToReview', { name: proposal.name })}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.actions}>
          <Button
            disabled={busy || undecided.length === 0}
            onClick={() => onDecide(Object.fromEntries(undecided.map((f) => [f.path, { action: 'accepted' } as const])))}
          >
            {t('acceptRemaining')}
          </Button>
          <Button appearance="primary" disabled={busy} onClick={onSubmit}>
            {t('sendToReview')}
          </Button>
        </div>
      )}
    </section>
  );
}
