import { lazy, Suspense, type ReactNode } from 'react';
import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { homeOf, type Role, useMe } from '@/lib/auth';
import { ErrorAlert } from '@/components/QueryState';

const AppLayout = lazy(() => import('./AppLayout'));
const Forbidden = lazy(() => import('./Forbidden'));

function FullPageSpin() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" description={t('state.loading')} />
    </Flex>
  );
}

/** Everything but the sign-in page: the layout for a signed-in account, else the sign-in page. */
export function RequireSignIn() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    return (
      <div style={{ padding: 24 }}>
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  if (!me.data) {
    return <Navigate to="/signin" replace state={{ from: location.pathname + location.search }} />;
  }
  return (
    <Suspense fallback={<FullPageSpin />}>
      <AppLayout me={me.data} />
    </Suspense>
  );
}

interface RequireRoleProps {
  roles: Role[];
  /** Instead of children, send the account to where its role starts. */
  home?: boolean;
  children?: ReactNode;
}

export function RequireRole({ roles, home, children }: RequireRoleProps) {
  const me = useMe();
  if (!me.data) return null;
  if (home) return <Navigate to={homeOf(me.data.role)} replace />;
  if (!roles.includes(me.data.role)) {
    return <Forbidden />;
  }
  return <>{children}</>;
}
