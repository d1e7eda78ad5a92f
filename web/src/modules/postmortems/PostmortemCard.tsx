import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { PostmortemFieldsFragment } from '../../generated/graphql';
import { DetailLabel } from '../../ui/cells';
import { formatDateTime } from '../../ui/formatDate';
import { errorMessage, fieldErrorsByPath } from '../../ui/graphqlError';
import { useQueryOf } from '../../ui/useLiveQuery';
import { ActionItems } from './ActionItems';
import { fromLocalInput, toLocalInput } from './localTime';
import {
  IncidentPostmortemQuery,
  PublishPostmortemMutation,
  StartPostmortemMutation,
  UpdatePostmortemMutation,
} from './postmortems.documents';

const SECTIONS = [
  ['summary', 'Summary', 'What happened, in a few sentences'],
  ['impact', 'Impact', 'Who was affected, how badly and for how long'],
  ['rootCause', 'Root cause', 'Why it happened'],
  ['contributingFactors', 'Contributing factors', 'What made it worse or slower to fix'],
] as const;

type SectionKey = (typeof SECTIONS)[number][0];
type Draft = Record<SectionKey, string> & { timeline: { key: string; at: string; text: string }[] };

function newest(
  a: PostmortemFieldsFragment | null,
  b: PostmortemFieldsFragment | null,
): PostmortemFieldsFragment | null {
  if (!a || !b) return a ?? b;
  return String(b.updatedAt) > String(a.updatedAt) ? b : a;
}

function draftOf(p: PostmortemFieldsFragment): Draft {
  return {
    summary: p.summary,
    impact: p.impact,
    rootCause: p.rootCause,
    contributingFactors: p.contributingFactors,
    timeline: p.timeline.map((e) => ({
      key: crypto.randomUUID(),
      at: toLocalInput(String(e.at)),
      text: e.text,
    })),
  };
}

/**
 * The incident's postmortem: start it from the template, write it, publish it. Closing a SEV1–SEV3
 * incident needs it published.
 */
export function PostmortemCard({
  incidentId,
  version,
  canEdit,
}: {
  incidentId: string;
  /** Changes when the incident changes, so the postmortem is read again. */
  version: string;
  canEdit: boolean;
}) {
  const [query, reload] = useQueryOf(IncidentPostmortemQuery, incidentId, version);
  const [{ fetching: starting, error: startError }, start] = useMutation(StartPostmortemMutation);
  // What the last change answered: shown at once, and never replaced by an older read.
  const [latest, setLatest] = useState<PostmortemFieldsFragment | null>(null);
  const changed = (saved: PostmortemFieldsFragment | null | undefined) => {
    if (saved) setLatest(saved);
    reload();
  };

  const incident = query.data?.incident;
  const postmortem = newest(incident?.postmortem ?? null, latest);
  const required = incident ? incident.severity !== 'SEV4' : true;

  return (
    <Paper withBorder radius="md" p="md" data-testid="postmortem">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Postmortem</Title>
        {postmortem ? (
          <Badge color={postmortem.status === 'PUBLISHED' ? 'green' : 'gray'} variant="light">
            {postmortem.status === 'PUBLISHED' ? 'Published' : 'Draft'}
          </Badge>
        ) : null}
      </Group>
      {!postmortem ? (
        <Stack gap="sm" align="flex-start">
          <Text size="sm" c="dimmed">
            {required
              ? 'Closing this incident needs a published postmortem.'
              : 'A SEV4 incident can close without a postmortem; once started, it must be published.'}
          </Text>
          {canEdit ? (
            <Button
              loading={starting}
              onClick={async () => {
                const result = await start({ input: { incidentId } });
                if (!result.error) changed(result.data?.startPostmortem.postmortem);
              }}
            >
              Start postmortem
            </Button>
          ) : null}
          {startError ? (
            <Text size="sm" c="red" role="alert">
              {errorMessage(startError)}
            </Text>
          ) : null}
        </Stack>
      ) : postmortem.status === 'PUBLISHED' ? (
        <PublishedPostmortem postmortem={postmortem} canEdit={canEdit} onChanged={changed} />
      ) : (
        <PostmortemEditor
          key={postmortem.incidentId}
          postmortem={postmortem}
          canEdit={canEdit}
          onChanged={changed}
        />
      )}
    </Paper>
  );
}

/** What the parts of the card get: the postmortem, and what to call when a change saved it. */
interface PartProps {
  postmortem: PostmortemFieldsFragment;
  canEdit: boolean;
  onChanged: (saved: PostmortemFieldsFragment | null | undefined) => void;
}

/** The postmortem's action items under their divider; removing one is for a draft only. */
function PostmortemActionItems({
  postmortem,
  canEdit,
  canRemove = false,
  onChanged,
}: PartProps & { canRemove?: boolean }) {
  return (
    <>
      <Divider label="Action items" labelPosition="left" />
      <ActionItems
        incidentId={postmortem.incidentId}
        items={postmortem.actionItems}
        canEdit={canEdit}
        canRemove={canRemove}
        onChanged={onChanged}
      />
    </>
  );
}

