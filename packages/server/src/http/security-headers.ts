import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

export interface SecurityHeaderOptions {
  /** The origin of the map tile server the municipal overview draws from, if one is configured. */
  tileOrigin: string | undefined;
  /** HSTS, unless cookies were explicitly allowed over plain http (browsers ignore it over http anyway). */
  strictTransportSecurity: boolean;
}

/**
 * Helmet's security headers (CSP, HSTS, nosniff, frame and referrer policy…) on every answer. They depend on the
 * configuration only, so helmet runs once, at start, and every answer gets the same headers in one step: the Fastify
 * plugin built helmet anew for every request and ran its twelve middlewares each time (about 2 % of a client record's
 * CPU, issue 16).
 */
export function installSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions): void {
  const headers = securityHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

/** The headers helmet sets for this configuration, collected from one run of its middleware. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const middleware = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Map tiles of the municipal overview come from the configured tile server, if any.
        imgSrc: ["'self'", 'data:', ...(options.tileOrigin ? [options.tileOrigin] : [])],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: options.strictTransportSecurity,
  });
  const headers = new Map<string, string>();
  const response = {
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  middleware({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error(String(error));
  });
  if (!headers.has('content-security-policy')) throw new Error('helmet set no Content-Security-Policy');
  return Object.fromEntries(headers);
}
