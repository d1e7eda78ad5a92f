import { Divider, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useMutation } from 'urql';
import type { GoldenPromptFieldsFragment } from '../../generated/graphql';
import { FormDialog } from '../../ui/FormDialog';
import { errorMessage, fieldErrorsByPath } from '../../ui/graphqlError';
import { useFormDialog } from '../../ui/useFormState';
import { CreateGoldenPromptMutation, UpdateGoldenPromptMutation } from './goldenPrompts.documents';
import {
  EMPTY_GOLDEN_PROMPT,
  formField,
  type GoldenPromptValues,
  inputOf,
  validateGoldenPrompt,
  valuesOf,
} from './goldenPromptValidation';

interface GoldenPromptModalProps {
  /** The model to add a prompt to; null when closed. */
  modelId: string | null;
  /** The prompt to edit; undefined to add one. */
  editing?: GoldenPromptFieldsFragment | undefined;
  onClose: () => void;
}

/** Adds or edits a golden prompt: what is asked, and what the answer must be like. */
export function GoldenPromptModal({ modelId, editing, onClose }: GoldenPromptModalProps) {
  const { form, setFormError, close, dialog } = useFormDialog(
    EMPTY_GOLDEN_PROMPT,
    validateGoldenPrompt,
    onClose,
  );
  const [{ fetching: creating }, create] = useMutation(CreateGoldenPromptMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateGoldenPromptMutation);
  const opened = modelId !== null;
  const { reset, setValue } = form;

  useEffect(() => {
    if (!opened) return;
    reset();
    setFormError(null);
    if (editing) {
      for (const [field, value] of Object.entries(valuesOf(editing))) {
        setValue(field as keyof GoldenPromptValues, value);
      }
    }
  }, [opened, editing, reset, setValue, setFormError]);

  const submit = form.onSubmit(async (values) => {
    if (!modelId) return;
    setFormError(null);
    const input = inputOf(values, editing);
    const result = editing
      ? await update({ input: { id: editing.id, ...input } })
      : await create({ input: { modelId, ...input } });
    if (result.error || !result.data) {
      const byField: Record<string, string> = {};
      const unplaced: string[] = [];
      for (const [path, message] of Object.entries(fieldErrorsByPath(result.error))) {
        const field = formField(path);
        if (field && !byField[field]) byField[field] = message;
        else if (!field) unplaced.push(`${path}: ${message}`);
      }
      form.setServerErrors(byField);
      if (Object.keys(byField).length === 0 || unplaced.length) {
        setFormError(unplaced.length ? unplaced.join('; ') : errorMessage(result.error));
      }
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} />,
      title: editing ? 'Golden prompt saved' : 'Golden prompt added',
      message: `“${input.name}” is asked of every new release of this model while it is a canary.`,
    });
    close();
  });

  return (
    <FormDialog
      {...dialog(opened, submit, creating || updating)}
      title={editing ? `Edit golden prompt “${editing.name}”` : 'Add golden prompt'}
      formLabel="Golden prompt"
      size="xl"
      submitLabel={editing ? 'Save' : 'Add golden prompt'}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput
          label="Name"
          required
          placeholder="capital of France"
          description="Shown in rollout analysis and the audit log"
          data-autofocus
          autoComplete="off"
          style={{ gridColumn: 'span 2' }}
          {...form.inputProps('name')}
        />
        <TextInput
          label="Max tokens"
          required
          inputMode="numeric"
          description="Asked at temperature 0"
          {...form.inputProps('maxTokens')}
        />
      </SimpleGrid>
      <Textarea
        label="System message"
        description="Optional: sent before the question."
        rows={2}
        {...form.inputProps('system')}
      />
      <Textarea
        label="User message"
        required
        placeholder="What is the capital of France?"
        rows={2}
        {...form.inputProps('user')}
      />
      <Divider
        label="The answer must…"
        labelPosition="left"
        styles={{ label: { fontSize: 'var(--mantine-font-size-sm)' } }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Textarea
          label="Contain"
          description="One text per line, ignoring case"
          placeholder="Paris"
          rows={2}
          {...form.inputProps('contains')}
        />
        <Textarea
          label="Not contain"
          description="One text per line, ignoring case"
          placeholder="As an AI"
          rows={2}
          {...form.inputProps('mustNotContain')}
        />
        <TextInput
          label="Match the regular expression"
          description="JavaScript syntax, case-sensitive; (?i:…) ignores case"
          placeholder="^Paris\b"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          autoComplete="off"
          {...form.inputProps('pattern')}
        />
        <TextInput
          label="Be at most (characters)"
          inputMode="numeric"
          description="Catches a release that starts to ramble"
          placeholder="400"
          {...form.inputProps('maxLength')}
        />
      </SimpleGrid>
      <Textarea
        label="Be JSON valid against the schema"
        description="A JSON schema (draft-07); leave empty when the answer is prose."
        placeholder={'{ "type": "object", "required": ["answer"] }'}
        rows={4}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        {...form.inputProps('jsonSchema')}
      />
      <Text size="xs" c="dimmed">
        Every new release of the model is asked this while it is a canary; answers that break these
        expectations roll the release back.
      </Text>
    </FormDialog>
  );
}
