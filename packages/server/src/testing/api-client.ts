import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { signIn, type Session } from './test-app.js';

/** A signed-in person talking to the API as the UI does; every call asserts its expected status. */
export class ApiClient {
  private constructor(
    private readonly app: FastifyInstance,
    readonly session: Session,
  ) {}

  static async signIn(app: FastifyInstance, email: string, password: string): Promise<ApiClient> {
    return new ApiClient(app, await signIn(app, email, password));
  }

  async get<T = Record<string, unknown>>(url: string, status = 200): Promise<T> {
    const response = await this.app.inject({ method: 'GET', url, headers: this.session.headers });
    expect({ url, status: response.statusCode, body: response.statusCode === status ? null : response.body }).toEqual({
      url,
      status,
      body: null,
    });
    return (String(response.headers['content-type'] ?? '').includes('json') ? response.json() : response.body) as T;
  }

  async post<T = Record<string, unknown>>(url: string, payload: object, status = 200): Promise<T> {
    const response = await this.app.inject({ method: 'POST', url, headers: this.session.headers, payload });
    expect({ url, status: response.statusCode, body: response.statusCode === status ? null : response.body }).toEqual({
      url,
      status,
      body: null,
    });
    return response.json() as T;
  }
}
