// Generated from contracts/openapi/notify.json by `npm run gen:api`. Do not edit.
export interface paths {
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** E-mails sent or queued, newest first (optionally for one job) */
        get: operations["list_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test e-mail to check the mail set-up (admin) */
        post: operations["send_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{message_id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a logged e-mail again, as it was (admin) */
        post: operations["resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notify/diag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Diagnostics of the notify service (admin) */
        get: operations["diag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notify/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of the notify service */
        get: operations["health"];
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
        /** NotificationList */
        NotificationList: {
            /** Notifications */
            notifications: components["schemas"]["NotificationSummary"][];
        };
        /** NotificationResendRequest */
        NotificationResendRequest: {
            /** Staff Name */
            staff_name: string;
        };
        /** NotificationSummary */
        NotificationSummary: {
            /** Attempts */
            attempts: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Job Id */
            job_id: string | null;
            /** Kind */
            kind: string;
            /** Last Error */
            last_error: string | null;
            /**
             * Next Attempt At
             * @description While pending: when it is sent (later than now for a reminder), or tried again
             */
            next_attempt_at?: string | null;
            /**
             * Requested By
             * @description The admin who asked for it (resend or test)
             */
            requested_by?: string | null;
            /**
             * Resent From
             * @description The message this one repeats
             */
            resent_from?: string | null;
            /** Sent At */
            sent_at: string | null;
            /**
             * Status
             * @description cancelled: never sent because it no longer applied (a pickup reminder for a collected print)
             * @enum {string}
             */
            status: "pending" | "sent" | "failed" | "cancelled";
            /** Subject */
            subject: string;
            /** To */
            to: string;
        };
        /** NotificationTestRequest */
        NotificationTestRequest: {
            /** Staff Name */
            staff_name: string;
            /**
             * To
             * @description Any address: the test goes there
             */
            to: string;
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_notifications: {
        parameters: {
            query?: {
                job_id?: string | null;
                limit?: number;
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
                    "application/json": components["schemas"]["NotificationList"];
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
    send_test: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationTestRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSummary"];
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
    resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationResendRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSummary"];
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
}
