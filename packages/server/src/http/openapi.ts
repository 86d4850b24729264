import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { SERVER_VERSION } from '../version.js';
import { ProblemSchema } from '../errors/problem.js';

/**
 * OpenAPI 3.1 generated from the route schemas, the same ones Fastify validates requests with.
 * Must be registered before the routes so it sees them.
 */
export async function installOpenApi(app: FastifyInstance): Promise<void> {
  app.addSchema(ProblemSchema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Meedoen API',
        version: SERVER_VERSION,
        description:
          'Treatment (vaktherapie, ergotherapie) and day activities (daginvulling). Errors are RFC 9457 problem+json with a stable `code`. Writes need the X-CSRF-Token header of the session.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'meedoen_session' } },
      },
      security: [{ session: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
}

export function registerOpenApiRoute(app: FastifyInstance): void {
  app.get('/api/v1/openapi.json', { config: { access: { kind: 'public' } }, schema: { hide: true } }, async () => app.swagger());
}
