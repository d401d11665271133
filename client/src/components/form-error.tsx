import { errorMessage } from '../api/api-fetch';

/** Why the server refused a form's action, in its own words; nothing while it has not. */
export function FormError({ error }: { error: unknown }) {
  if (error == null) return null;
  return (
    <p role="alert" className="form-error">
      {errorMessage(error)}
    </p>
  );
}
