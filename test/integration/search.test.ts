import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login, userWithRole } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createServerDatabase, storeKinds } from '../support/stores.ts';

interface Hit {
  kind: string;
  title: string;
  path: string;
}

const SEARCH = 'query($text: String!) { search(text: $text) { kind title path } }';

for (const kind of storeKinds()) {
  describe(`one search over what the console jumps to, on ${kind.name}`, () => {
    let server: TestServer;
    let dropDatabase = async () => {};
    let admin: string;
    let sre: { id: string; cookie: string };
    let support: string;
    let viewer: string;
    let incident: { id: string; number: number };
    let ticket: { number: number };

    const search = async (text: string, cookie: string) => {
      const result = await graphql<{ search: Hit[] }>(server.url, SEARCH, { text }, { cookie });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data?.search ?? [];
    };

    beforeAll(async () => {
      let databaseUrl: string | undefined;
      if (kind.name === 'postgres') {
        const database = await createServerDatabase(process.env.TEST_DATABASE_URL as string);
        databaseUrl = database.url;
        dropDatabase = database.drop;
      }
      server = await startTestServer(databaseUrl ? { databaseUrl } : {});
      admin = await login(server.url, server.adminEmail, server.adminPassword);
      sre = await userWithRole(server.url, admin, 'SRE', 'grace.hopper@example.com');
      support = (await userWithRole(server.url, admin, 'SUPPORT')).cookie;
      viewer = (await userWithRole(server.url, admin, 'VIEWER')).cookie;
      const declared = await graphql<{ declareIncident: { incident: typeof incident } }>(
        server.url,
        'mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { incident { id number } } }',
        {
          input: {
            title: 'Gateway timeouts on chat',
            severity: 'SEV2',
            deployment: { namespace: 'ml-prod', name: 'chat' },
            environment: 'PROD',
          },
        },
        { cookie: sre.cookie },
      );
      incident = declared.data?.declareIncident.incident as typeof incident;
      const created = await graphql<{ createTicket: { ticket: typeof ticket } }>(
        server.url,
        'mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { number } } }',
        {
          input: {
            subject: 'Gateway answers 504 to our batch jobs',
            description: 'Since this morning.',
            requester: { name: 'Pat Customer', email: 'pat@customer.example' },
          },
        },
        { cookie: support },
      );
      ticket = created.data?.createTicket.ticket as typeof ticket;
    });

    afterAll(async () => {
      await server?.stop();
      await dropDatabase();
    });

    it('finds an incident and a ticket by their words, with the pages that show them', async () => {
      const hits = await search('gateway', support);
      expect(hits).toEqual([
        {
          kind: 'INCIDENT',
          title: `INC-${incident.number} Gateway timeouts on chat`,
          path: `/incidents/INC-${incident.number}`,
        },
        {
          kind: 'TICKET',
          title: `T-${ticket.number} Gateway answers 504 to our batch jobs`,
          path: `/tickets/T-${ticket.number}`,
        },
      ]);
    });

    it('finds an incident by the id people use', async () => {
      const hits = await search(`INC-${incident.number}`, viewer);
      expect(hits.map((h) => h.path)).toEqual([`/incidents/INC-${incident.number}`]);
    });

    it('shows each kind only to a role that may read it', async () => {
      // A viewer reads incidents but not tickets; only admins look people up.
      expect((await search('gateway', viewer)).map((h) => h.kind)).toEqual(['INCIDENT']);
      expect((await search('grace', sre.cookie)).map((h) => h.kind)).toEqual([]);
      expect(await search('grace', admin)).toEqual([
        { kind: 'PERSON', title: 'SRE user', path: '/settings/users' },
      ]);
    });

    it('is refused without signing in', async () => {
      const result = await graphql(server.url, SEARCH, { text: 'gateway' });
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
}
