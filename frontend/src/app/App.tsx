import { useEffect, useState } from 'react';
import { ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { setUnauthorizedHandler } from '@/lib/api';
import { meKey } from '@/lib/auth';
import { ProblemError } from '@/lib/problem';
import { createRouter } from './routes';
import { theme } from './theme';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: true,
        // a 4xx will not get better by asking again
        retry: (count, error) => !(error instanceof ProblemError && error.status < 500) && count < 2,
      },
    },
  });
}

export function App() {
  const { i18n } = useTranslation();
  const [client] = useState(createQueryClient);
  const [router] = useState(createRouter);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      client.setQueryData(meKey, null);
      void router.navigate('/signin?expired=1', { state: { from: window.location.pathname + window.location.search } });
    });
  }, [client, router]);

  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={theme}>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ConfigProvider>
  );
}
