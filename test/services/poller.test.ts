import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { Poller } from '../../src/services/poller.ts';

const logger = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('poller', () => {
  it('runs each job when it is due, earliest first, and not before', async () => {
    const ran: Array<{ id: string; at: number }> = [];
    const poller = new Poller({ handler: async (id) => void ran.push({ id, at: Date.now() }), concurrency: 4, logger });
    const t0 = Date.now();
    poller.schedule('late', t0 + 120);
    poller.schedule('early', t0 + 20);
    poller.schedule('middle', t0 + 60);
    await sleep(200);
    expect(ran.map((r) => r.id)).toEqual(['early', 'middle', 'late']);
    expect(ran[0]!.at - t0).toBeGreaterThanOrEqual(19);
    expect(ran[2]!.at - t0).toBeGreaterThanOrEqual(119);
    await poller.stop();
  });

  it('keeps only the latest due time when a job is rescheduled', async () => {
    const ran: string[] = [];
    const poller = new Poller({ handler: async (id) => void ran.push(id), concurrency: 1, logger });
    poller.schedule('a', Date.now() + 10);
    poller.schedule('a', Date.now() + 80);
    await sleep(40);
    expect(ran).toEqual([]);
    await sleep(80);
    expect(ran).toEqual(['a']);
    await poller.stop();
  });

  it('never runs more handlers at once than its concurrency', async () => {
    let running = 0;
    let peak = 0;
    const poller = new Poller({
      handler: async () => {
        running += 1;
        peak = Math.max(peak, running);
        await sleep(15);
        running -= 1;
      },
      concurrency: 3,
      logger,
    });
    for (let i = 0; i < 20; i++) poller.schedule(`j${i}`, Date.now());
    await sleep(250);
    expect(peak).toBe(3);
    expect(poller.size).toBe(0);
    await poller.stop();
  });

  it('holds 10,000 scheduled jobs with one timer and runs none before it is due', async () => {
    let calls = 0;
    const poller = new Poller({ handler: async () => void (calls += 1), concurrency: 8, logger });
    const far = Date.now() + 60_000;
    for (let i = 0; i < 10_000; i++) poller.schedule(`j${i}`, far + i);
    await sleep(30);
    expect(calls).toBe(0);
    expect(poller.size).toBe(10_000);
    await poller.stop();
  });

  it('survives a handler that throws and goes on with the rest', async () => {
    const ran: string[] = [];
    const poller = new Poller({
      handler: async (id) => {
        if (id === 'bad') throw new Error('boom');
        ran.push(id);
      },
      concurrency: 1,
      logger,
    });
    poller.schedule('bad', Date.now());
    poller.schedule('good', Date.now() + 5);
    await sleep(60);
    expect(ran).toEqual(['good']);
    await poller.stop();
  });
});
