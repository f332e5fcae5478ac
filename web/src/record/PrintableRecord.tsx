import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { Processing } from '../api/apiClient.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { ProcessingRecord } from './ProcessingRecord.js';

/**
 * The drawer scrolls inside a fixed overlay, so a browser prints only its first screenful. For printing, the whole
 * record is laid out again as a direct child of <body>, and while printing everything else is hidden (and the drawer's
 * scroll lock on <body> lifted, or Chromium clips the print to one page); on screen this
 * copy is never shown. It stays mounted until the drawer closes, so printing twice needs no re-render.
 */
const PRINT_CSS = `@media screen{.prt-print-root{display:none}}
@media print{html,body{overflow:visible!important;height:auto!important;position:static!important}body>*:not(.prt-print-root){display:none!important}.prt-print-root{display:block;padding:0 8mm}
.prt-print-root *{overflow:visible!important;max-height:none!important}.prt-print-root section{break-inside:avoid-page}}`;

export function PrintableRecord({ processing, version }: { processing: Processing; version: string }) {
  const { t, date } = useI18n();
  useEffect(() => {
    window.print();
  }, []);
  return createPortal(
    <div className="prt-print-root">
      <style>{PRINT_CSS}</style>
      <FluentProvider theme={webLightTheme}>
        <Text as="h1" block size={700} weight="semibold">
          {processing.name}
        </Text>
        <ProcessingRecord record={processing} status={version} />
        <Text as="p" block size={200}>
          {t('printedOn', { date: date(new Date().toISOString()) })}
        </Text>
      </FluentProvider>
    </div>,
    document.body,
  );
}
