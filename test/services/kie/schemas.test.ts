import { describe, expect, it } from 'vitest';
import { envelopeSchema, normalizeState, parseResultUrls, recordInfoDataSchema } from '../../../src/services/kie/schemas.ts';

describe('Kie response schemas tolerate what the docs and the wire disagree on', () => {
  it('reads msg, or message when that is what was sent, and allows extra fields', () => {
    expect(envelopeSchema.parse({ code: 200, msg: 'success', data: 1 })).toEqual({ code: 200, msg: 'success', data: 1 });
    expect(envelopeSchema.parse({ code: 200, message: 'success', data: { taskId: 'x' } })).toEqual({ code: 200, msg: 'success', data: { taskId: 'x' } });
    expect(envelopeSchema.parse({ code: '422', msg: 'recordInfo is null', traceId: 'abc' })).toEqual({ code: 422, msg: 'recordInfo is null', data: null });
    expect(envelopeSchema.safeParse({ msg: 'no code' }).success).toBe(false);
    expect(envelopeSchema.safeParse('<html>').success).toBe(false);
  });

  it('accepts recordInfo data as the wire shapes it before and after completion', () => {
    const waiting = recordInfoDataSchema.parse({
      taskId: 'a8de419efea8acc988aa41b07b131d18',
      model: 'grok-imagine/text-to-video',
      state: 'waiting',
      param: '{"input":"{\\"duration\\":6}"}',
      resultJson: '',
      failCode: null,
      failMsg: null,
      costTime: null,
      completeTime: null,
      createTime: 1776323931162,
      recordId: 'a8de419efea8acc988aa41b07b131d18',
    });
    expect(waiting).toMatchObject({ failCode: null, failMsg: null, costTime: null, completeTime: null, createTime: 1776323931162, progress: null, creditsConsumed: null, updateTime: null });

    const documented = recordInfoDataSchema.parse({ taskId: 't', model: 'm', state: 'fail', failCode: 500, failMsg: '', costTime: '80', resultJson: null });
    expect(documented).toMatchObject({ failCode: '500', failMsg: null, costTime: 80 });
    expect(recordInfoDataSchema.parse({ taskId: 't', model: 'm', state: 'success', failCode: '' }).failCode).toBeNull();
  });

  it('finds result URLs in a JSON string, an object, or nowhere yet, and flags what cannot be read', () => {
    expect(parseResultUrls('{"resultUrls":["https://tempfile.aiquickdraw.com/a.mp4"],"resultWaterMarkUrls":["https://x/b.mp4"]}')).toEqual([
      'https://tempfile.aiquickdraw.com/a.mp4',
    ]);
    expect(parseResultUrls({ resultUrls: ['https://x/a.mp4'] })).toEqual(['https://x/a.mp4']);
    expect(parseResultUrls('')).toEqual([]);
    expect(parseResultUrls(null)).toEqual([]);
    expect(parseResultUrls(undefined)).toEqual([]);
    expect(parseResultUrls('{"resultObject":{"character_id":"c"}}')).toEqual([]);
    expect(parseResultUrls('{"resultUrls":')).toBeUndefined();
    expect(parseResultUrls('[1,2]')).toBeUndefined();
  });

  it('knows the five documented states, in any case', () => {
    expect(normalizeState('SUCCESS')).toBe('success');
    expect(normalizeState('queuing')).toBe('queuing');
    expect(normalizeState('processing')).toBeUndefined();
  });
});
