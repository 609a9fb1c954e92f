import { describe, expect, it } from 'vitest';
import { Metrics } from '../../src/http/metrics.ts';

/** Every line is a comment or `name{labels} value`, as the Prometheus text format requires (its parser reads NaN in any case). */
function expectPrometheusText(text: string): void {
  for (const line of text.split('\n').filter((l) => l !== '')) {
    expect(line).toMatch(/^(# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+|[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*\})? (-?[0-9.e+-]+|[Nn][Aa][Nn]|[+-]Inf))$/);
  }
}

describe('Metrics', () => {
  it('reports open jobs by state from the injected count at every scrape', async () => {
    let states: Record<string, number> = { queued: 2, generating: 3 };
    const metrics = new Metrics({ jobStates: () => Promise.resolve(states), processMetrics: false });
    let text = await metrics.text();
    expect(text).toContain('kiebot_jobs{state="queued"} 2');
    expect(text).toContain('kiebot_jobs{state="generating"} 3');
    expect(text).toContain('kiebot_open_jobs 5');
    states = { delivering: 1 };
    text = await metrics.text();
    expect(text).not.toContain('state="queued"');
    expect(text).toContain('kiebot_jobs{state="delivering"} 1');
    expect(text).toContain('kiebot_open_jobs 1');
  });

  it('records a finished job: outcome always; price and Kie completion → delivery for a delivered video only', async () => {
    const metrics = new Metrics({ processMetrics: false });
    const now = 1_800_000_000_000;
    metrics.jobEnded('delivered', { familyId: 'kling-3.0', price: 80, kieCompletedAt: now - 2_500 }, now);
    metrics.jobEnded('delivered', { familyId: 'kling-3.0', price: 80 }, now);
    metrics.jobEnded('refunded', { familyId: 'sora-2', price: 30, kieCompletedAt: now - 1_000 }, now);
    const text = await metrics.text();
    expect(text).toContain('kiebot_jobs_finished_total{outcome="delivered",model="kling-3.0"} 2');
    expect(text).toContain('kiebot_jobs_finished_total{outcome="refunded",model="sora-2"} 1');
    expect(text).toContain('kiebot_kie_credits_spent_total{model="kling-3.0"} 160');
    expect(text).not.toContain('kiebot_kie_credits_spent_total{model="sora-2"}');
    expect(text).toContain('kiebot_completion_to_delivery_seconds_count 1\n');
    expect(text).toContain('kiebot_completion_to_delivery_seconds_sum 2.5\n');
  });

  it('counts what the pipeline reports, with bounded labels only', async () => {
    const metrics = new Metrics({ processMetrics: false });
    metrics.jobFinished('delivered', 'kling-3.0');
    metrics.jobFinished('delivered', 'kling-3.0');
    metrics.jobFinished('refunded', 'sora-2');
    metrics.kieCall('createTask', 'ok');
    metrics.kieCall('getTask', 'timeout');
    metrics.creditsSpent(120, 'kling-3.0');
    metrics.creditsSpent(-5, 'kling-3.0');
    metrics.callbackVerified('bad');
    metrics.ackLatency(80);
    metrics.completionToDelivery(1_500);
    metrics.discordRestError(429);
    metrics.ledger('hold');
    metrics.ledger('capture');
    const text = await metrics.text();
    expectPrometheusText(text);
    for (const line of [
      'kiebot_jobs_finished_total{outcome="delivered",model="kling-3.0"} 2',
      'kiebot_jobs_finished_total{outcome="refunded",model="sora-2"} 1',
      'kiebot_kie_requests_total{endpoint="createTask",outcome="ok"} 1',
      'kiebot_kie_requests_total{endpoint="getTask",outcome="timeout"} 1',
      'kiebot_kie_credits_spent_total{model="kling-3.0"} 120',
      'kiebot_callbacks_total{result="bad"} 1',
      'kiebot_callbacks_total{result="ok"} 0',
      'kiebot_ack_latency_seconds_bucket{le="0.1"} 1',
      'kiebot_ack_latency_seconds_count 1',
      'kiebot_completion_to_delivery_seconds_bucket{le="2"} 1',
      'kiebot_discord_rest_errors_total{status="429"} 1',
      'kiebot_ledger_operations_total{operation="hold"} 1',
      'kiebot_ledger_operations_total{operation="release"} 0',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('keeps each instance on its own registry, with process metrics when asked', async () => {
    const a = new Metrics();
    const b = new Metrics();
    a.jobFinished('delivered', 'sora-2');
    expect(await b.text()).not.toContain('kiebot_jobs_finished_total{');
    const text = await a.text();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_heap_size_used_bytes');
    expectPrometheusText(text);
  });
});
