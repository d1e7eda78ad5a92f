import { Badge, Button, Kbd, Text } from '@mantine/core';
import { useDebouncedValue, useOs } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  createSpotlightStore,
  Spotlight,
  type SpotlightStore,
  useSpotlight,
} from '@mantine/spotlight';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconBox,
  IconCheck,
  IconLifebuoy,
  IconRocket,
  IconSearch,
  IconUser,
} from '@tabler/icons-react';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { SearchHitKind } from '../../generated/graphql';
import { errorMessage } from '../../ui/graphqlError';
import { matchesWords } from '../../ui/urlFilters';
import { roleAtLeast, useViewer } from '../auth';
import { type NavItem, visibleNavItems } from './navigation';
import {
  PaletteAcknowledgeMutation,
  PaletteSearchQuery,
  PaletteTriggeredIncidentsQuery,
} from './shell.documents';

/** The palette's state: one per console, so nothing of it outlives the frame that shows it. */
export function usePaletteStore(): SpotlightStore {
  const [store] = useState(createSpotlightStore);
  return store;
}

const KIND_STYLE: Record<SearchHitKind, { label: string; icon: ReactNode }> = {
  DEPLOYMENT: { label: 'Deployment', icon: <IconRocket size={18} /> },
  INCIDENT: { label: 'Incident', icon: <IconAlertTriangle size={18} /> },
  TICKET: { label: 'Ticket', icon: <IconLifebuoy size={18} /> },
  MODEL: { label: 'Model', icon: <IconBox size={18} /> },
  PERSON: { label: 'Person', icon: <IconUser size={18} /> },
};

interface PaletteEntry {
  id: string;
  label: string;
  description?: string;
  icon: ReactNode;
  kind?: string;
  run: () => void;
}

interface PageEntry {
  id: string;
  label: string;
  icon: ReactNode;
  to: string;
}

/** Each page a role may open, children in place of their parent. */
function pages(items: NavItem[], parent?: string): PageEntry[] {
  return items.flatMap((item) =>
    item.children && item.children.length > 0
      ? pages(item.children, item.label)
      : [
          {
            id: `page:${item.to}`,
            label: parent ? `${parent} · ${item.label}` : item.label,
            icon: <item.icon size={18} />,
            to: item.to,
          },
        ],
  );
}

/** The verbs of the palette's actions, as a query may start with them. */
const ACTION_VERB = /^(acknowledge|ack|roll\s*back|deploy)\b\s*/i;

/** What to search for: the query without the action it asks for ("roll back chat" → "chat"). */
function searchTextOf(query: string): string {
  return query.trim().replace(ACTION_VERB, '');
}

/** Whether the query asks to roll something back. */
function asksToRollBack(query: string): boolean {
  return /^roll\s*back\b/i.test(query.trim());
}

/** An action shows once the query starts with its verb ("ack", "deploy") and matches the rest. */
function offers(action: PaletteEntry, query: string): boolean {
  const verb = query.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return (
    verb.length > 0 &&
    action.label.toLowerCase().startsWith(verb) &&
    matchesWords(`${action.label} ${action.description ?? ''}`, query)
  );
}

/**
 * Selects the first entry once the list changes under the query (search results arrive after the
 * keystroke), so Enter opens the best match.
 */
function selectFirst(store: SpotlightStore) {
  const { listId } = store.getState();
  const list = listId ? document.getElementById(listId) : null;
  if (!list) return;
  list.querySelector('[data-selected]')?.removeAttribute('data-selected');
  const first = list.querySelector('[data-action]');
  first?.setAttribute('data-selected', 'true');
  store.updateState((state) => ({ ...state, selected: first ? 0 : -1 }));
}

function useTriggeredIncidents(enabled: boolean) {
  const [result] = useQuery({
    query: PaletteTriggeredIncidentsQuery,
    pause: !enabled,
    requestPolicy: 'cache-and-network',
  });
  return result.data?.incidents ?? [];
}

/**
 * Ctrl/⌘+K: finds deployments, incidents, tickets, models and people as you type, opens any page
 * the role may see, and runs the common actions the role may take.
 */
