// The HTTP vocabulary every REST module of the fake Discord shares: a parsed request, a reply,
// Discord's error bodies, and the route a resource module hands to the router (rest/router.ts).
import type { IncomingMessage } from 'node:http';
import type { RecordedFile } from '../types.ts';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw bytes instead of JSON (attachment downloads). */
  raw?: { data: Buffer; contentType: string };
}

export interface RequestContext {
  method: string;
  /** Decoded, without the /api/vN prefix. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  json: unknown;
  files: RecordedFile[];
}

export interface Route {
  /** Methods this route takes; any method when omitted (the handler answers 405 itself). */
  methods?: readonly string[];
  path: RegExp;
  /** 'bot': needs `Authorization: Bot <token>`; 'open': the CDN, interaction tokens, /gateway. */
  auth: 'open' | 'bot';
  handle: (ctx: RequestContext, match: RegExpExecArray) => Reply;
}

export function apiError(status: number, code: number, message: string, extra?: Record<string, unknown>): Reply {
  return { status, body: { message, code, ...extra } };
}

export function invalidFormBody(field: string, code: string, message: string): Reply {
  return apiError(400, 50035, 'Invalid Form Body', {
    errors: { [field]: { _errors: [{ code, message }] } },
  });
}

export const methodNotAllowed = (): Reply => apiError(405, 0, '405: Method Not Allowed');

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function flattenHeaders(raw: IncomingMessage['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** JSON, or multipart with `payload_json` and files, as @discordjs/rest sends them. */
export async function parseBody(contentType: string, raw: Buffer): Promise<{ json: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { json: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    // Node's fetch Request parses multipart exactly as a server would, with no extra dependency.
    const form = await new Request('http://fake.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: raw }).formData();
    const files: RecordedFile[] = [];
    const fields: Record<string, unknown> = {};
    let json: unknown;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') json = JSON.parse(value);
        else fields[field] = value;
      } else {
        files.push({ field, filename: value.name, contentType: value.type || 'application/octet-stream', data: Buffer.from(await value.arrayBuffer()) });
      }
    }
    return { json: json ?? fields, files };
  }
  if (contentType.startsWith('application/json')) return { json: JSON.parse(raw.toString('utf8')), files: [] };
  return { json: undefined, files: [] };
}