function PublishedPostmortem({ postmortem, canEdit, onChanged }: PartProps) {
  return (
    <Stack gap="sm">
      {postmortem.publishedAt ? (
        <Text size="xs" c="dimmed">
          Published {formatDateTime(postmortem.publishedAt)} by {postmortem.publishedBy}
        </Text>
      ) : null}
      {SECTIONS.map(([key, label]) => (
        <div key={key}>
          <DetailLabel>{label}</DetailLabel>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {postmortem[key] || '—'}
          </Text>
        </div>
      ))}
      <div>
        <DetailLabel>Timeline</DetailLabel>
        <Stack gap={2}>
          {postmortem.timeline.map((e) => (
            <Text key={`${String(e.at)}-${e.text}`} size="sm">
              <Text span c="dimmed" size="xs">
                {formatDateTime(e.at)}
              </Text>{' '}
              {e.text}
            </Text>
          ))}
        </Stack>
      </div>
      <PostmortemActionItems postmortem={postmortem} canEdit={canEdit} onChanged={onChanged} />
    </Stack>
  );
}

function PostmortemEditor({ postmortem, canEdit, onChanged }: PartProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(postmortem));
  const [saved, setSaved] = useState(false);
  const setEntry = (index: number, change: Partial<Draft['timeline'][number]>) => {
    setDraft((d) => ({
      ...d,
      timeline: d.timeline.map((e, j) => (j === index ? { ...e, ...change } : e)),
    }));
    setSaved(false);
  };
  const [{ fetching: saving, error: saveError }, update] = useMutation(UpdatePostmortemMutation);
  const [{ fetching: publishing, error: publishError }, publish] =
    useMutation(PublishPostmortemMutation);
  const fields = fieldErrorsByPath(publishError ?? saveError);

  const save = async () => {
    const timeline = draft.timeline
      .map((e) => ({ at: fromLocalInput(e.at), text: e.text.trim() }))
      .filter((e): e is { at: string; text: string } => e.at !== null && e.text !== '');
    const result = await update({
      input: {
        incidentId: postmortem.incidentId,
        summary: draft.summary,
        impact: draft.impact,
        rootCause: draft.rootCause,
        contributingFactors: draft.contributingFactors,
        timeline,
      },
    });
    setSaved(!result.error);
    return !result.error;
  };

  return (
    // Not a form: the action items have a form of their own, and forms do not nest.
    <section aria-label="Postmortem draft">
      <Stack gap="sm">
        {SECTIONS.map(([key, label, placeholder]) => (
          <Textarea
            key={key}
            label={label}
            placeholder={placeholder}
            rows={3}
            readOnly={!canEdit}
            value={draft[key]}
            error={fields[`postmortem.${key}`]}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setDraft((d) => ({ ...d, [key]: value }));
              setSaved(false);
            }}
          />
        ))}
        <div>
          <Text size="sm" fw={500} mb={4}>
            Timeline
          </Text>
          <Stack gap={6} data-testid="postmortem-timeline">
            {draft.timeline.map((entry, i) => (
              <Group key={entry.key} gap="xs" wrap="nowrap" align="center">
                <TextInput
                  type="datetime-local"
                  step={1}
                  aria-label={`Time of entry ${i + 1}`}
                  w={200}
                  size="xs"
                  value={entry.at}
                  readOnly={!canEdit}
                  onChange={(event) => setEntry(i, { at: event.currentTarget.value })}
                />
                <TextInput
                  aria-label={`Entry ${i + 1}`}
                  flex={1}
                  size="xs"
                  value={entry.text}
                  readOnly={!canEdit}
                  onChange={(event) => setEntry(i, { text: event.currentTarget.value })}
                />
                {canEdit ? (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove entry ${i + 1}`}
                    onClick={() => {
                      setDraft((d) => ({ ...d, timeline: d.timeline.filter((_, j) => j !== i) }));
                      setSaved(false);
                    }}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                ) : null}
              </Group>
            ))}
          </Stack>
          {canEdit ? (
            <Button
              variant="subtle"
              size="xs"
              mt={4}
              onClick={() =>
                setDraft((d) => ({
                  ...d,
                  timeline: [
                    ...d.timeline,
                    {
                      key: crypto.randomUUID(),
                      at: toLocalInput(new Date().toISOString()),
                      text: '',
                    },
                  ],
                }))
              }
            >
              Add a timeline entry
            </Button>
          ) : null}
        </div>
        <PostmortemActionItems
          postmortem={postmortem}
          canEdit={canEdit}
          canRemove={canEdit}
          onChanged={onChanged}
        />
        {publishError || saveError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(publishError ?? saveError)}
          </Alert>
        ) : null}
        {canEdit ? (
          <Group justify="flex-end">
            {saved ? (
              <Text size="sm" c="dimmed">
                Saved
              </Text>
            ) : null}
            <Button variant="default" loading={saving} onClick={() => void save()}>
              Save draft
            </Button>
            <Button
              loading={publishing}
              onClick={async () => {
                if (!(await save())) return;
                const result = await publish({ input: { incidentId: postmortem.incidentId } });
                if (!result.error) onChanged(result.data?.publishPostmortem.postmortem);
              }}
            >
              Publish
            </Button>
          </Group>
        ) : null}
      </Stack>
    </section>
  );
}
