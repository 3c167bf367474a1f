import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('state.notFound')}
      subTitle={t('state.notFoundDetail')}
      extra={
        <Link to="/">
          <Button type="primary">{t('state.home')}</Button>
        </Link>
      }
    />
  );
}
