import type { SubscriptionForwarder } from '@urql/core';

/**
 * Subscriptions a test drives by hand: pass `forwardSubscription` to `renderApp`, wait for
 * `count(field)` to see the component subscribed, then `push` what the server would send; each
 * event reaches the subscriptions that ask for its fields, as the server's would (the navigation's
 * counts subscribe too).
 */
export function manualSubscriptions() {
  const sinks: { query: string; sink: { next(value: unknown): void } }[] = [];
  const forwardSubscription: SubscriptionForwarder = (request) => ({
    subscribe(sink) {
      sinks.push({ query: request.query ?? '', sink });
      return { unsubscribe: () => {} };
    },
  });
  const matching = (data: Record<string, unknown>) =>
    sinks.filter(({ query }) => Object.keys(data).every((field) => query.includes(field)));
  return {
    forwardSubscription,
    push: (data: Record<string, unknown>) => {
      for (const { sink } of matching(data)) sink.next({ data });
    },
    /** How many subscriptions ask for `field`, or how many there are. */
    count: (field?: string) =>
      field ? sinks.filter(({ query }) => query.includes(field)).length : sinks.length,
  };
}
