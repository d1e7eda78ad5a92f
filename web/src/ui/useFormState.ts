import type { CombinedError } from '@urql/core';
import { type ChangeEvent, type FormEvent, useCallback, useMemo, useState } from 'react';
import { errorMessage, fieldErrors } from './graphqlError';

export type FormValues = Record<string, string>;
export type FormErrors<T extends FormValues> = Partial<Record<keyof T & string, string>>;

/**
 * Form state with validation as you type: a field's error shows once the field has been
 * edited (or after a submit attempt), and a server error for a field clears when it changes.
 */
export function useFormState<T extends FormValues>(
  initialValues: T,
  validate: (values: T) => FormErrors<T>,
) {
  const [values, setValues] = useState<T>(initialValues);
  const [dirty, setDirty] = useState<Partial<Record<keyof T, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrorsState] = useState<Record<string, string>>({});

  const clientErrors = useMemo(() => validate(values), [validate, values]);
  const isValid = Object.values(clientErrors).every((message) => !message);

  const setValue = useCallback((field: keyof T & string, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setDirty((current) => ({ ...current, [field]: true }));
    setServerErrorsState((current) => {
      if (!(field in current)) return current;
      const { [field]: _removed, ...rest } = current;
      return rest;
    });
  }, []);

  const errorFor = (field: keyof T & string): string | undefined => {
    const server = serverErrors[field];
    if (server) return server;
    if (submitted || dirty[field]) return clientErrors[field];
    return undefined;
  };

  /** For a TextInput, PasswordInput or Textarea. */
  const inputProps = (field: keyof T & string) => ({
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValue(field, event.currentTarget.value),
    error: errorFor(field),
  });

  /** For a Select: nothing chosen shows its placeholder. */
  const selectProps = (field: keyof T & string) => ({
    value: values[field] || null,
    onChange: (value: string | null) => setValue(field, value ?? ''),
    error: errorFor(field),
  });

  const onSubmit = (handler: (values: T) => void | Promise<void>) => (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!isValid) return;
    void handler(values);
  };

  const reset = useCallback(() => {
    setValues(initialValues);
    setDirty({});
    setSubmitted(false);
    setServerErrorsState({});
  }, [initialValues]);

  return {
    values,
    /** Fields changed since the start (by the person or by code). */
    dirty,
    setValue,
    errorFor,
    inputProps,
    selectProps,
    onSubmit,
    reset,
    isValid,
    setServerErrors: setServerErrorsState,
  };
}

/**
 * {@link useFormState} for a form in a dialog: the message that belongs to no field, closing
 * (which forgets what was typed) and showing a failed mutation's errors where they belong.
 */
export function useFormDialog<T extends FormValues>(
  initialValues: T,
  validate: (values: T) => FormErrors<T>,
  onClose: () => void,
) {
  const form = useFormState(initialValues, validate);
  const [formError, setFormError] = useState<string | null>(null);
  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };
  /** Field errors at their fields; anything else, or `fields` given, as the form's message. */
  const showError = (error: CombinedError | undefined, fields = fieldErrors(error)) => {
    form.setServerErrors(fields);
    if (Object.keys(fields).length === 0) setFormError(errorMessage(error));
  };
  /**
   * The form's submit handler: sends the valid values with `send`; a failure shows where it
   * belongs, and what came back goes to `done`.
   */
  const submitWith =
    <D>(
      send: (values: T) => Promise<{ data?: D; error?: CombinedError }>,
      done: (data: D, values: T) => void,
    ) =>
    (event: FormEvent) =>
      form.onSubmit(async (values) => {
        setFormError(null);
        const result = await send(values);
        if (result.error || !result.data) {
          showError(result.error);
          return;
        }
        done(result.data, values);
      })(event);
  /** The props a FormDialog takes: this state, whether it is open, its submit and if it is sending. */
  const dialog = (opened: boolean, onSubmit: (event: FormEvent) => void, busy: boolean) => ({
    onClose: close,
    error: formError,
    opened,
    onSubmit,
    busy,
  });
  return { form, formError, setFormError, close, showError, submitWith, dialog };
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
