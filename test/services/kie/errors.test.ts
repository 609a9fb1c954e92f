import { failureText, kieFailure as kieFailureMessage } from '../../../src/errors/index.ts';
import { translator } from '../../../src/i18n/index.ts';

/** What the member reads for a Kie error, in English. */
const kieFailure = (error: Parameters<typeof kieFailureMessage>[0]): string => failureText(kieFailureMessage(error), translator('en-US'));
import { describe, expect, it } from 'vitest';
import { KieError, kieErrorFromCode } from '../../../src/services/kie/errors.ts';

describe('kieErrorFromCode', () => {
  it('maps the codes Kie documents, and the ones it only uses', () => {
    const kinds = [401, 402, 404, 422, 429, 455, 500, 501, 502, 505, 418].map((code) => kieErrorFromCode(code, 'x').kind);
    expect(kinds).toEqual([
      'unauthorized',
      'insufficient_credits',
      'invalid_request',
      'invalid_request',
      'rate_limited',
      'unavailable',
      'server_error',
      'generation_failed',
      'server_error',
      'feature_disabled',
      'unknown',
    ]);
    expect(kieErrorFromCode(500, 'aspect_ratio is required').kind).toBe('invalid_request');
    expect(kieErrorFromCode(500, 'This field is required').kind).toBe('invalid_request');
    expect(kieErrorFromCode(422, 'This interface is temporarily paused').kind).toBe('model_paused');
  });

  it("passes on Kie's reason for a rejected request, without links", () => {
    const error = kieErrorFromCode(422, 'image_urls must point at https://files.example/a.png?sig=abc');
    expect(kieFailure(error)).toBe('Kie.ai turned this request down as invalid: image_urls must point at [link].');
    expect(error.message).toContain('code 422');
  });

  it('serializes to a plain object a log or a test can read', () => {
    const error = kieErrorFromCode(402, 'The current credits are insufficient. Please top up.', 'createTask');
    expect(error).toBeInstanceOf(KieError);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'KieError',
      kind: 'insufficient_credits',
      code: 402,
      retryable: false,
      message: 'createTask failed: code 402: The current credits are insufficient. Please top up.',
    });
    expect(kieFailure(error)).toContain('out of credits');
  });
});
