import { useEffect } from 'react';
import { useQuery } from 'urql';
import { ServerInfoQuery } from './shell.documents';

/** How often to re-read the server's facts; the cluster connection can change while it runs. */
export const SERVER_INFO_REFRESH_MS = 30_000;

export function useServerInfo() {
  const [result, reexecute] = useQuery({ query: ServerInfoQuery });
  useEffect(() => {
    const timer = window.setInterval(
      () => reexecute({ requestPolicy: 'network-only' }),
      SERVER_INFO_REFRESH_MS,
    );
    return () => window.clearInterval(timer);
  }, [reexecute]);
  return result.data?.serverInfo ?? null;
}