export function CommandPalette({ store }: { store: SpotlightStore }) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const { opened } = useSpotlight(store);
  const [query, setQuery] = useState('');
  const [text] = useDebouncedValue(searchTextOf(query), 200);
  const [search] = useQuery({
    query: PaletteSearchQuery,
    variables: { text },
    pause: !opened || text.length === 0,
  });
  const isSre = roleAtLeast(viewer.role, 'SRE');
  const isAdmin = roleAtLeast(viewer.role, 'ADMIN');
  const triggered = useTriggeredIncidents(opened && isSre);
  const [, acknowledge] = useMutation(PaletteAcknowledgeMutation);

  const hits = text.length > 0 && text === searchTextOf(query) ? (search.data?.search ?? []) : [];

  const groups = useMemo(() => {
    const results: PaletteEntry[] = hits.map((hit) => ({
      id: `hit:${hit.kind}:${hit.id}`,
      label: hit.title,
      description: hit.subtitle ?? undefined,
      icon: KIND_STYLE[hit.kind].icon,
      kind: KIND_STYLE[hit.kind].label,
      run: () => navigate(hit.path),
    }));
    const pageEntries: PaletteEntry[] = pages(visibleNavItems(viewer.role))
      .filter((page) => matchesWords(`Go to ${page.label}`, query))
      .map((page) => ({ ...page, run: () => navigate(page.to) }));
    const actions: PaletteEntry[] = [];
    if (isSre) {
      for (const incident of triggered) {
        const name = `INC-${incident.number}`;
        actions.push({
          id: `ack:${incident.id}`,
          label: `Acknowledge ${name}`,
          description: `${incident.severity} · ${incident.title}`,
          icon: <IconCheck size={18} />,
          run: () => {
            void acknowledge({ id: incident.id }).then((result) => {
              if (result.error) {
                notifications.show({
                  color: 'red',
                  title: `${name} not acknowledged`,
                  message: errorMessage(result.error),
                });
                return;
              }
              notifications.show({ color: 'green', title: `${name} acknowledged`, message: '' });
              void navigate(`/incidents/${name}`);
            });
          },
        });
      }
    }
    if (isSre && asksToRollBack(query)) {
      // Rolling back needs the release to go back to and a reason: the deployment's page asks.
      for (const hit of hits) {
        if (hit.kind !== 'DEPLOYMENT') continue;
        actions.push({
          id: `rollback:${hit.id}`,
          label: `Roll back ${hit.title}`,
          description: `${hit.subtitle ?? ''} · choose the release and give a reason`,
          icon: <IconArrowBackUp size={18} />,
          run: () => navigate(`${hit.path}?action=rollback`),
        });
      }
    }
    if (isAdmin) {
      actions.push({
        id: 'deploy-release',
        label: 'Deploy a release',
        description: 'Open the deploy form',
        icon: <IconRocket size={18} />,
        run: () => navigate('/deployments/new'),
      });
    }
    // A query that starts with an action's verb asks for the action: it comes first.
    const offered = { label: 'Actions', entries: actions.filter((a) => offers(a, query)) };
    const found = { label: 'Results', entries: results };
    return [offered, found, { label: 'Pages', entries: pageEntries }].filter(
      (group) => group.entries.length > 0,
    );
  }, [hits, query, viewer.role, isSre, isAdmin, triggered, acknowledge, navigate]);

  const entryIds = groups.flatMap((group) => group.entries.map((e) => e.id)).join('|');
  useEffect(() => {
    if (opened && entryIds) selectFirst(store);
  }, [opened, entryIds, store]);

  return (
    <Spotlight.Root
      store={store}
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      scrollable
      maxHeight={480}
    >
      <Spotlight.Search
        placeholder="Search or jump to… (INC-12, T-1001, a deployment, a page)"
        aria-label="Search Backline"
        leftSection={<IconSearch size={18} stroke={1.6} />}
      />
      <Spotlight.ActionsList aria-label="Results">
        {groups.map((group) => (
          <Spotlight.ActionsGroup key={group.label} label={group.label}>
            {group.entries.map((entry) => (
              <Spotlight.Action
                key={entry.id}
                label={entry.label}
                description={entry.description}
                leftSection={entry.icon}
                rightSection={
                  entry.kind ? (
                    <Badge size="xs" variant="light" color="gray">
                      {entry.kind}
                    </Badge>
                  ) : null
                }
                onClick={entry.run}
              />
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {groups.length === 0 ? (
          <Spotlight.Empty>
            {query.trim() && (search.fetching || text !== searchTextOf(query))
              ? 'Searching…'
              : 'Nothing found'}
          </Spotlight.Empty>
        ) : null}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}

/** The header's button that opens the palette, showing its shortcut. */
export function SearchButton({ store }: { store: SpotlightStore }) {
  const os = useOs();
  const mod = os === 'macos' || os === 'ios' ? '⌘' : 'Ctrl';
  return (
    <Button
      variant="default"
      leftSection={<IconSearch size={16} />}
      rightSection={
        <Text component="span" visibleFrom="sm" size="xs">
          <Kbd size="xs">{mod}</Kbd> + <Kbd size="xs">K</Kbd>
        </Text>
      }
      onClick={() => store.updateState((state) => ({ ...state, opened: true, selected: -1 }))}
      aria-keyshortcuts="Control+K Meta+K"
      fw={400}
      c="dimmed"
    >
      Search
    </Button>
  );
}
