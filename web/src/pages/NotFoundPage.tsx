import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';

export const NotFoundPage = () => {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('notFound')}</h1>
      <p><Link to="/">{t('backHome')}</Link></p>
    </section>
  );
};
