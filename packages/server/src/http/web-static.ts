import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './error-handler.js';

/** The built web app at `/`; any non-API path falls back to index.html so the router can take it. */
export async function installWebApp(app: FastifyInstance, webDir: string | undefined): Promise<void> {
  const root = webDir ? resolve(webDir) : undefined;
  const hasWeb = root !== undefined && existsSync(resolve(root, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && hasWeb;
    if (isPage) return reply.type('text/html').sendFile('index.html');
    return sendProblem(reply, request, 'route.not_found');
  });
}
