import { packedTransferables } from './posting-index';
import {
  buildPackedIndex,
  buildRequestSchema,
  searchDocsSchema,
  type BuildReply,
} from './search-index-build';

/**
 * The search index build, off the main thread: decrypted case documents arrive as one
 * transferred UTF-8 buffer, the packed index goes back as transferred typed arrays. The
 * worker holds nothing between builds (no keys, no records).
 */
type WorkerScope = {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: BuildReply, options?: { transfer?: Transferable[] }): void;
};
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = buildRequestSchema.safeParse(event.data);
  if (!request.success) return;
  const { id } = request.data;
  try {
    const docs = searchDocsSchema.parse(
      JSON.parse(new TextDecoder().decode(request.data.docs)) as unknown,
    );
    const index = buildPackedIndex(docs, (done, total) => {
      if (done < total) scope.postMessage({ id, type: 'progress', done, total });
    });
    scope.postMessage({ id, type: 'done', index }, { transfer: packedTransferables(index) });
  } catch (error) {
    scope.postMessage({
      id,
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
