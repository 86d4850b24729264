import {
  DISCLOSED_CATEGORIES,
  hasOrgPermission,
  type AccessAction,
  type DataCategory,
  type DisclosureSpec,
  type OrgPermission,
} from '@meedoen/core';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { ProblemError } from '../errors/problem.js';
import type { AuditAction } from './audit-log.js';

/**
 * Every API route declares who may call it. The app refuses to start with an undeclared route, and a
 * client-scoped route that answers without running the access check is turned into an error: no route
 * can forget the mechanism.
 */
export type RouteAccess =
  | { kind: 'public' }
  /** Signed in; the handler shows only the caller's own things (e.g. /me). */
  | { kind: 'signed_in'; allowPendingSecondFactor?: boolean }
  /** An organisation-wide permission, no client data. */
  | { kind: 'permission'; permission: OrgPermission }
  /**
   * One client's data: `withClientAccess` decides and audits. A read of the client's day-activity
   * record declares which disclosable parts its answer holds (`disclosure`): the mechanism refuses or
   * filters for someone who sees it only through the client's consent.
   */
  | {
      kind: 'client';
      category: DataCategory;
      action: AccessAction;
      audit: AuditAction;
      event: string;
      disclosure?: DisclosureSpec;
    }
  /**
   * One client's data of a type made of parts, each of its own category: a FHIR Encounter is a treatment
   * session (health data) or a day-activity attendance, a CarePlan the treatment plan or the participation
   * plan. The handler runs `withClientsAccessAs` once per part it reads, so each part is decided, filtered
   * and audited under its own category; a caller gets the parts they may see and every refusal is recorded.
   */
  | {
      kind: 'client_parts';
      action: 'read';
      audit: AuditAction;
      event: string;
      parts: readonly ClientRoutePart[];
    };

/** One part of a `client_parts` route: its category and, for a category the client discloses, what it shows. */
export interface ClientRoutePart {
  category: DataCategory;
  disclosure?: DisclosureSpec;
}

/** Whether a route reads or writes one client's data (one category, or one per part). */
export function isClientScoped(access: RouteAccess): access is Extract<RouteAccess, { kind: 'client' | 'client_parts' }> {
  return access.kind === 'client' || access.kind === 'client_parts';
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** Set by withClientAccess; a client route that answers without it fails closed. */
    clientAccessChecked: boolean;
  }
}

export interface DeclaredRoute {
  method: string;
  url: string;
  access: RouteAccess;
  /** The route's request and response schemas (for tests that must reach every route). */
  schema?: unknown;
}

export function installRouteAccess(app: FastifyInstance, declared: DeclaredRoute[]): void {
  app.decorateRequest('clientAccessChecked', false);
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${String(route.method)} ${route.url} declares no access (config.access)`);
    for (const method of [route.method].flat()) {
      if (method === 'GET' && access.kind === 'client' && DISCLOSED_CATEGORIES.includes(access.category) && !access.disclosure)
        throw new Error(`route GET ${route.url} reads ${access.category} but declares no disclosure (which parts it shows)`);
      if (access.kind === 'client_parts')
        for (const part of access.parts)
          if (DISCLOSED_CATEGORIES.includes(part.category) && !part.disclosure)
            throw new Error(
              `route ${method} ${route.url} reads ${part.category} but declares no disclosure (which parts it shows)`,
            );
      if (method !== 'HEAD') declared.push({ method, url: route.url, access, schema: route.schema });
    }
  });
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access.kind === 'public') return;
    if (access.kind === 'signed_in' && access.allowPendingSecondFactor) {
      if (!request.auth) throw new ProblemError('auth.unauthenticated');
      return;
    }
    const auth = requireFullAuth(request);
    if (access.kind === 'permission' && !hasOrgPermission(auth.roles, access.permission))
      throw new ProblemError('access.forbidden');
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const access = request.routeOptions.config.access;
    if (access && isClientScoped(access) && reply.statusCode < 400 && !request.clientAccessChecked) {
      request.log.error({ route: request.routeOptions.url }, 'client route answered without an access check');
      throw new Error('client route answered without an access check');
    }
    return payload;
  });
}

/** The signed-in caller who has passed every sign-in step; otherwise 401 (or 403 to enrol a second factor). */
export function requireFullAuth(request: FastifyRequest) {
  const auth = request.auth;
  if (!auth) throw new ProblemError('auth.unauthenticated');
  if (auth.stage === 'second_factor') throw new ProblemError('auth.second_factor_required');
  if (auth.stage === 'enrol_second_factor') throw new ProblemError('auth.second_factor_enrolment_required');
  return auth;
}
