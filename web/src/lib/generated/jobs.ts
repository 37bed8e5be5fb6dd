// Generated from contracts/openapi/jobs.json by `npm run gen:api`. Do not edit.
export interface paths {
    "/api/v1/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lab catalog: disciplines, print methods, colours, printers, prices, reasons (public) */
        get: operations["get_catalog"];
        /** Replace the lab catalog's content as its next version (admin; If-Match required) */
        put: operations["put_catalog"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List jobs of one status */
        get: operations["list_jobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Job counts per status */
        get: operations["job_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of the jobs service */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a print job for an uploaded model (public) */
        post: operations["submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/track/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A student's job by its private tracking link: status, timeline, quote, queue and ETA (public) */
        get: operations["track"];
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
        /**
         * Catalog
         * @description The catalog as served: its content plus the version every change increments.
         */
        Catalog: {
            /**
             * Currency
             * @default USD
             */
            currency: string;
            /** Disciplines */
            disciplines: string[];
            /** Disclaimer */
            disclaimer?: string[];
            /** Lab Name */
            lab_name: string;
            /** Methods */
            methods: components["schemas"]["PrintMethod-Output"][];
            /** Minimum Charge */
            minimum_charge: string;
            /** Payment Method */
            payment_method: string;
            /** Pickup Hours */
            pickup_hours: string;
            /** Pickup Location */
            pickup_location: string;
            /** Printers */
            printers: components["schemas"]["Printer"][];
            /** Rejection Reasons */
            rejection_reasons: string[];
            /** Time Zone */
            time_zone: string;
            /** Version */
            version: number;
        };
        /** CatalogContent */
        CatalogContent: {
            /**
             * Currency
             * @default USD
             */
            currency: string;
            /** Disciplines */
            disciplines: string[];
            /** Disclaimer */
            disclaimer?: string[];
            /** Lab Name */
            lab_name: string;
            /** Methods */
            methods: components["schemas"]["PrintMethod-Input"][];
            /** Minimum Charge */
            minimum_charge: number | string;
            /** Payment Method */
            payment_method: string;
            /** Pickup Hours */
            pickup_hours: string;
            /** Pickup Location */
            pickup_location: string;
            /** Printers */
            printers: components["schemas"]["Printer"][];
            /** Rejection Reasons */
            rejection_reasons: string[];
            /** Time Zone */
            time_zone: string;
        };
        /**
         * CatalogUpdateRequest
         * @description `PUT /catalog` (admin) with `If-Match: "v<version you edited>"`; the whole new content replaces the old.
         */
        CatalogUpdateRequest: {
            catalog: components["schemas"]["CatalogContent"];
            /** Staff Name */
            staff_name: string;
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
        /** JobCounts */
        JobCounts: {
            /** Counts */
            counts: {
                [key: string]: number;
            };
        };
        /** JobList */
        JobList: {
            /** Jobs */
            jobs: components["schemas"]["JobSummary"][];
            /** Page */
            page: number;
            /** Page Size */
            page_size: number;
            /** Total */
            total: number;
        };
        /**
         * JobStatus
         * @enum {string}
         */
        JobStatus: "UPLOADED" | "PENDING" | "READYTOPRINT" | "PRINTING" | "COMPLETED" | "PAIDPICKEDUP" | "REJECTED" | "ARCHIVED";
        /** JobSummary */
        JobSummary: {
            /** Class Number */
            class_number?: string | null;
            /** Color */
            color?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Discipline */
            discipline?: string | null;
            /** Display Name */
            display_name: string | null;
            /** Id */
            id: string;
            /** Original Filename */
            original_filename: string;
            /** Print Method */
            print_method?: string | null;
            /** Printer */
            printer?: string | null;
            /** Short Id */
            short_id: string;
            status: components["schemas"]["JobStatus"];
            /** Student Email */
            student_email: string;
            /** Student Name */
            student_name: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** PrintMethod */
        "PrintMethod-Input": {
            /** Colors */
            colors: string[];
            /** Density G Per Cm3 */
            density_g_per_cm3: number;
            /** Description */
            description: string;
            /** Fill Factor */
            fill_factor: number;
            /** Name */
            name: string;
            /** Price Per Gram */
            price_per_gram: number | string;
        };
        /** PrintMethod */
        "PrintMethod-Output": {
            /** Colors */
            colors: string[];
            /** Density G Per Cm3 */
            density_g_per_cm3: number;
            /** Description */
            description: string;
            /** Fill Factor */
            fill_factor: number;
            /** Name */
            name: string;
            /** Price Per Gram */
            price_per_gram: string;
        };
        /** Printer */
        Printer: {
            /** Build Volume Mm */
            build_volume_mm: [
                number,
                number,
                number
            ];
            /** Method */
            method: string;
            /** Name */
            name: string;
        };
        /**
         * SubmissionRequest
         * @description The student's form (SPEC.md §2.1). Only the types are checked here: the jobs service checks every
         *     value against the current lab catalog and answers 422 with one message per field.
         */
        SubmissionRequest: {
            /** Class Number */
            class_number: string;
            /** Color */
            color: string;
            /** Discipline */
            discipline: string;
            /** Min Charge Consent */
            min_charge_consent: boolean;
            /** Print Method */
            print_method: string;
            /** Printer */
            printer: string;
            /** Scaling Confirmed */
            scaling_confirmed: boolean;
            /** Student Email */
            student_email: string;
            /** Student First Name */
            student_first_name: string;
            /** Student Last Name */
            student_last_name: string;
            /**
             * Upload Id
             * Format: uuid
             */
            upload_id: string;
        };
        /** SubmissionResponse */
        SubmissionResponse: {
            /** Job Id */
            job_id: string;
            /** Short Id */
            short_id: string;
            status: components["schemas"]["JobStatus"];
            /** Tracking Token */
            tracking_token: string;
            /** Tracking Url */
            tracking_url: string;
        };
        /** Tracking */
        Tracking: {
            job: components["schemas"]["TrackingJob"];
            queue: components["schemas"]["TrackingQueue"];
            quote: components["schemas"]["TrackingQuote"] | null;
            /** Timeline */
            timeline: components["schemas"]["TrackingStep"][];
        };
        /** TrackingJob */
        TrackingJob: {
            /** Color */
            color: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Original Filename */
            original_filename: string;
            /** Print Method */
            print_method: string | null;
            /** Printer */
            printer: string | null;
            /** Short Id */
            short_id: string;
            status: components["schemas"]["JobStatus"];
            /** Status Label */
            status_label: string;
        };
        /** TrackingQueue */
        TrackingQueue: {
            /** Ahead */
            ahead: number;
            /** Eta */
            eta: string | null;
            /**
             * Position
             * @description 1 = next on its printer; null once the job has left the queue
             */
            position: number | null;
            /** Printer Hours Ahead */
            printer_hours_ahead: number;
        };
        /**
         * TrackingQuote
         * @description The price staff set at approval; the student confirms it through the e-mailed link.
         */
        TrackingQuote: {
            /** Confirmed */
            confirmed: boolean;
            /** Cost */
            cost: string;
            /** Currency */
            currency: string;
            /** Printer */
            printer: string | null;
            /** Time Hours */
            time_hours: number;
            /** Weight G */
            weight_g: number;
        };
        /** TrackingStep */
        TrackingStep: {
            /**
             * At
             * @description When the job reached this step, where known
             */
            at: string | null;
            /** Label */
            label: string;
            /**
             * State
             * @enum {string}
             */
            state: "done" | "current" | "upcoming";
            status: components["schemas"]["JobStatus"];
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_catalog: {
        parameters: {
            query?: never;
            header?: {
                "if-none-match"?: string | null;
            };
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
                    "application/json": components["schemas"]["Catalog"];
                };
            };
            /** @description Not modified: `If-None-Match` names the current version */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    put_catalog: {
        parameters: {
            query?: never;
            header?: {
                "if-match"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CatalogUpdateRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Catalog"];
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
            /** @description Precondition Failed */
            412: {
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
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_jobs: {
        parameters: {
            query?: {
                status?: components["schemas"]["JobStatus"];
                page?: number;
                page_size?: number;
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
                    "application/json": components["schemas"]["JobList"];
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
    job_counts: {
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
                    "application/json": components["schemas"]["JobCounts"];
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
    submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionResponse"];
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
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    track: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
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
                    "application/json": components["schemas"]["Tracking"];
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
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
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
}
