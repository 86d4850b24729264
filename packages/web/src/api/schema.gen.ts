/**
 * Generated from the API's OpenAPI document by `npm run api:types` (scripts/generate-api-types.ts). Do not edit:
 * change the route schemas in packages/server and run the command again. A test fails while this file is stale.
 */
export interface paths {
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness, database engine, server version and migration level */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
              /** @enum {unknown} */
              engine: 'pglite' | 'postgresql';
              version: string;
              /** @description whether the demo organisation is loaded (the UI then shows the demo sign-in hint) */
              demo: boolean;
              migration: {
                latest: string | null;
                applied: number;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with e-mail and password; sets the session cookie. The stage says whether a second factor follows. An unknown e-mail, a wrong password and an account that must wait after failed attempts get the same answer. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Sign out: ends this session and clears the cookie */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/session/second-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finish signing in with the code from the authenticator app */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, their roles and organisation, and how far sign-in has come */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/second-factor/enrolment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start setting up an authenticator app: a new secret, confirmed by the next call */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              secret: string;
              uri: string;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/second-factor/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the authenticator app with its current code; from now on sign-in asks for it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the password; every other session of this user ends */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/second-factor/removal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove the authenticator app, with the current password and a current code; not while the organisation requires a second factor for one of the caller’s roles. Every other session of this user ends. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Whether an invitation link still works, and for which account (e-mail address and name, nothing else). A POST so the secret travels in the body, not in an address that servers log. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the secret after # in the invitation link */
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              email: string;
              displayName: string;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Choose the password with an invitation link; the link then stops working and the person signs in. Of two uses of one link exactly one succeeds. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the secret after # in the invitation link */
            token: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Clients I have a relationship with (own record, representative, care team, consent); the whole directory for roles with that permission */
    get: {
      parameters: {
        query?: {
          /** @description part of the name ("van den Berg", "Berg", "Anna Berg") or a date of birth ("14-03-2012") */
          q?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: ({
                /** Format: uuid */
                id: string;
                givenName: string;
                familyName: string;
                /** Format: date */
                birthDate: string;
                careSetting: string;
                municipality: string | null;
              } & {
                relation: string;
              })[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Register a client */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            givenName: string;
            familyName: string;
            /** Format: date */
            birthDate: string;
            /** @enum {unknown} */
            careSetting:
              'thuis' | 'verpleeghuis' | 'ggz_ambulant' | 'ggz_klinisch' | 'gehandicaptenzorg' | 'jeugd' | 'beschermd_wonen';
            municipality?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              givenName: string;
              familyName: string;
              /** Format: date */
              birthDate: string;
              careSetting: string;
              municipality: string | null;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client record: personalia, care team, representatives and consents (as far as the caller may see them), and the caller’s abilities */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              client: {
                /** Format: uuid */
                id: string;
                givenName: string;
                familyName: string;
                /** Format: date */
                birthDate: string;
                careSetting: string;
                municipality: string | null;
              };
              careTeam:
                | {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    userId: string;
                    displayName: string;
                    /** @enum {unknown} */
                    role:
                      | 'client'
                      | 'naaste'
                      | 'vaktherapeut'
                      | 'ergotherapeut'
                      | 'regiebehandelaar'
                      | 'activiteitenbegeleider'
                      | 'trajectbegeleider'
                      | 'werkbegeleider'
                      | 'zorgcoordinator'
                      | 'planner'
                      | 'beheerder'
                      | 'privacyfunctionaris'
                      | 'financier'
                      | 'gemeente';
                    discipline: string | null;
                    /** Format: date */
                    validFrom: string;
                    validUntil: string | null;
                    active: boolean;
                    /** @description Withdrawn before it began: validUntil is then the day before validFrom, and the membership never held */
                    withdrawn: boolean;
                  }[]
                | null;
              representatives:
                | {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    userId: string;
                    displayName: string;
                    /** @enum {unknown} */
                    relation: 'ouder' | 'wettelijk_vertegenwoordiger';
                    basis: ('ouderlijk_gezag' | 'curator' | 'mentor' | 'schriftelijk_gemachtigde') | null;
                    documentRef: string | null;
                    /** Format: date */
                    validFrom: string;
                    validUntil: string | null;
                    /** Format: uuid */
                    recordedBy: string;
                    recordedByName: string;
                    approvedByName: string | null;
                    approvedAt: string | null;
                    awaitingApproval: boolean;
                    active: boolean;
                  }[]
                | null;
              consents:
                | {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    granteeUserId: string;
                    granteeName: string;
                    granteeRoles: (
                      | 'client'
                      | 'naaste'
                      | 'vaktherapeut'
                      | 'ergotherapeut'
                      | 'regiebehandelaar'
                      | 'activiteitenbegeleider'
                      | 'trajectbegeleider'
                      | 'werkbegeleider'
                      | 'zorgcoordinator'
                      | 'planner'
                      | 'beheerder'
                      | 'privacyfunctionaris'
                      | 'financier'
                      | 'gemeente'
                    )[];
                    categories: (
                      | 'personalia'
                      | 'care_network'
                      | 'treatment'
                      | 'measurements'
                      | 'day_activities'
                      | 'participation_plan'
                      | 'access_log'
                      | 'financing'
                    )[];
                    /** @enum {unknown} */
                    level: 'read' | 'write';
                    /** Format: date */
                    validFrom: string;
                    validUntil: string | null;
                    /** @enum {unknown} */
                    givenBy: 'client' | 'ouder' | 'wettelijk_vertegenwoordiger';
                    alsoGivenBy: ('client' | 'ouder' | 'wettelijk_vertegenwoordiger') | null;
                    naasteBasis: ('verzoek_client' | 'indicatie_professional') | null;
                    note: string | null;
                    /** Format: uuid */
                    recordedBy: string;
                    recordedByName: string;
                    /** @enum {unknown} */
                    recordedHow: 'in_person' | 'signed_form' | 'portal';
                    documentRef: string | null;
                    /** Format: date-time */
                    recordedAt: string;
                    revokedAt: string | null;
                    revocationReason: string | null;
                    active: boolean;
                  }[]
                | null;
              /** @description what the caller may do with this client’s data, per category */
              abilities: {
                personalia: {
                  read: boolean;
                  write: boolean;
                };
                care_network: {
                  read: boolean;
                  write: boolean;
                };
                treatment: {
                  read: boolean;
                  write: boolean;
                };
                measurements: {
                  read: boolean;
                  write: boolean;
                };
                day_activities: {
                  read: boolean;
                  write: boolean;
                };
                participation_plan: {
                  read: boolean;
                  write: boolean;
                };
                access_log: {
                  read: boolean;
                  write: boolean;
                };
                financing: {
                  read: boolean;
                  write: boolean;
                };
                /** @description may open this record in an emergency */
                breakGlass: boolean;
                /** @description may add professionals to the care team and end memberships */
                arrangeCareTeam: boolean;
              };
              emergencyAccess: {
                reason: string;
                /** Format: date-time */
                expiresAt: string;
              } | null;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/professionals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Professionals of the organisation with their roles and discipline */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              displayName: string;
              roles: (
                | 'client'
                | 'naaste'
                | 'vaktherapeut'
                | 'ergotherapeut'
                | 'regiebehandelaar'
                | 'activiteitenbegeleider'
                | 'trajectbegeleider'
                | 'werkbegeleider'
                | 'zorgcoordinator'
                | 'planner'
                | 'beheerder'
                | 'privacyfunctionaris'
                | 'financier'
                | 'gemeente'
              )[];
              discipline:
                | (
                    | 'beeldende_therapie'
                    | 'danstherapie'
                    | 'dramatherapie'
                    | 'muziektherapie'
                    | 'psychomotorische_therapie'
                    | 'psychomotorische_kindertherapie'
                    | 'speltherapie'
                    | 'ergotherapie'
                  )
                | null;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every account of the organisation with its roles, status and bound municipalities */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              email: string;
              displayName: string;
              roles: (
                | 'client'
                | 'naaste'
                | 'vaktherapeut'
                | 'ergotherapeut'
                | 'regiebehandelaar'
                | 'activiteitenbegeleider'
                | 'trajectbegeleider'
                | 'werkbegeleider'
                | 'zorgcoordinator'
                | 'planner'
                | 'beheerder'
                | 'privacyfunctionaris'
                | 'financier'
                | 'gemeente'
              )[];
              discipline:
                | (
                    | 'beeldende_therapie'
                    | 'danstherapie'
                    | 'dramatherapie'
                    | 'muziektherapie'
                    | 'psychomotorische_therapie'
                    | 'psychomotorische_kindertherapie'
                    | 'speltherapie'
                    | 'ergotherapie'
                  )
                | null;
              clientId: string | null;
              clientName: string | null;
              active: boolean;
              secondFactor: boolean;
              municipalities: string[];
              /** @description whether the person has chosen a password (through an invitation) */
              passwordSet: boolean;
              /** @description until when the open invitation link works; null when there is none */
              invitationExpiresAt: string | null;
              /** @description the professional’s own AGB code (eight digits) */
              agbCode: string | null;
              register: ('register_vaktherapie' | 'kwaliteitsregister_paramedici' | 'big' | 'skj') | null;
              registrationNumber: string | null;
              /** @description recorded where the role is not enough (an agoog); null: the role says it */
              profession:
                | (
                    | 'vaktherapeut'
                    | 'ergotherapeut'
                    | 'regiebehandelaar'
                    | 'activiteitenbegeleider'
                    | 'agoog'
                    | 'trajectbegeleider'
                    | 'werkbegeleider'
                    | 'zorgmedewerker'
                    | 'ervaringsdeskundige'
                    | 'vrijwilliger'
                  )
                | null;
              /** @description send as If-Match when changing the registration */
              registrationVersion: number;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create an account with roles, without a password: the answer holds a one-time invitation link (shown only now) with which the person chooses one. A client or relative account belongs to one client and has that role only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            displayName: string;
            roles: (
              | 'client'
              | 'naaste'
              | 'vaktherapeut'
              | 'ergotherapeut'
              | 'regiebehandelaar'
              | 'activiteitenbegeleider'
              | 'trajectbegeleider'
              | 'werkbegeleider'
              | 'zorgcoordinator'
              | 'planner'
              | 'beheerder'
              | 'privacyfunctionaris'
              | 'financier'
              | 'gemeente'
            )[];
            discipline?:
              | (
                  | 'beeldende_therapie'
                  | 'danstherapie'
                  | 'dramatherapie'
                  | 'muziektherapie'
                  | 'psychomotorische_therapie'
                  | 'psychomotorische_kindertherapie'
                  | 'speltherapie'
                  | 'ergotherapie'
                )
              | null;
            clientId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              email: string;
              displayName: string;
              roles: (
                | 'client'
                | 'naaste'
                | 'vaktherapeut'
                | 'ergotherapeut'
                | 'regiebehandelaar'
                | 'activiteitenbegeleider'
                | 'trajectbegeleider'
                | 'werkbegeleider'
                | 'zorgcoordinator'
                | 'planner'
                | 'beheerder'
                | 'privacyfunctionaris'
                | 'financier'
                | 'gemeente'
              )[];
              discipline:
                | (
                    | 'beeldende_therapie'
                    | 'danstherapie'
                    | 'dramatherapie'
                    | 'muziektherapie'
                    | 'psychomotorische_therapie'
                    | 'psychomotorische_kindertherapie'
                    | 'speltherapie'
                    | 'ergotherapie'
                  )
                | null;
              clientId: string | null;
              clientName: string | null;
              active: boolean;
              secondFactor: boolean;
              municipalities: string[];
              /** @description whether the person has chosen a password (through an invitation) */
              passwordSet: boolean;
              /** @description until when the open invitation link works; null when there is none */
              invitationExpiresAt: string | null;
              /** @description the professional’s own AGB code (eight digits) */
              agbCode: string | null;
              register: ('register_vaktherapie' | 'kwaliteitsregister_paramedici' | 'big' | 'skj') | null;
              registrationNumber: string | null;
              /** @description recorded where the role is not enough (an agoog); null: the role says it */
              profession:
                | (
                    | 'vaktherapeut'
                    | 'ergotherapeut'
                    | 'regiebehandelaar'
                    | 'activiteitenbegeleider'
                    | 'agoog'
                    | 'trajectbegeleider'
                    | 'werkbegeleider'
                    | 'zorgmedewerker'
                    | 'ervaringsdeskundige'
                    | 'vrijwilliger'
                  )
                | null;
              /** @description send as If-Match when changing the registration */
              registrationVersion: number;
              invitation: {
                /** @description the link to hand over, after this server’s address; shown only this once */
                path: string;
                /** Format: date-time */
                expiresAt: string;
              };
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{userId}/invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new one-time invitation link for another account, to choose a (new) password: for someone who did not use the first link in time, or forgot their password. Earlier links stop working; the current password works until the link is used. The link is in this answer only. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description the link to hand over, after this server’s address; shown only this once */
              path: string;
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{userId}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace the roles of another account (never one’s own); the organisation keeps an administrator */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            roles: (
              | 'client'
              | 'naaste'
              | 'vaktherapeut'
              | 'ergotherapeut'
              | 'regiebehandelaar'
              | 'activiteitenbegeleider'
              | 'trajectbegeleider'
              | 'werkbegeleider'
              | 'zorgcoordinator'
              | 'planner'
              | 'beheerder'
              | 'privacyfunctionaris'
              | 'financier'
              | 'gemeente'
            )[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              email: string;
              displayName: string;
              roles: (
                | 'client'
                | 'naaste'
                | 'vaktherapeut'
                | 'ergotherapeut'
                | 'regiebehandelaar'
                | 'activiteitenbegeleider'
                | 'trajectbegeleider'
                | 'werkbegeleider'
                | 'zorgcoordinator'
                | 'planner'
                | 'beheerder'
                | 'privacyfunctionaris'
                | 'financier'
                | 'gemeente'
              )[];
              discipline:
                | (
                    | 'beeldende_therapie'
                    | 'danstherapie'
                    | 'dramatherapie'
                    | 'muziektherapie'
                    | 'psychomotorische_therapie'
                    | 'psychomotorische_kindertherapie'
                    | 'speltherapie'
                    | 'ergotherapie'
                  )
                | null;
              clientId: string | null;
              clientName: string | null;
              active: boolean;
              secondFactor: boolean;
              municipalities: string[];
              /** @description whether the person has chosen a password (through an invitation) */
              passwordSet: boolean;
              /** @description until when the open invitation link works; null when there is none */
              invitationExpiresAt: string | null;
              /** @description the professional’s own AGB code (eight digits) */
              agbCode: string | null;
              register: ('register_vaktherapie' | 'kwaliteitsregister_paramedici' | 'big' | 'skj') | null;
              registrationNumber: string | null;
              /** @description recorded where the role is not enough (an agoog); null: the role says it */
              profession:
                | (
                    | 'vaktherapeut'
                    | 'ergotherapeut'
                    | 'regiebehandelaar'
                    | 'activiteitenbegeleider'
                    | 'agoog'
                    | 'trajectbegeleider'
                    | 'werkbegeleider'
                    | 'zorgmedewerker'
                    | 'ervaringsdeskundige'
                    | 'vrijwilliger'
                  )
                | null;
              /** @description send as If-Match when changing the registration */
              registrationVersion: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{userId}/deactivation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Switch off another account: it can no longer sign in, its sessions end, its care-team memberships end today and planned ones are withdrawn; its history stays */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              email: string;
              displayName: string;
              roles: (
                | 'client'
                | 'naaste'
                | 'vaktherapeut'
                | 'ergotherapeut'
                | 'regiebehandelaar'
                | 'activiteitenbegeleider'
                | 'trajectbegeleider'
                | 'werkbegeleider'
                | 'zorgcoordinator'
                | 'planner'
                | 'beheerder'
                | 'privacyfunctionaris'
                | 'financier'
                | 'gemeente'
              )[];
              discipline:
                | (
                    | 'beeldende_therapie'
                    | 'danstherapie'
                    | 'dramatherapie'
                    | 'muziektherapie'
                    | 'psychomotorische_therapie'
                    | 'psychomotorische_kindertherapie'
                    | 'speltherapie'
                    | 'ergotherapie'
                  )
                | null;
              clientId: string | null;
              clientName: string | null;
              active: boolean;
              secondFactor: boolean;
              municipalities: string[];
              /** @description whether the person has chosen a password (through an invitation) */
              passwordSet: boolean;
              /** @description until when the open invitation link works; null when there is none */
              invitationExpiresAt: string | null;
              /** @description the professional’s own AGB code (eight digits) */
              agbCode: string | null;
              register: ('register_vaktherapie' | 'kwaliteitsregister_paramedici' | 'big' | 'skj') | null;
              registrationNumber: string | null;
              /** @description recorded where the role is not enough (an agoog); null: the role says it */
              profession:
                | (
                    | 'vaktherapeut'
                    | 'ergotherapeut'
                    | 'regiebehandelaar'
                    | 'activiteitenbegeleider'
                    | 'agoog'
                    | 'trajectbegeleider'
                    | 'werkbegeleider'
                    | 'zorgmedewerker'
                    | 'ervaringsdeskundige'
                    | 'vrijwilliger'
                  )
                | null;
              /** @description send as If-Match when changing the registration */
              registrationVersion: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisation/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation’s security policy */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description roles that see health data must sign in with a second factor (NEN 7510) */
              requireSecondFactor: boolean;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Change the security policy; a second-factor requirement applies from the next sign-in */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            requireSecondFactor: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description roles that see health data must sign in with a second factor (NEN 7510) */
              requireSecondFactor: boolean;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisation/agb': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation’s AGB code, as declarations send it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description the organisation’s AGB code (eight digits), sent in every declaration */
              agbCode: string | null;
              /** @description send as If-Match when changing it */
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Set or clear the organisation’s AGB code (If-Match: the version read); audited */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            agbCode: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description the organisation’s AGB code (eight digits), sent in every declaration */
              agbCode: string | null;
              /** @description send as If-Match when changing it */
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{userId}/registration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a professional’s AGB code, register and registration number, and profession (If-Match: registrationVersion); audited */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            agbCode: string | null;
            register: ('register_vaktherapie' | 'kwaliteitsregister_paramedici' | 'big' | 'skj') | null;
            registrationNumber: string | null;
            profession:
              | (
                  | 'vaktherapeut'
                  | 'ergotherapeut'
                  | 'regiebehandelaar'
                  | 'activiteitenbegeleider'
                  | 'agoog'
                  | 'trajectbegeleider'
                  | 'werkbegeleider'
                  | 'zorgmedewerker'
                  | 'ervaringsdeskundige'
                  | 'vrijwilliger'
                )
              | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              email: string;
              displayName: string;
              roles: (
                | 'client'
                | 'naaste'
                | 'vaktherapeut'
                | 'ergotherapeut'
                | 'regiebehandelaar'
                | 'activiteitenbegeleider'
                | 'trajectbegeleider'
                | 'werkbegeleider'
                | 'zorgcoordinator'
                | 'planner'
                | 'beheerder'
                | 'privacyfunctionaris'
                | 'financier'
                | 'gemeente'
              )[];
              discipline:
                | (
                    | 'beeldende_therapie'
                    | 'danstherapie'
                    | 'dramatherapie'
                    | 'muziektherapie'
                    | 'psychomotorische_therapie'
                    | 'psychomotorische_kindertherapie'
                    | 'speltherapie'
                    | 'ergotherapie'
                  )
                | null;
              clientId: string | null;
              clientName: string | null;
              active: boolean;
              secondFactor: boolean;
              municipalities: string[];
              /** @description whether the person has chosen a password (through an invitation) */
              passwordSet: boolean;
              /** @description until when the open invitation link works; null when there is none */
              invitationExpiresAt: string | null;
              /** @description the professional’s own AGB code (eight digits) */
              agbCode: string | null;
              register: ('register_vaktherapie' | 'kwaliteitsregister_paramedici' | 'big' | 'skj') | null;
              registrationNumber: string | null;
              /** @description recorded where the role is not enough (an agoog); null: the role says it */
              profession:
                | (
                    | 'vaktherapeut'
                    | 'ergotherapeut'
                    | 'regiebehandelaar'
                    | 'activiteitenbegeleider'
                    | 'agoog'
                    | 'trajectbegeleider'
                    | 'werkbegeleider'
                    | 'zorgmedewerker'
                    | 'ervaringsdeskundige'
                    | 'vrijwilliger'
                  )
                | null;
              /** @description send as If-Match when changing the registration */
              registrationVersion: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/care-team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client’s care team, current and past */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              userId: string;
              displayName: string;
              /** @enum {unknown} */
              role:
                | 'client'
                | 'naaste'
                | 'vaktherapeut'
                | 'ergotherapeut'
                | 'regiebehandelaar'
                | 'activiteitenbegeleider'
                | 'trajectbegeleider'
                | 'werkbegeleider'
                | 'zorgcoordinator'
                | 'planner'
                | 'beheerder'
                | 'privacyfunctionaris'
                | 'financier'
                | 'gemeente';
              discipline: string | null;
              /** Format: date */
              validFrom: string;
              validUntil: string | null;
              active: boolean;
              /** @description Withdrawn before it began: validUntil is then the day before validFrom, and the membership never held */
              withdrawn: boolean;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Add a professional to the care team in a role, from a date (and optionally until one) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            userId: string;
            /** @enum {unknown} */
            role:
              | 'vaktherapeut'
              | 'ergotherapeut'
              | 'regiebehandelaar'
              | 'activiteitenbegeleider'
              | 'trajectbegeleider'
              | 'zorgcoordinator'
              | 'planner'
              | 'beheerder';
            /** Format: date */
            validFrom?: string;
            /** Format: date */
            validUntil?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              userId: string;
              displayName: string;
              /** @enum {unknown} */
              role:
                | 'client'
                | 'naaste'
                | 'vaktherapeut'
                | 'ergotherapeut'
                | 'regiebehandelaar'
                | 'activiteitenbegeleider'
                | 'trajectbegeleider'
                | 'werkbegeleider'
                | 'zorgcoordinator'
                | 'planner'
                | 'beheerder'
                | 'privacyfunctionaris'
                | 'financier'
                | 'gemeente';
              discipline: string | null;
              /** Format: date */
              validFrom: string;
              validUntil: string | null;
              active: boolean;
              /** @description Withdrawn before it began: validUntil is then the day before validFrom, and the membership never held */
              withdrawn: boolean;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/care-team/{memberId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End a care-team membership (the history is kept) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          memberId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            validUntil?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              userId: string;
              displayName: string;
              /** @enum {unknown} */
              role:
                | 'client'
                | 'naaste'
                | 'vaktherapeut'
                | 'ergotherapeut'
                | 'regiebehandelaar'
                | 'activiteitenbegeleider'
                | 'trajectbegeleider'
                | 'werkbegeleider'
                | 'zorgcoordinator'
                | 'planner'
                | 'beheerder'
                | 'privacyfunctionaris'
                | 'financier'
                | 'gemeente';
              discipline: string | null;
              /** Format: date */
              validFrom: string;
              validUntil: string | null;
              active: boolean;
              /** @description Withdrawn before it began: validUntil is then the day before validFrom, and the membership never held */
              withdrawn: boolean;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/care-team/{memberId}/withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a planned care-team membership before it begins: it never grants access, not even on its first day (the plan stays on record) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          memberId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              userId: string;
              displayName: string;
              /** @enum {unknown} */
              role:
                | 'client'
                | 'naaste'
                | 'vaktherapeut'
                | 'ergotherapeut'
                | 'regiebehandelaar'
                | 'activiteitenbegeleider'
                | 'trajectbegeleider'
                | 'werkbegeleider'
                | 'zorgcoordinator'
                | 'planner'
                | 'beheerder'
                | 'privacyfunctionaris'
                | 'financier'
                | 'gemeente';
              discipline: string | null;
              /** Format: date */
              validFrom: string;
              validUntil: string | null;
              active: boolean;
              /** @description Withdrawn before it began: validUntil is then the day before validFrom, and the membership never held */
              withdrawn: boolean;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/representatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a legal representative with their legal basis (BW 7:465): parental authority (from the date of birth), or a curator, mentor or written authorisation (with its document; approved by a second professional) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            userId: string;
            /** @enum {unknown} */
            basis: 'ouderlijk_gezag' | 'curator' | 'mentor' | 'schriftelijk_gemachtigde';
            documentRef?: string;
            /** Format: date */
            validFrom?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              userId: string;
              displayName: string;
              /** @enum {unknown} */
              relation: 'ouder' | 'wettelijk_vertegenwoordiger';
              basis: ('ouderlijk_gezag' | 'curator' | 'mentor' | 'schriftelijk_gemachtigde') | null;
              documentRef: string | null;
              /** Format: date */
              validFrom: string;
              validUntil: string | null;
              /** Format: uuid */
              recordedBy: string;
              recordedByName: string;
              approvedByName: string | null;
              approvedAt: string | null;
              awaitingApproval: boolean;
              active: boolean;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/representatives/{representativeId}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a representation not derived from the date of birth: a second professional of the care team (four eyes); until then it grants nothing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          representativeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              userId: string;
              displayName: string;
              /** @enum {unknown} */
              relation: 'ouder' | 'wettelijk_vertegenwoordiger';
              basis: ('ouderlijk_gezag' | 'curator' | 'mentor' | 'schriftelijk_gemachtigde') | null;
              documentRef: string | null;
              /** Format: date */
              validFrom: string;
              validUntil: string | null;
              /** Format: uuid */
              recordedBy: string;
              recordedByName: string;
              approvedByName: string | null;
              approvedAt: string | null;
              awaitingApproval: boolean;
              active: boolean;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every consent of the client, active, expired and revoked (append-only history) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              granteeUserId: string;
              granteeName: string;
              granteeRoles: (
                | 'client'
                | 'naaste'
                | 'vaktherapeut'
                | 'ergotherapeut'
                | 'regiebehandelaar'
                | 'activiteitenbegeleider'
                | 'trajectbegeleider'
                | 'werkbegeleider'
                | 'zorgcoordinator'
                | 'planner'
                | 'beheerder'
                | 'privacyfunctionaris'
                | 'financier'
                | 'gemeente'
              )[];
              categories: (
                | 'personalia'
                | 'care_network'
                | 'treatment'
                | 'measurements'
                | 'day_activities'
                | 'participation_plan'
                | 'access_log'
                | 'financing'
              )[];
              /** @enum {unknown} */
              level: 'read' | 'write';
              /** Format: date */
              validFrom: string;
              validUntil: string | null;
              /** @enum {unknown} */
              givenBy: 'client' | 'ouder' | 'wettelijk_vertegenwoordiger';
              alsoGivenBy: ('client' | 'ouder' | 'wettelijk_vertegenwoordiger') | null;
              naasteBasis: ('verzoek_client' | 'indicatie_professional') | null;
              note: string | null;
              /** Format: uuid */
              recordedBy: string;
              recordedByName: string;
              /** @enum {unknown} */
              recordedHow: 'in_person' | 'signed_form' | 'portal';
              documentRef: string | null;
              /** Format: date-time */
              recordedAt: string;
              revokedAt: string | null;
              revocationReason: string | null;
              active: boolean;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Record a consent: the client (or parent/representative) lets a person see named categories of data for a period */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            granteeUserId: string;
            categories: (
              | 'personalia'
              | 'care_network'
              | 'treatment'
              | 'measurements'
              | 'day_activities'
              | 'participation_plan'
              | 'access_log'
              | 'financing'
            )[];
            /** @enum {unknown} */
            level: 'read' | 'write';
            /** Format: date */
            validFrom?: string;
            validUntil?: string | null;
            /** @enum {unknown} */
            givenBy: 'client' | 'ouder' | 'wettelijk_vertegenwoordiger';
            alsoGivenBy?: ('client' | 'ouder' | 'wettelijk_vertegenwoordiger') | null;
            /**
             * @description how the client gave it: in person or on a signed form (professional), or in the portal (client, representative)
             * @enum {unknown}
             */
            recordedHow: 'in_person' | 'signed_form' | 'portal';
            /** @description where the signed form is kept */
            documentRef?: string;
            naasteBasis?: ('verzoek_client' | 'indicatie_professional') | null;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              granteeUserId: string;
              granteeName: string;
              granteeRoles: (
                | 'client'
                | 'naaste'
                | 'vaktherapeut'
                | 'ergotherapeut'
                | 'regiebehandelaar'
                | 'activiteitenbegeleider'
                | 'trajectbegeleider'
                | 'werkbegeleider'
                | 'zorgcoordinator'
                | 'planner'
                | 'beheerder'
                | 'privacyfunctionaris'
                | 'financier'
                | 'gemeente'
              )[];
              categories: (
                | 'personalia'
                | 'care_network'
                | 'treatment'
                | 'measurements'
                | 'day_activities'
                | 'participation_plan'
                | 'access_log'
                | 'financing'
              )[];
              /** @enum {unknown} */
              level: 'read' | 'write';
              /** Format: date */
              validFrom: string;
              validUntil: string | null;
              /** @enum {unknown} */
              givenBy: 'client' | 'ouder' | 'wettelijk_vertegenwoordiger';
              alsoGivenBy: ('client' | 'ouder' | 'wettelijk_vertegenwoordiger') | null;
              naasteBasis: ('verzoek_client' | 'indicatie_professional') | null;
              note: string | null;
              /** Format: uuid */
              recordedBy: string;
              recordedByName: string;
              /** @enum {unknown} */
              recordedHow: 'in_person' | 'signed_form' | 'portal';
              documentRef: string | null;
              /** Format: date-time */
              recordedAt: string;
              revokedAt: string | null;
              revocationReason: string | null;
              active: boolean;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/consents/{consentId}/revocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a consent from now on (the grant stays in the history) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          consentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              granteeUserId: string;
              granteeName: string;
              granteeRoles: (
                | 'client'
                | 'naaste'
                | 'vaktherapeut'
                | 'ergotherapeut'
                | 'regiebehandelaar'
                | 'activiteitenbegeleider'
                | 'trajectbegeleider'
                | 'werkbegeleider'
                | 'zorgcoordinator'
                | 'planner'
                | 'beheerder'
                | 'privacyfunctionaris'
                | 'financier'
                | 'gemeente'
              )[];
              categories: (
                | 'personalia'
                | 'care_network'
                | 'treatment'
                | 'measurements'
                | 'day_activities'
                | 'participation_plan'
                | 'access_log'
                | 'financing'
              )[];
              /** @enum {unknown} */
              level: 'read' | 'write';
              /** Format: date */
              validFrom: string;
              validUntil: string | null;
              /** @enum {unknown} */
              givenBy: 'client' | 'ouder' | 'wettelijk_vertegenwoordiger';
              alsoGivenBy: ('client' | 'ouder' | 'wettelijk_vertegenwoordiger') | null;
              naasteBasis: ('verzoek_client' | 'indicatie_professional') | null;
              note: string | null;
              /** Format: uuid */
              recordedBy: string;
              recordedByName: string;
              /** @enum {unknown} */
              recordedHow: 'in_person' | 'signed_form' | 'portal';
              documentRef: string | null;
              /** Format: date-time */
              recordedAt: string;
              revokedAt: string | null;
              revocationReason: string | null;
              active: boolean;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/consent-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** People this client can give consent to: professionals who work with people, and this client’s own naasten */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              userId: string;
              displayName: string;
              roles: (
                | 'client'
                | 'naaste'
                | 'vaktherapeut'
                | 'ergotherapeut'
                | 'regiebehandelaar'
                | 'activiteitenbegeleider'
                | 'trajectbegeleider'
                | 'werkbegeleider'
                | 'zorgcoordinator'
                | 'planner'
                | 'beheerder'
                | 'privacyfunctionaris'
                | 'financier'
                | 'gemeente'
              )[];
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/break-glass': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a record outside your care team in an emergency, with a stated reason; read-only, for a limited time, reported to the privacy officer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: date-time */
              expiresAt: string;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/break-glass': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Emergency accesses for the privacy officer to review, newest first */
    get: {
      parameters: {
        query?: {
          unreviewed?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              clientId: string;
              clientName: string;
              /** Format: uuid */
              userId: string;
              userName: string;
              reason: string;
              /** Format: date-time */
              openedAt: string;
              /** Format: date-time */
              expiresAt: string;
              reviewedAt: string | null;
              reviewNote: string | null;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/break-glass/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark an emergency access as reviewed, with a note */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/access-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who accessed this client’s data: when, who, in which role, which data, on what basis, break-glass (NEN 7513 §9) */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          limit?: number;
        };
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              seq: number;
              /** Format: date-time */
              occurredAt: string;
              userId: string | null;
              userName: string | null;
              organisation: string;
              role: string | null;
              event: string;
              /** @enum {unknown} */
              action: 'C' | 'R' | 'U' | 'D' | 'E';
              /** @enum {unknown} */
              outcome: 'success' | 'denied' | 'failed';
              /** @description which data: the category of the object involved */
              data: string | null;
              /** @description the object involved (NEN 7513 §7.4) */
              objectType: string | null;
              objectId: string | null;
              /** @description for a refused or failed attempt: the answer’s code */
              problemCode: string | null;
              /** @description self, representative, care_team, consent, organisation, break_glass; or the reason of a denial */
              basis: string | null;
              breakGlass: boolean;
              reason: string | null;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the audit trail by client, user and period, denied attempts included (NEN 7513 §8) */
    get: {
      parameters: {
        query?: {
          clientId?: string;
          userId?: string;
          outcome?: 'success' | 'denied' | 'failed';
          from?: string;
          to?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': ({
              seq: number;
              /** Format: date-time */
              occurredAt: string;
              userId: string | null;
              userName: string | null;
              organisation: string;
              role: string | null;
              event: string;
              /** @enum {unknown} */
              action: 'C' | 'R' | 'U' | 'D' | 'E';
              /** @enum {unknown} */
              outcome: 'success' | 'denied' | 'failed';
              /** @description which data: the category of the object involved */
              data: string | null;
              /** @description the object involved (NEN 7513 §7.4) */
              objectType: string | null;
              objectId: string | null;
              /** @description for a refused or failed attempt: the answer’s code */
              problemCode: string | null;
              /** @description self, representative, care_team, consent, organisation, break_glass; or the reason of a denial */
              basis: string | null;
              breakGlass: boolean;
              reason: string | null;
            } & {
              clientId: string | null;
              clientName: string | null;
            })[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check this organisation’s audit trail now: every hash and link of the chain, and the signed checkpoints (NEN 7513 §8) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              checkedAt: string;
              records: number;
              intact: boolean;
              breaks: {
                seq: number;
                kind: string;
                problem: string;
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation’s consents across persons, for the privacy officer: who may see which parts of whose record, since and until when, revoked by whom; newest recorded first, paged */
    get: {
      parameters: {
        query?: {
          status?: 'active' | 'not_started' | 'expired' | 'revoked';
          /** @description running consents that end within this many days */
          expiringWithinDays?: number;
          /** @description part of the person’s name */
          name?: string;
          limit?: number;
          /** @description nextCursor of the previous page */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                clientId: string;
                /** @description the person who gave the consent (name only, never the BSN) */
                clientName: string;
                /** Format: uuid */
                granteeUserId: string;
                /** @description who received access */
                granteeName: string;
                granteeRoles: (
                  | 'client'
                  | 'naaste'
                  | 'vaktherapeut'
                  | 'ergotherapeut'
                  | 'regiebehandelaar'
                  | 'activiteitenbegeleider'
                  | 'trajectbegeleider'
                  | 'werkbegeleider'
                  | 'zorgcoordinator'
                  | 'planner'
                  | 'beheerder'
                  | 'privacyfunctionaris'
                  | 'financier'
                  | 'gemeente'
                )[];
                /** @description which parts of the record */
                categories: (
                  | 'personalia'
                  | 'care_network'
                  | 'treatment'
                  | 'measurements'
                  | 'day_activities'
                  | 'participation_plan'
                  | 'access_log'
                  | 'financing'
                )[];
                /** @enum {unknown} */
                level: 'read' | 'write';
                /** Format: date */
                validFrom: string;
                /** @description null: until revoked */
                validUntil: string | null;
                /** @enum {unknown} */
                givenBy: 'client' | 'ouder' | 'wettelijk_vertegenwoordiger';
                /** @enum {unknown} */
                status: 'active' | 'not_started' | 'expired' | 'revoked';
                recordedByName: string;
                /** @enum {unknown} */
                recordedHow: 'in_person' | 'signed_form' | 'portal';
                /** Format: date-time */
                recordedAt: string;
                revokedAt: string | null;
                revokedByName: string | null;
              }[];
              /** @description null on the last page */
              nextCursor: string | null;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client’s treatment trajectories */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              discipline: string;
              requestType: string;
              /** @enum {unknown} */
              state:
                | 'aangemeld'
                | 'intake'
                | 'niet_geaccepteerd'
                | 'diagnostiek'
                | 'diagnostiek_afgerond'
                | 'indicatie'
                | 'doelen'
                | 'plan_concept'
                | 'in_behandeling'
                | 'evaluatie'
                | 'afgesloten'
                | 'overgedragen'
                | 'doorverwezen';
              therapistId: string;
              therapistName: string;
              nextEvaluationDate: string | null;
              warningCount: number;
              latestScore: {
                /** @description GAS T-score of the latest evaluation */
                score: number;
                /** Format: date */
                date: string;
              } | null;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Register a referral (or a direct-access request for ergotherapie); the therapist and regiebehandelaar join the care team */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            discipline:
              | 'beeldende_therapie'
              | 'danstherapie'
              | 'dramatherapie'
              | 'muziektherapie'
              | 'psychomotorische_therapie'
              | 'psychomotorische_kindertherapie'
              | 'speltherapie'
              | 'ergotherapie';
            /** @enum {unknown} */
            source: 'regiebehandelaar' | 'huisarts_poh' | 'wijkteam' | 'zelf_dte';
            /** @enum {unknown} */
            requestType: 'behandeling' | 'alleen_diagnostiek' | 'dte_screening';
            /** @enum {unknown} */
            funding: 'zvw' | 'jeugdwet' | 'wlz' | 'wmo' | 'aanvullend' | 'particulier';
            referrerName: string;
            /** @description the referrer’s AGB code (eight digits), sent in the PM304 as verwijzer; none under direct access */
            referrerAgb?: string | null;
            /** @description the referral question / hulpvraag */
            question: string;
            /** Format: uuid */
            therapistId: string;
            regiebehandelaarId: string | null;
            /** Format: date */
            receivedOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A trajectory with its history, warnings, plan completeness and GAS T-score */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/parental-consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the parents’ (or legal representative’s) consent; required under 16 before the intake (001 L1579) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            givenBy: 'ouder' | 'wettelijk_vertegenwoordiger';
            name: string;
            /** Format: date */
            date: string;
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/intake': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start the discipline-specific intake */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            date: string;
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the acceptance decision with reasons; a contra-indication blocks acceptance (001 L1609-1615) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            accepted: boolean;
            reasons: string;
            contraIndications: string[];
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/diagnostics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record diagnostic findings */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            findings: string;
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/diagnostics-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a diagnostics-only referral with the report to the referrer (001 L1338-1350) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            report: string;
            sentTo: string;
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/indication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set the indication: the transdiagnostic factor (or occupation) to address first */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            focus: string;
            rationale: string;
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/goals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set the goal tree (main and sub-goals, SMART, optional GAS); replaces the previous tree, which stays in the history */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            goals: {
              id: string;
              parentId: string | null;
              description: string;
              /** @enum {unknown} */
              kind: 'primair' | 'secundair';
              /** @enum {unknown} */
              term: 'kort' | 'lang';
              /** @enum {unknown} */
              aim: 'stabilisatie' | 'verandering' | 'ontwikkeling' | 'acceptatie';
              /** @enum {unknown} */
              domain: 'emotioneel' | 'gedragsmatig' | 'cognitief' | 'sociaal' | 'lichamelijk';
              transdiagnosticFactor:
                | (
                    | 'waarneming'
                    | 'arousal'
                    | 'executieve_functies'
                    | 'emotieregulatie'
                    | 'verlies'
                    | 'regelsystemen_ritmes'
                    | 'sociaal_functioneren'
                  )
                | null;
              occupationArea: ('zelfverzorging' | 'huishouden' | 'werk' | 'vrije_tijd' | 'participatie') | null;
              smart: {
                specific: boolean;
                measurable: boolean;
                acceptable: boolean;
                realistic: boolean;
                timeBound: boolean;
              };
              gas: {
                levels: {
                  0: string;
                  1: string;
                  2: string;
                  '-2': string;
                  '-1': string;
                };
                weight: number;
                baseline: -2 | -1 | 0 | 1 | 2;
              } | null;
            }[];
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Save a new version of the treatment plan (agreed versions stay frozen) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            plan: {
              clientView: {
                vision: string;
                reason: string;
                helpQuestion: string;
                expectation: string;
              } | null;
              therapistView: {
                natureOfProblems: string;
                maintainingFactors: string;
                conclusion: string;
              } | null;
              plannedDelivery: {
                method: string;
                activities: string;
                period: string;
                frequency: string;
              } | null;
              agreements: string | null;
              estimatedDuration: string | null;
              startDate: string | null;
              nextEvaluationDate: string | null;
              remarks: string | null;
            };
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/evaluation-agreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Agree how often, when and how to evaluate (before treatment starts, 001 L1714-1716) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            everyWeeks: number;
            /** Format: date */
            firstDate: string;
            method: string;
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/plan-agreement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the client’s agreement (instemming) with a plan version; treatment starts (001 L1722-1747) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            /** @enum {unknown} */
            agreedBy: 'client' | 'ouder' | 'wettelijk_vertegenwoordiger';
            /** @description from 12 up to 16 both the client and a representative agree (BW 7:450): the second of them */
            alsoAgreedBy?: ('client' | 'ouder' | 'wettelijk_vertegenwoordiger') | null;
            /** Format: date */
            date: string;
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/naasten': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Involve a naaste, on the client’s request or the professional’s indication (001 L838-840) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            relation: string;
            /** @enum {unknown} */
            basis: 'verzoek_client' | 'indicatie_professional';
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an individual, partner or family session */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            session: {
              /** Format: date */
              date: string;
              /** @enum {unknown} */
              form: 'individueel' | 'groep' | 'partnerrelatie' | 'gezin';
              /** @enum {unknown} */
              setting: 'praktijk' | 'aan_huis' | 'instelling' | 'online';
              homeVisitReason?: string | null;
              directMinutes: number;
              indirectMinutes: number;
              activities: string;
              observations: string;
              sessionEvaluation: string;
              /** @description an outcome or session measure (ORS/SRS, CORS/CSRS) was taken */
              outcomeMeasured: boolean;
              startTime?: string | null;
              ergoContactType?:
                | (
                    | 'dte_screening'
                    | 'intake_na_screening'
                    | 'intake_na_verwijzing'
                    | 'screening_intake_onderzoek'
                    | 'eenmalig_onderzoek'
                    | 'individuele_zitting'
                    | 'kinder_zitting'
                    | 'hand_zitting'
                    | 'telefonische_zitting'
                    | 'instructie_ouders'
                    | 'groepszitting'
                    | 'ouderen_zitting'
                  )
                | null;
              groupSize?: number | null;
            };
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/evaluation-start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start an evaluation moment */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            date: string;
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an evaluation: process, results per goal, satisfaction, discussed with the client, one of the five decisions (001 L1854-1944) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            evaluation: {
              /** @enum {unknown} */
              kind: 'periodiek' | 'eind';
              /** Format: date */
              date: string;
              process: {
                attunement: string;
                fitWithHelpQuestion: string;
                fitWithCharacteristics: string;
                individualOrGroup: string;
                choiceOfDiscipline: string;
              };
              results: {
                goalId: string;
                gasLevel: (-2 | -1 | 0 | 1 | 2) | null;
                note: string;
              }[];
              satisfaction: string;
              participants: ('client' | 'vaktherapeut' | 'ergotherapeut' | 'regiebehandelaar' | 'huisarts' | 'naaste')[];
              discussedWithClient: boolean;
              decision: 1 | 2 | 3 | 4 | 5;
              handOver: boolean;
              referralTarget: string | null;
              nextEvaluationDate: string | null;
            };
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/closing-notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Write the advice and relapse prevention for the closing report to the referrer */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description the version you saw; 409 if someone acted since */
          'if-match'?: string;
        };
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            advice: string;
            relapsePrevention: string;
            /** @description why this step was taken (kept in the history) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/closing-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The closing report to the referrer, generated from the trajectory: goals and attainment, sessions, decision, advice, relapse prevention */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/closing-report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The closing report as PDF (an export, audited as such) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mdo-meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The MDO meetings of a period about people in my care teams, with the decision per person I may see; others only counted */
    get: {
      parameters: {
        query?: {
          from?: string;
          until?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              heldOn: string;
              participants: string[];
              notes: string | null;
              notesWithheld: boolean;
              items: {
                clientId: string;
                clientName: string;
                trajectoryId: string;
                discipline: string;
                decision: string;
                notes: string | null;
              }[];
              othersDiscussed: number;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Record a multidisciplinary meeting: who took part, which trajectories were discussed, what was decided */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            heldOn: string;
            participants: string[];
            notes?: string;
            items: {
              /** Format: uuid */
              clientId: string;
              /** Format: uuid */
              trajectoryId: string;
              decision: string;
              notes?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/group-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Document a group session once; each participant’s trajectory gets its own record, all or none */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            session: {
              /** Format: date */
              date: string;
              /** @enum {unknown} */
              form: 'individueel' | 'groep' | 'partnerrelatie' | 'gezin';
              /** @enum {unknown} */
              setting: 'praktijk' | 'aan_huis' | 'instelling' | 'online';
              homeVisitReason?: string | null;
              directMinutes: number;
              indirectMinutes: number;
              activities: string;
              observations: string;
              sessionEvaluation: string;
              /** @description an outcome or session measure (ORS/SRS, CORS/CSRS) was taken */
              outcomeMeasured: boolean;
              startTime?: string | null;
              ergoContactType?:
                | (
                    | 'dte_screening'
                    | 'intake_na_screening'
                    | 'intake_na_verwijzing'
                    | 'screening_intake_onderzoek'
                    | 'eenmalig_onderzoek'
                    | 'individuele_zitting'
                    | 'kinder_zitting'
                    | 'hand_zitting'
                    | 'telefonische_zitting'
                    | 'instructie_ouders'
                    | 'groepszitting'
                    | 'ouderen_zitting'
                  )
                | null;
              groupSize?: number | null;
            };
            participants: {
              /** Format: uuid */
              clientId: string;
              /** Format: uuid */
              trajectoryId: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              groupSessionId: string;
              recorded: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/caseload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My trajectories (as therapist or regiebehandelaar, on the care team): by state, evaluations due or overdue, warnings */
    get: {
      parameters: {
        query?: {
          dueWithinDays?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              byState: {
                [key: string]: number;
              };
              items: {
                id: string;
                clientId: string;
                clientName: string;
                discipline: string;
                state: string;
                nextEvaluationDate: string | null;
                evaluationDue: boolean;
                evaluationOverdue: boolean;
                warnings: string[];
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/mdo-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What multidisciplinary meetings decided about this client’s trajectories */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              mdoId: string;
              heldOn: string;
              participants: string[];
              trajectoryId: string;
              decision: string;
              notes: string | null;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/instruments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The instruments (definitions without licensed wording), the organisation’s setup of each and whether it can be used on paper and on screen today (problem codes when not); licences for the beheerder */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              instruments: {
                [key: string]: unknown;
              }[];
              licences: {
                [key: string]: unknown;
              }[];
              contents: {
                [key: string]: unknown;
              }[];
              /** @description for the beheerder: enabled instruments whose licence ends within the configured days or has ended */
              licenceWarnings: {
                [key: string]: unknown;
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisation/instrument-licences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the organisation’s licence for an instrument (REFERENCE.md §1.6): holder, reference, period, digital use */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            instrumentId: 'ors' | 'srs' | 'cors' | 'csrs' | 'ycors' | 'wav12' | 'mansa' | 'gas' | 'zrm' | 'participation_ladder';
            holder: string;
            reference: string;
            /** Format: date */
            validFrom: string;
            validUntil: string | null;
            digitalUse: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisation/instrument-contents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Load the licensed wording (and where needed the scoring key) of an instrument; every error is listed with its path */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            instrumentId: 'ors' | 'srs' | 'cors' | 'csrs' | 'ycors' | 'wav12' | 'mansa' | 'gas' | 'zrm' | 'participation_ladder';
            edition: string;
            copyright: string;
            languages: {
              nl?: {
                title: string;
                instructions: string;
                items: {
                  [key: string]: {
                    text: string;
                    anchorLow?: string;
                    anchorHigh?: string;
                    options?: {
                      [key: string]: string;
                    };
                  };
                };
              };
              en?: {
                title: string;
                instructions: string;
                items: {
                  [key: string]: {
                    text: string;
                    anchorLow?: string;
                    anchorHigh?: string;
                    options?: {
                      [key: string]: string;
                    };
                  };
                };
              };
            };
            scoringKey: {
              response: {
                min: number;
                max: number;
              };
              reversedItems: string[];
              subscales: {
                [key: string]: string[];
              };
            } | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisation/instruments/{instrumentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Switch an instrument on or off with its licence and content (If-Match: the setup version you saw, "0" for a first setup); a licensed instrument only with a valid licence */
    put: {
      parameters: {
        query?: never;
        header?: {
          'if-match'?: string;
        };
        path: {
          instrumentId: 'ors' | 'srs' | 'cors' | 'csrs' | 'ycors' | 'wav12' | 'mansa' | 'gas' | 'zrm' | 'participation_ladder';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            enabled: boolean;
            licenceId: string | null;
            contentId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisation/measurement-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation’s measurement settings: its overrides, the effective values (defaults filled in) and the version */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              overrides: {
                [key: string]: unknown;
              };
              effective: {
                [key: string]: unknown;
              };
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Replace the organisation’s overrides of the measurement settings (cut-offs, reliable change, ages, off-track rules, cell size, licence warning days); If-Match */
    put: {
      parameters: {
        query?: never;
        header?: {
          'if-match'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            instruments?: {
              ors: {
                [key: string]: unknown;
              };
              srs: {
                [key: string]: unknown;
              };
              cors: {
                [key: string]: unknown;
              };
              csrs: {
                [key: string]: unknown;
              };
              ycors: {
                [key: string]: unknown;
              };
              wav12: {
                [key: string]: unknown;
              };
              mansa: {
                [key: string]: unknown;
              };
              gas: {
                [key: string]: unknown;
              };
              zrm: {
                [key: string]: unknown;
              };
              participation_ladder: {
                [key: string]: unknown;
              };
            };
            ages?: {
              childFrom?: number;
              youthFrom?: number;
            };
            earlyAllianceSession?: number;
            offTrack?: {
              lowerPercentile?: number;
              upperPercentile?: number;
              noImprovementAfterSessions?: number;
              srsItemBelow?: number | null;
            };
            reference?: {
              minPersons?: number;
            };
            outcomeView?: {
              minCellSize?: number;
            };
            licenceWarningDays?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/measurements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The measurement schedule of a trajectory (done, due, upcoming, missed), the current score of each administration, charts with cut-off and expected band, alerts and notices */
    get: {
      parameters: {
        query?: {
          lang?: 'nl' | 'en';
        };
        header?: never;
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              schedule: {
                occasionId: string;
                /** @enum {unknown} */
                moment: 'intake' | 'session_start' | 'session_end' | 'third_session' | 'evaluation' | 'closure';
                date: string;
                sessionId: string | null;
                sessionNumber: number | null;
                /** @enum {unknown} */
                instrumentId:
                  'ors' | 'srs' | 'cors' | 'csrs' | 'ycors' | 'wav12' | 'mansa' | 'gas' | 'zrm' | 'participation_ladder';
                /** @enum {unknown} */
                respondent: 'client' | 'parent' | 'therapist';
                /** @enum {unknown} */
                status: 'done' | 'due' | 'upcoming' | 'missed';
                source: string;
              }[];
              administrations: {
                id: string;
                administrationId: string;
                version: number;
                /** @enum {unknown} */
                instrumentId:
                  'ors' | 'srs' | 'cors' | 'csrs' | 'ycors' | 'wav12' | 'mansa' | 'gas' | 'zrm' | 'participation_ladder';
                occasionId: string;
                /** @enum {unknown} */
                moment: 'intake' | 'session_start' | 'session_end' | 'third_session' | 'evaluation' | 'closure';
                sessionId: string | null;
                sessionNumber: number | null;
                /** @enum {unknown} */
                respondent: 'client' | 'parent' | 'therapist';
                /** @enum {unknown} */
                mode: 'digital' | 'paper';
                answers: {
                  [key: string]: number | boolean;
                } | null;
                scores:
                  | {
                      scale: string;
                      /** @enum {unknown} */
                      kind: 'total' | 'subscale' | 'domain';
                      value: number;
                    }[]
                  | null;
                administeredOn: string;
                recordedAt: string;
                recordedBy: string;
                recordedByName: string | null;
                correctionReason: string | null;
                /** @description the therapist filled it in on screen together with the client */
                filledTogether: boolean;
              }[];
              /** @description core’s InstrumentProgress: chart, alerts and notices */
              progress: {
                [key: string]: unknown;
              }[];
              /** @description the form of each due or missed occasion, for paper entry and for filling in together */
              forms: {
                occasion: {
                  occasionId: string;
                  /** @enum {unknown} */
                  moment: 'intake' | 'session_start' | 'session_end' | 'third_session' | 'evaluation' | 'closure';
                  date: string;
                  sessionId: string | null;
                  sessionNumber: number | null;
                  /** @enum {unknown} */
                  instrumentId:
                    'ors' | 'srs' | 'cors' | 'csrs' | 'ycors' | 'wav12' | 'mansa' | 'gas' | 'zrm' | 'participation_ladder';
                  /** @enum {unknown} */
                  respondent: 'client' | 'parent' | 'therapist';
                  /** @enum {unknown} */
                  status: 'done' | 'due' | 'upcoming' | 'missed';
                  source: string;
                };
                abbreviation: string;
                /** @enum {unknown} */
                purpose: 'outcome' | 'alliance' | 'quality_of_life' | 'goal_attainment' | 'self_sufficiency' | 'participation';
                onScreen: boolean;
                onPaper: boolean;
                form: {
                  title: string;
                  instructions: string;
                  copyright: string;
                  items: {
                    id: string;
                    answer:
                      | (
                          | {
                              /** @enum {string} */
                              kind: 'vas';
                              /** @enum {number} */
                              min: 0;
                              /** @enum {number} */
                              max: 10;
                              /** @enum {number} */
                              step: 0.1;
                            }
                          | {
                              /** @enum {string} */
                              kind: 'likert';
                              min: number;
                              max: number;
                            }
                          | {
                              /** @enum {string} */
                              kind: 'yes_no';
                            }
                          | {
                              /** @enum {string} */
                              kind: 'level';
                              levels: number[];
                            }
                        )
                      | null;
                    label: string | null;
                    text: string | null;
                    anchorLow: string | null;
                    anchorHigh: string | null;
                    options: {
                      [key: string]: string;
                    } | null;
                  }[];
                };
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Record an administration: the client fills in for their own trajectory (portal, today), or a therapist enters a paper score or fills in with the client on screen */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            instrumentId: 'ors' | 'srs' | 'cors' | 'csrs' | 'ycors' | 'wav12' | 'mansa' | 'gas' | 'zrm' | 'participation_ladder';
            /** @description from the schedule of the trajectory */
            occasionId: string;
            /** @enum {unknown} */
            moment: 'intake' | 'session_start' | 'session_end' | 'third_session' | 'evaluation' | 'closure';
            sessionId: string | null;
            /** @enum {unknown} */
            respondent: 'client' | 'parent' | 'therapist';
            /** @enum {unknown} */
            mode: 'digital' | 'paper';
            /** @description per item id: 0-10 on the line (vasInput cm) or 0-100 on the slider (vasInput slider_0_100), a level, or yes/no */
            answers: {
              [key: string]: number | boolean;
            };
            /** @enum {unknown} */
            vasInput: 'cm' | 'slider_0_100';
            /**
             * Format: date
             * @description paper scores only; the portal records today (Amsterdam)
             */
            administeredOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/measurements/{administrationId}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct a score: a new version with who and why (the old one stays); only a professional corrects, against the version they saw */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          administrationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            basedOnVersion: number;
            /** @description per item id: 0-10 on the line (vasInput cm) or 0-100 on the slider (vasInput slider_0_100), a level, or yes/no */
            answers: {
              [key: string]: number | boolean;
            };
            /** @enum {unknown} */
            vasInput: 'cm' | 'slider_0_100';
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/measurements/{administrationId}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of one administration, with who recorded it, when and why it was corrected */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          administrationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              versions: {
                id: string;
                administrationId: string;
                version: number;
                /** @enum {unknown} */
                instrumentId:
                  'ors' | 'srs' | 'cors' | 'csrs' | 'ycors' | 'wav12' | 'mansa' | 'gas' | 'zrm' | 'participation_ladder';
                occasionId: string;
                /** @enum {unknown} */
                moment: 'intake' | 'session_start' | 'session_end' | 'third_session' | 'evaluation' | 'closure';
                sessionId: string | null;
                sessionNumber: number | null;
                /** @enum {unknown} */
                respondent: 'client' | 'parent' | 'therapist';
                /** @enum {unknown} */
                mode: 'digital' | 'paper';
                answers: {
                  [key: string]: number | boolean;
                } | null;
                scores:
                  | {
                      scale: string;
                      /** @enum {unknown} */
                      kind: 'total' | 'subscale' | 'domain';
                      value: number;
                    }[]
                  | null;
                administeredOn: string;
                recordedAt: string;
                recordedBy: string;
                recordedByName: string | null;
                correctionReason: string | null;
                /** @description the therapist filled it in on screen together with the client */
                filledTogether: boolean;
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/measurements/{administrationId}/fhir': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current version of an administration as FHIR R4 QuestionnaireResponse and Observations (an export) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          administrationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              questionnaireResponse: {
                [key: string]: unknown;
              };
              observations: {
                [key: string]: unknown;
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/worklist/measurements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My work list: due measurements and alerts over the trajectories I treat (on the care team), without answers */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                [key: string]: unknown;
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/measurements/open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** For the client’s portal: the questionnaires open now with the loaded wording in the chosen language (or "on paper" when the licence has no digital use), and progress in plain words */
    get: {
      parameters: {
        query?: {
          lang?: 'nl' | 'en';
        };
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              open: {
                [key: string]: unknown;
              }[];
              progress: {
                [key: string]: unknown;
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisation/outcomes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The outcome view: per discipline or therapist the share of persons with reliable improvement and the mean change, small cells suppressed */
    get: {
      parameters: {
        query: {
          by: 'discipline' | 'therapist';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cells: {
                [key: string]: unknown;
              }[];
              totals: {
                [key: string]: unknown;
              }[];
              minCellSize: number;
              /** @description by therapist: the therapists’ names by id */
              names: {
                [key: string]: string;
              };
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/offers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the social map: Dutch full-text search with filters */
    get: {
      parameters: {
        query?: {
          q?: string;
          form?:
            | 'inloop_ontmoeting'
            | 'belevingsgerichte_dagbesteding'
            | 'arbeidsmatige_dagbesteding'
            | 'vrijwilligerswerk'
            | 'leerwerkplek'
            | 'beschut_werk'
            | 'betaald_werk_ondersteund'
            | 'regulier_werk';
          wheelchairAccessible?: boolean;
          lowStimulus?: boolean;
          maxCostPerMonth?: number;
          access?: string;
          internal?: boolean;
          stale?: boolean;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': ({
              name: string;
              provider: string;
              /** @description offered by this organisation itself */
              internal: boolean;
              /** @description plain language (B1) for participants */
              description: string;
              /** @enum {unknown} */
              form:
                | 'inloop_ontmoeting'
                | 'belevingsgerichte_dagbesteding'
                | 'arbeidsmatige_dagbesteding'
                | 'vrijwilligerswerk'
                | 'leerwerkplek'
                | 'beschut_werk'
                | 'betaald_werk_ondersteund'
                | 'regulier_werk';
              /** @enum {unknown} */
              access: 'geen' | 'wmo_maatwerk' | 'wlz' | 'participatiewet' | 'zvw';
              conditions: string;
              /** @description by talents and interests, not diagnoses */
              forWhom: string;
              interests: string[];
              learn: string[];
              /** @enum {unknown} */
              level: 'ongeschoold' | 'vmbo' | 'mbo' | 'hbo' | 'wo';
              /** @enum {unknown} */
              groupOrIndividual: 'groep' | 'individueel';
              schedule: {
                /** @enum {unknown} */
                day: 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo';
                from: string;
                to: string;
              }[];
              eveningsWeekends: boolean;
              openInHolidays: boolean;
              capacity: number | null;
              address: string | null;
              /** @description for the municipal overview */
              municipality?: string | null;
              /** @description wijk, for the municipal overview */
              neighbourhood?: string | null;
              lat: number | null;
              lon: number | null;
              online: boolean;
              publicTransport: string;
              wheelchairAccessible: boolean;
              lowStimulus: boolean;
              smallScale: boolean;
              socialSafety: {
                contactPerson: boolean;
                buddy: boolean;
                houseRules: boolean;
              };
              costPerMonth: number;
              compensationPerHour: number | null;
              benefitEffect: string;
              roles: ('deelnemer' | 'vrijwilliger' | 'medewerker' | 'mede_eigenaar')[];
              expertsByExperience: boolean;
              partners: string;
              results: string;
            } & {
              /** Format: uuid */
              id: string;
              /** Format: date */
              lastConfirmedOn: string;
              /** @description not confirmed within the configured period */
              stale: boolean;
              version: number;
            })[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Add an offer to the social map (confirmed today) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            provider: string;
            /** @description offered by this organisation itself */
            internal: boolean;
            /** @description plain language (B1) for participants */
            description: string;
            /** @enum {unknown} */
            form:
              | 'inloop_ontmoeting'
              | 'belevingsgerichte_dagbesteding'
              | 'arbeidsmatige_dagbesteding'
              | 'vrijwilligerswerk'
              | 'leerwerkplek'
              | 'beschut_werk'
              | 'betaald_werk_ondersteund'
              | 'regulier_werk';
            /** @enum {unknown} */
            access: 'geen' | 'wmo_maatwerk' | 'wlz' | 'participatiewet' | 'zvw';
            conditions: string;
            /** @description by talents and interests, not diagnoses */
            forWhom: string;
            interests: string[];
            learn: string[];
            /** @enum {unknown} */
            level: 'ongeschoold' | 'vmbo' | 'mbo' | 'hbo' | 'wo';
            /** @enum {unknown} */
            groupOrIndividual: 'groep' | 'individueel';
            schedule: {
              /** @enum {unknown} */
              day: 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo';
              from: string;
              to: string;
            }[];
            eveningsWeekends: boolean;
            openInHolidays: boolean;
            capacity: number | null;
            address: string | null;
            /** @description for the municipal overview */
            municipality?: string | null;
            /** @description wijk, for the municipal overview */
            neighbourhood?: string | null;
            lat: number | null;
            lon: number | null;
            online: boolean;
            publicTransport: string;
            wheelchairAccessible: boolean;
            lowStimulus: boolean;
            smallScale: boolean;
            socialSafety: {
              contactPerson: boolean;
              buddy: boolean;
              houseRules: boolean;
            };
            costPerMonth: number;
            compensationPerHour: number | null;
            benefitEffect: string;
            roles: ('deelnemer' | 'vrijwilliger' | 'medewerker' | 'mede_eigenaar')[];
            expertsByExperience: boolean;
            partners: string;
            results: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              provider: string;
              /** @description offered by this organisation itself */
              internal: boolean;
              /** @description plain language (B1) for participants */
              description: string;
              /** @enum {unknown} */
              form:
                | 'inloop_ontmoeting'
                | 'belevingsgerichte_dagbesteding'
                | 'arbeidsmatige_dagbesteding'
                | 'vrijwilligerswerk'
                | 'leerwerkplek'
                | 'beschut_werk'
                | 'betaald_werk_ondersteund'
                | 'regulier_werk';
              /** @enum {unknown} */
              access: 'geen' | 'wmo_maatwerk' | 'wlz' | 'participatiewet' | 'zvw';
              conditions: string;
              /** @description by talents and interests, not diagnoses */
              forWhom: string;
              interests: string[];
              learn: string[];
              /** @enum {unknown} */
              level: 'ongeschoold' | 'vmbo' | 'mbo' | 'hbo' | 'wo';
              /** @enum {unknown} */
              groupOrIndividual: 'groep' | 'individueel';
              schedule: {
                /** @enum {unknown} */
                day: 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo';
                from: string;
                to: string;
              }[];
              eveningsWeekends: boolean;
              openInHolidays: boolean;
              capacity: number | null;
              address: string | null;
              /** @description for the municipal overview */
              municipality?: string | null;
              /** @description wijk, for the municipal overview */
              neighbourhood?: string | null;
              lat: number | null;
              lon: number | null;
              online: boolean;
              publicTransport: string;
              wheelchairAccessible: boolean;
              lowStimulus: boolean;
              smallScale: boolean;
              socialSafety: {
                contactPerson: boolean;
                buddy: boolean;
                houseRules: boolean;
              };
              costPerMonth: number;
              compensationPerHour: number | null;
              benefitEffect: string;
              roles: ('deelnemer' | 'vrijwilliger' | 'medewerker' | 'mede_eigenaar')[];
              expertsByExperience: boolean;
              partners: string;
              results: string;
            } & {
              /** Format: uuid */
              id: string;
              /** Format: date */
              lastConfirmedOn: string;
              /** @description not confirmed within the configured period */
              stale: boolean;
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/offers/{offerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One offer, in plain language */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          offerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              provider: string;
              /** @description offered by this organisation itself */
              internal: boolean;
              /** @description plain language (B1) for participants */
              description: string;
              /** @enum {unknown} */
              form:
                | 'inloop_ontmoeting'
                | 'belevingsgerichte_dagbesteding'
                | 'arbeidsmatige_dagbesteding'
                | 'vrijwilligerswerk'
                | 'leerwerkplek'
                | 'beschut_werk'
                | 'betaald_werk_ondersteund'
                | 'regulier_werk';
              /** @enum {unknown} */
              access: 'geen' | 'wmo_maatwerk' | 'wlz' | 'participatiewet' | 'zvw';
              conditions: string;
              /** @description by talents and interests, not diagnoses */
              forWhom: string;
              interests: string[];
              learn: string[];
              /** @enum {unknown} */
              level: 'ongeschoold' | 'vmbo' | 'mbo' | 'hbo' | 'wo';
              /** @enum {unknown} */
              groupOrIndividual: 'groep' | 'individueel';
              schedule: {
                /** @enum {unknown} */
                day: 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo';
                from: string;
                to: string;
              }[];
              eveningsWeekends: boolean;
              openInHolidays: boolean;
              capacity: number | null;
              address: string | null;
              /** @description for the municipal overview */
              municipality?: string | null;
              /** @description wijk, for the municipal overview */
              neighbourhood?: string | null;
              lat: number | null;
              lon: number | null;
              online: boolean;
              publicTransport: string;
              wheelchairAccessible: boolean;
              lowStimulus: boolean;
              smallScale: boolean;
              socialSafety: {
                contactPerson: boolean;
                buddy: boolean;
                houseRules: boolean;
              };
              costPerMonth: number;
              compensationPerHour: number | null;
              benefitEffect: string;
              roles: ('deelnemer' | 'vrijwilliger' | 'medewerker' | 'mede_eigenaar')[];
              expertsByExperience: boolean;
              partners: string;
              results: string;
            } & {
              /** Format: uuid */
              id: string;
              /** Format: date */
              lastConfirmedOn: string;
              /** @description not confirmed within the configured period */
              stale: boolean;
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Change an offer (If-Match with the version you saw; 409 if someone changed it meanwhile); confirms it today */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          offerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            provider: string;
            /** @description offered by this organisation itself */
            internal: boolean;
            /** @description plain language (B1) for participants */
            description: string;
            /** @enum {unknown} */
            form:
              | 'inloop_ontmoeting'
              | 'belevingsgerichte_dagbesteding'
              | 'arbeidsmatige_dagbesteding'
              | 'vrijwilligerswerk'
              | 'leerwerkplek'
              | 'beschut_werk'
              | 'betaald_werk_ondersteund'
              | 'regulier_werk';
            /** @enum {unknown} */
            access: 'geen' | 'wmo_maatwerk' | 'wlz' | 'participatiewet' | 'zvw';
            conditions: string;
            /** @description by talents and interests, not diagnoses */
            forWhom: string;
            interests: string[];
            learn: string[];
            /** @enum {unknown} */
            level: 'ongeschoold' | 'vmbo' | 'mbo' | 'hbo' | 'wo';
            /** @enum {unknown} */
            groupOrIndividual: 'groep' | 'individueel';
            schedule: {
              /** @enum {unknown} */
              day: 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo';
              from: string;
              to: string;
            }[];
            eveningsWeekends: boolean;
            openInHolidays: boolean;
            capacity: number | null;
            address: string | null;
            /** @description for the municipal overview */
            municipality?: string | null;
            /** @description wijk, for the municipal overview */
            neighbourhood?: string | null;
            lat: number | null;
            lon: number | null;
            online: boolean;
            publicTransport: string;
            wheelchairAccessible: boolean;
            lowStimulus: boolean;
            smallScale: boolean;
            socialSafety: {
              contactPerson: boolean;
              buddy: boolean;
              houseRules: boolean;
            };
            costPerMonth: number;
            compensationPerHour: number | null;
            benefitEffect: string;
            roles: ('deelnemer' | 'vrijwilliger' | 'medewerker' | 'mede_eigenaar')[];
            expertsByExperience: boolean;
            partners: string;
            results: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              provider: string;
              /** @description offered by this organisation itself */
              internal: boolean;
              /** @description plain language (B1) for participants */
              description: string;
              /** @enum {unknown} */
              form:
                | 'inloop_ontmoeting'
                | 'belevingsgerichte_dagbesteding'
                | 'arbeidsmatige_dagbesteding'
                | 'vrijwilligerswerk'
                | 'leerwerkplek'
                | 'beschut_werk'
                | 'betaald_werk_ondersteund'
                | 'regulier_werk';
              /** @enum {unknown} */
              access: 'geen' | 'wmo_maatwerk' | 'wlz' | 'participatiewet' | 'zvw';
              conditions: string;
              /** @description by talents and interests, not diagnoses */
              forWhom: string;
              interests: string[];
              learn: string[];
              /** @enum {unknown} */
              level: 'ongeschoold' | 'vmbo' | 'mbo' | 'hbo' | 'wo';
              /** @enum {unknown} */
              groupOrIndividual: 'groep' | 'individueel';
              schedule: {
                /** @enum {unknown} */
                day: 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo';
                from: string;
                to: string;
              }[];
              eveningsWeekends: boolean;
              openInHolidays: boolean;
              capacity: number | null;
              address: string | null;
              /** @description for the municipal overview */
              municipality?: string | null;
              /** @description wijk, for the municipal overview */
              neighbourhood?: string | null;
              lat: number | null;
              lon: number | null;
              online: boolean;
              publicTransport: string;
              wheelchairAccessible: boolean;
              lowStimulus: boolean;
              smallScale: boolean;
              socialSafety: {
                contactPerson: boolean;
                buddy: boolean;
                houseRules: boolean;
              };
              costPerMonth: number;
              compensationPerHour: number | null;
              benefitEffect: string;
              roles: ('deelnemer' | 'vrijwilliger' | 'medewerker' | 'mede_eigenaar')[];
              expertsByExperience: boolean;
              partners: string;
              results: string;
            } & {
              /** Format: uuid */
              id: string;
              /** Format: date */
              lastConfirmedOn: string;
              /** @description not confirmed within the configured period */
              stale: boolean;
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/offers/{offerId}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm that the entry is still correct (resets staleness) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          offerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              provider: string;
              /** @description offered by this organisation itself */
              internal: boolean;
              /** @description plain language (B1) for participants */
              description: string;
              /** @enum {unknown} */
              form:
                | 'inloop_ontmoeting'
                | 'belevingsgerichte_dagbesteding'
                | 'arbeidsmatige_dagbesteding'
                | 'vrijwilligerswerk'
                | 'leerwerkplek'
                | 'beschut_werk'
                | 'betaald_werk_ondersteund'
                | 'regulier_werk';
              /** @enum {unknown} */
              access: 'geen' | 'wmo_maatwerk' | 'wlz' | 'participatiewet' | 'zvw';
              conditions: string;
              /** @description by talents and interests, not diagnoses */
              forWhom: string;
              interests: string[];
              learn: string[];
              /** @enum {unknown} */
              level: 'ongeschoold' | 'vmbo' | 'mbo' | 'hbo' | 'wo';
              /** @enum {unknown} */
              groupOrIndividual: 'groep' | 'individueel';
              schedule: {
                /** @enum {unknown} */
                day: 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo';
                from: string;
                to: string;
              }[];
              eveningsWeekends: boolean;
              openInHolidays: boolean;
              capacity: number | null;
              address: string | null;
              /** @description for the municipal overview */
              municipality?: string | null;
              /** @description wijk, for the municipal overview */
              neighbourhood?: string | null;
              lat: number | null;
              lon: number | null;
              online: boolean;
              publicTransport: string;
              wheelchairAccessible: boolean;
              lowStimulus: boolean;
              smallScale: boolean;
              socialSafety: {
                contactPerson: boolean;
                buddy: boolean;
                houseRules: boolean;
              };
              costPerMonth: number;
              compensationPerHour: number | null;
              benefitEffect: string;
              roles: ('deelnemer' | 'vrijwilliger' | 'medewerker' | 'mede_eigenaar')[];
              expertsByExperience: boolean;
              partners: string;
              results: string;
            } & {
              /** Format: uuid */
              id: string;
              /** Format: date */
              lastConfirmedOn: string;
              /** @description not confirmed within the configured period */
              stale: boolean;
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Groups and their schedules; `mine` for the groups I supervise */
    get: {
      parameters: {
        query?: {
          mine?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              offerId: string;
              offerName: string;
              name: string;
              schedule: {
                /** @enum {unknown} */
                day: 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo';
                from: string;
                to: string;
              }[];
              location: string;
              online: boolean;
              capacity: number;
              supervisorIds: string[];
              seasonFrom: string;
              seasonUntil: string | null;
              participants: number;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a group for an offer: weekly schedule, location (or online / an external site), capacity, supervisors, season */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            offerId: string;
            name: string;
            schedule: {
              /** @enum {unknown} */
              day: 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo';
              from: string;
              to: string;
            }[];
            location: string;
            online: boolean;
            capacity: number;
            supervisorIds: string[];
            /** Format: date */
            seasonFrom: string;
            seasonUntil: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/groups/{groupId}/occurrences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Plan the group’s occurrences from its schedule for a period (existing ones are kept) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          groupId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            from: string;
            /** Format: date */
            until: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/occurrences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Occurrences of my groups (or one group) in a period; defaults to today */
    get: {
      parameters: {
        query?: {
          groupId?: string;
          from?: string;
          until?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              groupId: string;
              groupName: string;
              date: string;
              starts: string;
              ends: string;
              cancelled: boolean;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/enrolments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client’s placements with funding and indication */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              offerId: string;
              offerName: string;
              /** @description the form of the continuum (DOMAIN.md §4.1) */
              form: string;
              groupId: string | null;
              groupName: string | null;
              agreedDays: string[];
              /** @enum {unknown} */
              status: 'aangemeld' | 'actief' | 'gepauzeerd' | 'beeindigd';
              /** @description date (yyyy-mm-dd) */
              startedOn: string;
              endedOn: string | null;
              /** @enum {unknown} */
              financer: 'wlz' | 'wmo' | 'participatiewet' | 'geen';
              indicationFrom: string | null;
              indicationUntil: string | null;
              volume: number | null;
              volumePer: ('week' | 'maand' | 'totaal') | null;
              /** @description how minutes become the financer’s units (core UnitRule) */
              unitRule: {
                [key: string]: unknown;
              };
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Place the client in an offer (plaatsing): group, agreed days, funding with its indication and unit rule, status */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            offerId: string;
            groupId: string | null;
            agreedDays: ('ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo')[];
            /** @enum {unknown} */
            status: 'aangemeld' | 'actief' | 'gepauzeerd' | 'beeindigd';
            /** Format: date */
            startedOn: string;
            /** @enum {unknown} */
            financer: 'wlz' | 'wmo' | 'participatiewet' | 'geen';
            indication: {
              /** Format: date */
              from: string;
              until: string | null;
              volume: number;
              /** @enum {unknown} */
              per: 'week' | 'maand' | 'totaal';
            } | null;
            unitRule?:
              | {
                  /** @enum {string} */
                  kind: 'dagdeel';
                  /** @enum {unknown} */
                  financer: 'wlz' | 'wmo';
                  minMinutesPerDagdeel: number;
                  countOnline: boolean;
                }
              | {
                  /** @enum {string} */
                  kind: 'uur';
                  /** @enum {unknown} */
                  rounding: 'down' | 'nearest' | 'up';
                  /** @enum {unknown} */
                  per: 'attendance' | 'period';
                  countOnline: boolean;
                }
              | {
                  /** @enum {string} */
                  kind: 'minuut';
                  countOnline: boolean;
                }
              | {
                  /** @enum {string} */
                  kind: 'stuks';
                  countOnline: boolean;
                };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/occurrences/{occurrenceId}/roll-call': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everyone expected at this occurrence with their current record */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          occurrenceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              occurrence: {
                id: string;
                groupName: string;
                date: string;
                starts: string;
                ends: string;
              };
              participants: {
                clientId: string;
                name: string;
                record: {
                  id: string;
                  status: string;
                  arrival: string | null;
                  departure: string | null;
                  minutes: number;
                  note: string | null;
                  transport: ('zelfstandig' | 'met_maatje' | 'gebracht' | 'georganiseerd_vervoer') | null;
                } | null;
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Record the whole roll call, or one person, in one request: present (arrival, departure), online, absent with or without notice, sick. A second record for someone corrects the first; a record equal to the current one is not written again, so a repeated or retried request is idempotent. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          occurrenceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            records: {
              /** Format: uuid */
              clientId: string;
              /** @enum {unknown} */
              status: 'aanwezig' | 'online' | 'afwezig_gemeld' | 'afwezig_ongemeld' | 'ziek';
              arrival?: string;
              departure?: string;
              minutes?: number;
              note?: string;
              /** @enum {unknown} */
              transport?: 'zelfstandig' | 'met_maatje' | 'gebracht' | 'georganiseerd_vervoer';
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              recorded: number;
              corrected: number;
              unchanged: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A month of attendance per placement: minutes, the financer’s units, and warnings on the indication */
    get: {
      parameters: {
        query: {
          month: string;
        };
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              enrolmentId: string;
              offerName: string;
              /** @enum {unknown} */
              financer: 'wlz' | 'wmo' | 'participatiewet' | 'geen';
              /** @description yyyy-mm */
              month: string;
              unitCode: string;
              /** @description whole units */
              units: number;
              minutes: number;
              perDay: {
                date: string;
                minutes: number;
                units: number;
              }[];
              allowed: number | null;
              warnings: {
                /** @enum {unknown} */
                code: 'exceeds_volume' | 'outside_indication' | 'indication_ends_soon' | 'indication_ended';
                detail: string;
              }[];
              attendance: {
                date: string;
                /** @enum {unknown} */
                status: 'aanwezig' | 'online' | 'afwezig_gemeld' | 'afwezig_ongemeld' | 'ziek';
                minutes: number;
                /** @description whether the caller recorded this day */
                recordedByMe: boolean;
              }[];
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/contact-moments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The person’s contact moments with their job coach, newest first; whether the caller may record one */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** @description send as If-Match to correct it */
                version: number;
                /** Format: date */
                date: string;
                minutes: number;
                /** @enum {unknown} */
                kind: 'gesprek' | 'werkplekbezoek' | 'driegesprek' | 'werkgever' | 'netwerk';
                /** @enum {unknown} */
                channel: 'op_locatie' | 'telefoon' | 'video';
                place: string;
                report: string;
                nextStep: string;
                nextAppointment: string | null;
                recordedByName: string;
                /** @description the caller wrote it (and so may correct it) */
                recordedByMe: boolean;
                /** Format: date-time */
                recordedAt: string;
                correctedAt: string | null;
                /** @description who wrote the current version when it is a correction; the earlier versions are at …/versions */
                correctedByName: string | null;
              }[];
              /** @description the caller may record a contact moment for this person */
              canRecord: boolean;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Record a contact moment (date, minutes, kind, how, where, a short report, the next step and appointment); 422 with the field path when a rule blocks */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            date: string;
            /** @description 1..480 */
            minutes: number;
            kind: ('gesprek' | 'werkplekbezoek' | 'driegesprek' | 'werkgever' | 'netwerk') | null;
            channel: ('op_locatie' | 'telefoon' | 'video') | null;
            place?: string;
            report: string;
            nextStep?: string;
            nextAppointment?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @description send as If-Match to correct it */
              version: number;
              /** Format: date */
              date: string;
              minutes: number;
              /** @enum {unknown} */
              kind: 'gesprek' | 'werkplekbezoek' | 'driegesprek' | 'werkgever' | 'netwerk';
              /** @enum {unknown} */
              channel: 'op_locatie' | 'telefoon' | 'video';
              place: string;
              report: string;
              nextStep: string;
              nextAppointment: string | null;
              recordedByName: string;
              /** @description the caller wrote it (and so may correct it) */
              recordedByMe: boolean;
              /** Format: date-time */
              recordedAt: string;
              correctedAt: string | null;
              /** @description who wrote the current version when it is a correction; the earlier versions are at …/versions */
              correctedByName: string | null;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/contact-moments/{momentId}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version of a contact moment, newest first (the first is the current text): a correction keeps what was written before readable, with who wrote each version and when */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          momentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                version: number;
                /** Format: date */
                date: string;
                minutes: number;
                /** @enum {unknown} */
                kind: 'gesprek' | 'werkplekbezoek' | 'driegesprek' | 'werkgever' | 'netwerk';
                /** @enum {unknown} */
                channel: 'op_locatie' | 'telefoon' | 'video';
                place: string;
                report: string;
                nextStep: string;
                nextAppointment: string | null;
                writtenByName: string;
                /** Format: date-time */
                writtenAt: string;
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/contact-moments/{momentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Correct one’s own contact moment (If-Match with the version you saw: 409 if it changed meanwhile); every version is kept */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          momentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            date: string;
            /** @description 1..480 */
            minutes: number;
            kind: ('gesprek' | 'werkplekbezoek' | 'driegesprek' | 'werkgever' | 'netwerk') | null;
            channel: ('op_locatie' | 'telefoon' | 'video') | null;
            place?: string;
            report: string;
            nextStep?: string;
            nextAppointment?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @description send as If-Match to correct it */
              version: number;
              /** Format: date */
              date: string;
              minutes: number;
              /** @enum {unknown} */
              kind: 'gesprek' | 'werkplekbezoek' | 'driegesprek' | 'werkgever' | 'netwerk';
              /** @enum {unknown} */
              channel: 'op_locatie' | 'telefoon' | 'video';
              place: string;
              report: string;
              nextStep: string;
              nextAppointment: string | null;
              recordedByName: string;
              /** @description the caller wrote it (and so may correct it) */
              recordedByMe: boolean;
              /** Format: date-time */
              recordedAt: string;
              correctedAt: string | null;
              /** @description who wrote the current version when it is a correction; the earlier versions are at …/versions */
              correctedByName: string | null;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/participation-plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client’s own participation plan, as far as the caller may see it (disclosure); ETag = version */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              version: number;
              /** @description the participation plan document (see core ParticipationPlan) */
              plan: {
                [key: string]: unknown;
              };
              /** @description false: sections are hidden by the client’s disclosure */
              complete: boolean;
              /** @description sections of a plan stored before validation that did not match the schema; shown empty */
              damaged: string[];
              comments: {
                [key: string]: unknown;
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Save the plan (If-Match with the version you saw: 409 on a stale write, nothing lost); every version is kept */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the participation plan document (see core ParticipationPlan) */
            plan: {
              dreams?: string;
              meaning?: string;
              otherRoles?: string[];
              strengths?: string[];
              competences?: {
                persoonlijk: string;
                sociaal_maatschappelijk: string;
                werknemersvaardigheden: string;
                vakinhoudelijk: string;
              };
              readiness?: {
                noodzaak: number;
                verlangen: number;
                zelfvertrouwen: number;
                verwachting: number;
                steun: number;
              };
              preferences?: {
                sectors: string[];
                interests: string[];
                /** @enum {unknown} */
                level: 'ongeschoold' | 'vmbo' | 'mbo' | 'hbo' | 'wo';
                hoursPerWeek: number | null;
                earliestStart: string | null;
                maxTravelMinutes: number;
                availability: {
                  /** @enum {unknown} */
                  day: 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo';
                  from: string;
                  to: string;
                }[];
                wantsLowStimulus: boolean;
                wantsSmallScale: boolean;
                needsWheelchairAccess: boolean;
                costCeilingPerMonth: number | null;
                access: ('geen' | 'wmo_maatwerk' | 'wlz' | 'participatiewet' | 'zvw')[];
                rolesToGrowInto: ('deelnemer' | 'vrijwilliger' | 'medewerker' | 'mede_eigenaar')[];
                wantsSocialSafety: boolean;
              };
              supportNeeds?: ('aanpassingen' | 'structurering' | 'coaching' | 'kwartier_maken' | 'training')[];
              network?: {
                name: string;
                relation: string;
                contribution: string;
              }[];
              perspective?: string;
              steps?: {
                description: string;
                done: boolean;
              }[];
              ladder?: {
                currentRung: 1 | 2 | 3 | 4 | 5 | 6;
                targetRung: 1 | 2 | 3 | 4 | 5 | 6;
                wantsToStay: boolean;
              };
              signalPlan?: {
                groen: {
                  signs: string;
                  actions: string;
                };
                oranje: {
                  signs: string;
                  actions: string;
                };
                rood: {
                  signs: string;
                  actions: string;
                };
              };
              disclosure?: {
                /** @enum {unknown} */
                audience:
                  'werkbegeleider' | 'collegas' | 'trajectbegeleider' | 'gemeente' | 'naaste' | 'financier' | 'zorgverlener';
                mayKnow: string;
                sections: (
                  | 'dreams'
                  | 'meaning'
                  | 'otherRoles'
                  | 'strengths'
                  | 'competences'
                  | 'readiness'
                  | 'preferences'
                  | 'supportNeeds'
                  | 'network'
                  | 'perspective'
                  | 'steps'
                  | 'ladder'
                  | 'signalPlan'
                  | 'portfolio'
                  | 'comments'
                  | 'attendance'
                  | 'contactMoments'
                )[];
              }[];
              portfolio?: {
                title: string;
                /** @enum {unknown} */
                kind: 'ervaring' | 'certificaat' | 'werkstuk';
                /** Format: date */
                date: string;
                description: string;
                fileId: string | null;
              }[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/participation-plan/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every saved version of the plan, newest first (for those who may edit it) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/participation-plan/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Comment on the plan (for professionals who may read it; the client keeps the pen) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/ladder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ladder positions over time with each move (up, down, skipped rungs, growth within a rung) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Record the ladder position and the person’s own target; any direction is allowed (003 L1540-1544) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            date: string;
            rung: number;
            withinRungStep: number;
            targetRung: number;
            wantsToStay: boolean;
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/day-evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Evaluate day activities on the three lines (003 L1525-1535) with the ladder position, and for long-term care the questions of 000 L535-541 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            date: string;
            contentFit: string;
            levelFit: string;
            participationStage: string;
            nextActions: string;
            rung: number | null;
            longTermCare: {
              enjoys: string;
              overStimulated: string;
              behaviourTowardsOthers: string;
            } | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/day-evaluations/due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Day-activity evaluations due for clients on my care team: half-yearly, or when an indication ends */
    get: {
      parameters: {
        query?: {
          withinDays?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              clientId: string;
              clientName: string;
              due: string;
              reason: string;
              overdue: boolean;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/entitlements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client’s entitlements and insurance; the BSN masked; ETag = version */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description send as If-Match when saving */
              version: number;
              bsnMasked: string | null;
              entitlements: {
                wlz: {
                  /** Format: date */
                  from: string;
                  until: string | null;
                  /** @enum {unknown} */
                  deliveryForm: 'verblijf' | 'vpt' | 'mpt' | 'pgb';
                  withTreatment: boolean;
                  stayByThisOrganisation: boolean;
                  dagbestedingInStay: boolean;
                  zorgkantoor?: string | null;
                }[];
                wmo: {
                  /** Format: date */
                  from: string;
                  until: string | null;
                  allocationNumber: string;
                  municipalityCode: string;
                  productCategory: string;
                  productCode: string | null;
                  volume: number | null;
                  unit: string;
                  frequency: string;
                  tariffCents: number | null;
                }[];
                jeugdwet: {
                  /** Format: date */
                  from: string;
                  until: string | null;
                  continuedAfter18: boolean;
                }[];
                participatiewet: {
                  /** Format: date */
                  from: string;
                  until: string | null;
                  /** @enum {unknown} */
                  kind: 'beschut_werk' | 're_integratie';
                }[];
                insurance: {
                  /** Format: date */
                  from: string;
                  until: string | null;
                  uzovi: string;
                  insuredNumber: string | null;
                  supplementaryPolicyId: string | null;
                }[];
              };
              supplementaryPolicies: {
                id: string;
                name: string;
                uzovi: string;
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Save the entitlements as a new version (If-Match with the version you saw: 409 on a stale write); 422 with the field path for a bad BSN or allocation */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            bsn?: string | null;
            entitlements: {
              wlz: {
                /** Format: date */
                from: string;
                until: string | null;
                /** @enum {unknown} */
                deliveryForm: 'verblijf' | 'vpt' | 'mpt' | 'pgb';
                withTreatment: boolean;
                stayByThisOrganisation: boolean;
                dagbestedingInStay: boolean;
                zorgkantoor?: string | null;
              }[];
              wmo: {
                /** Format: date */
                from: string;
                until: string | null;
                allocationNumber: string;
                municipalityCode: string;
                productCategory: string;
                productCode: string | null;
                volume: number | null;
                unit: string;
                frequency: string;
                tariffCents: number | null;
              }[];
              jeugdwet: {
                /** Format: date */
                from: string;
                until: string | null;
                continuedAfter18: boolean;
              }[];
              participatiewet: {
                /** Format: date */
                from: string;
                until: string | null;
                /** @enum {unknown} */
                kind: 'beschut_werk' | 're_integratie';
              }[];
              insurance: {
                /** Format: date */
                from: string;
                until: string | null;
                uzovi: string;
                insuredNumber: string | null;
                supplementaryPolicyId: string | null;
              }[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/financing/months/{month}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One month of the client’s delivered services: kind, legal frame, payer, units, amount and the reasons per line; double funding blocks declaring */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          /** @description YYYY-MM */
          month: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description core PersonMonthOverview */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/services/{kind}/{serviceId}/classification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** “Waarom is dit behandeling?” — one delivered service: kind, frame, payer and every reason with its source */
    get: {
      parameters: {
        query: {
          /** @description the day of the service */
          date: string;
        };
        header?: never;
        path: {
          clientId: string;
          kind: 'session' | 'attendance';
          serviceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description core ClassificationWithChoice: derived, override (reason, who, applied) and the payer that counts */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/ergotherapie/statement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ergotherapie this calendar year: hours used and left of the basic and supplementary cover, self-pay */
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description core ErgoStatement */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/financing/parameter-sets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation’s contracts and tariffs (financing parameter sets), and the defaults still in force */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sets: {
                /** Format: uuid */
                id: string;
                /** @description send as If-Match when changing it */
                version: number;
                parameters: {
                  id: string;
                  /** Format: date */
                  validFrom: string;
                  /**
                   * Format: date
                   * @description inclusive
                   */
                  validUntil: string;
                  ergotherapie: {
                    quarterMinutes: number;
                    /** @enum {unknown} */
                    rounding: 'nearest' | 'up' | 'down';
                    basicCoverQuarters: number;
                    countIndirectMinutes: boolean;
                    screeningCountsAgainstCover: boolean;
                    codes: {
                      /** @description a Vektis prestatiecode, four digits */
                      dte_screening: string;
                      /** @description a Vektis prestatiecode, four digits */
                      intake_na_screening: string;
                      /** @description a Vektis prestatiecode, four digits */
                      intake_na_verwijzing: string;
                      /** @description a Vektis prestatiecode, four digits */
                      screening_intake_onderzoek: string;
                      /** @description a Vektis prestatiecode, four digits */
                      eenmalig_onderzoek: string;
                      /** @description a Vektis prestatiecode, four digits */
                      individuele_zitting: string;
                      /** @description a Vektis prestatiecode, four digits */
                      kinder_zitting: string;
                      /** @description a Vektis prestatiecode, four digits */
                      hand_zitting: string;
                      /** @description a Vektis prestatiecode, four digits */
                      telefonische_zitting: string;
                      /** @description a Vektis prestatiecode, four digits */
                      instructie_ouders: string;
                      /** @description a Vektis prestatiecode, four digits */
                      ouderen_zitting: string;
                    };
                    groupCodes: {
                      size: number;
                      maxSize: number;
                      /** @description a Vektis prestatiecode, four digits */
                      code: string;
                    }[];
                    surchargeCodes: {
                      /** @description a Vektis prestatiecode, four digits */
                      aan_huis: string;
                      /** @description a Vektis prestatiecode, four digits */
                      instelling: string;
                      /** @description a Vektis prestatiecode, four digits */
                      werkplek: string;
                    };
                    /** @description per prestatiecode: per quarter for contact codes, per occasion for surcharges */
                    tariffsCents: {
                      [key: string]: number;
                    };
                  };
                  eigenRisico: {
                    /** @description eurocent */
                    amountCents: number;
                  };
                  supplementaryPolicies: {
                    id: string;
                    uzovi: string;
                    name: string;
                    ergotherapieExtraQuarters: number;
                    coversVaktherapie: boolean;
                  }[];
                  wlz: {
                    dagbestedingCode: string | null;
                    dagbestedingTariffCents: number | null;
                    minMinutesPerDagdeel: number;
                  };
                  /** @description where each value comes from (a contract number, a public source), by dotted path */
                  sources: {
                    [key: string]: string;
                  };
                };
                /** Format: date-time */
                createdAt: string;
                createdByName: string | null;
                updatedAt: string | null;
                updatedByName: string | null;
              }[];
              /** @description whether a default set of Meedoen applies to a period no own set covers */
              usingDefaults: boolean;
              /** @description the default sets in force, for the periods without own sets */
              defaults: {
                id: string;
                /** Format: date */
                validFrom: string;
                /**
                 * Format: date
                 * @description inclusive
                 */
                validUntil: string;
                ergotherapie: {
                  quarterMinutes: number;
                  /** @enum {unknown} */
                  rounding: 'nearest' | 'up' | 'down';
                  basicCoverQuarters: number;
                  countIndirectMinutes: boolean;
                  screeningCountsAgainstCover: boolean;
                  codes: {
                    /** @description a Vektis prestatiecode, four digits */
                    dte_screening: string;
                    /** @description a Vektis prestatiecode, four digits */
                    intake_na_screening: string;
                    /** @description a Vektis prestatiecode, four digits */
                    intake_na_verwijzing: string;
                    /** @description a Vektis prestatiecode, four digits */
                    screening_intake_onderzoek: string;
                    /** @description a Vektis prestatiecode, four digits */
                    eenmalig_onderzoek: string;
                    /** @description a Vektis prestatiecode, four digits */
                    individuele_zitting: string;
                    /** @description a Vektis prestatiecode, four digits */
                    kinder_zitting: string;
                    /** @description a Vektis prestatiecode, four digits */
                    hand_zitting: string;
                    /** @description a Vektis prestatiecode, four digits */
                    telefonische_zitting: string;
                    /** @description a Vektis prestatiecode, four digits */
                    instructie_ouders: string;
                    /** @description a Vektis prestatiecode, four digits */
                    ouderen_zitting: string;
                  };
                  groupCodes: {
                    size: number;
                    maxSize: number;
                    /** @description a Vektis prestatiecode, four digits */
                    code: string;
                  }[];
                  surchargeCodes: {
                    /** @description a Vektis prestatiecode, four digits */
                    aan_huis: string;
                    /** @description a Vektis prestatiecode, four digits */
                    instelling: string;
                    /** @description a Vektis prestatiecode, four digits */
                    werkplek: string;
                  };
                  /** @description per prestatiecode: per quarter for contact codes, per occasion for surcharges */
                  tariffsCents: {
                    [key: string]: number;
                  };
                };
                eigenRisico: {
                  /** @description eurocent */
                  amountCents: number;
                };
                supplementaryPolicies: {
                  id: string;
                  uzovi: string;
                  name: string;
                  ergotherapieExtraQuarters: number;
                  coversVaktherapie: boolean;
                }[];
                wlz: {
                  dagbestedingCode: string | null;
                  dagbestedingTariffCents: number | null;
                  minMinutesPerDagdeel: number;
                };
                /** @description where each value comes from (a contract number, a public source), by dotted path */
                sources: {
                  [key: string]: string;
                };
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Add a set for a period no other set of the organisation covers; audited */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            validFrom: string;
            /**
             * Format: date
             * @description inclusive
             */
            validUntil: string;
            ergotherapie: {
              quarterMinutes: number;
              /** @enum {unknown} */
              rounding: 'nearest' | 'up' | 'down';
              basicCoverQuarters: number;
              countIndirectMinutes: boolean;
              screeningCountsAgainstCover: boolean;
              codes: {
                /** @description a Vektis prestatiecode, four digits */
                dte_screening: string;
                /** @description a Vektis prestatiecode, four digits */
                intake_na_screening: string;
                /** @description a Vektis prestatiecode, four digits */
                intake_na_verwijzing: string;
                /** @description a Vektis prestatiecode, four digits */
                screening_intake_onderzoek: string;
                /** @description a Vektis prestatiecode, four digits */
                eenmalig_onderzoek: string;
                /** @description a Vektis prestatiecode, four digits */
                individuele_zitting: string;
                /** @description a Vektis prestatiecode, four digits */
                kinder_zitting: string;
                /** @description a Vektis prestatiecode, four digits */
                hand_zitting: string;
                /** @description a Vektis prestatiecode, four digits */
                telefonische_zitting: string;
                /** @description a Vektis prestatiecode, four digits */
                instructie_ouders: string;
                /** @description a Vektis prestatiecode, four digits */
                ouderen_zitting: string;
              };
              groupCodes: {
                size: number;
                maxSize: number;
                /** @description a Vektis prestatiecode, four digits */
                code: string;
              }[];
              surchargeCodes: {
                /** @description a Vektis prestatiecode, four digits */
                aan_huis: string;
                /** @description a Vektis prestatiecode, four digits */
                instelling: string;
                /** @description a Vektis prestatiecode, four digits */
                werkplek: string;
              };
              /** @description per prestatiecode: per quarter for contact codes, per occasion for surcharges */
              tariffsCents: {
                [key: string]: number;
              };
            };
            eigenRisico: {
              /** @description eurocent */
              amountCents: number;
            };
            supplementaryPolicies: {
              id: string;
              uzovi: string;
              name: string;
              ergotherapieExtraQuarters: number;
              coversVaktherapie: boolean;
            }[];
            wlz: {
              dagbestedingCode: string | null;
              dagbestedingTariffCents: number | null;
              minMinutesPerDagdeel: number;
            };
            /** @description where each value comes from (a contract number, a public source), by dotted path */
            sources: {
              [key: string]: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @description send as If-Match when changing it */
              version: number;
              parameters: {
                id: string;
                /** Format: date */
                validFrom: string;
                /**
                 * Format: date
                 * @description inclusive
                 */
                validUntil: string;
                ergotherapie: {
                  quarterMinutes: number;
                  /** @enum {unknown} */
                  rounding: 'nearest' | 'up' | 'down';
                  basicCoverQuarters: number;
                  countIndirectMinutes: boolean;
                  screeningCountsAgainstCover: boolean;
                  codes: {
                    /** @description a Vektis prestatiecode, four digits */
                    dte_screening: string;
                    /** @description a Vektis prestatiecode, four digits */
                    intake_na_screening: string;
                    /** @description a Vektis prestatiecode, four digits */
                    intake_na_verwijzing: string;
                    /** @description a Vektis prestatiecode, four digits */
                    screening_intake_onderzoek: string;
                    /** @description a Vektis prestatiecode, four digits */
                    eenmalig_onderzoek: string;
                    /** @description a Vektis prestatiecode, four digits */
                    individuele_zitting: string;
                    /** @description a Vektis prestatiecode, four digits */
                    kinder_zitting: string;
                    /** @description a Vektis prestatiecode, four digits */
                    hand_zitting: string;
                    /** @description a Vektis prestatiecode, four digits */
                    telefonische_zitting: string;
                    /** @description a Vektis prestatiecode, four digits */
                    instructie_ouders: string;
                    /** @description a Vektis prestatiecode, four digits */
                    ouderen_zitting: string;
                  };
                  groupCodes: {
                    size: number;
                    maxSize: number;
                    /** @description a Vektis prestatiecode, four digits */
                    code: string;
                  }[];
                  surchargeCodes: {
                    /** @description a Vektis prestatiecode, four digits */
                    aan_huis: string;
                    /** @description a Vektis prestatiecode, four digits */
                    instelling: string;
                    /** @description a Vektis prestatiecode, four digits */
                    werkplek: string;
                  };
                  /** @description per prestatiecode: per quarter for contact codes, per occasion for surcharges */
                  tariffsCents: {
                    [key: string]: number;
                  };
                };
                eigenRisico: {
                  /** @description eurocent */
                  amountCents: number;
                };
                supplementaryPolicies: {
                  id: string;
                  uzovi: string;
                  name: string;
                  ergotherapieExtraQuarters: number;
                  coversVaktherapie: boolean;
                }[];
                wlz: {
                  dagbestedingCode: string | null;
                  dagbestedingTariffCents: number | null;
                  minMinutesPerDagdeel: number;
                };
                /** @description where each value comes from (a contract number, a public source), by dotted path */
                sources: {
                  [key: string]: string;
                };
              };
              /** Format: date-time */
              createdAt: string;
              createdByName: string | null;
              updatedAt: string | null;
              updatedByName: string | null;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/financing/parameter-sets/{setId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a set (If-Match: the version read); the previous version is kept; audited */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          setId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            validFrom: string;
            /**
             * Format: date
             * @description inclusive
             */
            validUntil: string;
            ergotherapie: {
              quarterMinutes: number;
              /** @enum {unknown} */
              rounding: 'nearest' | 'up' | 'down';
              basicCoverQuarters: number;
              countIndirectMinutes: boolean;
              screeningCountsAgainstCover: boolean;
              codes: {
                /** @description a Vektis prestatiecode, four digits */
                dte_screening: string;
                /** @description a Vektis prestatiecode, four digits */
                intake_na_screening: string;
                /** @description a Vektis prestatiecode, four digits */
                intake_na_verwijzing: string;
                /** @description a Vektis prestatiecode, four digits */
                screening_intake_onderzoek: string;
                /** @description a Vektis prestatiecode, four digits */
                eenmalig_onderzoek: string;
                /** @description a Vektis prestatiecode, four digits */
                individuele_zitting: string;
                /** @description a Vektis prestatiecode, four digits */
                kinder_zitting: string;
                /** @description a Vektis prestatiecode, four digits */
                hand_zitting: string;
                /** @description a Vektis prestatiecode, four digits */
                telefonische_zitting: string;
                /** @description a Vektis prestatiecode, four digits */
                instructie_ouders: string;
                /** @description a Vektis prestatiecode, four digits */
                ouderen_zitting: string;
              };
              groupCodes: {
                size: number;
                maxSize: number;
                /** @description a Vektis prestatiecode, four digits */
                code: string;
              }[];
              surchargeCodes: {
                /** @description a Vektis prestatiecode, four digits */
                aan_huis: string;
                /** @description a Vektis prestatiecode, four digits */
                instelling: string;
                /** @description a Vektis prestatiecode, four digits */
                werkplek: string;
              };
              /** @description per prestatiecode: per quarter for contact codes, per occasion for surcharges */
              tariffsCents: {
                [key: string]: number;
              };
            };
            eigenRisico: {
              /** @description eurocent */
              amountCents: number;
            };
            supplementaryPolicies: {
              id: string;
              uzovi: string;
              name: string;
              ergotherapieExtraQuarters: number;
              coversVaktherapie: boolean;
            }[];
            wlz: {
              dagbestedingCode: string | null;
              dagbestedingTariffCents: number | null;
              minMinutesPerDagdeel: number;
            };
            /** @description where each value comes from (a contract number, a public source), by dotted path */
            sources: {
              [key: string]: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @description send as If-Match when changing it */
              version: number;
              parameters: {
                id: string;
                /** Format: date */
                validFrom: string;
                /**
                 * Format: date
                 * @description inclusive
                 */
                validUntil: string;
                ergotherapie: {
                  quarterMinutes: number;
                  /** @enum {unknown} */
                  rounding: 'nearest' | 'up' | 'down';
                  basicCoverQuarters: number;
                  countIndirectMinutes: boolean;
                  screeningCountsAgainstCover: boolean;
                  codes: {
                    /** @description a Vektis prestatiecode, four digits */
                    dte_screening: string;
                    /** @description a Vektis prestatiecode, four digits */
                    intake_na_screening: string;
                    /** @description a Vektis prestatiecode, four digits */
                    intake_na_verwijzing: string;
                    /** @description a Vektis prestatiecode, four digits */
                    screening_intake_onderzoek: string;
                    /** @description a Vektis prestatiecode, four digits */
                    eenmalig_onderzoek: string;
                    /** @description a Vektis prestatiecode, four digits */
                    individuele_zitting: string;
                    /** @description a Vektis prestatiecode, four digits */
                    kinder_zitting: string;
                    /** @description a Vektis prestatiecode, four digits */
                    hand_zitting: string;
                    /** @description a Vektis prestatiecode, four digits */
                    telefonische_zitting: string;
                    /** @description a Vektis prestatiecode, four digits */
                    instructie_ouders: string;
                    /** @description a Vektis prestatiecode, four digits */
                    ouderen_zitting: string;
                  };
                  groupCodes: {
                    size: number;
                    maxSize: number;
                    /** @description a Vektis prestatiecode, four digits */
                    code: string;
                  }[];
                  surchargeCodes: {
                    /** @description a Vektis prestatiecode, four digits */
                    aan_huis: string;
                    /** @description a Vektis prestatiecode, four digits */
                    instelling: string;
                    /** @description a Vektis prestatiecode, four digits */
                    werkplek: string;
                  };
                  /** @description per prestatiecode: per quarter for contact codes, per occasion for surcharges */
                  tariffsCents: {
                    [key: string]: number;
                  };
                };
                eigenRisico: {
                  /** @description eurocent */
                  amountCents: number;
                };
                supplementaryPolicies: {
                  id: string;
                  uzovi: string;
                  name: string;
                  ergotherapieExtraQuarters: number;
                  coversVaktherapie: boolean;
                }[];
                wlz: {
                  dagbestedingCode: string | null;
                  dagbestedingTariffCents: number | null;
                  minMinutesPerDagdeel: number;
                };
                /** @description where each value comes from (a contract number, a public source), by dotted path */
                sources: {
                  [key: string]: string;
                };
              };
              /** Format: date-time */
              createdAt: string;
              createdByName: string | null;
              updatedAt: string | null;
              updatedByName: string | null;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/wmo301-imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Read in iWmo 301 toewijzing messages: all or nothing; a BSN no client has, a message for another provider or a bad element is a 422 with the path per file; the same message again changes nothing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            files: {
              name: string;
              /** @description one iWmo 301 message */
              xml: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              files: {
                name: string;
                messageId: string;
                /** Format: uuid */
                clientId: string;
                allocations: {
                  municipalityCode: string;
                  allocationNumber: string;
                  /** @enum {unknown} */
                  status: 'imported' | 'unchanged';
                }[];
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/allocations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client’s Wmo allocations with their source and linked enrolments, and per allocation what was delivered this month against what it allows */
    get: {
      parameters: {
        query: {
          /** @description YYYY-MM */
          month: string;
        };
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description YYYY-MM */
              month: string;
              allocations: {
                allocationNumber: string;
                municipalityCode: string;
                productCategory: string;
                productCode: string | null;
                volume: number | null;
                unit: string;
                frequency: string;
                /** Format: date */
                from: string;
                until: string | null;
                /** @enum {unknown} */
                source: 'manual' | 'wmo301';
                enrolmentIds: string[];
                /** @description core AllocationUse */
                use: {
                  [key: string]: unknown;
                };
              }[];
              enrolments: {
                /** Format: uuid */
                id: string;
                offerName: string;
                groupName: string | null;
                financer: string;
                status: string;
                allocationMunicipalityCode: string | null;
                allocationNumber: string | null;
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/enrolments/{enrolmentId}/allocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Link a Wmo enrolment to the allocation it is delivered under (or unlink with null); 422 when the client has no such dagbesteding allocation or the enrolment is not Wmo */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          enrolmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            allocation: {
              municipalityCode: string;
              allocationNumber: string;
            } | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/ergotherapie/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A planned ergotherapie session: quarters under basic cover, supplementary cover and self-pay, and a warning when it exceeds the cover */
    get: {
      parameters: {
        query: {
          date: string;
          /** @description direct (contact) minutes */
          minutes: number;
          indirectMinutes?: number;
          type?:
            | 'dte_screening'
            | 'intake_na_screening'
            | 'intake_na_verwijzing'
            | 'screening_intake_onderzoek'
            | 'eenmalig_onderzoek'
            | 'individuele_zitting'
            | 'kinder_zitting'
            | 'hand_zitting'
            | 'telefonische_zitting'
            | 'instructie_ouders'
            | 'groepszitting'
            | 'ouderen_zitting';
        };
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              quarters: number;
              basis: number;
              aanvullend: number;
              eigen_betaling: number;
              warning: {
                [key: string]: unknown;
              } | null;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/trajectories/{trajectoryId}/funding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who pays this trajectory today: derived with reasons, the frames that may be chosen instead, the choice; ETag */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description number of funding decisions so far; send as If-Match */
              version: number;
              /** Format: date */
              onDate: string;
              referralFunding: string | null;
              /** @description core PayerDerivation: frame, payer, route, eigen risico, reasons */
              derived: {
                [key: string]: unknown;
              };
              alternatives: ('zvw' | 'jeugdwet' | 'wlz' | 'wmo' | 'participatiewet' | 'aanvullend' | 'particulier' | 'geen')[];
              /** @enum {unknown} */
              chosen: 'zvw' | 'jeugdwet' | 'wlz' | 'wmo' | 'participatiewet' | 'aanvullend' | 'particulier' | 'geen';
              reason: string | null;
              overridden: boolean;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Choose the frame (If-Match): another than the derived one needs a reason, and is refused where the law leaves no choice (422 financing.payer_not_allowed_for_age and kin) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          trajectoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            frame: 'zvw' | 'jeugdwet' | 'wlz' | 'wmo' | 'participatiewet' | 'aanvullend' | 'particulier' | 'geen';
            reason: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description number of funding decisions so far; send as If-Match */
              version: number;
              /** Format: date */
              onDate: string;
              referralFunding: string | null;
              /** @description core PayerDerivation: frame, payer, route, eigen risico, reasons */
              derived: {
                [key: string]: unknown;
              };
              alternatives: ('zvw' | 'jeugdwet' | 'wlz' | 'wmo' | 'participatiewet' | 'aanvullend' | 'particulier' | 'geen')[];
              /** @enum {unknown} */
              chosen: 'zvw' | 'jeugdwet' | 'wlz' | 'wmo' | 'participatiewet' | 'aanvullend' | 'particulier' | 'geen';
              reason: string | null;
              overridden: boolean;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/declarations/runs/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Build the month’s draft runs of a route in the background: 202 with the job (GET /api/v1/jobs/{id} shows its progress; its result names the runs). While a build of the same route and month is queued or running, that job is returned */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description iwmo_323 (gemeente), pm304 (zorgverzekeraar), wlz (zorgkantoor)
             * @enum {unknown}
             */
            route: 'iwmo_323' | 'pm304' | 'wlz';
            /** @description YYYY-MM */
            month: string;
            /**
             * Format: date
             * @description the declaration day (DeclaratieDagtekening)
             */
            date: string;
          };
        };
      };
      responses: {
        /** @description a background job */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @description declaration.build, fhir.export, audit.checkpoint, reminders */
              kind: string;
              /** @description null for a scheduled job */
              requestedBy: string | null;
              /** @enum {unknown} */
              status: 'queued' | 'running' | 'succeeded' | 'failed';
              attempts: number;
              maxAttempts: number;
              progress: {
                done: number;
                total: number | null;
              };
              error: string | null;
              /** @description what the job produced for the screen (ids, counts) */
              result: {
                [key: string]: unknown;
              } | null;
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/declarations/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Build the month’s draft runs of a route — iWmo 323 per municipality, PM304 per insurer, Wlz per zorgkantoor — with the receiver’s checks; 409 financing.already_declared while a draft exists */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description iwmo_323 (gemeente), pm304 (zorgverzekeraar), wlz (zorgkantoor)
             * @enum {unknown}
             */
            route: 'iwmo_323' | 'pm304' | 'wlz';
            /** @description YYYY-MM */
            month: string;
            /**
             * Format: date
             * @description the declaration day (DeclaratieDagtekening)
             */
            date: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              runs: {
                [key: string]: unknown;
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/declarations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Declaration runs with status, totals and checks */
    get: {
      parameters: {
        query?: {
          /** @description YYYY-MM */
          month?: string;
          route?: 'iwmo_323' | 'pm304' | 'wlz';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/declarations/{runId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One run: lines (BSN masked), checks with return codes, the municipality’s answers */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          runId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description run, lines, reopened */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/declarations/{runId}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The file of a run: WMO323 XML, or the PM304 / AW319 Vektis EI flat file (an export: it holds BSNs; audited per client) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          runId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/xml (iWmo) or text/plain fixed-width records (Vektis EI) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/declarations/{runId}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a checked run as sent; 422 with the findings (and return codes) while it is blocked; 409 once sent */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          runId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description the run, sent */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/declarations/{runId}/discard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Discard a draft run (e.g. after fixing what its checks found), so the month can be built again; 409 once sent */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          runId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description the run, discarded */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/declarations/{runId}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Read the receiver’s answer (WMO325 XML in `xml`; PM305 or AW320 flat file in `content`): accepted lines, rejected lines reopened with their return codes, the awarded total; the run becomes answered */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          runId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description a WMO325 message */
            xml?: string;
            /** @description the answer file (WMO325, PM305, AW320) */
            content?: string;
          };
        };
      };
      responses: {
        /** @description outcome and reopened lines */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/declarations/lines/{lineId}/credit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct a sent, accepted line: never edited, but credited — the next run built carries a credit line referencing it and the line as the data now derive it. Once per line (409 financing.already_credited); 422 financing.credit_without_debet for a line that was not accepted */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          lineId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description why the line is corrected */
            reason: string;
          };
        };
      };
      responses: {
        /** @description the correction asked for */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/portfolio-files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a file (PDF, PNG or JPEG, at most 5 MB) to the portfolio; refer to it from a portfolio entry by its id */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @enum {unknown} */
            contentType: 'application/pdf' | 'image/png' | 'image/jpeg';
            /** Format: byte */
            dataBase64: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              sizeBytes: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/portfolio-files/{fileId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a portfolio file (for those who may see the portfolio; an external party only if the client disclosed it) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          fileId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description the file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/matches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Offers ranked for this person from their participation plan, each with its reasons; also what fell off and why */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ranked: {
                offerId: string;
                name: string;
                form: string;
                kind: string;
                rung: number;
                /** @description only for those who may know the home address (the person, representative, care team) */
                travelMinutes: number | null;
                /** @description travel time in minutes as a coarse band; null for an online offer */
                travelBand: ('<15' | '15-30' | '30-60' | '60+') | null;
                tier: number;
                score: number;
                reasons: {
                  code: string;
                  nl: string;
                  en: string;
                }[];
              }[];
              excluded: {
                offerId: string;
                name: string;
                rung: number;
                reasons: {
                  code: string;
                  nl: string;
                  en: string;
                }[];
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/unmet-needs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** No fitting offer: record what was sought, where, and why nothing fitted (for the organisation’s and municipality’s overview, 003 L1867-1870) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            sought: string;
            area: string;
            whyNothingFitted: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/unmet-needs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Needs the social map could not meet, without client identities (for the organisation and the municipality) */
    get: {
      parameters: {
        query?: {
          from?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              sought: string;
              area: string;
              whyNothingFitted: string;
              municipality: string | null;
              recordedOn: string;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Offers proposed to the person, newest first, each with its answer and the enrolment request’s outcome */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              offerId: string;
              offerName: string;
              groupId: string | null;
              groupName: string | null;
              message: string;
              /** @enum {unknown} */
              status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
              proposedBy: string;
              /** Format: date-time */
              proposedAt: string;
              answeredBy: string | null;
              answeredAt: string | null;
              answerReason: string | null;
              withdrawnBy: string | null;
              withdrawnAt: string | null;
              withdrawReason: string | null;
              /** @description after acceptance: the enrolment request to the coordinator, and its outcome */
              requestStatus: ('open' | 'placed' | 'declined') | null;
              requestClosedBy: string | null;
              requestClosedAt: string | null;
              requestDeclineReason: string | null;
              enrolmentId: string | null;
              /** @description every answer given, in order; from 12 up to 16 the young person and a parent each answer, and the proposal stays open until both said yes; a side’s later answer replaces its earlier one, which stays listed */
              answers: {
                /**
                 * @description the person themself, or a legal representative acting for them
                 * @enum {unknown}
                 */
                party: 'person' | 'representative';
                /** @enum {unknown} */
                answer: 'accepted' | 'declined';
                answeredBy: string;
                /** @description the reader gave this answer (and may change their yes to no while it waits) */
                answeredByMe: boolean;
                /** Format: date-time */
                answeredAt: string;
                reason: string | null;
                /** @description this answer replaces the same side’s earlier one: a yes changed to no, or a yes confirmed at 16 */
                replacesEarlier: boolean;
              }[];
              /** @description whether today the young person and a parent with authority both answer (ages 12 up to 16, BW 7:450 lid 2) */
              answeredTogether: boolean;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Propose an offer (optionally a group) to the person, with a short message; one open proposal per offer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            offerId: string;
            groupId?: string | null;
            message: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              offerId: string;
              offerName: string;
              groupId: string | null;
              groupName: string | null;
              message: string;
              /** @enum {unknown} */
              status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
              proposedBy: string;
              /** Format: date-time */
              proposedAt: string;
              answeredBy: string | null;
              answeredAt: string | null;
              answerReason: string | null;
              withdrawnBy: string | null;
              withdrawnAt: string | null;
              withdrawReason: string | null;
              /** @description after acceptance: the enrolment request to the coordinator, and its outcome */
              requestStatus: ('open' | 'placed' | 'declined') | null;
              requestClosedBy: string | null;
              requestClosedAt: string | null;
              requestDeclineReason: string | null;
              enrolmentId: string | null;
              /** @description every answer given, in order; from 12 up to 16 the young person and a parent each answer, and the proposal stays open until both said yes; a side’s later answer replaces its earlier one, which stays listed */
              answers: {
                /**
                 * @description the person themself, or a legal representative acting for them
                 * @enum {unknown}
                 */
                party: 'person' | 'representative';
                /** @enum {unknown} */
                answer: 'accepted' | 'declined';
                answeredBy: string;
                /** @description the reader gave this answer (and may change their yes to no while it waits) */
                answeredByMe: boolean;
                /** Format: date-time */
                answeredAt: string;
                reason: string | null;
                /** @description this answer replaces the same side’s earlier one: a yes changed to no, or a yes confirmed at 16 */
                replacesEarlier: boolean;
              }[];
              /** @description whether today the young person and a parent with authority both answer (ages 12 up to 16, BW 7:450 lid 2) */
              answeredTogether: boolean;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/proposals/{proposalId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The person (or their legal representative) accepts: an enrolment request goes to the coordinator. From 12 up to 16 the young person and a parent with authority both accept; the first yes waits for the other */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          proposalId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              offerId: string;
              offerName: string;
              groupId: string | null;
              groupName: string | null;
              message: string;
              /** @enum {unknown} */
              status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
              proposedBy: string;
              /** Format: date-time */
              proposedAt: string;
              answeredBy: string | null;
              answeredAt: string | null;
              answerReason: string | null;
              withdrawnBy: string | null;
              withdrawnAt: string | null;
              withdrawReason: string | null;
              /** @description after acceptance: the enrolment request to the coordinator, and its outcome */
              requestStatus: ('open' | 'placed' | 'declined') | null;
              requestClosedBy: string | null;
              requestClosedAt: string | null;
              requestDeclineReason: string | null;
              enrolmentId: string | null;
              /** @description every answer given, in order; from 12 up to 16 the young person and a parent each answer, and the proposal stays open until both said yes; a side’s later answer replaces its earlier one, which stays listed */
              answers: {
                /**
                 * @description the person themself, or a legal representative acting for them
                 * @enum {unknown}
                 */
                party: 'person' | 'representative';
                /** @enum {unknown} */
                answer: 'accepted' | 'declined';
                answeredBy: string;
                /** @description the reader gave this answer (and may change their yes to no while it waits) */
                answeredByMe: boolean;
                /** Format: date-time */
                answeredAt: string;
                reason: string | null;
                /** @description this answer replaces the same side’s earlier one: a yes changed to no, or a yes confirmed at 16 */
                replacesEarlier: boolean;
              }[];
              /** @description whether today the young person and a parent with authority both answer (ages 12 up to 16, BW 7:450 lid 2) */
              answeredTogether: boolean;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/proposals/{proposalId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The person (or their legal representative) declines, optionally saying why; from 12 up to 16 one no of either declines it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          proposalId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              offerId: string;
              offerName: string;
              groupId: string | null;
              groupName: string | null;
              message: string;
              /** @enum {unknown} */
              status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
              proposedBy: string;
              /** Format: date-time */
              proposedAt: string;
              answeredBy: string | null;
              answeredAt: string | null;
              answerReason: string | null;
              withdrawnBy: string | null;
              withdrawnAt: string | null;
              withdrawReason: string | null;
              /** @description after acceptance: the enrolment request to the coordinator, and its outcome */
              requestStatus: ('open' | 'placed' | 'declined') | null;
              requestClosedBy: string | null;
              requestClosedAt: string | null;
              requestDeclineReason: string | null;
              enrolmentId: string | null;
              /** @description every answer given, in order; from 12 up to 16 the young person and a parent each answer, and the proposal stays open until both said yes; a side’s later answer replaces its earlier one, which stays listed */
              answers: {
                /**
                 * @description the person themself, or a legal representative acting for them
                 * @enum {unknown}
                 */
                party: 'person' | 'representative';
                /** @enum {unknown} */
                answer: 'accepted' | 'declined';
                answeredBy: string;
                /** @description the reader gave this answer (and may change their yes to no while it waits) */
                answeredByMe: boolean;
                /** Format: date-time */
                answeredAt: string;
                reason: string | null;
                /** @description this answer replaces the same side’s earlier one: a yes changed to no, or a yes confirmed at 16 */
                replacesEarlier: boolean;
              }[];
              /** @description whether today the young person and a parent with authority both answer (ages 12 up to 16, BW 7:450 lid 2) */
              answeredTogether: boolean;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/proposals/{proposalId}/answers/{party}/change-to-no': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** "Toch niet": the one who said yes for this side (the young person, or the parent who answered) changes it to no while the proposal waits for the other side; that declines it. The yes stays readable among the answers. Once accepted or declined the answers stand (409 proposal.already_answered); another side’s or another parent’s yes is not yours (403 proposal.not_your_answer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          proposalId: string;
          /** @description the side whose yes becomes a no */
          party: 'person' | 'representative';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              offerId: string;
              offerName: string;
              groupId: string | null;
              groupName: string | null;
              message: string;
              /** @enum {unknown} */
              status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
              proposedBy: string;
              /** Format: date-time */
              proposedAt: string;
              answeredBy: string | null;
              answeredAt: string | null;
              answerReason: string | null;
              withdrawnBy: string | null;
              withdrawnAt: string | null;
              withdrawReason: string | null;
              /** @description after acceptance: the enrolment request to the coordinator, and its outcome */
              requestStatus: ('open' | 'placed' | 'declined') | null;
              requestClosedBy: string | null;
              requestClosedAt: string | null;
              requestDeclineReason: string | null;
              enrolmentId: string | null;
              /** @description every answer given, in order; from 12 up to 16 the young person and a parent each answer, and the proposal stays open until both said yes; a side’s later answer replaces its earlier one, which stays listed */
              answers: {
                /**
                 * @description the person themself, or a legal representative acting for them
                 * @enum {unknown}
                 */
                party: 'person' | 'representative';
                /** @enum {unknown} */
                answer: 'accepted' | 'declined';
                answeredBy: string;
                /** @description the reader gave this answer (and may change their yes to no while it waits) */
                answeredByMe: boolean;
                /** Format: date-time */
                answeredAt: string;
                reason: string | null;
                /** @description this answer replaces the same side’s earlier one: a yes changed to no, or a yes confirmed at 16 */
                replacesEarlier: boolean;
              }[];
              /** @description whether today the young person and a parent with authority both answer (ages 12 up to 16, BW 7:450 lid 2) */
              answeredTogether: boolean;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/proposals/{proposalId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a proposal the person has not yet answered, saying why: the one who proposed it, or the coordinator on the care team */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          proposalId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              offerId: string;
              offerName: string;
              groupId: string | null;
              groupName: string | null;
              message: string;
              /** @enum {unknown} */
              status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
              proposedBy: string;
              /** Format: date-time */
              proposedAt: string;
              answeredBy: string | null;
              answeredAt: string | null;
              answerReason: string | null;
              withdrawnBy: string | null;
              withdrawnAt: string | null;
              withdrawReason: string | null;
              /** @description after acceptance: the enrolment request to the coordinator, and its outcome */
              requestStatus: ('open' | 'placed' | 'declined') | null;
              requestClosedBy: string | null;
              requestClosedAt: string | null;
              requestDeclineReason: string | null;
              enrolmentId: string | null;
              /** @description every answer given, in order; from 12 up to 16 the young person and a parent each answer, and the proposal stays open until both said yes; a side’s later answer replaces its earlier one, which stays listed */
              answers: {
                /**
                 * @description the person themself, or a legal representative acting for them
                 * @enum {unknown}
                 */
                party: 'person' | 'representative';
                /** @enum {unknown} */
                answer: 'accepted' | 'declined';
                answeredBy: string;
                /** @description the reader gave this answer (and may change their yes to no while it waits) */
                answeredByMe: boolean;
                /** Format: date-time */
                answeredAt: string;
                reason: string | null;
                /** @description this answer replaces the same side’s earlier one: a yes changed to no, or a yes confirmed at 16 */
                replacesEarlier: boolean;
              }[];
              /** @description whether today the young person and a parent with authority both answer (ages 12 up to 16, BW 7:450 lid 2) */
              answeredTogether: boolean;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/proposals/{proposalId}/request-decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The coordinator declines the enrolment request, with a reason the person and the proposer see */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          clientId: string;
          proposalId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              offerId: string;
              offerName: string;
              groupId: string | null;
              groupName: string | null;
              message: string;
              /** @enum {unknown} */
              status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
              proposedBy: string;
              /** Format: date-time */
              proposedAt: string;
              answeredBy: string | null;
              answeredAt: string | null;
              answerReason: string | null;
              withdrawnBy: string | null;
              withdrawnAt: string | null;
              withdrawReason: string | null;
              /** @description after acceptance: the enrolment request to the coordinator, and its outcome */
              requestStatus: ('open' | 'placed' | 'declined') | null;
              requestClosedBy: string | null;
              requestClosedAt: string | null;
              requestDeclineReason: string | null;
              enrolmentId: string | null;
              /** @description every answer given, in order; from 12 up to 16 the young person and a parent each answer, and the proposal stays open until both said yes; a side’s later answer replaces its earlier one, which stays listed */
              answers: {
                /**
                 * @description the person themself, or a legal representative acting for them
                 * @enum {unknown}
                 */
                party: 'person' | 'representative';
                /** @enum {unknown} */
                answer: 'accepted' | 'declined';
                answeredBy: string;
                /** @description the reader gave this answer (and may change their yes to no while it waits) */
                answeredByMe: boolean;
                /** Format: date-time */
                answeredAt: string;
                reason: string | null;
                /** @description this answer replaces the same side’s earlier one: a yes changed to no, or a yes confirmed at 16 */
                replacesEarlier: boolean;
              }[];
              /** @description whether today the young person and a parent with authority both answer (ages 12 up to 16, BW 7:450 lid 2) */
              answeredTogether: boolean;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/metadata': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 CapabilityStatement */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Patient': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search Patient of one client (_id required); the same access check and audit as the JSON API */
    get: {
      parameters: {
        query: {
          _id: string;
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Patient/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read Patient */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/RelatedPerson': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search RelatedPerson of one client (patient required); the same access check and audit as the JSON API */
    get: {
      parameters: {
        query: {
          patient: string;
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/RelatedPerson/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read RelatedPerson */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/CareTeam': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search CareTeam of one client (patient required); the same access check and audit as the JSON API */
    get: {
      parameters: {
        query: {
          patient: string;
          status?: string | string[];
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/CareTeam/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read CareTeam */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search Consent of one client (patient required); the same access check and audit as the JSON API */
    get: {
      parameters: {
        query: {
          patient: string;
          status?: string | string[];
          date?: string | string[];
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Consent/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read Consent */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/EpisodeOfCare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search EpisodeOfCare of one client (patient required); the same access check and audit as the JSON API */
    get: {
      parameters: {
        query: {
          patient: string;
          status?: string | string[];
          date?: string | string[];
          _include?: 'EpisodeOfCare:incoming-referral' | 'EpisodeOfCare:incoming-referral'[];
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/EpisodeOfCare/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read EpisodeOfCare */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/ServiceRequest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search ServiceRequest of one client (patient required); the same access check and audit as the JSON API */
    get: {
      parameters: {
        query: {
          patient: string;
          status?: string | string[];
          category?: string | string[];
          authored?: string | string[];
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/ServiceRequest/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read ServiceRequest */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Goal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search Goal of one client (patient required); the same access check and audit as the JSON API */
    get: {
      parameters: {
        query: {
          patient: string;
          'lifecycle-status'?: string | string[];
          category?: string | string[];
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Goal/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read Goal */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/CarePlan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search CarePlan of one client (patient required); the same access check and audit as the JSON API; made of parts (treatment, participation_plan), each checked and audited on its own: the answer holds the parts the caller may see */
    get: {
      parameters: {
        query: {
          patient: string;
          status?: string | string[];
          category?: string | string[];
          date?: string | string[];
          _include?: 'CarePlan:goal' | 'CarePlan:goal'[];
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/CarePlan/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read CarePlan; made of parts (treatment, participation_plan), each checked and audited on its own: the answer holds the parts the caller may see */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Encounter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search Encounter of one client (patient required); the same access check and audit as the JSON API; made of parts (treatment, day_activities), each checked and audited on its own: the answer holds the parts the caller may see */
    get: {
      parameters: {
        query: {
          patient: string;
          status?: string | string[];
          date?: string | string[];
          type?: string | string[];
          class?: string | string[];
          _include?: 'Encounter:episode-of-care' | 'Encounter:episode-of-care'[];
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Encounter/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read Encounter; made of parts (treatment, day_activities), each checked and audited on its own: the answer holds the parts the caller may see */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/QuestionnaireResponse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search QuestionnaireResponse of one client (patient required); the same access check and audit as the JSON API */
    get: {
      parameters: {
        query: {
          patient: string;
          status?: string | string[];
          date?: string | string[];
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/QuestionnaireResponse/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read QuestionnaireResponse */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Observation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search Observation of one client (patient required); the same access check and audit as the JSON API; made of parts (measurements, participation_plan), each checked and audited on its own: the answer holds the parts the caller may see */
    get: {
      parameters: {
        query: {
          patient: string;
          status?: string | string[];
          category?: string | string[];
          code?: string | string[];
          date?: string | string[];
          _include?: 'Observation:derived-from' | 'Observation:derived-from'[];
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Observation/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read Observation; made of parts (measurements, participation_plan), each checked and audited on its own: the answer holds the parts the caller may see */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Flag': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search Flag of one client (patient required); the same access check and audit as the JSON API */
    get: {
      parameters: {
        query: {
          patient: string;
          status?: string | string[];
          category?: string | string[];
          code?: string | string[];
          date?: string | string[];
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Flag/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read Flag */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/AuditEvent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search AuditEvent of one client (patient required); the same access check and audit as the JSON API */
    get: {
      parameters: {
        query: {
          patient: string;
          date?: string | string[];
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/AuditEvent/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read AuditEvent */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Organization': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search Organization of the organisation */
    get: {
      parameters: {
        query?: {
          name?: string | string[];
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Organization/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read Organization */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Practitioner': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search Practitioner of the organisation */
    get: {
      parameters: {
        query?: {
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Practitioner/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read Practitioner */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/PractitionerRole': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search PractitionerRole of the organisation */
    get: {
      parameters: {
        query?: {
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/PractitionerRole/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read PractitionerRole */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/HealthcareService': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search HealthcareService of the organisation */
    get: {
      parameters: {
        query?: {
          name?: string | string[];
          active?: string | string[];
          _include?: 'HealthcareService:location' | 'HealthcareService:location'[];
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/HealthcareService/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read HealthcareService */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Location': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 search Location of the organisation */
    get: {
      parameters: {
        query?: {
          name?: string | string[];
          _count?: number;
          _offset?: number;
          _format?: 'json' | 'application/fhir+json' | 'application/json';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Location/{resourceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR R4 read Location */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description application/fhir+json */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/$export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR bulk export of everything the caller may see (NDJSON per type, background job) */
    get: {
      parameters: {
        query?: {
          /** @description comma-separated resource types; all when absent */
          _type?: string;
          _outputFormat?: 'application/fhir+ndjson' | 'application/ndjson' | 'ndjson';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description accepted; Content-Location names the status URL */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/Patient/{resourceId}/$export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** FHIR bulk export of one client (NDJSON per type, background job) */
    get: {
      parameters: {
        query?: {
          /** @description comma-separated resource types; all when absent */
          _type?: string;
          _outputFormat?: 'application/fhir+ndjson' | 'application/ndjson' | 'ndjson';
        };
        header?: never;
        path: {
          resourceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description accepted; Content-Location names the status URL */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/$export-status/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Status of a bulk export: 202 while running, the manifest when done */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/fhir/R4/$export-file/{jobId}/{type}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One NDJSON file of a finished bulk export, with each client’s access checked again */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
          type:
            | 'Patient'
            | 'RelatedPerson'
            | 'CareTeam'
            | 'Consent'
            | 'EpisodeOfCare'
            | 'ServiceRequest'
            | 'Goal'
            | 'CarePlan'
            | 'Encounter'
            | 'QuestionnaireResponse'
            | 'Observation'
            | 'Flag'
            | 'AuditEvent'
            | 'Organization'
            | 'Practitioner'
            | 'PractitionerRole'
            | 'HealthcareService'
            | 'Location';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/municipal-overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per neighbourhood and rung: offers, places free, waiting, reach by public transport, diversity of forms, unmet needs — counts of persons under the cell size suppressed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description bound to the signed-in officer */
              municipalities: string[];
              /** @description map tiles; null = markers on a plain background */
              tileUrl: string | null;
              minCellSize: number;
              rows: {
                municipality: string | null;
                /** @description null: unknown, or online offers */
                neighbourhood: string | null;
                online: boolean;
                centre: {
                  lat: number;
                  lon: number;
                } | null;
                forms: (
                  | 'inloop_ontmoeting'
                  | 'belevingsgerichte_dagbesteding'
                  | 'arbeidsmatige_dagbesteding'
                  | 'vrijwilligerswerk'
                  | 'leerwerkplek'
                  | 'beschut_werk'
                  | 'betaald_werk_ondersteund'
                  | 'regulier_werk'
                )[];
              }[];
              columns: (number | 'unknown')[];
              offers: {
                cells: number[][];
                rowTotals: number[];
                columnTotals: number[];
                total: number;
              };
              places: {
                cells: number[][];
                rowTotals: number[];
                columnTotals: number[];
                total: number;
              };
              publicTransport: {
                cells: number[][];
                rowTotals: number[];
                columnTotals: number[];
                total: number;
              };
              diversity: {
                cells: number[][];
                rowTotals: number[];
                columnTotals: number[];
                total: number;
              };
              occupied: {
                cells: (number | null)[][];
                rowTotals: (number | null)[];
                columnTotals: (number | null)[];
                /** @description null: suppressed (fewer persons than the cell size) */
                total: number | null;
              };
              placesFree: {
                cells: (number | null)[][];
                rowTotals: (number | null)[];
                columnTotals: (number | null)[];
                /** @description null: suppressed (fewer persons than the cell size) */
                total: number | null;
              };
              waiting: {
                cells: (number | null)[][];
                rowTotals: (number | null)[];
                columnTotals: (number | null)[];
                /** @description null: suppressed (fewer persons than the cell size) */
                total: number | null;
              };
              unmetNeeds: {
                cells: (number | null)[][];
                rowTotals: (number | null)[];
                columnTotals: (number | null)[];
                /** @description null: suppressed (fewer persons than the cell size) */
                total: number | null;
              };
              missingForms: {
                municipality: string;
                forms: (
                  | 'inloop_ontmoeting'
                  | 'belevingsgerichte_dagbesteding'
                  | 'arbeidsmatige_dagbesteding'
                  | 'vrijwilligerswerk'
                  | 'leerwerkplek'
                  | 'beschut_werk'
                  | 'betaald_werk_ondersteund'
                  | 'regulier_werk'
                )[];
              }[];
              markers: {
                id: string;
                name: string;
                /** @enum {unknown} */
                form:
                  | 'inloop_ontmoeting'
                  | 'belevingsgerichte_dagbesteding'
                  | 'arbeidsmatige_dagbesteding'
                  | 'vrijwilligerswerk'
                  | 'leerwerkplek'
                  | 'beschut_werk'
                  | 'betaald_werk_ondersteund'
                  | 'regulier_werk';
                rung: number;
                lat: number;
                lon: number;
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{userId}/municipalities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Bind a user with the role municipality to the municipalities whose overview they see (replaces the list) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            municipalities: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              municipalities: string[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{report}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Attendance per month, units per contract, or treatment volume per discipline over a period of months, as CSV or XLSX (totals, no client named) */
    get: {
      parameters: {
        query: {
          /** @description YYYY-MM */
          from: string;
          /** @description YYYY-MM */
          until: string;
          format: 'csv' | 'xlsx';
        };
        header?: never;
        path: {
          report: 'attendance-per-month' | 'units-per-contract' | 'treatment-volume-per-discipline';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description the file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['Problem'];
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['Problem'];
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['Problem'];
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': components['schemas']['Problem'];
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agenda/rooms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation’s rooms */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              capacity: number | null;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Add a room that appointments can book */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            capacity: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A day or week of the agenda of a professional (default: me), a room or a group; no client names or health data. Without dates: today (a work list can use this). */
    get: {
      parameters: {
        query?: {
          professionalId?: string;
          roomId?: string;
          groupId?: string;
          from?: string;
          until?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              source: 'afspraak' | 'groepsactiviteit';
              seriesId: string | null;
              originalDate: string | null;
              occurrenceId: string | null;
              /** @enum {unknown} */
              kind: 'individueel' | 'groep' | 'mdo' | 'huisbezoek' | 'ruimte' | 'online';
              /** @description neutral title: no client name, no health data */
              title: string;
              date: string;
              starts: string;
              ends: string;
              moved: boolean;
              cancelled: boolean;
              cancelReason: string | null;
              recurring: boolean;
              professional: {
                id: string;
                name: string;
              } | null;
              room: {
                id: string;
                name: string;
              } | null;
              group: {
                id: string;
                name: string;
              } | null;
              location: string | null;
              onlineUrl: string | null;
              /** @description only for whom may see the client */
              clientId: string | null;
              /** @description only for whom may see the client */
              clientName: string | null;
              /** @description the trajectory the appointment opens (named, or the professional’s running one); only for whom may read treatment */
              trajectoryId: string | null;
              version: number | null;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agenda/series/{seriesId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One series with its exceptions, to change it (own, or anyone’s with agenda.plan) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          seriesId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              kind: 'individueel' | 'groep' | 'mdo' | 'huisbezoek' | 'ruimte' | 'online';
              version: number;
              cancelled: boolean;
              professionalId: string;
              roomId: string | null;
              groupId: string | null;
              clientId: string | null;
              trajectoryId: string | null;
              address: string | null;
              onlineUrl: string | null;
              startDate: string;
              startTime: string;
              endTime: string;
              recurrence: {
                /** @enum {unknown} */
                frequency: 'dagelijks' | 'wekelijks' | 'maandelijks';
                interval: number;
                weekdays: ('ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo')[];
                until: string | null;
                count: number | null;
              } | null;
              exceptions: (
                | {
                    /** Format: date */
                    date: string;
                    /** @enum {string} */
                    kind: 'cancelled';
                    reason: string;
                  }
                | {
                    /** Format: date */
                    date: string;
                    /** @enum {string} */
                    kind: 'moved';
                    reason: string;
                    /** Format: date */
                    toDate: string;
                    toStart: string;
                    toEnd: string;
                  }
              )[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Change the time, place, recurrence or exceptions of a series (optimistic concurrency on version) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          seriesId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            /** Format: uuid */
            professionalId: string;
            roomId: string | null;
            address: string | null;
            onlineUrl: string | null;
            /** Format: date */
            startDate: string;
            startTime: string;
            endTime: string;
            recurrence: {
              /** @enum {unknown} */
              frequency: 'dagelijks' | 'wekelijks' | 'maandelijks';
              interval: number;
              weekdays: ('ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo')[];
              until: string | null;
              count: number | null;
            } | null;
            exceptions: (
              | {
                  /** Format: date */
                  date: string;
                  /** @enum {string} */
                  kind: 'cancelled';
                  reason: string;
                }
              | {
                  /** Format: date */
                  date: string;
                  /** @enum {string} */
                  kind: 'moved';
                  reason: string;
                  /** Format: date */
                  toDate: string;
                  toStart: string;
                  toEnd: string;
                }
            )[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client’s appointments and group sessions in a period (the portal’s “Mijn agenda”); treatment links only for who may read treatment */
    get: {
      parameters: {
        query?: {
          from?: string;
          until?: string;
        };
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {unknown} */
              source: 'afspraak' | 'groepsactiviteit';
              seriesId: string | null;
              originalDate: string | null;
              occurrenceId: string | null;
              /** @enum {unknown} */
              kind: 'individueel' | 'groep' | 'mdo' | 'huisbezoek' | 'ruimte' | 'online';
              /** @description neutral title: no client name, no health data */
              title: string;
              date: string;
              starts: string;
              ends: string;
              moved: boolean;
              cancelled: boolean;
              cancelReason: string | null;
              recurring: boolean;
              professional: {
                id: string;
                name: string;
              } | null;
              room: {
                id: string;
                name: string;
              } | null;
              group: {
                id: string;
                name: string;
              } | null;
              location: string | null;
              onlineUrl: string | null;
              /** @description only for whom may see the client */
              clientId: string | null;
              /** @description only for whom may see the client */
              clientName: string | null;
              /** @description the trajectory the appointment opens (named, or the professional’s running one); only for whom may read treatment */
              trajectoryId: string | null;
              version: number | null;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agenda/series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Plan an appointment or a recurring series (RFC 5545 rule) with exceptions; refused when the professional or the room is already booked */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {unknown} */
            kind: 'individueel' | 'groep' | 'mdo' | 'huisbezoek' | 'ruimte' | 'online';
            clientId: string | null;
            trajectoryId: string | null;
            groupId: string | null;
            /**
             * Format: uuid
             * @description default: me
             */
            professionalId?: string;
            roomId: string | null;
            address: string | null;
            onlineUrl: string | null;
            /** Format: date */
            startDate: string;
            startTime: string;
            endTime: string;
            recurrence: {
              /** @enum {unknown} */
              frequency: 'dagelijks' | 'wekelijks' | 'maandelijks';
              interval: number;
              weekdays: ('ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo')[];
              until: string | null;
              count: number | null;
            } | null;
            exceptions: (
              | {
                  /** Format: date */
                  date: string;
                  /** @enum {string} */
                  kind: 'cancelled';
                  reason: string;
                }
              | {
                  /** Format: date */
                  date: string;
                  /** @enum {string} */
                  kind: 'moved';
                  reason: string;
                  /** Format: date */
                  toDate: string;
                  toStart: string;
                  toEnd: string;
                }
            )[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agenda/series/{seriesId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a whole series with a reason (its sessions leave the agenda) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          seriesId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agenda/series/{seriesId}/sessions/{date}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel one session of a series (a holiday, a cancelled week), with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          seriesId: string;
          date: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agenda/series/{seriesId}/sessions/{date}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move one session of a series to another date and time, with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          seriesId: string;
          date: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            reason: string;
            /** Format: date */
            toDate: string;
            toStart: string;
            toEnd: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              version: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agenda/feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether I have a calendar link (the link itself is shown only once, when made) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              createdAt: string | null;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Make a new calendar link for my agenda; any earlier link stops working */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              path: string;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Revoke my calendar link */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agenda/feed/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The iCalendar feed behind a secret link (text/calendar): times, places and neutral titles only */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          file: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/calendar */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clients/{clientId}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The record read back: everything written about the person that the caller may read (notes, sessions, evaluations with their decisions, MDO, plan versions, measurements, attendance), newest first, paged */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path: {
          clientId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                /** @enum {unknown} */
                kind:
                  | 'session'
                  | 'evaluation'
                  | 'plan_version'
                  | 'plan_agreed'
                  | 'referral'
                  | 'treatment_step'
                  | 'mdo'
                  | 'measurement'
                  | 'attendance'
                  | 'day_evaluation'
                  | 'participation_plan_version'
                  | 'contact_moment';
                /** @description the date it is about */
                date: string;
                /**
                 * Format: date-time
                 * @description when it was written
                 */
                at: string;
                authorName: string | null;
                label: string;
                fields: {
                  name: string;
                  value: string;
                }[];
                trajectoryId: string | null;
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notes/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Full-text search over the session notes the caller may read (treatment, on an ordinary ground), with Dutch stemming: "fietsen" finds "fiets"; each client shown is audited */
    get: {
      parameters: {
        query: {
          q: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                clientId: string;
                clientName: string;
                trajectoryId: string;
                /** @description the timeline item id of the note */
                id: string;
                date: string;
                authorName: string | null;
                activities: string;
                observations: string;
                sessionEvaluation: string;
              }[];
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/worklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My work list as a start page: today’s roll calls and appointments (note written or not), session notes still to write, referrals to accept, plans awaiting agreement, evaluations due, alerts, consents and allocations ending soon; only clients I may read, each shown audited */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {unknown} */
                kind:
                  | 'roll_call_today'
                  | 'session_today'
                  | 'note_to_write'
                  | 'referral_to_accept'
                  | 'plan_awaiting_agreement'
                  | 'evaluation_due'
                  | 'alert'
                  | 'consent_expiring'
                  | 'allocation_expiring'
                  | 'enrolment_request';
                clientId: string | null;
                clientName: string | null;
                date: string | null;
                label: string;
                link: string;
                /** @description today’s appointments: whether the session note is written */
                done: boolean | null;
              }[];
              counts: {
                roll_call_today: number;
                session_today: number;
                note_to_write: number;
                referral_to_accept: number;
                plan_awaiting_agreement: number;
                evaluation_due: number;
                alert: number;
                consent_expiring: number;
                allocation_expiring: number;
                enrolment_request: number;
              };
              total: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My messages, newest first (the latest 50), with the number unread */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** @enum {unknown} */
                kind:
                  | 'referral_to_accept'
                  | 'plan_awaiting_agreement'
                  | 'evaluation_recorded'
                  | 'offer_proposed'
                  | 'enrolment_request'
                  | 'work_due';
                link: string;
                /** Format: date-time */
                createdAt: string;
                read: boolean;
              }[];
              unread: number;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{notificationId}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of my messages as read (again: no change) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          notificationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Background jobs, newest first: my own, or the organisation’s for the beheerder */
    get: {
      parameters: {
        query?: {
          kind?: string;
          status?: 'queued' | 'running' | 'succeeded' | 'failed';
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @description declaration.build, fhir.export, audit.checkpoint, reminders */
              kind: string;
              /** @description null for a scheduled job */
              requestedBy: string | null;
              /** @enum {unknown} */
              status: 'queued' | 'running' | 'succeeded' | 'failed';
              attempts: number;
              maxAttempts: number;
              progress: {
                done: number;
                total: number | null;
              };
              error: string | null;
              /** @description what the job produced for the screen (ids, counts) */
              result: {
                [key: string]: unknown;
              } | null;
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
            }[];
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One background job: status, attempts, progress, the last error, the result when done */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description a background job */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @description declaration.build, fhir.export, audit.checkpoint, reminders */
              kind: string;
              /** @description null for a scheduled job */
              requestedBy: string | null;
              /** @enum {unknown} */
              status: 'queued' | 'running' | 'succeeded' | 'failed';
              attempts: number;
              maxAttempts: number;
              progress: {
                done: number;
                total: number | null;
              };
              error: string | null;
              /** @description what the job produced for the screen (ids, counts) */
              result: {
                [key: string]: unknown;
              } | null;
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
            };
          };
        };
        /** @description application/problem+json */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description application/problem+json */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** RFC 9457 problem details */
    Problem: {
      type: string;
      title: string;
      status: number;
      /** @description stable machine code, e.g. request.invalid */
      code: string;
      detail: string;
      detail_nl: string;
      instance?: string;
      errors?: {
        /** @description JSON Pointer into the request, e.g. /body/email */
        path: string;
        message: string;
        /** @description for a domain rule: its stable code */
        code?: string;
        /** @description for a domain rule: where it comes from, e.g. 001 L1579 */
        source?: string;
      }[];
    };
    Me: {
      /**
       * @description active = signed in; second_factor = send the TOTP code; enrol_second_factor = set up TOTP first
       * @enum {unknown}
       */
      stage: 'active' | 'second_factor' | 'enrol_second_factor';
      user: {
        /** Format: uuid */
        id: string;
        email: string;
        displayName: string;
        discipline:
          | (
              | 'beeldende_therapie'
              | 'danstherapie'
              | 'dramatherapie'
              | 'muziektherapie'
              | 'psychomotorische_therapie'
              | 'psychomotorische_kindertherapie'
              | 'speltherapie'
              | 'ergotherapie'
            )
          | null;
        clientId: string | null;
        roles: (
          | 'client'
          | 'naaste'
          | 'vaktherapeut'
          | 'ergotherapeut'
          | 'regiebehandelaar'
          | 'activiteitenbegeleider'
          | 'trajectbegeleider'
          | 'werkbegeleider'
          | 'zorgcoordinator'
          | 'planner'
          | 'beheerder'
          | 'privacyfunctionaris'
          | 'financier'
          | 'gemeente'
        )[];
        secondFactor: boolean;
      };
      organisation: {
        /** Format: uuid */
        id: string;
        name: string;
        kind: string;
        requireSecondFactor: boolean;
      };
      /** @description send as X-CSRF-Token with every write */
      csrfToken: string;
    };
    Trajectory: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      clientId: string;
      /** @description sequence number of the last event; send as If-Match to guard a step */
      version: number;
      /** @enum {unknown} */
      state:
        | 'aangemeld'
        | 'intake'
        | 'niet_geaccepteerd'
        | 'diagnostiek'
        | 'diagnostiek_afgerond'
        | 'indicatie'
        | 'doelen'
        | 'plan_concept'
        | 'in_behandeling'
        | 'evaluatie'
        | 'afgesloten'
        | 'overgedragen'
        | 'doorverwezen';
      referral: unknown;
      parentalConsent: unknown;
      intakeDate: string | null;
      acceptance: unknown;
      diagnostics: string | null;
      diagnosticsReport: unknown;
      indication: unknown;
      goals: unknown[];
      plans: unknown[];
      evaluationAgreements: unknown;
      naasten: unknown[];
      sessions: unknown[];
      evaluations: unknown[];
      /** @enum {unknown} */
      intensity: 'normaal' | 'afgeschaald' | 'geintensiveerd';
      nextEvaluationDate: string | null;
      closingNotes: unknown;
      history: {
        seq: number;
        type: string;
        at: string;
        actorId: string;
        actorName: string | null;
        reason: string | null;
      }[];
      warnings: {
        code: string;
        source: string;
        subject: string | null;
      }[];
      planCompleteness: {
        complete: boolean;
        present: string[];
        missing: string[];
      } | null;
      gasTScore: number | null;
      abilities: {
        read: boolean;
        write: boolean;
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
