import { lazy, Suspense, useState, type ComponentProps } from 'react';
import { allMessagesLoaded } from '../i18n/messages.js';
import type { ProcessingDetail as EagerProcessingDetail } from './ProcessingDetail.js';

// The drawer pulls in the record, the report form and the history, and the messages beyond the first screen; they
// load the first time a record is opened.
const ProcessingDetail = lazy(async () => {
  const [m] = await Promise.all([import('./ProcessingDetail.js'), allMessagesLoaded()]);
  return { default: m.ProcessingDetail };
});

/** ProcessingDetail, fetched on first open and kept mounted afterwards so its closing animation still runs. */
export function LazyProcessingDetail(props: ComponentProps<typeof EagerProcessingDetail>) {
  const [needed, setNeeded] = useState(false);
  if (props.id && !needed) setNeeded(true);
  return needed ? (
    <Suspense>
      <ProcessingDetail {...props} />
    </Suspense>
  ) : null;
}
