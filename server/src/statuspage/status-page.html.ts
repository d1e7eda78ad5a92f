import type { PublicStatus } from './statuspage.types.ts';

const LABEL: Record<string, string> = {
  operational: 'Operational',
  degraded: 'Degraded performance',
  outage: 'Outage',
  maintenance: 'Under maintenance',
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

const BANNER: Record<string, string> = {
  operational: 'All systems operational',
  degraded: 'Some systems are degraded',
  outage: 'Some systems are down',
  maintenance: 'Maintenance in progress',
};

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** 28 Nov 2026, 14:05 UTC: the same for every visitor, with no script to localize it. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  const month = d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

const time = (iso: string) => `<time datetime="${escapeHtml(iso)}">${formatTime(iso)}</time>`;

/** The public status page, complete: no script, and styles only from /status.css. */
export interface StatusPageOptions {
  title?: string;
  /**
   * Reload the page every minute. Only when the reader asks for it: a page that reloads by itself
   * moves a screen reader back to the top (WCAG 2.2.1), so the reader turns it on and off.
   */
  autoUpdate?: boolean;
}

export function renderStatusPage(
  status: PublicStatus,
  { title = 'Service status', autoUpdate = false }: StatusPageOptions = {},
): string {
  const e = escapeHtml;
  const components = status.components.length
    ? status.components
        .map(
          (c) => `<li class="component">
  <span class="name">${e(c.name)}</span>
  <span class="pill ${c.status}">${LABEL[c.status]}</span>${
    c.maintenance
      ? `
  <p class="maintenance">Maintenance ${time(c.maintenance.startsAt)} – ${time(c.maintenance.endsAt)}${c.maintenance.message ? `: ${e(c.maintenance.message)}` : ''}</p>`
      : ''
  }
</li>`,
        )
        .join('\n')
    : '<li class="component empty">No services are listed yet.</li>';
  const incidents = status.incidents.length
    ? status.incidents
        .map(
          (i) => `<article class="incident ${i.status}">
  <h3>${e(i.components.join(', '))} <span class="pill ${i.status}">${LABEL[i.status]}</span></h3>
  <ol class="updates">
${i.updates
  .map(
    (u) =>
      `    <li><strong>${LABEL[u.status]}</strong> <span class="when">${time(u.at)}</span><p>${e(u.body)}</p></li>`,
  )
  .join('\n')}
  </ol>
</article>`,
        )
        .join('\n')
    : '<p class="quiet">No incidents in the last 7 days.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${autoUpdate ? '<meta http-equiv="refresh" content="60">\n' : ''}<title>${e(title)}</title>
<link rel="stylesheet" href="/status.css">
<link rel="alternate" type="application/json" href="/status.json">
</head>
<body>
<main>
<header><h1>${e(title)}</h1></header>
<section class="banner ${status.status}" aria-live="polite"><h2>${BANNER[status.status]}</h2></section>
<section aria-labelledby="components"><h2 id="components" class="section">Services</h2>
<ul class="components">
${components}
</ul>
</section>
<section aria-labelledby="incidents"><h2 id="incidents" class="section">Incidents</h2>
${incidents}
</section>
<footer>Updated ${time(status.updatedAt)} · ${
    autoUpdate
      ? 'Updating every minute · <a href="/status">Stop updating</a>'
      : '<a href="/status">Reload</a> · <a href="/status?update=minute">Update every minute</a>'
  } · <a href="/status.json">JSON</a></footer>
</main>
</body>
</html>
`;
}

export const STATUS_CSS = `:root { color-scheme: light dark; --ok: #2b8a3e; --warn: #e67700; --bad: #c92a2a; --info: #1971c2;
  --fg: #212529; --muted: #5c636a; --bg: #f8f9fa; --card: #fff; --line: #dee2e6; }
@media (prefers-color-scheme: dark) { :root { --fg: #e9ecef; --muted: #adb5bd; --bg: #1a1b1e; --card: #25262b; --line: #373a40; --info: #74c0fc; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 760px; margin: 0 auto; padding: 32px 16px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 24px; }
h2.section { font-size: 1.1rem; margin: 32px 0 12px; }
.banner { border-radius: 8px; padding: 16px 20px; color: #fff; background: var(--ok); }
.banner h2 { margin: 0; font-size: 1.2rem; }
.banner.degraded { background: var(--warn); } .banner.outage { background: var(--bad); } .banner.maintenance { background: var(--info); }
ul.components { list-style: none; margin: 0; padding: 0; background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
.component { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; padding: 14px 20px; border-top: 1px solid var(--line); }
.component:first-child { border-top: 0; }
.component .name { font-weight: 600; }
.component.empty { color: var(--muted); }
.maintenance { flex-basis: 100%; margin: 0; color: var(--muted); font-size: .9rem; }
.pill { display: inline-block; border-radius: 999px; padding: 2px 10px; font-size: .8rem; font-weight: 600; color: #fff; background: var(--ok); vertical-align: middle; }
.pill.degraded, .pill.identified { background: var(--warn); } .pill.outage, .pill.investigating { background: var(--bad); }
.pill.maintenance, .pill.monitoring { background: var(--info); } .pill.resolved { background: var(--ok); }
.incident { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin-bottom: 12px; }
.incident h3 { margin: 0 0 8px; font-size: 1rem; }
ol.updates { list-style: none; margin: 0; padding: 0; }
ol.updates li { padding: 8px 0; border-top: 1px solid var(--line); }
ol.updates li:first-child { border-top: 0; }
ol.updates p { margin: 4px 0 0; white-space: pre-wrap; }
.when, .quiet, footer { color: var(--muted); font-size: .9rem; }
footer { margin-top: 32px; }
a { color: var(--info); }
`;
