import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  overwrite: true,
  schema: 'server/src/**/*.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'server/src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.ts#GraphQLContext',
        mapperTypeSuffix: 'Model',
        mappers: {
          User: '../../auth/index.ts#UserRecord',
          ApiToken: '../../auth/index.ts#ApiTokenRecord',
          AuditEntry: '../../audit/index.ts#AuditEntryRecord',
          Model: '../../catalog/index.ts#ModelRow',
          Release: '../../catalog/index.ts#ReleaseRecord',
          ModelDeployment: '../../deployments/index.ts#DeploymentRecord',
          DeploymentRevision: '../../deployments/index.ts#RevisionRecord',
          DeploymentHealth: '../../health/index.ts#DeploymentHealthModel',
          HealthTransition: '../../health/index.ts#TransitionRecord',
          Incident: '../../incidents/index.ts#IncidentRecord',
          IncidentTimelineEntry: '../../incidents/index.ts#TimelineEntryRecord',
          IncidentSignal: '../../incidents/index.ts#SignalRecord',
          Rollout: '../../rollouts/index.ts#RolloutRecord',
          Ticket: '../../tickets/index.ts#TicketWithSla',
          TicketMessage: '../../tickets/index.ts#MessageRecord',
          TicketSla: '../../tickets/index.ts#TicketSla',
          SlaClock: '../../tickets/index.ts#SlaClockReading',
          SlaPolicy: '../../tickets/index.ts#SlaPolicyRecord',
          BusinessCalendar: '../../tickets/index.ts#CalendarRecord',
          GoldenPrompt: '../../behaviour/index.ts#GoldenPrompt',
          GoldenPromptCheck: '../../behaviour/index.ts#DeploymentCheck',
          PromptCheckResult: '../../behaviour/index.ts#PromptCheckResult',
          AnswerExpectations: '../../behaviour/index.ts#Expectations',
          ChatMessage: '../../behaviour/index.ts#ChatMessage',
        },
        scalars: { DateTime: 'Date | string', JSON: 'unknown' },
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    'web/src/generated/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        strictScalars: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
