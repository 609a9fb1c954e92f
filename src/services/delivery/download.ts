import got from 'got';

export type Download =
  | { kind: 'file'; data: Buffer; contentType: string | undefined }
  | { kind: 'too-large'; bytes: number | undefined }
  | { kind: 'gone'; status: number | undefined }
  | { kind: 'error'; detail: string };

/**
 * Fetches a result file at once (Kie's URLs expire), keeping at most `maxBytes` in memory: past
 * that the member gets a link instead, so there is no point in reading on.
 */
export async function downloadResult(url: string, maxBytes: number, timeoutMs = 120_000): Promise<Download> {
  let stream;
  try {
    // No retry here: got retries streams only with a listener, and the job retries the delivery anyway.
    stream = got.stream(url, { timeout: { request: timeoutMs }, retry: { limit: 0 }, throwHttpErrors: true });
  } catch (error) {
    return { kind: 'error', detail: (error as Error).message };
  }
  const chunks: Buffer[] = [];
  let total = 0;
  let declared: number | undefined;
  let contentType: string | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      stream.on('response', (response: { headers: Record<string, string | undefined> }) => {
        contentType = response.headers['content-type'];
        const length = Number(response.headers['content-length']);
        if (Number.isFinite(length) && length > 0) declared = length;
        if (declared !== undefined && declared > maxBytes) {
          stream.destroy();
          resolve();
        }
      });
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) {
          stream.destroy();
          resolve();
          return;
        }
        chunks.push(chunk);
      });
      stream.on('end', () => resolve());
      stream.on('error', reject);
    });
  } catch (error) {
    const status = (error as { response?: { statusCode?: number } }).response?.statusCode;
    if (status === 403 || status === 404 || status === 410) return { kind: 'gone', status };
    return { kind: 'error', detail: status ? `HTTP ${status}` : (error as Error).name };
  }
  if ((declared !== undefined && declared > maxBytes) || total > maxBytes) return { kind: 'too-large', bytes: declared };
  return { kind: 'file', data: Buffer.concat(chunks), contentType };
}
