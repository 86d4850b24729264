import type { Socket } from 'node:net';
import { PROBLEMS, type ProblemCode } from '@meedoen/core';
import { toProblem } from '../errors/problem.js';

/**
 * What Node's HTTP parser refuses before Fastify sees a request (headers, address included, past the
 * 16 KB limit; a malformed request line) still gets a problem+json answer, then the connection closes.
 */
export function answerConnectionError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const code: ProblemCode = error.code === 'HPE_HEADER_OVERFLOW' ? 'request.headers_too_large' : 'request.invalid';
  const { status, title } = PROBLEMS[code];
  const body = JSON.stringify(toProblem(code, ''));
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}
