import { ApiException } from '@kubernetes/client-node';

/** The metav1.Status body of a failed client-node call. */
export async function statusOf(
  call: Promise<unknown>,
): Promise<{ code: number; body: Record<string, unknown> }> {
  try {
    await call;
  } catch (err) {
    if (err instanceof ApiException) {
      const raw: unknown = err.body;
      const body =
        typeof raw === 'string'
          ? (JSON.parse(raw) as Record<string, unknown>)
          : (raw as Record<string, unknown>);
      return { code: err.code, body };
    }
    throw err;
  }
  throw new Error('expected the call to fail');
}

export { waitFor } from '../../support/wait.ts';
