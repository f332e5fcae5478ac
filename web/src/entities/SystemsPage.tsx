import { Checkbox, Dropdown, Field, Input, Option, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { HOSTING_KINDS, type HostingKind } from '@prt/domain/register/entities';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { EntityDialog } from './EntityDialog.js';
import { listSystems, type SystemView } from './entityApi.js';
import { EntityList } from './entityList/EntityList.js';
import type { EntityColumn, EntityDialogProps } from './entityList/EntityList.types.js';

type SystemDraft = Omit<SystemView, 'id' | 'tenantId' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'retired'>;

const emptySystem = (): SystemDraft => ({ name: '', kind: '', supplier: '', systemOwner: '', hosting: 'unknown', location: '', archiveDuty: false, notes: '' });

const searchText = (s: SystemView) => [s.name, s.kind, s.supplier, s.systemOwner];
const kindOf = (s: SystemView) => s.kind && <Text size={200}>({s.kind})</Text>;
const asBody = (draft: SystemDraft) => draft;
const renderDialog = (props: EntityDialogProps<SystemDraft>) => <SystemDialog {...props} />;

/** The DPO's list of IT systems: search, create, edit (a rename reaches every linked processing) and retire. */
export function SystemsPage() {
  const { t } = useI18n();
  const columns: EntityColumn<SystemView>[] = [
    { header: 'fieldSupplier', cell: (s) => s.supplier, breakAnywhere: true },
    { header: 'fieldHosting', cell: (s) => t(`hosting.${s.hosting}` as MessageKey), breakAnywhere: true },
    { header: 'fieldLocation', cell: (s) => s.location, breakAnywhere: true },
  ];
  return (
    <EntityList
      path="systems"
      title="systemsTitle"
      intro="systemsIntro"
      load={listSystems}
      searchText={searchText}
      nameDetail={kindOf}
      columns={columns}
      newDraft={emptySystem}
      draftOf={draftOf}
      bodyOf={asBody}
      renderDialog={renderDialog}
    />
  );
}

function draftOf(s: SystemView): SystemDraft {
  const { id: _id, tenantId: _t, version: _v, createdAt: _ca, createdBy: _cb, updatedAt: _ua, updatedBy: _ub, retired: _r, ...draft } = s;
  return draft;
}

function SystemDialog({ draft: initial, onSave, onClose }: EntityDialogProps<SystemDraft>) {
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
