import { Suspense, useMemo, useState } from 'react';
import { App as AntApp, Avatar, Button, Drawer, Dropdown, Flex, Grid, Layout, Menu, Skeleton, Typography } from 'antd';
import type { MenuProps } from 'antd';
import {
  ApiOutlined,
  BarChartOutlined,
  BulbOutlined,
  FormOutlined,
  SolutionOutlined,
  AuditOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileTextOutlined,
  HomeOutlined,
  LogoutOutlined,
  MenuOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { type Me, type Role, useSignOut } from '@/lib/auth';
import { LanguageSwitch } from '@/components/LanguageSwitch';

interface NavItem {
  path: string;
  labelKey: string;
  icon: React.ReactNode;
  roles: Role[];
}

/** The menu: what each role works with, nothing it may not open. */
export const NAV: NavItem[] = [
  { path: '/overview', labelKey: 'nav.overview', icon: <DashboardOutlined />, roles: ['LEADER', 'COORDINATOR', 'ADMIN'] },
  { path: '/plans', labelKey: 'nav.plans', icon: <FileTextOutlined />, roles: ['COORDINATOR', 'LEADER', 'ADMIN'] },
  { path: '/reviews', labelKey: 'nav.reviews', icon: <AuditOutlined />, roles: ['COORDINATOR'] },
  { path: '/assessments', labelKey: 'nav.assessments', icon: <SolutionOutlined />, roles: ['COORDINATOR'] },
  { path: '/ratings', labelKey: 'nav.ratings', icon: <BarChartOutlined />, roles: ['LEADER', 'COORDINATOR', 'ADMIN'] },
  { path: '/my-unit', labelKey: 'nav.myUnit', icon: <HomeOutlined />, roles: ['REPORTER'] },
  { path: '/my-unit/assessments', labelKey: 'nav.selfAssessment', icon: <FormOutlined />, roles: ['REPORTER'] },
  { path: '/models', labelKey: 'nav.models', icon: <BulbOutlined />, roles: ['REPORTER', 'COORDINATOR', 'LEADER', 'ADMIN'] },
  { path: '/org-units', labelKey: 'nav.orgUnits', icon: <ClusterOutlined />, roles: ['ADMIN', 'COORDINATOR'] },
  { path: '/accounts', labelKey: 'nav.accounts', icon: <TeamOutlined />, roles: ['ADMIN'] },
  { path: '/api-tokens', labelKey: 'nav.apiTokens', icon: <ApiOutlined />, roles: ['ADMIN'] },
];

export function navFor(role: Role): NavItem[] {
  return NAV.filter((item) => item.roles.includes(role));
}

/** The menu entry of a page: the longest path the address starts with (`/my-unit/assessments/1` is not `/my-unit`). */
export function selectedNav(pathname: string): string[] {
  const matches = NAV.filter((item) => pathname === item.path || pathname.startsWith(`${item.path}/`));
  const longest = matches.sort((a, b) => b.path.length - a.path.length)[0];
  return longest ? [longest.path] : [];
}

/** The signed-in shell, its own chunk: the sign-in page does not wait for it. */
export default function AppLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const items = useMemo<MenuProps['items']>(
    () =>
      navFor(me.role).map((item) => ({
        key: item.path,
        icon: item.icon,
        label: <Link to={item.path}>{t(item.labelKey)}</Link>,
      })),
    [me.role, t],
  );
  const selected = selectedNav(location.pathname);

  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected}
      onClick={() => setDrawerOpen(false)}
      style={{ borderInlineEnd: 0 }}
    />
  );

  const onSignOut = async () => {
    await signOut();
    navigate('/signin', { replace: true });
  };

  return (
    <AntApp>
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: wide ? 24 : 12,
          background: '#ffffff',
          borderBottom: '1px solid #f0f0f0',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {!wide ? (
          <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.menu')} onClick={() => setDrawerOpen(true)} />
        ) : null}
        <Link to="/" style={{ display: 'flex', alignItems: 'baseline', gap: 8, minWidth: 0 }}>
          <Typography.Text strong style={{ color: '#b71c1c', fontSize: 20 }}>
            {t('app.name')}
          </Typography.Text>
          {wide ? <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text> : null}
        </Link>
        <Flex flex={1} justify="flex-end" align="center" gap={12} style={{ minWidth: 0 }}>
          {wide && me.unitName ? (
            <Typography.Text ellipsis style={{ maxWidth: 320 }} data-testid="account-unit">
              {me.unitName}
            </Typography.Text>
          ) : null}
          <LanguageSwitch />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                {
                  key: 'who',
                  disabled: true,
                  label: (
                    <div>
                      <div>
                        <strong>{me.displayName}</strong> ({me.username})
                      </div>
                      <div>{t(`role.${me.role}`)}</div>
                      {me.unitName ? <div>{me.unitName}</div> : null}
                    </div>
                  ),
                },
                { type: 'divider' },
                { key: 'signout', icon: <LogoutOutlined />, label: t('action.signOut'), onClick: () => void onSignOut() },
              ],
            }}
          >
            <Button type="text" aria-label={`${t('account.signedInAs')} ${me.displayName}`} style={{ paddingInline: 4 }}>
              <Avatar size="small" icon={<UserOutlined />} style={{ background: '#b71c1c' }} />
              {wide ? <span style={{ marginInlineStart: 8 }}>{me.displayName}</span> : null}
            </Button>
          </Dropdown>
        </Flex>
      </Layout.Header>
      <Layout>
        {wide ? (
          <Layout.Sider width={220} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
            <nav aria-label={t('nav.menu')}>{menu}</nav>
          </Layout.Sider>
        ) : (
          <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} size={260} title={t('app.name')}>
            <nav aria-label={t('nav.menu')}>{menu}</nav>
            {me.unitName ? (
              <Typography.Paragraph type="secondary" style={{ padding: '12px 16px' }}>
                {t('account.unit')}: {me.unitName}
              </Typography.Paragraph>
            ) : null}
          </Drawer>
        )}
        <Layout.Content id="main" tabIndex={-1} style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
    </AntApp>
  );
}
