// Generated from contracts/openapi/auth.json by `npm run gen:api`. Do not edit.
export interface paths {
    "/api/v1/auth/diag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Diagnostics of the auth service (admin) */
        get: operations["diag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of the auth service */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/jwks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify workstation tokens */
        get: operations["public_keys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a workstation in: a token in the body and in the session cookie
         * @description Five failures for one workstation name (or twenty from one address) in 15 minutes pause sign-ins
         *     with a 429 and `Retry-After`, even with the right password, until the window passes.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: end this token everywhere
         * @description Revokes the presented token (every service refuses it from now on) and clears the session cookie.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in workstation and its role */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The staff roster, sorted by name
         * @description Active members (for "Performing action as"), or everyone ever on the roster with `include_inactive`.
         */
        get: operations["list_staff"];
        put?: never;
        /**
         * Add a member to the roster (admin)
         * @description A name already on the roster in any letter case is a 409. On an empty roster the first member may be
         *     added with their own name as `staff_name`.
         */
        post: operations["add_staff_member"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{name}": {
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
        /**
         * Deactivate or reactivate a roster member (admin)
         * @description Members are never deleted: a deactivated member leaves the pickers and keeps their history. The last
         *     active member cannot be deactivated (409).
         */
        patch: operations["update_staff_member"];
        trace?: never;
    };
    "/api/v1/workstations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every workstation account (admin) */
        get: operations["list_workstations"];
        put?: never;
        /**
         * Create a workstation account (admin)
         * @description Names are 1-64 lowercase letters, digits and dashes; passwords at least 10 characters.
         */
        post: operations["create_workstation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workstations/{name}": {
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
        /**
         * Rename, rotate the password, set the admin flag, disable or enable (admin)
         * @description Only the fields given change. A new password, a new name, a new role or disabling signs the
         *     workstation out everywhere (its earlier tokens are revoked) — including this browser when it is the
         *     workstation being changed. The last active admin, and the workstation you are signed in on, cannot be
         *     demoted or disabled (409).
         */
        patch: operations["update_workstation"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AddStaffMemberRequest */
        AddStaffMemberRequest: {
            /**
             * Name
             * @example Jane Doe
             */
            name: string;
            /**
             * Staff Name
             * @description The active staff member making the change
             * @example Jane Doe
             */
            staff_name: string;
        };
        /** ConsumerDiag */
        ConsumerDiag: {
            /**
             * Ack Pending
             * @description Delivered but not yet acknowledged.
             */
            ack_pending: number;
            /** Name */
            name: string;
            /**
             * Pending
             * @description Messages not yet delivered to this consumer (its lag).
             */
            pending: number;
            /**
             * Redelivered
             * @default 0
             */
            redelivered: number;
            /**
             * Status
             * @enum {string}
             */
            status: "up" | "down" | "degraded";
            /** Stream */
            stream: string;
        };
        /** CreateWorkstationRequest */
        CreateWorkstationRequest: {
            /**
             * Is Admin
             * @default false
             */
            is_admin: boolean;
            /**
             * Name
             * @example front-desk
             */
            name: string;
            /** Password */
            password: string;
            /**
             * Staff Name
             * @description The active staff member making the change
             * @example Jane Doe
             */
            staff_name: string;
        };
        /** DatabaseDiag */
        DatabaseDiag: {
            /** Error */
            error?: string | null;
            /** Latency Ms */
            latency_ms?: number | null;
            /**
             * Migration Current
             * @description The revision the database is at.
             */
            migration_current?: string | null;
            /**
             * Migration Head
             * @description The newest revision this build ships.
             */
            migration_head?: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "up" | "down" | "degraded";
            /**
             * Url
             * @description Sanitised connection URL (password replaced by ***).
             */
            url: string;
        };
        /**
         * ErrorBody
         * @description Every 4xx/5xx answer: `{"error": {"code", "message", "fields"}}`.
         */
        ErrorBody: {
            error: components["schemas"]["ErrorDetail"];
        };
        /** ErrorDetail */
        ErrorDetail: {
            /**
             * Code
             * @example validation_error
             */
            code: string;
            /** Fields */
            fields?: {
                [key: string]: string;
            };
            /** Message */
            message: string;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** LoginRequest */
        LoginRequest: {
            /** Password */
            password: string;
            /** Workstation */
            workstation: string;
        };
        /** LoginResponse */
        LoginResponse: {
            /** Access Token */
            access_token: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Role
             * @enum {string}
             */
            role: "admin" | "staff";
            /**
             * Token Type
             * @default bearer
             * @constant
             */
            token_type: "bearer";
            /** Workstation */
            workstation: string;
        };
        /** Me */
        Me: {
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Role
             * @enum {string}
             */
            role: "admin" | "staff";
            /** Workstation */
            workstation: string;
        };
        /** NatsDiag */
        NatsDiag: {
            /** Error */
            error?: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "up" | "down" | "degraded";
            /** Url */
            url: string;
        };
        /** OutboxDiag */
        OutboxDiag: {
            /**
             * Backlog
             * @description Events written but not yet published.
             */
            backlog: number;
            /**
             * Oldest Age Seconds
             * @description Age of the oldest unpublished event.
             */
            oldest_age_seconds?: number | null;
        };
        /** ServiceDiag */
        ServiceDiag: {
            /**
             * Checked At
             * Format: date-time
             */
            checked_at: string;
            /** Consumers */
            consumers?: components["schemas"]["ConsumerDiag"][];
            database: components["schemas"]["DatabaseDiag"];
            nats: components["schemas"]["NatsDiag"];
            outbox?: components["schemas"]["OutboxDiag"] | null;
            /** Service */
            service: string;
            smtp?: components["schemas"]["SmtpDiag"] | null;
            /**
             * Started At
             * Format: date-time
             */
            started_at: string;
            /**
             * Status
             * @description down if any part is down, degraded if any is degraded.
             * @enum {string}
             */
            status: "up" | "down" | "degraded";
            storage?: components["schemas"]["StorageDiag"] | null;
            /** Version */
            version: string;
        };
        /** SmtpDiag */
        SmtpDiag: {
            /** Error */
            error?: string | null;
            /** Host */
            host: string;
            /** Port */
            port: number;
            /**
             * Status
             * @enum {string}
             */
            status: "up" | "down" | "degraded";
        };
        /**
         * StaffList
         * @description The roster, sorted by name.
         */
        StaffList: {
            /** Staff */
            staff: components["schemas"]["StaffMember"][];
        };
        /**
         * StaffMember
         * @description A person on the roster. Deactivated members are kept (their names stay in every history).
         */
        StaffMember: {
            /**
             * Added At
             * Format: date-time
             */
            added_at: string;
            /** Deactivated At */
            deactivated_at: string | null;
            /** Is Active */
            is_active: boolean;
            /** Name */
            name: string;
        };
        /** StorageDiag */
        StorageDiag: {
            /** Free Bytes */
            free_bytes: number;
            /**
             * Min Free Bytes
             * @description The configured minimum of free space.
             */
            min_free_bytes: number;
            /** Root */
            root: string;
            /**
             * Status
             * @description degraded when free space is below the configured minimum.
             * @enum {string}
             */
            status: "up" | "down" | "degraded";
            /** Total Bytes */
            total_bytes: number;
        };
        /** UpdateStaffMemberRequest */
        UpdateStaffMemberRequest: {
            /** Is Active */
            is_active: boolean;
            /**
             * Staff Name
             * @description The active staff member making the change
             * @example Jane Doe
             */
            staff_name: string;
        };
        /**
         * UpdateWorkstationRequest
         * @description Only the fields given change. A new password or disabling signs the workstation out everywhere.
         */
        UpdateWorkstationRequest: {
            /** Is Active */
            is_active?: boolean | null;
            /** Is Admin */
            is_admin?: boolean | null;
            /** New Name */
            new_name?: string | null;
            /** Password */
            password?: string | null;
            /**
             * Staff Name
             * @description The active staff member making the change
             * @example Jane Doe
             */
            staff_name: string;
        };
        /** ValidationError */
        ValidationError: {
            /** Context */
            ctx?: Record<string, never>;
            /** Input */
            input?: unknown;
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
        /**
         * Workstation
         * @description A shared computer's sign-in. `is_admin` decides the role its tokens carry.
         */
        Workstation: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Is Active */
            is_active: boolean;
            /** Is Admin */
            is_admin: boolean;
            /** Name */
            name: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** WorkstationList */
        WorkstationList: {
            /** Workstations */
            workstations: components["schemas"]["Workstation"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    diag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDiag"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    public_keys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_staff: {
        parameters: {
            query?: {
                include_inactive?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    add_staff_member: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddStaffMemberRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_staff_member: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffMemberRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_workstations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkstationList"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_workstation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkstationRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workstation"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_workstation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkstationRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workstation"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
