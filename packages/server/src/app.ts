import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { installAuthentication } from './access/authenticate.js';
import { registerAccountRoutes } from './access/account-routes.js';
import { registerAuditRoutes } from './access/audit-routes.js';
import { registerBreakGlassRoutes } from './access/break-glass-routes.js';
import { registerCareNetworkRoutes } from './access/care-network-routes.js';
import { registerConsentCandidateRoutes } from './access/consent-candidate-routes.js';
import { registerConsentOverviewRoutes } from './access/consent-overview-routes.js';
import { registerInvitationRoutes } from './access/invitation-routes.js';
import { MeSchema } from './access/me-schema.js';
import { useConfiguredAuditSigning } from './access/audit-checkpoints.js';
import { installRequestAudit } from './access/request-audit.js';
import { installRouteAccess, type DeclaredRoute } from './access/route-access.js';
import { SecretBox } from './access/secret-box.js';
import { registerSessionRoutes } from './access/session-routes.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { registerExportRoutes } from './fhir/export-routes.js';
import { fhirProblemFormat } from './fhir/fhir-http.js';
import { registerFhirRoutes } from './fhir/fhir-routes.js';
import { registerHealthRoutes } from './health/health-routes.js';
import { installSecurityHeaders } from './http/security-headers.js';
import { TrajectoryView } from './treatment/trajectory-schemas.js';
import { registerActivityRoutes } from './daginvulling/activity-routes.js';
import { registerAttendanceRoutes } from './daginvulling/attendance-routes.js';
import { registerContactMomentRoutes } from './daginvulling/contact-moment-routes.js';
import { registerMatchingRoutes } from './daginvulling/matching-routes.js';
import { registerProposalRoutes } from './daginvulling/proposal-routes.js';
import { registerMunicipalOverviewRoutes } from './daginvulling/municipal-overview-routes.js';
import { registerOfferRoutes } from './daginvulling/offer-routes.js';
import { registerParticipationRoutes } from './daginvulling/participation-routes.js';
import { registerDeclarationRoutes } from './financing/declaration-routes.js';
import { registerFinancingRoutes } from './financing/financing-routes.js';
import { registerParameterSetRoutes } from './financing/parameter-set-routes.js';
import { registerAllocationRoutes } from './financing/allocation-routes.js';
import { registerErgotherapiePreviewRoute } from './financing/ergotherapie-preview-route.js';
import { registerFundingRoutes } from './financing/funding-routes.js';
import { registerPortfolioRoutes } from './daginvulling/portfolio-routes.js';
import { registerClosingReportRoutes } from './treatment/closing-report-routes.js';
import { registerGroupRoutes } from './treatment/group-routes.js';
import { registerInstrumentRoutes } from './measurement/instrument-routes.js';
import { registerMeasurementRoutes } from './measurement/measurement-routes.js';
import { registerMeasurementOverviewRoutes } from './measurement/overview-routes.js';
import { registerTrajectoryRoutes } from './treatment/trajectory-routes.js';
import { registerClientRoutes } from './people/client-routes.js';
import { registerOrganisationRoutes } from './people/organisation-routes.js';
import { registerProfessionalRoutes } from './people/professional-routes.js';
import { registerRegistrationRoutes } from './people/registration-routes.js';
import { registerUserAdminRoutes } from './people/user-admin-routes.js';
import { answerConnectionError } from './http/connection-errors.js';
import { installErrorHandling, sendProblem } from './http/error-handler.js';
import { registerReportRoutes } from './reports/report-routes.js';
import { installOpenApi, registerOpenApiRoute } from './http/openapi.js';
import { ProblemError, ProblemSchema } from './errors/problem.js';
import { installNulGuard } from './http/request-hardening.js';
import { installValidation } from './http/validation.js';
import { installWebApp } from './http/web-static.js';
import { registerAgendaRoutes } from './agenda/agenda-routes.js';
import { registerFeedRoutes } from './agenda/feed-routes.js';
import { installNotificationMail, type MailTransport } from './worklist/notification-store.js';
import { registerNoteSearchRoutes } from './worklist/note-search-routes.js';
import { registerNotificationRoutes } from './worklist/notification-routes.js';
import { registerTimelineRoutes } from './worklist/timeline-routes.js';
import { registerWorklistRoutes } from './worklist/worklist-routes.js';
import { defineBackgroundTasks } from './background-tasks.js';
import { createJobService, type JobService } from './jobs/job-service.js';
import { registerJobRoutes } from './jobs/job-routes.js';

const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface AppOptions {
  config: Config;
  db: Database;
  /** Tests pass false to keep output quiet. */
  logger?: boolean;
  /** Where "you have a message" mails go; without one, none is sent (Meedoen builds no mail server). */
  mailTransport?: MailTransport;
  /**
   * The background job service (startServer gives a started one). Without it the app makes one that runs nothing until
   * asked (`runDueJobs`: tests); `jobTaskName` then names its graphile-worker task (see JobServiceOptions.taskName).
   */
  jobs?: JobService;
  jobTaskName?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route with its access declaration (for the authorisation matrix test and the docs). */
    declaredRoutes: DeclaredRoute[];
    /** Background jobs: queue in a request's transaction; tests run them with `jobs.runDueJobs()`. */
    jobs: JobService;
  }
}

