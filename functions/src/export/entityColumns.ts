import type { DpaStatus } from '@prt/domain/deadlines/processorDeadlines';
import type { Language } from '@prt/domain/language';
import type { Processing } from '@prt/domain/processing';
import type { HostingKind } from '@prt/domain/register/entities';

/**
 * What the Art. 30 export adds from the linked entities: each system's supplier, hosting and location, and each
 * processor's agreement status. Columns after the register's own, so the importer (which reads only known
 * headers) reads an export back unchanged. Supervision and agreement internals are never exported.
 */
export interface ExportEntities {
  systems: ReadonlyMap<string, { supplier: string; hosting: HostingKind; location: string }>;
  processors: ReadonlyMap<string, { dpaStatus: DpaStatus; validUntil?: string }>;
}

const HEADERS: Record<Language, [string, string]> = {
  sv: ['IT-systemens leverantör, drift och plats', 'Personuppgiftsbiträdesavtal'],
  da: ['IT-systemernes leverandør, drift og placering', 'Databehandleraftaler'],
  en: ['IT systems: supplier, hosting and location', 'Data processing agreements'],
};

const HOSTING: Record<Language, Record<HostingKind, string>> = {
  sv: {
    onPremises: 'egen drift',
    municipalDataCentre: 'kommunens datacenter',
    supplierHosted: 'leverantörens drift',
    saas: 'molntjänst (SaaS)',
    publicCloud: 'publikt moln',
    unknown: 'okänd drift',
  },
  da: {
    onPremises: 'egen drift',
    municipalDataCentre: 'kommunens datacenter',
    supplierHosted: 'leverandørens drift',
    saas: 'cloudtjeneste (SaaS)',
    publicCloud: 'offentlig cloud',
    unknown: 'ukendt drift',
  },
  en: {
    onPremises: 'on premises',
    municipalDataCentre: 'municipal data centre',
    supplierHosted: 'hosted by the supplier',
    saas: 'SaaS',
    publicCloud: 'public cloud',
    unknown: 'hosting unknown',
  },
};

const STATUS: Record<Language, Record<DpaStatus, string>> = {
  sv: { none: 'inget avtal', inPlace: 'avtal finns', expiring: 'avtalet löper snart ut', expired: 'avtalet har löpt ut' },
  da: { none: 'ingen aftale', inPlace: 'aftale foreligger', expiring: 'aftalen udløber snart', expired: 'aftalen er udløbet' },
  en: { none: 'no agreement', inPlace: 'agreement in place', expiring: 'agreement expires soon', expired: 'agreement expired' },
};

export function entityColumnHeaders(language: Language): string[] {
  return [...HEADERS[language]];
}

export function entityColumns(p: Processing, entities: ExportEntities, language: Language): string[] {
  const systems = p.systems.flatMap((s) => {
    const e = s.id ? entities.systems.get(s.id) : undefined;
    if (!e) return [];
    const details = [e.supplier, HOSTING[language][e.hosting], e.location].filter(Boolean).join(', ');
    return [`${s.name}: ${details}`];
  });
  const processors = p.processors.map((x) => {
    const e = x.id ? entities.processors.get(x.id) : undefined;
    const status = e ? e.dpaStatus : x.agreementInPlace ? 'inPlace' : 'none';
    const until = e?.validUntil && (status === 'inPlace' || status === 'expiring') ? ` (${e.validUntil})` : '';
    return `${x.name}: ${STATUS[language][status]}${until}`;
  });
  return [systems.join('; '), processors.join('; ')];
}
