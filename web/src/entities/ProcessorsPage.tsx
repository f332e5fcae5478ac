import { Badge, Checkbox, Dropdown, Field, Input, Option, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { nextSupervisionOn } from '@prt/domain/deadlines/processorDeadlines';
import { SUPERVISION_METHODS, type DataProcessingAgreement, type SupervisionMethod } from '@prt/domain/register/entities';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { EntityDialog } from './EntityDialog.js';
import { listProcessors, type ProcessorView } from './entityApi.js';
import { EntityList } from './entityList/EntityList.js';
import type { EntityColumn, EntityDialogProps } from './entityList/EntityList.types.js';
import { DateField } from '../dates/DateField.js';

interface ProcessorDraft {
  name: string;
  organisationNumber: string;
  location: string;
  contact: string;
  notes: string;
  /** The first agreement is edited here; further ones are kept as they are. */
  dpa: {
    id: string;
    inPlace: boolean;
    signedOn: string;
    validUntil: string;
    reference: string;
    subProcessors: string;
    method: SupervisionMethod | '';
    intervalMonths: string;
    lastOn: string;
    nextOn: string;
    ownerId: string;
    lastOutcome: string;
  };
  otherAgreements: DataProcessingAgreement[];
}

function draftOf(p?: ProcessorView): ProcessorDraft {
  const a = p?.agreements?.[0];
  const s = a?.supervision;
  return {
    name: p?.name ?? '',
    organisationNumber: p?.organisationNumber ?? '',
    location: p?.location ?? '',
    contact: p?.contact ?? '',
    notes: p?.notes ?? '',
    dpa: {
      id: a?.id ?? 'dpa-1',
      inPlace: a?.inPlace ?? false,
      signedOn: a?.signedOn ?? '',
      validUntil: a?.validUntil ?? '',
      reference: a?.reference ?? '',
      subProcessors: (a?.subProcessors ?? []).map((x) => [x.name, x.location, x.purpose].join('; ')).join('\n'),
      method: s?.method ?? '',
      intervalMonths: String(s?.intervalMonths ?? 12),
      lastOn: s?.lastOn ?? '',
      nextOn: s?.nextOn ?? '',
      ownerId: s?.ownerId ?? '',
      lastOutcome: s?.lastOutcome ?? '',
    },
    otherAgreements: p?.agreements?.slice(1) ?? [],
  };
}

/** The request body; empty dates are left out, so the API reads them as "not set". */
function bodyOf(d: ProcessorDraft): Record<string, unknown> {
  const a = d.dpa;
  const subProcessors = a.subProcessors
    .split('\n')
    .map((line) => line.split(';').map((x) => x.trim()))
    .filter(([name]) => name)
    .map(([name, location, purpose]) => ({ name, location: location ?? '', purpose: purpose ?? '' }));
  const supervision = a.method
    ? {
        method: a.method,
        intervalMonths: Number(a.intervalMonths) || a.intervalMonths,
        ...(a.lastOn ? { lastOn: a.lastOn } : {}),
        ...(a.nextOn ? { nextOn: a.nextOn } : {}),
        ...(a.ownerId ? { ownerId: a.ownerId } : {}),
        ...(a.lastOutcome ? { lastOutcome: a.lastOutcome } : {}),
      }
    : undefined;
  const agreement = {
    id: a.id,
    inPlace: a.inPlace,
    ...(a.signedOn ? { signedOn: a.signedOn } : {}),
    ...(a.validUntil ? { validUntil: a.validUntil } : {}),
    reference: a.reference,
    subProcessors,
    ...(supervision ? { supervision } : {}),
  };
  const used = a.inPlace || a.signedOn || a.reference || subProcessors.length > 0 || supervision;
  return {
    name: d.name,
    organisationNumber: d.organisationNumber,
    location: d.location,
    contact: d.contact,
    notes: d.notes,
    agreements: [...(used ? [agreement] : []), ...d.otherAgreements],
  };
}

const DPA_COLOR = { none: 'danger', inPlace: 'success', expiring: 'warning', expired: 'danger' } as const;

const searchText = (p: ProcessorView) => [p.name, p.location, p.organisationNumber ?? ''];
const newDraft = () => draftOf();
const renderDialog = (props: EntityDialogProps<ProcessorDraft>) => <ProcessorDialog {...props} />;

/** The earliest next supervision among the processor's agreements in place. */
function nextSupervision(p: ProcessorView): string | undefined {
  return p.agreements
    ?.flatMap((a) => (a.inPlace && a.supervision ? [nextSupervisionOn(a.supervision)] : []))
    .filter(Boolean)
    .sort()[0];
}

/** The DPO's processors with their agreements (Art. 28) and supervision; the next supervision feeds the deadlines. */
export function ProcessorsPage() {
  const { t, date: formatDate } = useI18n();
  const columns: EntityColumn<ProcessorView>[] = [
    { header: 'dpaTitle', cell: (p) => <Badge color={DPA_COLOR[p.dpaStatus]}>{t(`dpaStatus.${p.dpaStatus}` as MessageKey)}</Badge> },
    {
      header: 'supervisionMethod',
      cell: (p) => {
        const next = nextSupervision(p);
        return next ? t('supervisionNext', { date: formatDate(next) }) : t('supervisionNone');
      },
      breakAnywhere: true,
    },
  ];
  return (
    <EntityList
      path="processors"
      title="processorsTitle"
      intro="processorsIntro"
      load={listProcessors}
      searchText={searchText}
      columns={columns}
      newDraft={newDraft}
      draftOf={draftOf}
      bodyOf={bodyOf}
      renderDialog={renderDialog}
    />
  );
}

function ProcessorDialog({ draft: initial, onSave, onClose }: EntityDialogProps<ProcessorDraft>) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const set = <K extends keyof ProcessorDraft>(key: K, value: ProcessorDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const dpa = <K extends keyof ProcessorDraft['dpa']>(key: K, value: ProcessorDraft['dpa'][K]) => setDraft((d) => ({ ...d, dpa: { ...d.dpa, [key]: value } }));
  const date = (key: 'signedOn' | 'validUntil' | 'lastOn' | 'nextOn', label: MessageKey, hint?: MessageKey) => (
    <DateField label={t(label)} hint={hint ? t(hint) : undefined} value={draft.dpa[key]} onChange={(day) => dpa(key, day)} />
  );
  return (
    <EntityDialog title={t('processorDialogTitle')} onSave={() => onSave(draft)} onClose={onClose}>
      <Field label={t('fieldEntityName')} required>
        <Input value={draft.name} onChange={(_e, d) => set('name', d.value)} />
      </Field>
      <Field label={t('fieldOrganisationNumber')}>
        <Input value={draft.organisationNumber} onChange={(_e, d) => set('organisationNumber', d.value)} />
      </Field>
      <Field label={t('fieldLocation')}>
        <Input value={draft.location} onChange={(_e, d) => set('location', d.value)} />
      </Field>
      <Field label={t('fieldContact')}>
        <Input value={draft.contact} onChange={(_e, d) => set('contact', d.value)} />
      </Field>
      <Text weight="semibold">{t('dpaTitle')}</Text>
      <Checkbox label={t('dpaInPlace')} checked={draft.dpa.inPlace} onChange={(_e, d) => dpa('inPlace', Boolean(d.checked))} />
      {date('signedOn', 'dpaSignedOn')}
      {date('validUntil', 'dpaValidUntil')}
      <Field label={t('dpaReference')}>
        <Input value={draft.dpa.reference} onChange={(_e, d) => dpa('reference', d.value)} />
      </Field>
      <Field label={t('dpaSubProcessors')} hint={t('dpaSubProcessorsHint')}>
        <Textarea value={draft.dpa.subProcessors} onChange={(_e, d) => dpa('subProcessors', d.value)} />
      </Field>
      <Field label={t('supervisionMethod')}>
        <Dropdown
          value={draft.dpa.method ? t(`method.${draft.dpa.method}` as MessageKey) : t('supervisionNone')}
          selectedOptions={[draft.dpa.method]}
          onOptionSelect={(_e, d) => dpa('method', (d.optionValue ?? '') as SupervisionMethod | '')}
        >
          <Option value="">{t('supervisionNone')}</Option>
          {SUPERVISION_METHODS.map((m) => (
            <Option key={m} value={m}>
              {t(`method.${m}` as MessageKey)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('supervisionInterval')}>
        <Input type="number" min={1} max={120} value={draft.dpa.intervalMonths} onChange={(_e, d) => dpa('intervalMonths', d.value)} />
      </Field>
      {date('lastOn', 'supervisionLastOn')}
      {date('nextOn', 'supervisionNextOn', 'supervisionNextOnHint')}
      <Field label={t('supervisionOwner')} hint={t('supervisionOwnerHint')}>
        <Input value={draft.dpa.ownerId} onChange={(_e, d) => dpa('ownerId', d.value)} />
      </Field>
      <Field label={t('fieldNotes')}>
        <Textarea value={draft.notes} onChange={(_e, d) => set('notes', d.value)} />
      </Field>
    </EntityDialog>
  );
}
