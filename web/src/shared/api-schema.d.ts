// Generated from the OpenAPI document by `npm run api:types` (openapi-typescript). Do not edit by hand.
export interface paths {
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log, newest first */
    get: {
      parameters: {
        query?: {
          entity?: string;
          key?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in: sets the session cookie, returns the CSRF token */
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
            password: string;
            username: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the session */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who am I, what may I do, where */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/auth/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an API token for scripts (shown once) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/auth/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke one of my API tokens */
    delete: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cases confirmed in a period (Viet Nam days) or active at an instant, in your wards */
    get: {
      parameters: {
        query?: {
          active_at?: string;
          from?: string;
          limit?: number;
          to?: string;
          ward_code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Confirm a person as a case (F0) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            case_number?: string | null;
            confirmed_at: string;
            /** @enum {string} */
            detected_in?: 'community' | 'quarantine' | 'entry';
            person_ref: string;
            /** @enum {string|null} */
            severity?: 'asymptomatic' | 'mild' | 'moderate' | 'severe' | 'critical' | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/cases/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Rule out a case (with a reason, audited) */
    delete: {
      parameters: {
        query: {
          reason: string;
        };
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a case (severity changes are kept as history) */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            case_number?: string | null;
            confirmed_at?: string;
            /** @enum {string} */
            detected_in?: 'community' | 'quarantine' | 'entry';
            /** @enum {string} */
            severity?: 'asymptomatic' | 'mild' | 'moderate' | 'severe' | 'critical';
            severity_at?: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/cases/{ref}/outcomes/{outcome}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record an outcome: discharged, died, transferred_out */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          outcome: 'discharged' | 'died' | 'transferred_out';
          ref: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            at: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Withdraw an outcome recorded by mistake */
    delete: {
      parameters: {
        query: {
          reason: string;
        };
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          outcome: 'discharged' | 'died' | 'transferred_out';
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/confirm-from-samples': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm as cases the persons with a positive PCR sample (those given, or all), as the rule set says */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            sample_refs?: string[];
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/clusters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Clusters (linked by exposures, and declared) on a day, with size, first/last case and status */
    get: {
      parameters: {
        query?: {
          min_cases?: number;
          on?: string;
          status?: 'active' | 'closed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Declare a cluster by place and time, with its cases */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            case_refs?: string[];
            /** Format: date */
            ended_on?: string | null;
            name: string;
            place?: string | null;
            /** Format: date */
            started_on: string;
            ward_code?: string | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/clusters/{id}/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach cases to a declared cluster */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            case_refs: string[];
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/clusters/{id}/cases/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Detach a case from a declared cluster */
    delete: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          id: number;
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{kind}/{id}/graph': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Transmission graph of a cluster: linked (named by any member ref) or declared (by id) */
    get: {
      parameters: {
        query?: {
          on?: string;
        };
        header?: never;
        path: {
          id: string;
          kind: 'linked' | 'declared';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/accommodations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List accommodations in your jurisdiction */
    get: {
      parameters: {
        query?: {
          kind?: string;
          ward_code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Register a accommodation */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            accommodation_code: string;
            address?: string | null;
            /** @enum {string} */
            kind: 'hotel' | 'guest_house' | 'homestay' | 'other';
            name: string;
            phone?: string | null;
            rooms?: number | null;
            ward_code: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/accommodations/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a accommodation; rotate_token issues a new form link */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            accommodation_code?: string;
            address?: string | null;
            /** @enum {string} */
            kind?: 'hotel' | 'guest_house' | 'homestay' | 'other';
            name?: string;
            phone?: string | null;
            rooms?: number | null;
            rotate_token?: boolean;
            ward_code?: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/entry/accommodations/{code}/link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The host's reporting link (secret: whoever holds it can report guests) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/checkpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List checkpoints in your jurisdiction */
    get: {
      parameters: {
        query?: {
          kind?: string;
          ward_code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Register a checkpoint */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            active_from?: string | null;
            /** Format: date */
            active_to?: string | null;
            border?: string | null;
            checkpoint_code: string;
            /** @enum {string} */
            kind: 'checkpoint' | 'border_post' | 'airport' | 'station' | 'other';
            latitude?: number | null;
            location?: string | null;
            longitude?: number | null;
            /** @enum {string} */
            mobility?: 'fixed' | 'mobile';
            /** @enum {string} */
            mode?: 'road' | 'air' | 'water' | 'rail';
            name: string;
            ward_code: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/checkpoints/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a checkpoint; rotate_token issues a new form link */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            active_from?: string | null;
            /** Format: date */
            active_to?: string | null;
            border?: string | null;
            checkpoint_code?: string;
            /** @enum {string} */
            kind?: 'checkpoint' | 'border_post' | 'airport' | 'station' | 'other';
            latitude?: number | null;
            location?: string | null;
            longitude?: number | null;
            /** @enum {string} */
            mobility?: 'fixed' | 'mobile';
            /** @enum {string} */
            mode?: 'road' | 'air' | 'water' | 'rail';
            name?: string;
            rotate_token?: boolean;
            ward_code?: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/entry/checkpoints/{code}/qr.{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** QR code of the checkpoint's public declaration form (svg or png), to print */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
          format: 'svg' | 'png';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/checkpoints/{code}/shifts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff shifts of a checkpoint */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
        };
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Record a staff shift (one force) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            ends_at: string;
            /** @enum {string} */
            force: 'border_guard' | 'military' | 'militia' | 'police' | 'health' | 'volunteer' | 'other';
            leader?: string | null;
            note?: string | null;
            staff: number;
            /** Format: date-time */
            starts_at: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/checkpoints/daily': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Counts per checkpoint per day (Viet Nam days, inclusive) */
    get: {
      parameters: {
        query: {
          checkpoint_code?: string;
          from: string;
          to: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Entry figures as of an instant (records ≤ at; since = only the period since → at) */
    get: {
      parameters: {
        query: {
          at: string;
          since?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/crossings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Crossings, newest first */
    get: {
      parameters: {
        query?: {
          checkpoint_code?: string;
          decision?: 'allowed' | 'quarantine' | 'turned_back';
          from?: string;
          limit?: number;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Record a crossing: person_ref, declaration_ref (receipt) or the traveller typed in, and the decision */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            birth_year?: number | null;
            checkpoint_code: string;
            /** Format: date-time */
            crossed_at?: string;
            /** @enum {string} */
            decision: 'allowed' | 'quarantine' | 'turned_back';
            declaration_ref?: string;
            /** @enum {string} */
            direction?: 'in' | 'out';
            from_country?: string | null;
            from_district?: string | null;
            from_place?: string | null;
            from_province?: string | null;
            from_ward?: string | null;
            full_name?: string | null;
            id_number?: string | null;
            /** @enum {string} */
            mode?: 'road' | 'air' | 'water' | 'rail';
            nationality?: string | null;
            note?: string | null;
            person_ref?: string;
            phone?: string | null;
            /** @enum {string} */
            purpose: 'return_home' | 'work' | 'goods' | 'transit' | 'official' | 'medical' | 'tourism' | 'other';
            /** @enum {string|null} */
            rapid_test?: 'negative' | 'positive' | 'invalid' | null;
            /** @enum {string|null} */
            sex?: 'M' | 'F' | null;
            to_place?: string | null;
            to_ward_code?: string | null;
            vehicle_plate?: string | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/declarations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Declarations; q = receipt code, phone, ID number or plate */
    get: {
      parameters: {
        query?: {
          accommodation_code?: string;
          checkpoint_code?: string;
          from?: string;
          limit?: number;
          outbreak_only?: string;
          q?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Enter a declaration (paper form, a guest reported by a host …) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            accommodation_code?: string | null;
            birth_year?: number | null;
            /**
             * @default paper
             * @enum {string}
             */
            channel?: 'paper' | 'app' | 'accommodation' | 'other';
            /** Format: date-time */
            check_out_at?: string | null;
            checkpoint_code?: string | null;
            contact_case?: boolean;
            /** Format: date-time */
            declared_at?: string;
            from_country?: string | null;
            from_district?: string | null;
            from_place?: string | null;
            from_province?: string | null;
            from_ward?: string | null;
            full_name?: string | null;
            id_number?: string | null;
            /** @enum {string|null} */
            lang?: 'vi' | 'en' | null;
            nationality?: string | null;
            phone?: string | null;
            room?: string | null;
            /** @enum {string|null} */
            sex?: 'M' | 'F' | null;
            symptoms?: ('fever' | 'cough' | 'breathing' | 'sore_throat' | 'taste_smell' | 'fatigue')[];
            to_place?: string | null;
            to_ward_code?: string | null;
            /** @enum {string|null} */
            travel_mode?: 'road' | 'air' | 'water' | 'rail' | null;
            vehicle_plate?: string | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/declarations/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One declaration */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/declarations/match': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Link declarations to persons registered since (by ID, then phone + name + birth year) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/followups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Due list of follow-ups (test, quarantine assignment) for arrivals from outbreak areas */
    get: {
      parameters: {
        query?: {
          due_until?: string;
          kind?: 'test' | 'quarantine';
          limit?: number;
          status?: 'open' | 'done' | 'cancelled';
          ward_code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/followups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Mark a follow-up done or cancelled (or reopen it) */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
            /** @enum {string} */
            status: 'open' | 'done' | 'cancelled';
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/entry/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Incidents, newest first */
    get: {
      parameters: {
        query?: {
          from?: string;
          kind?: string;
          limit?: number;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Record an illegal entry or a hand-over at the border */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            border?: string | null;
            checkpoint_code?: string | null;
            /** @enum {string} */
            handling: 'quarantine' | 'returned' | 'prosecuted' | 'fined' | 'released' | 'other';
            handling_note?: string | null;
            /** @enum {string} */
            kind: 'illegal_entry' | 'received_from_neighbour' | 'returned_to_neighbour';
            /** Format: date-time */
            occurred_at: string;
            people: number;
            place: string;
            ward_code?: string | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/outbreak-areas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Outbreak areas (dated); on = only those in force that day */
    get: {
      parameters: {
        query?: {
          on?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add an outbreak area; records of its dates get their follow-ups */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            area_code: string;
            basis?: string | null;
            /** Format: date */
            effective_from: string;
            /** Format: date */
            effective_to?: string | null;
            followups?: ('test' | 'quarantine')[];
            /** @enum {string} */
            level: 'country' | 'province' | 'district' | 'ward';
            name?: string;
            zone_level?: number | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/outbreak-areas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change or end (effective_to) an outbreak area */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            area_code?: string;
            basis?: string | null;
            /** Format: date */
            effective_from?: string;
            /** Format: date */
            effective_to?: string | null;
            followups?: ('test' | 'quarantine')[];
            /** @enum {string} */
            level?: 'country' | 'province' | 'district' | 'ward';
            name?: string;
            zone_level?: number | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/entry/outbreak-areas/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Does an origin count as an outbreak area on a day? */
    get: {
      parameters: {
        query: {
          day: string;
          from_country?: string;
          from_district?: string;
          from_province?: string;
          from_ward?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/entry/violations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Violations, newest first */
    get: {
      parameters: {
        query?: {
          from?: string;
          kind?: string;
          limit?: number;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Record a violation and its fine */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            decision_ref?: string | null;
            declaration_ref?: string | null;
            fine_vnd?: number | null;
            /** @enum {string} */
            kind: 'false_declaration' | 'no_mask' | 'leaving_quarantine' | 'false_information_online' | 'other';
            note?: string | null;
            /** Format: date-time */
            occurred_at: string;
            offender_name?: string | null;
            person_ref?: string | null;
            place?: string | null;
            ward_code?: string | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/geo/districts.geojson': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** District boundaries of the province (shipped GeoJSON) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/geo/hamlets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hamlets kept by the province */
    get: {
      parameters: {
        query?: {
          ward_code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add a hamlet to a ward */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            ward_code: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/geo/mapping': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 2024 → 2025 ward mapping */
    get: {
      parameters: {
        query?: {
          ward_code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/geo/population': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Population per ward */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/geo/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Admin units of the province (both geographies) */
    get: {
      parameters: {
        query?: {
          geography?: '2024' | '2025';
          level?: 'province' | 'district' | 'ward';
          parent?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The server is up; which database engine it runs on */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a CSV (Content-Type: text/csv) or an Excel workbook (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet); all or nothing unless partial=true. With Accept: application/x-ndjson the answer streams progress lines {"progress":{…}} while the file is read, checked and written, then one line {"result":{…}} (or {"error":…}) */
    post: operations['importFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{kind}/template.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Empty CSV with the columns of a kind */
    get: operations['downloadImportTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/kinds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Import kinds and their columns */
    get: operations['listImportKinds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search by name (diacritics optional), phone or ID number, within your jurisdiction */
    get: operations['searchPersons'];
    put?: never;
    /** Register a person */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address?: string;
            /** Format: date */
            birth_date?: string;
            birth_year?: number;
            full_name: string;
            hamlet?: string;
            id_number?: string;
            nationality?: string;
            person_ref: string;
            phone?: string;
            /** @enum {string} */
            sex?: 'M' | 'F';
            ward_code?: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/persons/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One person */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change some fields of a person */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address?: string | null;
            /** Format: date */
            birth_date?: string;
            birth_year?: number | null;
            full_name?: string;
            hamlet?: string | null;
            id_number?: string | null;
            nationality?: string;
            phone?: string | null;
            /** @enum {string} */
            sex?: 'M' | 'F';
            ward_code?: string | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/persons/{ref}/exposures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a contact of this person on a day */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contact_ref: string;
            /** Format: date */
            exposed_on: string;
            /** @enum {string|null} */
            setting?: 'household' | 'work' | 'school' | 'travel' | 'venue' | 'other' | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/persons/{ref}/exposures/{contact_ref}/{exposed_on}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an exposure recorded by mistake */
    delete: {
      parameters: {
        query: {
          reason: string;
        };
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          contact_ref: string;
          exposed_on: string;
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons/{ref}/graph': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Exposures around a person (nodes/edges), depth 1–3; with ?at= only the contact window then */
    get: {
      parameters: {
        query?: {
          at?: string;
          depth?: number;
        };
        header?: never;
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/persons/{ref}/merges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Records merged into this person */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/persons/{ref}/tracing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** F-level now or at ?at=, with the path to the nearest F0; case, outcomes, exposures */
    get: {
      parameters: {
        query?: {
          at?: string;
        };
        header?: never;
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/persons/duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Possible duplicates to review */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/persons/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same search as CSV */
    get: {
      parameters: {
        query?: {
          limit?: number;
          q?: string;
          ward_code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/persons/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge a duplicate into the kept record */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            keep_ref: string;
            merge_ref: string;
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/persons/not-duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Declare two proposed duplicates different people */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            a_ref: string;
            b_ref: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/public/entry/accommodations/{code}/guests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A host reports one guest through its link */
    post: {
      parameters: {
        query: {
          t: string;
        };
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            birth_year?: number | null;
            /** Format: date-time */
            check_out_at?: string | null;
            contact_case?: boolean;
            /** Format: date-time */
            declared_at?: string;
            from_country?: string | null;
            from_district?: string | null;
            from_place?: string | null;
            from_province?: string | null;
            from_ward?: string | null;
            full_name?: string | null;
            id_number?: string | null;
            /** @enum {string|null} */
            lang?: 'vi' | 'en' | null;
            nationality?: string | null;
            phone?: string | null;
            room?: string | null;
            /** @enum {string|null} */
            sex?: 'M' | 'F' | null;
            symptoms?: ('fever' | 'cough' | 'breathing' | 'sore_throat' | 'taste_smell' | 'fatigue')[];
            to_place?: string | null;
            to_ward_code?: string | null;
            /** @enum {string|null} */
            travel_mode?: 'road' | 'air' | 'water' | 'rail' | null;
            vehicle_plate?: string | null;
            website?: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests: wait and retry */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/public/entry/accommodations/{code}/guests.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A host uploads its guest list (CSV, the declarations format without site columns) */
    post: {
      parameters: {
        query: {
          t: string;
        };
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests: wait and retry */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/public/entry/declarations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a health declaration from a checkpoint's QR form; returns the receipt code */
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
            birth_year?: number | null;
            checkpoint_code: string;
            contact_case?: boolean;
            from_country?: string | null;
            from_district?: string | null;
            from_place?: string | null;
            from_province?: string | null;
            from_ward?: string | null;
            full_name?: string | null;
            id_number?: string | null;
            /** @enum {string|null} */
            lang?: 'vi' | 'en' | null;
            nationality?: string | null;
            phone?: string | null;
            /** @enum {string|null} */
            sex?: 'M' | 'F' | null;
            symptoms?: ('fever' | 'cough' | 'breathing' | 'sore_throat' | 'taste_smell' | 'fatigue')[];
            t: string;
            to_place?: string | null;
            to_ward_code?: string | null;
            /** @enum {string|null} */
            travel_mode?: 'road' | 'air' | 'water' | 'rail' | null;
            vehicle_plate?: string | null;
            website?: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests: wait and retry */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/public/entry/forms/{kind}/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the public form of a site shows (404 for a wrong code or token) */
    get: {
      parameters: {
        query: {
          t: string;
        };
        header?: never;
        path: {
          code: string;
          kind: 'checkpoint' | 'accommodation';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests: wait and retry */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/public/entry/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Provinces, or the units under one (national list), for the origin pickers */
    get: {
      parameters: {
        query?: {
          parent?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests: wait and retry */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/quarantine/due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Due lists for a day: tests due, ending, overdue, F1 without an episode */
    get: {
      parameters: {
        query: {
          date: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/quarantine/due.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The due lists as a workbook, one sheet per list */
    get: {
      parameters: {
        query: {
          date: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/quarantine/episodes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Episodes with their plans, newest first */
    get: {
      parameters: {
        query?: {
          facility_code?: string;
          kind?: 'centralized' | 'home' | 'self_monitoring';
          limit?: number;
          open_at?: string;
          person_ref?: string;
          subject_group?: 'abroad' | 'outbreak_area' | 'contact' | 'tet_returnee' | 'screened' | 'other';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Open an episode (a full or inactive facility needs override_reason) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            facility_code?: string | null;
            /** @enum {string} */
            kind: 'centralized' | 'home' | 'self_monitoring';
            override_reason?: string | null;
            person_ref: string;
            /** Format: date-time */
            start_at: string;
            /** @enum {string|null} */
            subject_group?: 'abroad' | 'outbreak_area' | 'contact' | 'tet_returnee' | 'screened' | 'other' | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/quarantine/episodes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One episode: rule set applied, planned end, test dates */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/quarantine/episodes/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End an episode; follow_on opens the rule's follow-on episode */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            end_at: string;
            /**
             * @default completed
             * @enum {string}
             */
            end_reason?: 'completed' | 'confirmed_case' | 'transferred' | 'other';
            /** @default false */
            follow_on?: boolean;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/quarantine/episodes/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a person: end the episode as transferred and open the next (same course) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            at: string;
            facility_code?: string | null;
            /** @enum {string} */
            kind: 'centralized' | 'home' | 'self_monitoring';
            override_reason?: string | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/quarantine/facilities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Facilities with state, persons present and free beds at an instant (default now) */
    get: {
      parameters: {
        query?: {
          at?: string;
          use?: 'quarantine' | 'treatment' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Register a facility */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            active_from?: string | null;
            /** Format: date */
            active_to?: string | null;
            beds?: number | null;
            facility_code: string;
            icu_beds?: number | null;
            /** @enum {string} */
            kind: 'quarantine' | 'treatment' | 'both';
            name: string;
            /** @enum {string} */
            status?: 'planned' | 'active';
            tier?: number | null;
            ward_code?: string | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/quarantine/facilities/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One facility with its occupancy at an instant */
    get: {
      parameters: {
        query?: {
          at?: string;
        };
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a facility (beds, status, active period …) */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            active_from?: string | null;
            /** Format: date */
            active_to?: string | null;
            beds?: number | null;
            icu_beds?: number | null;
            /** @enum {string} */
            kind?: 'quarantine' | 'treatment' | 'both';
            name?: string;
            /** @enum {string} */
            status?: 'planned' | 'active';
            tier?: number | null;
            ward_code?: string | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/quarantine/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Subject group × handling for a period (review-conference table) */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/quarantine/review.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The review table as a workbook */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Drafts to review and issued reports of your jurisdiction */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/reports/daily': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Daily synthesis report at a cut-off (contracts/daily-report.md), over your jurisdiction */
    get: {
      parameters: {
        query: {
          at: string;
          format?: 'json' | 'html' | 'docx' | 'xlsx';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/reports/drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Draft the daily report at a cut-off */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            at: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/reports/drafts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A draft with its figures (or as a file to review) */
    get: {
      parameters: {
        query?: {
          format?: 'json' | 'html' | 'docx' | 'xlsx';
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit the narrative of a draft */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            narrative: {
              text: string;
              title: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/reports/drafts/{id}/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue a draft: number it and store the JSON and files, never to change */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/reports/issued/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An issued report: the snapshot, or its files exactly as issued */
    get: {
      parameters: {
        query?: {
          format?: 'json' | 'html' | 'docx' | 'xlsx';
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/reports/period': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Week or month report with daily series (the week/month containing `date`, or from..to) */
    get: {
      parameters: {
        query?: {
          date?: string;
          format?: 'json' | 'html' | 'docx' | 'xlsx';
          from?: string;
          kind?: 'week' | 'month';
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/reports/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Review-conference table: quarantine subject group × handling, episodes started in from..to */
    get: {
      parameters: {
        query: {
          format?: 'json' | 'html' | 'docx' | 'xlsx';
          from?: string;
          to: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/reports/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The report template of your jurisdiction (the default until one is saved) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Save the report template (header, recipients, signer, narrative headings, schedule) */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            issuing_body: string;
            issuing_parent: string;
            narrative_titles: string[];
            number_pattern: string;
            place: string;
            recipients: string[];
            schedule: {
              cutoff?: string;
              time: string;
            }[];
            signer_name: string;
            signer_title: string;
            title: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Roles and their permissions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dated rule sets of the province */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/rules/{effective_from}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Create or replace the rule set starting on a date */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          effective_from: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            basis?: string | null;
            name: string;
            rules: {
              auto_confirm_positive_pcr: boolean;
              cluster_close_days: number;
              contact_window_days: number;
              household_pool_max_size: number;
              pool_max_size: number;
              quarantine: {
                centralized: {
                  days: number;
                  follow_on_days?: number;
                  /** @enum {string} */
                  follow_on_kind?: 'home' | 'self_monitoring';
                  test_days: number[];
                };
                centralized_vaccinated?: {
                  days: number;
                  follow_on_days?: number;
                  /** @enum {string} */
                  follow_on_kind?: 'home' | 'self_monitoring';
                  test_days: number[];
                };
                home: {
                  days: number;
                  follow_on_days?: number;
                  /** @enum {string} */
                  follow_on_kind?: 'home' | 'self_monitoring';
                  test_days: number[];
                };
                home_vaccinated?: {
                  days: number;
                  follow_on_days?: number;
                  /** @enum {string} */
                  follow_on_kind?: 'home' | 'self_monitoring';
                  test_days: number[];
                };
                self_monitoring: {
                  days: number;
                  follow_on_days?: number;
                  /** @enum {string} */
                  follow_on_kind?: 'home' | 'self_monitoring';
                  test_days: number[];
                };
              };
            };
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/rules/on/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rule set in force on a date */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          date: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/testing/figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Samples taken, by result, by method, pooled, PCR capacity as of an instant (daily-report meaning) */
    get: {
      parameters: {
        query?: {
          at?: string;
          from?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/testing/labs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Labs: capacity, results in the last 24 h, backlog by age */
    get: {
      parameters: {
        query?: {
          at?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/testing/labs/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Register or change a lab (province-wide users) */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            active?: boolean;
            capacity_per_day?: number | null;
            /**
             * @default [
             *       "pcr"
             *     ]
             */
            methods?: ('pcr' | 'rapid_antigen')[];
            name: string;
            ward_code?: string | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/testing/pools/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A pool: result, size limit, members and their re-samples */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/testing/pools/{ref}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a pool's result (negative: members negative; positive: members to re-sample) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string | null;
            /** @enum {string} */
            result: 'negative' | 'positive' | 'invalid';
            result_at: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/testing/resample': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members of positive/invalid pools awaiting their individual re-sample, in your wards */
    get: {
      parameters: {
        query?: {
          all?: string;
          at?: string;
          limit?: number;
          pool_ref?: string;
          ward_code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/testing/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Screening rounds with sampled, positive, positivity */
    get: {
      parameters: {
        query?: {
          at?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/testing/rounds/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A screening round, in all and per ward */
    get: {
      parameters: {
        query?: {
          at?: string;
        };
        header?: never;
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Create or change a screening round over wards/hamlets */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            areas: {
              hamlet?: string | null;
              ward_code: string;
            }[];
            campaign: string;
            /** Format: date */
            ends_on: string;
            /** @enum {string|null} */
            method?: 'pcr' | 'rapid_antigen' | null;
            round_no: number;
            /** Format: date */
            starts_on: string;
            target_population?: number | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/testing/samples': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Samples (newest first) with their result now, in your wards */
    get: {
      parameters: {
        query?: {
          from?: string;
          lab?: string;
          limit?: number;
          method?: 'pcr' | 'rapid_antigen';
          person_ref?: string;
          pool_ref?: string;
          result?: 'pending' | 'negative' | 'positive' | 'invalid';
          to?: string;
          ward_code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Register a sample (and its result if known) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            ct_values?: {
              [key: string]: number;
            } | null;
            lab?: string | null;
            /** @enum {string} */
            method: 'pcr' | 'rapid_antigen';
            person_ref: string;
            pool_ref?: string | null;
            /** @enum {string} */
            result?: 'pending' | 'negative' | 'positive' | 'invalid';
            result_at?: string | null;
            sample_ref: string;
            /** @enum {string|null} */
            specimen?: 'nasopharyngeal' | 'oropharyngeal' | 'nasal' | 'saliva' | 'other' | null;
            taken_at: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/testing/samples/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A sample, its result now and every earlier version */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/testing/samples/{ref}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a result; replacing a given result is a correction (reason required, earlier version kept) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            ct_values?: {
              [key: string]: number;
            } | null;
            lab?: string | null;
            reason?: string | null;
            /** @enum {string} */
            result: 'pending' | 'negative' | 'positive' | 'invalid';
            result_at?: string | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/tracing/lists/{list}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Work lists: F1s without quarantine, F1s without a sample in ?days, new cases without traced contacts in ?days */
    get: {
      parameters: {
        query?: {
          days?: number;
          limit?: number;
          ward_code?: string;
        };
        header?: never;
        path: {
          list: 'f1_without_quarantine' | 'f1_without_sample' | 'cases_without_contacts';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Users of the province */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create a user with a role and a jurisdiction */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            display_name: string;
            password: string;
            /** @enum {string} */
            role:
              | 'province_admin'
              | 'province_officer'
              | 'district_officer'
              | 'commune_officer'
              | 'lab_staff'
              | 'checkpoint_staff'
              | 'leader';
            scope_code: string;
            /** @enum {string} */
            scope_level: 'province' | 'district' | 'ward';
            username: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/users/{username}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change role, jurisdiction, password or disable a user */
    patch: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          username: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            disabled?: boolean;
            display_name?: string;
            password?: string;
            /** @enum {string} */
            role?:
              | 'province_admin'
              | 'province_officer'
              | 'district_officer'
              | 'commune_officer'
              | 'lab_staff'
              | 'checkpoint_staff'
              | 'leader';
            scope_code?: string;
            /** @enum {string} */
            scope_level?: 'province' | 'district' | 'ward';
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/vaccination/allocations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Allocation decisions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Record an allocation decision (to the province, a district or a site) */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            decided_on: string;
            decision_number: string;
            note?: string | null;
            /** @enum {string} */
            product: 'astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other';
            quantity: number;
            round_code?: string | null;
            target_code?: string;
            /** @enum {string} */
            target_level: 'province' | 'district' | 'site';
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/certificates/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify a scanned certificate payload (public); tampered or foreign payloads are refused */
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
            payload: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests: wait and retry */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Persons with dose 1/2/3 over population and over population 18+, by ward, district or province */
    get: {
      parameters: {
        query?: {
          at?: string;
          level?: 'ward' | 'district' | 'province';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/doses/flagged': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Doses given too early, with a mix not allowed, from an expired lot, or after a missing dose */
    get: {
      parameters: {
        query?: {
          from?: string;
          limit?: number;
          to?: string;
          ward_code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Persons whose next dose is due or overdue, by ward */
    get: {
      parameters: {
        query?: {
          limit?: number;
          on?: string;
          ward_code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/due.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The due list as XLSX, one sheet per ward */
    get: {
      parameters: {
        query?: {
          limit?: number;
          on?: string;
          ward_code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The daily-report vaccination figures at an instant, optionally for one round or product */
    get: {
      parameters: {
        query?: {
          at?: string;
          product?: 'astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other';
          round_code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/persons/{ref}/certificate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Signed certificate data, its QR payload and the QR code (SVG) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/persons/{ref}/certificate.html': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The certificate as a printable page */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/persons/{ref}/doses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's doses with interval/mix/expiry checks, and the next dose */
    get: {
      parameters: {
        query?: {
          on?: string;
        };
        header?: never;
        path: {
          ref: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/persons/{ref}/doses/{dose_number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record (or correct) a dose; early or mixed doses are recorded with flags */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          dose_number: number;
          ref: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            given_on: string;
            lot?: string | null;
            /** @enum {string} */
            product: 'astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other';
            round_code?: string | null;
            site?: string | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Product schedules: every dated row, or with ?on= the row of each product in force that day */
    get: {
      parameters: {
        query?: {
          on?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/products/{product}/{effective_from}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Create or replace the schedule of a product from a date on */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          effective_from: string;
          product: 'astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default null */
            basis?: string | null;
            /** @default [] */
            boost_with?: ('astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other')[];
            booster_doses: number;
            booster_max_days: number;
            booster_min_days: number;
            max_interval_days: number;
            min_interval_days: number;
            /** @default [] */
            mix_with?: ('astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other')[];
            name: string;
            primary_doses: number;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Vaccination rounds (đợt) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/rounds/{round_code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Create or replace a round with its target groups and sites */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          round_code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            ends_on?: string | null;
            name: string;
            note?: string | null;
            /** @default [] */
            site_codes?: string[];
            /** Format: date */
            starts_on: string;
            /** @default [] */
            target_groups?: string[];
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/sites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Vaccination sites and stores in your jurisdiction */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/sites/{site_code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Create or change a site or store */
    put: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path: {
          site_code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'store' | 'site';
            name: string;
            ward_code: string;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/stock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stock by site, lot and expiry at the end of a day */
    get: {
      parameters: {
        query?: {
          on?: string;
          site_code?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/stock/moves': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A receipt, transfer, wastage or correction of stock; refused if any stock would go negative */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
          'x-csrf-token'?: components['parameters']['CsrfToken'];
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            allocation_id?: number | null;
            document?: string | null;
            /** Format: date */
            expires_on?: string | null;
            /** @enum {string} */
            kind: 'receipt' | 'transfer' | 'wastage' | 'adjustment';
            lot: string;
            /** Format: date */
            moved_on: string;
            /** @enum {string} */
            product: 'astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other';
            quantity: number;
            reason?: string | null;
            site_code: string;
            to_site_code?: string | null;
          };
        };
      };
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Body too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unsupported media type */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
  '/vaccination/supply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Allocated, received, administered (% of received), wasted: total, by product, by round × product */
    get: {
      parameters: {
        query?: {
          on?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invalid input: the field is named */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in (no or expired session or token) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Outside your permissions or jurisdiction */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
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
    Error: {
      /** @description Catalogue key, stable for scripts (e.g. "not_found", "facility_full") */
      error: string;
      /** @description The request field at fault, when there is one */
      field?: string;
      /** @description The text for a person, in Vietnamese or (Accept-Language: en) English */
      message: string;
    };
    Health: {
      /** @enum {string} */
      engine: 'pglite' | 'postgres';
      /** @enum {boolean} */
      ok: true;
    };
    ImportKindInfo: {
      /** @description The CSV header names */
      columns: {
        name: string;
        required: boolean;
      }[];
      /** @description e.g. persons, cases, samples */
      kind: string;
    };
    ImportProgress: {
      /** @description Bytes of the file read so far */
      bytes: number;
      /** @description Percent of the file read; null when its size is unknown */
      percent: number | null;
      /** @enum {string} */
      phase: 'reading' | 'checking' | 'applying';
      /** @description Rows read so far */
      rows: number;
      /** @description The Content-Length, when sent */
      totalBytes?: number;
    };
    ImportProgressLine:
      | {
          progress: components['schemas']['ImportProgress'];
        }
      | {
          result: components['schemas']['ImportResult'];
        }
      | components['schemas']['Error'];
    ImportRejected: {
      /** @description The column at fault (empty when the whole row is) */
      column: string;
      /** @description Line of the file (1 = the header), or the row in a workbook */
      line: number;
      /** @description Why, in the caller's language */
      reason: string;
    };
    ImportResult: {
      inserted: number;
      kind: string;
      rejected: components['schemas']['ImportRejected'][];
      /** @description Data rows read */
      rows: number;
      /** @description Rows that changed a stored record (unchanged rows count in neither) */
      updated: number;
    };
    PersonSummary: {
      address: string | null;
      /** Format: date */
      birth_date: string | null;
      birth_year: number | null;
      /** Format: date-time */
      created_at: string;
      full_name: string;
      hamlet: string | null;
      /** @enum {string|null} */
      id_kind: 'cccd' | 'cmnd' | 'passport' | null;
      id_number: string | null;
      nationality: string;
      person_ref: string;
      phone: string | null;
      /** @enum {string|null} */
      sex: 'M' | 'F' | null;
      /** Format: date-time */
      updated_at: string;
      ward_code: string | null;
    };
  };
  responses: never;
  parameters: {
    /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
    CsrfToken: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
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
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  importFile: {
    parameters: {
      query?: {
        /** @description The file name, kept with the import in the audit log */
        file_name?: string;
        /** @description Write the valid rows even when some are rejected */
        partial?: string;
      };
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        kind: string;
      };
      cookie?: never;
    };
    /** @description The CSV (UTF-8, header row) or the workbook (first sheet) */
    requestBody: {
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        'text/csv': Blob;
      };
    };
    responses: {
      /** @description Every row imported; or, with Accept: application/x-ndjson, the progress lines and the result */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResult'];
          'application/x-ndjson': components['schemas']['ImportProgressLine'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rows rejected: nothing written, or (partial=true) the valid rows written */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResult'];
        };
      };
    };
  };
  downloadImportTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The header row (UTF-8 with BOM), required columns first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listImportKinds: {
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
          'application/json': components['schemas']['ImportKindInfo'][];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  searchPersons: {
    parameters: {
      query?: {
        limit?: number;
        q?: string;
        ward_code?: string;
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
          'application/json': components['schemas']['PersonSummary'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
