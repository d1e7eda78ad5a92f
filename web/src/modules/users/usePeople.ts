import { useQuery } from 'urql';
import { roleAtLeast, useViewer } from '../auth';
import { PeopleQuery } from './users.documents';

export interface Person {
  id: string;
  name: string;
  email: string;
  disabled: boolean;
}

/**
 * The people an incident or an action item can be assigned to. Only admins may list users, so for everyone else
 * this knows only the viewer; other people show as their ids.
 */
export function usePeople(): { people: readonly Person[]; canList: boolean } {
  const viewer = useViewer();
  const canList = roleAtLeast(viewer.role, 'ADMIN');
  const [query] = useQuery({ query: PeopleQuery, pause: !canList });
  const self: Person = {
    id: viewer.user.id,
    name: viewer.user.name,
    email: viewer.user.email,
    disabled: false,
  };
  const people = canList && query.data ? query.data.users : [self];
  return { people, canList };
}
