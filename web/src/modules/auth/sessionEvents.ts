type Listener = (message: string) => void;

/**
 * Carries "the server no longer accepts this session" from the GraphQL client, which sees
 * every response, to the auth state, which decides what the user sees.
 */
export class SessionEvents {
  private readonly listeners = new Set<Listener>();

  onUnauthenticated(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emitUnauthenticated(message: string): void {
    for (const listener of this.listeners) listener(message);
  }
}
