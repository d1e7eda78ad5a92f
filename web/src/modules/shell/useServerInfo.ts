import { useQuery } from 'urql';
import { ServerInfoQuery } from './shell.documents';

export function useServerInfo() {
  const [result] = useQuery({ query: ServerInfoQuery });
  return result.data?.serverInfo ?? null;
}
