import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { useMe } from './api/session';
import { AppFrame } from './components/AppFrame';
import { PageBoundary } from './components/PageBoundary';
import { ProblemAlert } from './components/ProblemAlert';
import { INVITATION_PATH, InvitationPage } from './pages/access/InvitationPage';
import { SecondFactorPage } from './pages/access/SecondFactorPage';
import { SignInPage } from './pages/access/SignInPage';
import { APP_ROUTES } from './routes';

export function App() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <Center mih="100vh" p="md">
        <ProblemAlert error={me.error} />
      </Center>
    );
  }
  // An invitation link is opened without a session (the person has no password yet).
  if (window.location.pathname === INVITATION_PATH) return <InvitationPage signedIn={me.data !== null} />;
  if (!me.data) return <SignInPage />;
  if (me.data.stage !== 'active') return <SecondFactorPage me={me.data} />;
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppFrame me={me.data} />}>
          {APP_ROUTES.map((route) => (
            <Route
              key={route.path}
              path={route.path}
              // Keyed per route: a page whose chunk is still loading shows its status at once, also when the router
              // navigates in a transition (which would otherwise keep the previous page on screen meanwhile).
              element={<PageBoundary key={route.path}>{route.element}</PageBoundary>}
            />
          ))}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
