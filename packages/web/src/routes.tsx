import type { Role } from '@meedoen/core';
import type { ReactElement } from 'react';
import type { MessageKey } from './i18n/nl';
import { AgendaPage } from './pages/agenda/AgendaPage';
import { MyAgendaPage } from './pages/agenda/MyAgendaPage';
import { OrganisationSettingsPage } from './pages/admin/OrganisationSettingsPage';
import { UsersPage } from './pages/admin/UsersPage';
import { ClientRecordPage } from './pages/clients/ClientRecordPage';
import { ClientsPage } from './pages/clients/ClientsPage';
import { DayEvaluationPage } from './pages/daginvulling/DayEvaluationPage';
import { GroupsPage } from './pages/daginvulling/GroupsPage';
import { MatchingPage } from './pages/daginvulling/MatchingPage';
import { OfferPage } from './pages/daginvulling/OfferPage';
import { RollCallPage } from './pages/daginvulling/RollCallPage';
import { SocialMapPage } from './pages/daginvulling/SocialMapPage';
import { AccessLogPage } from './pages/mine/AccessLogPage';
import { ConsentPage } from './pages/mine/ConsentPage';
import { MyPlanPage } from './pages/mine/MyPlanPage';
import { MyProposalsPage } from './pages/mine/MyProposalsPage';
import { RelativePage } from './pages/mine/RelativePage';
import { DeclarationsPage } from './pages/financing/DeclarationsPage';
import { InstrumentsPage } from './pages/measurement/InstrumentsPage';
import { MyQuestionnairesPage } from './pages/measurement/MyQuestionnairesPage';
import { OutcomesPage } from './pages/measurement/OutcomesPage';
import { AuditSearchPage } from './pages/privacy/AuditSearchPage';
import { BreakGlassReviewPage } from './pages/privacy/BreakGlassReviewPage';
import { MunicipalOverviewPage } from './pages/municipal/MunicipalOverviewPage';
import { ReportsPage } from './pages/municipal/ReportsPage';
import { StartPage } from './pages/start/StartPage';
import { MdoPage } from './pages/treatment/MdoPage';
import { ReferralPage } from './pages/treatment/ReferralPage';
import { TrajectoryPage } from './pages/treatment/TrajectoryPage';
import { TimelinePage } from './pages/clients/TimelinePage';
import { NoteSearchPage } from './pages/worklist/NoteSearchPage';

/** Navigation groups, in the order the menu shows them; one per context of the product. */
export const NAV_CONTEXTS = [
  'start',
  'mijn',
  'clienten',
  'behandeling',
  'daginvulling',
  'financiering',
  'rapportages',
  'privacy',
  'beheer',
] as const;
export type NavContext = (typeof NAV_CONTEXTS)[number];

export interface AppRoute {
  path: string;
  context: NavContext;
  labelKey: MessageKey;
  element: ReactElement;
  /** Roles that see this page in their menu; undefined = everyone signed in. */
  roles?: readonly Role[];
  /** Reached from another page, not from the menu. */
  hidden?: boolean;
}

const PROFESSIONALS: Role[] = [
  'vaktherapeut',
  'ergotherapeut',
  'regiebehandelaar',
  'activiteitenbegeleider',
  'trajectbegeleider',
  'zorgcoordinator',
  'planner',
  'beheerder',
  'werkbegeleider',
];