/** The whole HTTP application, ready for `listen` or `inject`. */
export async function buildApp({
  config,
  db,
  logger = true,
  mailTransport,
  jobs: givenJobs,
  jobTaskName,
}: AppOptions): Promise<FastifyInstance> {
  // The key that seals second-factor secrets; startServer resolves it (MEEDOEN_SECRET_KEY or the key file).
  if (!config.secretKey) throw new Error('no secret key: set MEEDOEN_SECRET_KEY (startServer reads or creates the key file)');
  const box = SecretBox.fromConfig(config.secretKey, config.previousSecretKeys);
  const app = Fastify({
    logger: logger ? { level: config.logLevel, serializers: LOG_SERIALIZERS } : false,
    bodyLimit: config.bodyLimitBytes,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    // A path parameter longer than this matches no route (404); ids are 36 characters.
    routerOptions: { maxParamLength: 200 },
    // A malformed address (bad percent-encoding) answers problem+json like every other refusal.
    frameworkErrors: (error, request, reply) => {
      const code = error.code === 'FST_ERR_BAD_URL' ? 'request.bad_url' : 'request.invalid';
      void sendProblem(reply, request, code);
    },
    clientErrorHandler: answerConnectionError,
  });
  app.addHook('onRequest', async (request) => {
    if (Buffer.byteLength(request.url) > config.maxUrlBytes) throw new ProblemError('request.url_too_long');
  });
  installNulGuard(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // API answers carry personal data: no browser or proxy may keep a copy (also errors). Static assets may.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  installErrorHandling(app, [fhirProblemFormat]);
  installValidation(app, [ProblemSchema, MeSchema, TrajectoryView]);
  installSecurityHeaders(app, {
    tileOrigin: config.mapTileUrl ? tileOrigin(config.mapTileUrl) : undefined,
    strictTransportSecurity: config.cookieSecure !== false,
  });
  await app.register(cookie);
  installAuthentication(app, db, { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours });
  const declaredRoutes: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declaredRoutes);
  installRouteAccess(app, declaredRoutes);
  installRequestAudit(app, db);
  installNotificationMail(app, mailTransport);
  const jobs =
    givenJobs ??
    createJobService(db, {
      concurrency: config.jobsConcurrency,
      staleMinutes: config.jobStaleMinutes,
      ...(jobTaskName ? { taskName: jobTaskName } : {}),
      log: (level, message) => app.log[level](message),
    });
  defineBackgroundTasks(jobs, config);
  app.decorate('jobs', jobs);
  // Closing the app waits for the jobs running in this instance (the others stay queued for another).
  app.addHook('onClose', () => jobs.stop());
  useConfiguredAuditSigning(config);
  await installOpenApi(app);
  app.addSchema(MeSchema);
  app.addSchema(TrajectoryView);

  registerHealthRoutes(app, db);
  registerSessionRoutes(app, db, config, box);
  registerAccountRoutes(app, db, config, box);
  registerInvitationRoutes(app, db, config, box);
  registerClientRoutes(app, db);
  registerProfessionalRoutes(app, db);
  registerUserAdminRoutes(app, db, config);
  registerOrganisationRoutes(app, db);
  registerRegistrationRoutes(app, db);
  registerCareNetworkRoutes(app, db);
  registerConsentCandidateRoutes(app, db);
  registerBreakGlassRoutes(app, db, config);
  registerAuditRoutes(app, db);
  registerConsentOverviewRoutes(app, db);
  registerTrajectoryRoutes(app, db, config);
  registerClosingReportRoutes(app, db);
  registerGroupRoutes(app, db, config);
  registerInstrumentRoutes(app, db);
  registerMeasurementRoutes(app, db);
  registerMeasurementOverviewRoutes(app, db);
  registerOfferRoutes(app, db, config);
  registerActivityRoutes(app, db);
  registerAttendanceRoutes(app, db);
  registerContactMomentRoutes(app, db);
  registerParticipationRoutes(app, db);
  registerFinancingRoutes(app, db);
  registerParameterSetRoutes(app, db);
  registerAllocationRoutes(app, db);
  registerErgotherapiePreviewRoute(app, db);
  registerFundingRoutes(app, db);
  registerDeclarationRoutes(app, db, jobs);
  registerPortfolioRoutes(app, db, config);
  registerMatchingRoutes(app, db, config);
  registerProposalRoutes(app, db);
  registerFhirRoutes(app, db, config);
  registerExportRoutes(app, db, jobs);
  registerMunicipalOverviewRoutes(app, db, config);
  registerReportRoutes(app, db);
  registerAgendaRoutes(app, db);
  registerFeedRoutes(app, db);
  registerTimelineRoutes(app, db);
  registerNoteSearchRoutes(app, db);
  registerWorklistRoutes(app, db, config);
  registerNotificationRoutes(app, db);
  registerJobRoutes(app, db);
  registerOpenApiRoute(app);

  await installWebApp(app, config.webDir ?? DEFAULT_WEB_DIR);
  return app;
}

/** Log what a request was, never who it was about: no query strings, bodies, cookies or IP addresses. */
const LOG_SERIALIZERS = {
  req: (request: { method: string; url: string }) => ({ method: request.method, path: request.url.split('?')[0] }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
};

/** The origin of a tile URL template (`https://{s}.tile.example/{z}/{x}/{y}.png` → `https://*.tile.example`). */
function tileOrigin(template: string): string {
  const origin = /^(https?:\/\/[^/]+)/.exec(template)?.[1] ?? template;
  return origin.replace('{s}', '*');
}
