export { UsersPanel } from './UsersPanel';
export { type Person, usePeople } from './usePeople';