/** The flat route table of the signed-in app. Each context adds its pages here. */
export const APP_ROUTES: AppRoute[] = [
  { path: '/', context: 'start', labelKey: 'nav.start', element: <StartPage /> },
  {
    path: '/agenda',
    context: 'start',
    labelKey: 'nav.agenda',
    element: <AgendaPage />,
    // The holders of agenda.view (core access/permissions.ts).
    roles: [
      'vaktherapeut',
      'ergotherapeut',
      'regiebehandelaar',
      'activiteitenbegeleider',
      'trajectbegeleider',
      'zorgcoordinator',
      'planner',
      'beheerder',
    ],
  },
  { path: '/mijn-agenda', context: 'mijn', labelKey: 'nav.myAgenda', element: <MyAgendaPage />, roles: ['client'] },
  { path: '/mijn-plan', context: 'mijn', labelKey: 'nav.myPlan', element: <MyPlanPage />, roles: ['client'] },
  {
    path: '/mijn-voorstellen',
    context: 'mijn',
    labelKey: 'nav.myProposals',
    element: <MyProposalsPage />,
    roles: ['client'],
  },
  {
    path: '/mijn-vragenlijsten',
    context: 'mijn',
    labelKey: 'nav.questionnaires',
    element: <MyQuestionnairesPage />,
    roles: ['client'],
  },
  { path: '/meekijken', context: 'mijn', labelKey: 'nav.consent', element: <ConsentPage />, roles: ['client'] },
  { path: '/mijn-naaste', context: 'mijn', labelKey: 'nav.relative', element: <RelativePage />, roles: ['naaste'] },
  { path: '/wie-keek', context: 'mijn', labelKey: 'nav.accessLog', element: <AccessLogPage />, roles: ['client'] },
  { path: '/clienten', context: 'clienten', labelKey: 'nav.clients', element: <ClientsPage />, roles: PROFESSIONALS },
  {
    path: '/clienten/:clientId',
    context: 'clienten',
    labelKey: 'nav.record',
    element: <ClientRecordPage />,
    roles: PROFESSIONALS,
    hidden: true,
  },
  {
    path: '/clienten/:clientId/behandeling/nieuw',
    context: 'clienten',
    labelKey: 'nav.referral',
    element: <ReferralPage />,
    roles: PROFESSIONALS,
    hidden: true,
  },
  {
    path: '/clienten/:clientId/behandeling/:trajectoryId',
    context: 'clienten',
    labelKey: 'nav.trajectory',
    element: <TrajectoryPage />,
    roles: PROFESSIONALS,
    hidden: true,
  },
  {
    path: '/clienten/:clientId/aanbod',
    context: 'clienten',
    labelKey: 'nav.matching',
    element: <MatchingPage />,
    roles: PROFESSIONALS,
    hidden: true,
  },
  {
    path: '/mdo',
    context: 'behandeling',
    labelKey: 'nav.mdo',
    element: <MdoPage />,
    roles: ['vaktherapeut', 'ergotherapeut', 'regiebehandelaar'],
  },
  {
    path: '/clienten/:clientId/evaluatie-daginvulling',
    context: 'clienten',
    labelKey: 'nav.dayEvaluation',
    element: <DayEvaluationPage />,
    roles: PROFESSIONALS,
    hidden: true,
  },
  {
    path: '/meetinstrumenten',
    context: 'behandeling',
    labelKey: 'nav.instruments',
    element: <InstrumentsPage />,
    roles: ['beheerder'],
  },
  {
    path: '/uitkomsten',
    context: 'behandeling',
    labelKey: 'nav.outcomes',
    element: <OutcomesPage />,
    roles: ['beheerder'],
  },
  {
    path: '/sociale-kaart',
    context: 'daginvulling',
    labelKey: 'nav.socialMap',
    element: <SocialMapPage />,
    roles: PROFESSIONALS,
  },
  {
    path: '/sociale-kaart/:offerId',
    context: 'daginvulling',
    labelKey: 'nav.offer',
    element: <OfferPage />,
    roles: PROFESSIONALS,
    hidden: true,
  },
  {
    path: '/groepen',
    context: 'daginvulling',
    labelKey: 'nav.groups',
    element: <GroupsPage />,
    roles: ['activiteitenbegeleider', 'zorgcoordinator', 'trajectbegeleider', 'werkbegeleider', 'planner', 'beheerder'],
  },
  {
    path: '/presentielijst',
    context: 'daginvulling',
    labelKey: 'nav.rollCall',
    element: <RollCallPage />,
    roles: ['activiteitenbegeleider', 'zorgcoordinator', 'trajectbegeleider'],
  },
  {
    path: '/declaraties',
    context: 'financiering',
    labelKey: 'nav.declarations',
    element: <DeclarationsPage />,
    // The holders of declarations.manage (core access/permissions.ts).
    roles: ['planner', 'beheerder'],
  },
  {
    path: '/privacy/logboek',
    context: 'privacy',
    labelKey: 'nav.audit',
    element: <AuditSearchPage />,
    roles: ['privacyfunctionaris'],
  },
  {
    path: '/privacy/noodtoegang',
    context: 'privacy',
    labelKey: 'nav.breakGlassReview',
    element: <BreakGlassReviewPage />,
    roles: ['privacyfunctionaris'],
  },
  {
    path: '/gemeente',
    context: 'daginvulling',
    labelKey: 'nav.municipal',
    element: <MunicipalOverviewPage />,
    roles: ['gemeente'],
  },
  {
    path: '/rapportages',
    context: 'rapportages',
    labelKey: 'nav.reports',
    element: <ReportsPage />,
    roles: ['financier', 'zorgcoordinator', 'beheerder'],
  },
  // The holders of organisation.manage (core access/permissions.ts).
  { path: '/beheer/gebruikers', context: 'beheer', labelKey: 'nav.users', element: <UsersPage />, roles: ['beheerder'] },
  {
    path: '/beheer/organisatie',
    context: 'beheer',
    labelKey: 'nav.organisationSettings',
    element: <OrganisationSettingsPage />,
    roles: ['beheerder'],
  },
  {
    path: '/clienten/:clientId/tijdlijn',
    context: 'clienten',
    labelKey: 'nav.timeline',
    element: <TimelinePage />,
    roles: PROFESSIONALS,
    hidden: true,
  },
  {
    path: '/notities-zoeken',
    context: 'behandeling',
    labelKey: 'nav.noteSearch',
    element: <NoteSearchPage />,
    roles: ['vaktherapeut', 'ergotherapeut', 'regiebehandelaar'],
  },
];

export function navigationFor(roles: readonly Role[]): AppRoute[] {
  return APP_ROUTES.filter((route) => !route.hidden && (!route.roles || route.roles.some((role) => roles.includes(role))));
}
