import { Badge, createTheme, localStorageColorSchemeManager } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace:
    'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    // A status is read whole or not at all: a badge never shrinks to "HEAL…"; a table too
    // narrow for its badges scrolls instead.
    Badge: Badge.extend({
      styles: { root: { flexShrink: 0, minWidth: 'max-content' }, label: { overflow: 'visible' } },
    }),
  },
});

/** Remembers an explicit light/dark choice; without one the console follows the OS. */
export const colorSchemeManager = localStorageColorSchemeManager({
  key: 'backline-color-scheme',
});
