import type { ApolloError } from '@apollo/client';
import { useI18n, enumKey } from '../i18n/i18n';

/** A failed request: a masked server error shows its request id (to quote to the admin), a network failure says so. */
export const ErrorNote = ({ error }: { error: ApolloError | Error | undefined }) => {
  const { t } = useI18n();
  if (!error) return null;
  const graphQLErrors = 'graphQLErrors' in error ? error.graphQLErrors : [];
  const requestId = graphQLErrors.map((e) => e.extensions?.requestId).find((id): id is string => typeof id === 'string');
  const message = requestId ? t('errorMasked', { requestId }) : graphQLErrors[0]?.message ?? t('errorNetwork');
  return <p role="alert" className="error">{message}</p>;
};

export interface UserErrorLike {
  readonly field?: readonly string[] | null;
  readonly message: string;
  readonly code: string;
}

/** The API's userErrors for one field (or all when `field` is omitted), in Vietnamese by code with the API's message beside it. */
export const FieldErrors = ({ errors, field, id }: { errors: readonly UserErrorLike[]; field?: string; id?: string }) => {
  const { t } = useI18n();
  const mine = errors.filter((e) => (field ? e.field?.includes(field) : true));
  if (mine.length === 0) return null;
  return (
    <ul className="field-errors" id={id} role="alert">
      {mine.map((e, i) => (
        <li key={i}>
          <strong>{t(enumKey('code', e.code))}:</strong> {e.message}
        </li>
      ))}
    </ul>
  );
};

export const Loading = () => {
  const { t } = useI18n();
  return <p role="status" className="muted">{t('loading')}</p>;
};
