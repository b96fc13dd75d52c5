/** The translated problems of one field, announced when they appear. Give its id to aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {messages.join('; ')}
    </p>
  );
}
