import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

export default function Forbidden() {
  const { t } = useTranslation();
  return <Result status="403" title="403" subTitle={t('state.forbidden')} />;
}
