import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../support/clock.ts';
import { graphql, login, userWithRole } from '../support/graphql.ts';
import { createTestRelease } from '../support/releases.ts';
import { startTestServerOn, type TestServer } from '../support/server.ts';
import { storeKinds } from '../support/stores.ts';

interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const INCIDENTS = `query($first: Int, $after: String, $severity: [Severity!]) {
  incidentsConnection(first: $first, after: $after, severity: $severity) {
    totalCount edges { cursor node { number } } nodes { number title }
    pageInfo { hasNextPage endCursor } } }`;
const TICKETS = `query($first: Int, $after: String, $view: TicketView) {
  ticketsConnection(first: $first, after: $after, view: $view) {
    totalCount edges { cursor node { number } } nodes { number sla { state } }
    pageInfo { hasNextPage endCursor } } }`;
const DEPLOYMENTS = `query($first: Int, $after: String, $search: String) {
  deploymentsConnection(first: $first, after: $after, search: $search) {
    totalCount edges { cursor node { name } } nodes { name }
    pageInfo { hasNextPage endCursor } } }`;

for (const kind of storeKinds()) {
  describe(`lists paged by cursor on ${kind.name}`, () => {
    let server: TestServer;
    let admin: string;
    let sre: string;
    let support: string;
    // Still: every incident and ticket has the same time, so pages part on the number alone.
    const clock = new TestClock();

    /** Every page of a connection, `first` at a time, from the start. */
    async function pages<T>(
      query: string,
      field: string,
      first: number,
      cookie: string,
      variables: Record<string, unknown> = {},
    ): Promise<Page<T>[]> {
      const out: Page<T>[] = [];
      let after: string | null = null;
      for (;;) {
        const result = await graphql<Record<string, Page<T>>>(
          server.url,
          query,
          { ...variables, first, after },
          { cookie },
        );
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        const page = result.data?.[field] as Page<T>;
        out.push(page);
        if (!page.pageInfo.hasNextPage) return out;
        after = page.pageInfo.endCursor;
        if (out.length > 50) throw new Error('paging does not end');
      }
    }

    beforeAll(async () => {
      server = await startTestServerOn(kind, { clock });
      admin = await login(server.url, server.adminEmail, server.adminPassword);
      sre = (await userWithRole(server.url, admin, 'SRE')).cookie;
      support = (await userWithRole(server.url, admin, 'SUPPORT')).cookie;
      for (let i = 1; i <= 7; i++) {
        const declared = await graphql(
          server.url,
          'mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { incident { id } } }',
          {
            input: {
              title: `Incident ${i}`,
              severity: i % 2 ? 'SEV2' : 'SEV3',
              environment: 'PROD',
            },
          },
          { cookie: sre },
        );
        if (declared.errors) throw new Error(JSON.stringify(declared.errors));
      }
      for (let i = 1; i <= 5; i++) {
        const created = await graphql(
          server.url,
          'mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }',
          {
            input: {
              subject: `Question ${i}`,
              description: 'How do we raise our rate limit?',
              priority: i === 1 ? 'URGENT' : 'NORMAL',
              requester: { name: 'Pat Customer', email: 'pat@customer.example' },
            },
          },
          { cookie: support },
        );
        if (created.errors) throw new Error(JSON.stringify(created.errors));
      }
      const { releaseId } = await createTestRelease(server.url, admin);
      for (const name of ['delta', 'alpha', 'charlie', 'bravo', 'echo']) {
        const deployed = await graphql(
          server.url,
          'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
          { input: { namespace: 'ml-prod', name, environment: 'PROD', releaseId, replicas: 1 } },
          { cookie: admin },
        );
        if (deployed.errors) throw new Error(JSON.stringify(deployed.errors));
      }
      // Two days on, every ticket has missed its first response (and the sessions have ended).
      clock.advance(2 * 24 * 3600_000);
      admin = await login(server.url, server.adminEmail, server.adminPassword);
      sre = (await userWithRole(server.url, admin, 'SRE')).cookie;
      support = (await userWithRole(server.url, admin, 'SUPPORT')).cookie;
    });

    afterAll(async () => {
      await server?.stop();
    });

    it('pages incidents newest first, each once, with the total on every page', async () => {
      const all = await pages<{ number: number }>(INCIDENTS, 'incidentsConnection', 3, sre);
      expect(all.map((p) => p.nodes.length)).toEqual([3, 3, 1]);
      expect(all.map((p) => p.totalCount)).toEqual([7, 7, 7]);
      const numbers = all.flatMap((p) => p.edges.map((e) => e.node.number));
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
      expect(new Set(numbers).size).toBe(7);
      // The list field answers the same order.
      const listed = await graphql<{ incidents: { number: number }[] }>(
        server.url,
        '{ incidents { number } }',
        {},
        { cookie: sre },
      );
      expect(listed.data?.incidents.map((i) => i.number)).toEqual(numbers);
      expect(all.at(-1)?.pageInfo).toEqual({
        hasNextPage: false,
        endCursor: all.at(-1)?.edges.at(-1)?.cursor,
      });
    });

    it('counts and pages within a filter', async () => {
      const sev2 = await pages<{ number: number }>(INCIDENTS, 'incidentsConnection', 2, sre, {
        severity: ['SEV2'],
      });
      expect(sev2.map((p) => p.totalCount)).toEqual([4, 4]);
      expect(sev2.flatMap((p) => p.nodes).length).toBe(4);
    });

    it('does not skip or repeat when an incident arrives between pages', async () => {
      const first = await pages<{ number: number }>(INCIDENTS, 'incidentsConnection', 7, sre);
      const firstPage = await graphql<{ incidentsConnection: Page<{ number: number }> }>(
        server.url,
        INCIDENTS,
        { first: 2 },
        { cookie: sre },
      );
      await graphql(
        server.url,
        'mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { incident { id } } }',
        { input: { title: 'Arrived while paging', severity: 'SEV3', environment: 'PROD' } },
        { cookie: sre },
      );
      const rest = await graphql<{ incidentsConnection: Page<{ number: number }> }>(
        server.url,
        INCIDENTS,
        { first: 10, after: firstPage.data?.incidentsConnection.pageInfo.endCursor },
        { cookie: sre },
      );
      expect(
        [
          ...(firstPage.data?.incidentsConnection.nodes ?? []),
          ...(rest.data?.incidentsConnection.nodes ?? []),
        ].map((i) => i.number),
      ).toEqual(first[0]?.nodes.map((i) => i.number));
      expect(rest.data?.incidentsConnection.totalCount).toBe(8);
    });

    it('pages the ticket queue, and its breaching view, by cursor', async () => {
      const all = await pages<{ number: number }>(TICKETS, 'ticketsConnection', 2, support);
      expect(all.map((p) => p.nodes.length)).toEqual([2, 2, 1]);
      expect(all[0]?.totalCount).toBe(5);
      const numbers = all.flatMap((p) => p.nodes.map((t) => t.number));
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
      const breaching = await pages<{ number: number }>(TICKETS, 'ticketsConnection', 1, support, {
        view: 'BREACHING',
      });
      const shown = breaching.flatMap((p) => p.nodes as unknown as { sla: { state: string } }[]);
      expect(shown.every((t) => t.sla.state === 'AT_RISK' || t.sla.state === 'BREACHED')).toBe(
        true,
      );
    });

    it('pages deployments by namespace and name', async () => {
      const all = await pages<{ name: string }>(DEPLOYMENTS, 'deploymentsConnection', 2, sre);
      expect(all.flatMap((p) => p.nodes.map((d) => d.name))).toEqual([
        'alpha',
        'bravo',
        'charlie',
        'delta',
        'echo',
      ]);
      expect(all.map((p) => p.totalCount)).toEqual([5, 5, 5]);
    });

    it('searches deployments by place, model and runtime on the server, and pages what it finds', async () => {
      const found = async (search: string) =>
        (
          await pages<{ name: string }>(DEPLOYMENTS, 'deploymentsConnection', 2, sre, { search })
        ).flatMap((p) => p.nodes.map((d) => d.name));
      expect(await found('ml-prod/CHARLIE')).toEqual(['charlie']);
      expect(await found('qwen vllm')).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo']);
      expect(await found('prod a')).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
      expect(await found('llama')).toEqual([]);
      const first = await pages<{ name: string }>(DEPLOYMENTS, 'deploymentsConnection', 1, sre, {
        search: 'ta',
      });
      expect(first.map((p) => [p.nodes[0]?.name, p.totalCount])).toEqual([['delta', 1]]);
    });

    it('refuses a cursor that is not one of the list, and a page size out of range, by argument', async () => {
      const deploymentCursor = (
        await pages<{ name: string }>(DEPLOYMENTS, 'deploymentsConnection', 1, sre)
      )[0]?.pageInfo.endCursor;
      for (const [variables, argument] of [
        [{ first: 2, after: 'not-a-cursor' }, 'after'],
        [{ first: 2, after: deploymentCursor }, 'after'],
        [{ first: 0 }, 'first'],
        [{ first: 501 }, 'first'],
      ] as const) {
        const result = await graphql(server.url, INCIDENTS, variables, { cookie: sre });
        expect(result.data).toBeNull();
        expect(result.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [{ path: [argument] }],
        });
      }
    });

    it('keeps the ticket queue from viewers', async () => {
      const viewer = (await userWithRole(server.url, admin, 'VIEWER')).cookie;
      const result = await graphql(server.url, TICKETS, { first: 1 }, { cookie: viewer });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
}
