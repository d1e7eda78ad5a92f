export { PostmortemCard } from './PostmortemCard';
