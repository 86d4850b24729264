import type { Role } from '@meedoen/core';
import type { ReactElement } from 'react';
import type { MessageKey } from './i18n/nl';
import { lazyPage } from './lazy-page';

// Every page is its own chunk, loaded on its first visit (issue 16: initial JavaScript ≤ 250 kB gzip, routes split).
const AgendaPage = lazyPage(() => import('./pages/agenda/AgendaPage'), 'AgendaPage');
const MyAgendaPage = lazyPage(() => import('./pages/agenda/MyAgendaPage'), 'MyAgendaPage');
const OrganisationSettingsPage = lazyPage(() => import('./pages/admin/OrganisationSettingsPage'), 'OrganisationSettingsPage');
const ContractsPage = lazyPage(() => import('./pages/admin/ContractsPage'), 'ContractsPage');
const UsersPage = lazyPage(() => import('./pages/admin/UsersPage'), 'UsersPage');
const ClientRecordPage = lazyPage(() => import('./pages/clients/ClientRecordPage'), 'ClientRecordPage');
const ClientsPage = lazyPage(() => import('./pages/clients/ClientsPage'), 'ClientsPage');
const DayEvaluationPage = lazyPage(() => import('./pages/daginvulling/DayEvaluationPage'), 'DayEvaluationPage');
const GroupsPage = lazyPage(() => import('./pages/daginvulling/GroupsPage'), 'GroupsPage');
const MatchingPage = lazyPage(() => import('./pages/daginvulling/MatchingPage'), 'MatchingPage');
const OfferPage = lazyPage(() => import('./pages/daginvulling/OfferPage'), 'OfferPage');
const RollCallPage = lazyPage(() => import('./pages/daginvulling/RollCallPage'), 'RollCallPage');
const SharedPlanPage = lazyPage(() => import('./pages/daginvulling/SharedPlanPage'), 'SharedPlanPage');
const SocialMapPage = lazyPage(() => import('./pages/daginvulling/SocialMapPage'), 'SocialMapPage');
const AccessLogPage = lazyPage(() => import('./pages/mine/AccessLogPage'), 'AccessLogPage');
const ConsentPage = lazyPage(() => import('./pages/mine/ConsentPage'), 'ConsentPage');
const MyPlanPage = lazyPage(() => import('./pages/mine/MyPlanPage'), 'MyPlanPage');
const MyProposalsPage = lazyPage(() => import('./pages/mine/MyProposalsPage'), 'MyProposalsPage');
const RepresentedProposalsPage = lazyPage(() => import('./pages/mine/RepresentedProposalsPage'), 'RepresentedProposalsPage');
const RelativePage = lazyPage(() => import('./pages/mine/RelativePage'), 'RelativePage');
const DeclarationsPage = lazyPage(() => import('./pages/financing/DeclarationsPage'), 'DeclarationsPage');
const InstrumentsPage = lazyPage(() => import('./pages/measurement/InstrumentsPage'), 'InstrumentsPage');
const MyQuestionnairesPage = lazyPage(() => import('./pages/measurement/MyQuestionnairesPage'), 'MyQuestionnairesPage');
const OutcomesPage = lazyPage(() => import('./pages/measurement/OutcomesPage'), 'OutcomesPage');
const AuditSearchPage = lazyPage(() => import('./pages/privacy/AuditSearchPage'), 'AuditSearchPage');
const BreakGlassReviewPage = lazyPage(() => import('./pages/privacy/BreakGlassReviewPage'), 'BreakGlassReviewPage');
const ConsentOverviewPage = lazyPage(() => import('./pages/privacy/ConsentOverviewPage'), 'ConsentOverviewPage');
const MunicipalOverviewPage = lazyPage(() => import('./pages/municipal/MunicipalOverviewPage'), 'MunicipalOverviewPage');
const ReportsPage = lazyPage(() => import('./pages/municipal/ReportsPage'), 'ReportsPage');
const StartPage = lazyPage(() => import('./pages/start/StartPage'), 'StartPage');
const MdoPage = lazyPage(() => import('./pages/treatment/MdoPage'), 'MdoPage');
const ReferralPage = lazyPage(() => import('./pages/treatment/ReferralPage'), 'ReferralPage');
const TrajectoryPage = lazyPage(() => import('./pages/treatment/TrajectoryPage'), 'TrajectoryPage');
const TimelinePage = lazyPage(() => import('./pages/clients/TimelinePage'), 'TimelinePage');
const NoteSearchPage = lazyPage(() => import('./pages/worklist/NoteSearchPage'), 'NoteSearchPage');

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
  {
    path: '/voorstellen-naaste',
    context: 'mijn',
    labelKey: 'nav.representedProposals',
    element: <RepresentedProposalsPage />,
    roles: ['naaste'],
  },
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
    path: '/clienten/:clientId/plan',
    context: 'clienten',
    labelKey: 'nav.sharedPlan',
    element: <SharedPlanPage />,
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
    // The werkbegeleider keeps presence on the work floor where the person shares it (003 L1805-1807, L1912-1915).
    roles: ['activiteitenbegeleider', 'zorgcoordinator', 'trajectbegeleider', 'werkbegeleider'],
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
    path: '/privacy/toestemmingen',
    context: 'privacy',
    labelKey: 'nav.consentOverview',
    element: <ConsentOverviewPage />,
    // The holder of consents.overview (core access/permissions.ts).
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
    path: '/beheer/contracten',
    context: 'beheer',
    labelKey: 'nav.contracts',
    element: <ContractsPage />,
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
