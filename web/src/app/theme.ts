import {
  Badge,
  type CSSVariablesResolver,
  createTheme,
  darken,
  localStorageColorSchemeManager,
} from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Indigo 7 on white is 4.9:1; the default shade 6 (links, outlines) is 4.3:1, under WCAG AA.
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace:
    'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  // Dark text on light fills (a yellow SEV3 badge), so every filled badge meets WCAG AA.
  autoContrast: true,
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

/**
 * Dimmed text dark enough for WCAG AA (4.5:1) on every surface: Mantine's default is 3.3:1 on
 * white and 4:1 on the dark body.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => {
  const names = Object.keys(resolved.colors).filter((name) => name !== 'dark');
  // Light and outline badges and alerts: text darker (lighter in dark) than Mantine's, 4.5:1.
  const text = (value: (name: string) => string) =>
    Object.fromEntries(
      names.flatMap((name) => [
        [`--mantine-color-${name}-light-color`, value(name)],
        [`--mantine-color-${name}-outline`, value(name)],
      ]),
    );
  const shade = (name: string, index: number) => resolved.colors[name]?.[index] ?? '';
  // White on red 6 or blue 7 is under 4.5:1; their filled shade is 9.
  const filled = Object.fromEntries(
    ['red', 'blue'].map((name) => [`--mantine-color-${name}-filled`, shade(name, 9)]),
  );
  return {
    variables: {},
    light: {
      ...text((name) => darken(shade(name, 9), 0.3)),
      ...filled,
      '--mantine-primary-color-light-color': darken(shade('indigo', 9), 0.2),
      // Links stay 4.5:1 on the pale primary of a selected row too.
      '--mantine-color-anchor': shade('indigo', 9),
      '--mantine-color-dimmed': resolved.colors.gray[7],
    },
    dark: {
      ...text((name) => shade(name, 3)),
      ...filled,
      '--mantine-color-dimmed': resolved.colors.dark[1],
      '--mantine-color-anchor': resolved.colors.indigo[3],
    },
  };
};
