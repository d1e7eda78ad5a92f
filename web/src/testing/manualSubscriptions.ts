import type { SubscriptionForwarder } from '@urql/core';

/**
 * Subscriptions a test drives by hand: pass `forwardSubscription` to `renderApp`, wait for
 * `count()` to see the component subscribed, then `push` what the server would send.
 */
export function manualSubscriptions() {
  const sinks: { next(value: unknown): void }[] = [];
  const forwardSubscription: SubscriptionForwarder = () => ({
    subscribe(sink) {
      sinks.push(sink);
      return { unsubscribe: () => {} };
    },
  });
  return {
    forwardSubscription,
    push: (data: unknown) => {
      for (const sink of sinks) sink.next({ data });
    },
    count: () => sinks.length,
  };
}
