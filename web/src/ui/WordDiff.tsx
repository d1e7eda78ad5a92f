import { Text } from '@mantine/core';
import { wordDiff } from './wordDiff';

const REMOVED = {
  background: 'var(--mantine-color-red-light)',
  color: 'var(--mantine-color-red-light-color)',
  textDecoration: 'line-through',
} as const;

const ADDED = {
  background: 'var(--mantine-color-green-light)',
  color: 'var(--mantine-color-green-light-color)',
  textDecoration: 'none',
} as const;

/**
 * The words `after` changes in `before`: removed words struck through in red, added ones in
 * green (as `del` and `ins`, which say so to assistive technology), the rest as is.
 */
export function WordDiff({
  before,
  after,
  beforeLabel = 'before',
  afterLabel = 'after',
}: {
  before: string;
  after: string;
  beforeLabel?: string;
  afterLabel?: string;
}) {
  const parts = wordDiff(before, after);
  if (parts.every((p) => p.kind === 'same')) {
    return (
      <Text size="xs" c="dimmed" data-testid="word-diff" data-same="true">
        Same words
      </Text>
    );
  }
  return (
    <Text
      size="xs"
      component="div"
      data-testid="word-diff"
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
    >
      {parts.map((part, index) =>
        // Parts have no identity but their place in the text.
        part.kind === 'removed' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <del key={index} style={REMOVED} title={`Only in ${beforeLabel}`}>
            {part.text}
          </del>
        ) : part.kind === 'added' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <ins key={index} style={ADDED} title={`Only in ${afterLabel}`}>
            {part.text}
          </ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={index}>{part.text}</span>
        ),
      )}
    </Text>
  );
}
