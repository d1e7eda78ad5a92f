// Applies the stored or OS colour scheme before the first paint, so a dark-mode user never sees a
// white flash while the app loads. Mirrors the colour scheme manager in src/app/theme.ts.
(() => {
  try {
    const stored = window.localStorage.getItem('backline-color-scheme');
    const prefersDark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    const scheme =
      stored === 'light' || stored === 'dark' ? stored : prefersDark ? 'dark' : 'light';
    document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
  } catch {
    // Storage can be unavailable (private windows, blocked cookies); the app sets it on start.
  }
})();
