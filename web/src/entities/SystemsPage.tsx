import {
  Badge,
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  SearchBox,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { HOSTING_KINDS, type HostingKind } from '@prt/domain/register/entities';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { EntityDialog } from './EntityDialog.js';
import { listSystems, retireEntity, saveEntity, type SystemView } from './entityApi.js';

export const useEntityStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  table: { tableLayout: 'auto', width: '100%' },
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  cell: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

type SystemDraft = Omit<SystemView, 'id' | 'tenantId' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'retired'>;

const emptySystem = (): SystemDraft => ({ name: '', kind: '', supplier: '', systemOwner: '', hosting: 'unknown', location: '', archiveDuty: false, notes: '' });

/** The DPO's list of IT systems: search, create, edit (a rename reaches every linked processing) and retire. */
export function SystemsPage() {
  const { t } = useI18n();
  const styles = useEntityStyles();
  const [items, setItems] = useState<SystemView[] | undefined>();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<{ id?: string; draft: SystemDraft } | undefined>();
  const load = useCallback(async () => setItems(await listSystems()), []);
  useEffect(() => {
    void load();
  }, [load]);
  if (!items) return <Spinner label={t('loading')} />;
  const wanted = filter.trim().toLowerCase();
  const shown = items.filter((s) => !wanted || [s.name, s.kind, s.supplier, s.systemOwner].some((v) => v.toLowerCase().includes(wanted)));
  return (
    <div className={styles.page}>
      <Text as="h2" size={500} weight="semibold">
        {t('systemsTitle')}
      </Text>
      <Text>{t('systemsIntro')}</Text>
      <div className={styles.bar}>
        <SearchBox aria-label={t('entitySearch')} placeholder={t('entitySearch')} value={filter} onChange={(_e, d) => setFilter(d.value)} />
        <Button appearance="primary" onClick={() => setEditing({ draft: emptySystem() })}>
          {t('entityNew')}
        </Button>
        <Text>{t('entityCount', { count: shown.length })}</Text>
      </div>
      {shown.length === 0 ? (
        <Text>{t('entityNone')}</Text>
      ) : (
        <div className={styles.wrap}>
          <Table className={styles.table} aria-label={t('systemsTitle')} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('fieldEntityName')}</TableHeaderCell>
                <TableHeaderCell>{t('fieldSupplier')}</TableHeaderCell>
                <TableHeaderCell>{t('fieldHosting')}</TableHeaderCell>
                <TableHeaderCell>{t('fieldLocation')}</TableHeaderCell>
                <TableHeaderCell>{t('entityEdit')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((s) => (
                <TableRow key={s.id}>
                  <TableCell className={styles.cell}>
                    {s.name} {s.kind && <Text size={200}>({s.kind})</Text>} {s.retired && <Badge color="informative">{t('entityRetired')}</Badge>}
                  </TableCell>
                  <TableCell className={styles.cell}>{s.supplier}</TableCell>
                  <TableCell className={styles.cell}>{t(`hosting.${s.hosting}` as MessageKey)}</TableCell>
                  <TableCell className={styles.cell}>{s.location}</TableCell>
                  <TableCell>
                    <div className={styles.actions}>
                      <Button size="small" aria-label={`${t('entityEdit')}: ${s.name}`} onClick={() => setEditing({ id: s.id, draft: draftOf(s) })}>
                        {t('entityEdit')}
                      </Button>
                      {!s.retired && (
                        <Button size="small" aria-label={`${t('entityRetire')}: ${s.name}`} onClick={() => void retireEntity('systems', s.id).then(load)}>
                          {t('entityRetire')}
                        </Button>
                      )}
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {editing && (
        <SystemDialog
          draft={editing.draft}
          onSave={async (draft) => {
            await saveEntity('systems', editing.id, draft);
            await load();
          }}
          onClose={() => setEditing(undefined)}
        />
      )}
    </div>
  );
}

function draftOf(s: SystemView): SystemDraft {
  const { id: _id, tenantId: _t, version: _v, createdAt: _ca, createdBy: _cb, updatedAt: _ua, updatedBy: _ub, retired: _r, ...draft } = s;
  return draft;
}

function SystemDialog({ draft: initial, onSave, onClose }: { draft: SystemDraft; onSave: (draft: SystemDraft) => Promise<void>; onClose: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const set = <K extends keyof SystemDraft>(key: K, value: SystemDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  return (
    <EntityDialog title={t('systemDialogTitle')} onSave={() => onSave(draft)} onClose={onClose}>
      <Field label={t('fieldEntityName')} required>
        <Input value={draft.name} onChange={(_e, d) => set('name', d.value)} />
      </Field>
      <Field label={t('fieldSystemKind')}>
        <Input value={draft.kind} onChange={(_e, d) => set('kind', d.value)} />
      </Field>
      <Field label={t('fieldSupplier')}>
        <Input value={draft.supplier} onChange={(_e, d) => set('supplier', d.value)} />
      </Field>
      <Field label={t('fieldSystemOwner')}>
        <Input value={draft.systemOwner} onChange={(_e, d) => set('systemOwner', d.value)} />
      </Field>
      <Field label={t('fieldHosting')}>
        <Dropdown
          value={t(`hosting.${draft.hosting}` as MessageKey)}
          selectedOptions={[draft.hosting]}
          onOptionSelect={(_e, d) => set('hosting', d.optionValue as HostingKind)}
        >
          {HOSTING_KINDS.map((h) => (
            <Option key={h} value={h}>
              {t(`hosting.${h}` as MessageKey)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('fieldLocation')}>
        <Input value={draft.location} onChange={(_e, d) => set('location', d.value)} />
      </Field>
      <Checkbox label={t('fieldArchiveDuty')} checked={draft.archiveDuty} onChange={(_e, d) => set('archiveDuty', Boolean(d.checked))} />
      <Field label={t('fieldNotes')}>
        <Textarea value={draft.notes} onChange={(_e, d) => set('notes', d.value)} />
      </Field>
    </EntityDialog>
  );
}
