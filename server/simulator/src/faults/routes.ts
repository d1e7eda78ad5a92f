import { failureStatus } from '../api/errors.ts';
import type { SimClock } from '../clock.ts';
import type { Fault, FaultRegistry } from './faults.ts';
import { FaultError, parseFaultSpec } from './faults.ts';

function status(code: number, reason: string, message: string): { status: number; body: unknown } {
  return { status: code, body: failureStatus(code, reason, message) };
}

/** The simulator's own API: POST/GET /sim/v1/faults, DELETE /sim/v1/faults/{id}, GET /sim/v1/clock. */
export function simRoutes(faults: FaultRegistry, clock: SimClock) {
  return (
    method: string,
    path: string,
    body: Buffer,
  ): { status: number; body: unknown } | undefined => {
    if (path === '/sim/v1/clock' && method === 'GET') {
      return {
        status: 200,
        body: { now: new Date(clock.now()).toISOString(), acceleration: clock.acceleration },
      };
    }
    if (path === '/sim/v1/faults') {
      if (method === 'GET')
        return { status: 200, body: { kind: 'FaultList', items: faults.list() } };
      if (method !== 'POST')
        return status(
          405,
          'MethodNotAllowed',
          'the server does not allow this method on the requested resource',
        );
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch (err) {
        return status(
          400,
          'BadRequest',
          `invalid fault: body is not JSON: ${(err as Error).message}`,
        );
      }
      try {
        const fault: Fault = faults.add(parseFaultSpec(parsed));
        return { status: 201, body: fault };
      } catch (err) {
        if (err instanceof FaultError) return status(400, 'BadRequest', err.message);
        throw err;
      }
    }
    const one = /^\/sim\/v1\/faults\/([^/]+)$/.exec(path);
    if (one?.[1]) {
      const id = decodeURIComponent(one[1]);
      if (method === 'GET') {
        const fault = faults.get(id);
        return fault
          ? { status: 200, body: fault }
          : status(404, 'NotFound', `fault "${id}" not found`);
      }
      if (method === 'DELETE') {
        const fault = faults.remove(id);
        return fault
          ? { status: 200, body: fault }
          : status(404, 'NotFound', `fault "${id}" not found`);
      }
      return status(
        405,
        'MethodNotAllowed',
        'the server does not allow this method on the requested resource',
      );
    }
    return undefined;
  };
}
