import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Processing } from '../api/apiClient.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/messages.js';
import { listProcessors, listSystems, type ProcessorView, type SystemView } from './entityApi.js';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

const DPA_COLOR = { none: 'danger', inPlace: 'success', expiring: 'warning', expired: 'danger' } as const;

/** What a processing's linked systems and processors are: supplier, hosting and location; each processor's DPA status. */
export function LinkedEntities({ processing }: { processing: Processing }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [entities, setEntities] = useState<{ systems: SystemView[]; processors: ProcessorView[] } | undefined>();
  const linked = processing.systems.some((s) => s.id) || processing.processors.some((p) => p.id);
  useEffect(() => {
    if (!linked) return;
    let current = true;
    void Promise.all([listSystems(), listProcessors()])
      .then(([systems, processors]) => current && setEntities({ systems, processors }))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [linked, processing.id]);
  if (!linked || !entities) return null;
  const systems = processing.systems.flatMap((s) => entities.systems.filter((e) => e.id === s.id));
  const processors = processing.processors.flatMap((p) => entities.processors.filter((e) => e.id === p.id));
  return (
    <section className={styles.section} aria-label={t('linkedSystemsTitle')}>
      {systems.length > 0 && (
        <>
          <Text weight="semibold">{t('linkedSystemsTitle')}</Text>
          <ul className={styles.list}>
            {systems.map((s) => (
              <li key={s.id}>
                {s.name}: {[s.supplier, t(`hosting.${s.hosting}` as MessageKey), s.location].filter(Boolean).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {processors.length > 0 && (
        <>
          <Text weight="semibold">{t('linkedProcessorsTitle')}</Text>
          <ul className={styles.list}>
            {processors.map((p) => (
              <li key={p.id}>
                {p.name} <Badge color={DPA_COLOR[p.dpaStatus]}>{t(`dpaStatus.${p.dpaStatus}` as MessageKey)}</Badge>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
