import { lazy, Suspense, useState, type ComponentProps } from 'react';
import type { ProcessingDetail as EagerProcessingDetail } from './ProcessingDetail.js';

// The drawer pulls in the record, the report form and the history; they load the first time a record is opened.
const ProcessingDetail = lazy(() => import('./ProcessingDetail.js').then((m) => ({ default: m.ProcessingDetail })));

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
