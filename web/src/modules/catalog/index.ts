export { CatalogView } from './CatalogView';
export { ImageReference } from './ImageReference';
export { ReleaseWarnings } from './ReleaseWarnings';
export { RuntimeBadge } from './RuntimeBadge';
export { RUNTIME_STYLE } from './runtime';
