import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { signIn } from '@/lib/api';
import { fetchMe, homeOf, meKey, useMe } from '@/lib/auth';
import { registerMessages } from '@/lib/i18n';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import messages from './locales';

registerMessages('auth', messages);

interface Credentials {
  username: string;
  password: string;
}

export default function SignInPage() {
  const { t } = useTranslation('auth');
  const me = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;

  if (me.data) {
    return <Navigate to={from ?? homeOf(me.data.role)} replace />;
  }

  const onFinish = async ({ username, password }: Credentials) => {
    setBusy(true);
    setFailed(false);
    try {
      if (!(await signIn(username.trim(), password))) {
        setFailed(true);
        return;
      }
      const account = await client.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 0 });
      if (account) navigate(from ?? homeOf(account.role), { replace: true });
      else setFailed(true);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex component="main" justify="center" align="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Typography.Text strong style={{ color: '#b71c1c', fontSize: 18 }}>
            danvan
          </Typography.Text>
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        {params.get('expired') && !failed ? <Alert type="info" showIcon title={t('expired')} style={{ marginBottom: 16 }} /> : null}
        {failed ? <Alert type="error" showIcon title={t('failed')} role="alert" style={{ marginBottom: 16 }} /> : null}
        <Form<Credentials> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={busy}>
          <Form.Item
            label={t('username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('required', { field: t('username').toLowerCase() }) }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('password')}
            name="password"
            rules={[{ required: true, message: t('required', { field: t('password').toLowerCase() }) }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
