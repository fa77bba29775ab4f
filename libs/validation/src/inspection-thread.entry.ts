import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readForInspection } from './inspection.reading';
import {
  InspectionReply,
  InspectionRequest,
  InspectionThreadData,
} from './inspection-thread.protocol';

/** True in a thread an InspectionPool started from the program's own file. */
export function isInspectionThread(): boolean {
  return (
    !isMainThread &&
    (workerData as Partial<InspectionThreadData> | null)?.paxgateRole === 'inspection'
  );
}

/** The body of such a thread: reads each interchange it is sent and sends the reading back. */
export function runInspectionThread(): void {
  const port = parentPort;
  if (port === null || !isInspectionThread()) {
    throw new Error('runInspectionThread runs in a thread an InspectionPool started');
  }
  port.on('message', (request: InspectionRequest) => {
    let reply: InspectionReply;
    try {
      const bytes = Buffer.from(
        request.bytes.buffer,
        request.bytes.byteOffset,
        request.bytes.length,
      );
      const reading = readForInspection(bytes, { now: new Date(request.now), keepContent: false });
      reply = { id: request.id, kind: 'read', reading };
    } catch (error) {
      reply = {
        id: request.id,
        kind: 'failed',
        error: error instanceof Error ? error.message : String(error),
      };
    }
    port.postMessage(reply);
  });
}
