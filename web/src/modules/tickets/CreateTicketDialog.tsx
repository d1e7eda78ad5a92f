import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { FormDialog } from '../../ui/FormDialog';
import { ticketPath } from '../../ui/humanIds';
import { stateOptions } from '../../ui/stateStyle';
import { type FormErrors, useFormDialog } from '../../ui/useFormState';
import { isPriority, PRIORITY_STYLE } from './ticketStyle';
import { CreateTicketMutation } from './tickets.documents';

const INITIAL = {
  subject: '',
  description: '',
  priority: 'NORMAL',
  name: '',
  email: '',
  organisation: '',
};
type Values = typeof INITIAL;

function validate(values: Values): FormErrors<Values> {
  return {
    subject: values.subject.trim().length < 3 ? 'Say what it is about, in a few words' : undefined,
    description: values.description.trim() ? undefined : 'Describe the request',
    name: values.name.trim() ? undefined : 'Who asked?',
    email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email.trim())
      ? undefined
      : 'An email address to answer',
  };
}

/** Opens a ticket on a customer's behalf (a phone call, a chat). */
export function CreateTicketDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { form, close, submitWith, dialog } = useFormDialog(INITIAL, validate, onClose);
  const [{ fetching }, create] = useMutation(CreateTicketMutation);
  const navigate = useNavigate();

  const submit = submitWith(
    (values) =>
      create({
        input: {
          subject: values.subject.trim(),
          description: values.description.trim(),
          priority: isPriority(values.priority) ? values.priority : 'NORMAL',
          requester: {
            name: values.name.trim(),
            email: values.email.trim(),
            organisation: values.organisation.trim() || null,
          },
        },
      }),
    ({ createTicket: { ticket } }) => {
      notifications.show({ title: `${ticket.reference} opened`, message: ticket.subject });
      close();
      void navigate(ticketPath(ticket));
    },
  );

  return (
    <FormDialog
      {...dialog(opened, submit, fetching)}
      title="New ticket"
      submitLabel="Open ticket"
      errorStyle="plain"
    >
      <TextInput label="Subject" required data-autofocus {...form.inputProps('subject')} />
      <Textarea
        label="Description"
        description="The customer's words: this is the first message of the public conversation."
        required
        rows={4}
        {...form.inputProps('description')}
      />
      <Select
        label="Priority"
        allowDeselect={false}
        data={stateOptions(PRIORITY_STYLE)}
        {...form.selectProps('priority')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Requester" required {...form.inputProps('name')} />
        <TextInput label="Email" required type="email" {...form.inputProps('email')} />
        <TextInput label="Organisation" {...form.inputProps('organisation')} />
      </SimpleGrid>
    </FormDialog>
  );
}
