// Generated from contracts/openapi/jobs.json by `npm run gen:api`. Do not edit.
export interface paths {
    "/api/v1/admin/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive picked-up and rejected jobs unchanged for N days (dry run by default) */
        post: operations["archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{job_id}/change-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the job in any status (the file follows) */
        post: operations["change_status"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{job_id}/force-confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm for the student (PENDING → READYTOPRINT) */
        post: operations["force_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{job_id}/force-unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear whoever's edit lock */
        post: operations["force_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{job_id}/mark-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The print failed: back to the queue with the same quote (PRINTING → READYTOPRINT) */
        post: operations["mark_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/prune": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove archived jobs (files and rows; the trail stays) archived for N days (dry run by default) */
        post: operations["prune"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/retention/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether retention also runs by itself every day, when next, and with which ages */
        get: operations["retention_schedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/financial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Revenue per day and in total, payments, average ticket, quoted against charged */
        get: operations["analytics_financial"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs by status and in the queue now, turnaround, rejections and their reasons, staff activity */
        get: operations["analytics_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Printing per day and per printer, utilisation, material used, estimated against weighed grams */
        get: operations["analytics_resources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per day: submitted, approved, rejected and completed jobs, and the mean lead time */
        get: operations["analytics_trends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/api/v1/confirm/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail the student a fresh confirm link for the link they have (public) */
        post: operations["request_new_confirm_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confirm/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quote behind a confirm link, and whether the link can still be used (public) */
        get: operations["view_confirmation"];
        put?: never;
        /** Accept the quote: the job joins the print queue (public; the link works once, 72 h) */
        post: operations["confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments from `from` to `to` (whole days in the lab's time zone) as an Excel workbook (admin) */
        get: operations["export_payments"];
        put?: never;
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
        /** List jobs of one status, searched and filtered */
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
        /** Job counts per status (matching the same search and filters as the list) */
        get: operations["job_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/diag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Diagnostics of the jobs service (admin) */
        get: operations["diag"];
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
    "/api/v1/jobs/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every job change, live (server-sent events) */
        get: operations["stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One job with its quote, lock, payment and notes */
        get: operations["get_job"];
        put?: never;
        post?: never;
        /** Remove an UPLOADED or PENDING job, its files and row; the trail keeps the deletion */
        delete: operations["delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quote the print and e-mail the student a confirm link (UPLOADED → PENDING) */
        post: operations["approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job's audit trail, oldest first (hash-chained) */
        get: operations["job_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lock the card for this staff member at this workstation (5 minutes) */
        post: operations["lock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/lock/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The lock's heartbeat: five more minutes (holder only) */
        post: operations["extend_lock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/mark-complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The print is done; the student is told to pick it up (PRINTING → COMPLETED) */
        post: operations["mark_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/mark-printing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start printing on a printer (READYTOPRINT → PRINTING) */
        post: operations["mark_printing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/notes": {
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
        /** Replace the staff notes */
        patch: operations["notes"];
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Charge by the scale grams and hand the print over (COMPLETED → PAIDPICKEDUP) */
        post: operations["payment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject with the catalog's reasons and/or a message (UPLOADED → REJECTED) */
        post: operations["reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/resend-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail the student a fresh confirm link; older links stop working (PENDING) */
        post: operations["resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/revert-completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Back to printing (COMPLETED → PRINTING) */
        post: operations["revert_completion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/revert-pickup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a pickup; the payment stays in the history (PAIDPICKEDUP → COMPLETED) */
        post: operations["revert_pickup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set or clear the reviewed flag (the NEW badge) */
        post: operations["review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let go of the lock (holder only) */
        post: operations["unlock"];
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
         * AdminReasonRequest
         * @description Admin overrides (force-unlock, force-confirm, mark-failed): a reason is required.
         */
        AdminReasonRequest: {
            /** Reason */
            reason: string;
            /**
             * Staff Name
             * @description The active roster member performing the action
             */
            staff_name: string;
        };
        /** AnalyticsFinancial */
        AnalyticsFinancial: {
            /**
             * Actual Revenue Cents
             * @description What those jobs were charged (= total_revenue_cents)
             */
            actual_revenue_cents: number;
            /** Avg Ticket Cents */
            avg_ticket_cents: number | null;
            /** Currency */
            currency: string;
            /**
             * Estimated Revenue Cents
             * @description Quoted cost of the jobs paid in the window
             */
            estimated_revenue_cents: number;
            /** Payment Count */
            payment_count: number;
            /** Revenue Per Day */
            revenue_per_day: components["schemas"]["DailyRevenue"][];
            /** Total Revenue Cents */
            total_revenue_cents: number;
            /**
             * Variance Cents
             * @description actual − estimated
             */
            variance_cents: number;
            /** Variance Pct */
            variance_pct: number | null;
            window: components["schemas"]["AnalyticsWindow"];
        };
        /** AnalyticsOverview */
        AnalyticsOverview: {
            /**
             * As Of
             * Format: date-time
             * @description `by_status`, `in_queue` and `queue_age` are counts at this moment
             */
            as_of: string;
            /**
             * Avg Turnaround Hours
             * @description Submission to completion, for completions in the window
             */
            avg_turnaround_hours: number | null;
            /** By Status */
            by_status: {
                [key: string]: number;
            };
            /** Completed */
            completed: number;
            /**
             * Custom Reason Rejections
             * @description Rejections that also carried the staff member's own words
             */
            custom_reason_rejections: number;
            /**
             * In Queue
             * @description UPLOADED + PENDING + READYTOPRINT + PRINTING
             */
            in_queue: number;
            queue_age: components["schemas"]["QueueAgeBuckets"];
            /**
             * Rejection Reasons
             * @description Reasons ticked on those rejections, most used first
             */
            rejection_reasons: components["schemas"]["ReasonCount"][];
            /**
             * Rejections
             * @description Rejection steps (JobRejected in the trail) in the window
             */
            rejections: number;
            /** Staff Activity */
            staff_activity: components["schemas"]["StaffActivity"][];
            /** Submitted */
            submitted: number;
            window: components["schemas"]["AnalyticsWindow"];
        };
        /** AnalyticsResources */
        AnalyticsResources: {
            /** Estimated Vs Weighed */
            estimated_vs_weighed: components["schemas"]["GramsGap"][];
            /** Material By Method */
            material_by_method: components["schemas"]["MaterialUse"][];
            /** Material G Total */
            material_g_total: number;
            /** Other G */
            other_g: number;
            /** Printers */
            printers: components["schemas"]["PrinterUse"][];
            /** Printing Per Day */
            printing_per_day: components["schemas"]["DailyCount"][];
            /** Resin G */
            resin_g: number;
            window: components["schemas"]["AnalyticsWindow"];
        };
        /** AnalyticsTrends */
        AnalyticsTrends: {
            /** Days */
            days: components["schemas"]["DailyTrend"][];
            window: components["schemas"]["AnalyticsWindow"];
        };
        /** AnalyticsWindow */
        AnalyticsWindow: {
            /**
             * Date From
             * Format: date
             */
            date_from: string;
            /**
             * Date To
             * Format: date
             */
            date_to: string;
            /** Discipline */
            discipline?: string | null;
            /** Method */
            method?: string | null;
            /** Printer */
            printer?: string | null;
            /** Time Zone */
            time_zone: string;
        };
        /** ApproveRequest */
        ApproveRequest: {
            /**
             * Authoritative Filename
             * @description Print this file of the job instead of the current one
             */
            authoritative_filename?: string | null;
            /**
             * Printer
             * @description Override the student's printer
             */
            printer?: string | null;
            /**
             * Staff Name
             * @description The active roster member performing the action
             */
            staff_name: string;
            /**
             * Time Hours
             * @description Estimated print time in hours
             */
            time_hours: number | string;
            /**
             * Weight G
             * @description Estimated grams, from the slicer
             */
            weight_g: number | string;
        };
        /**
         * Catalog
         * @description The catalog as served: its content plus the version every change increments.
         */
        Catalog: {
            /**
             * Archive After Days
             * @default 45
             */
            archive_after_days: number;
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
            /**
             * Pickup Reminder Days
             * @default 7
             */
            pickup_reminder_days: number;
            /** Printers */
            printers: components["schemas"]["Printer"][];
            /**
             * Prune After Days
             * @default 365
             */
            prune_after_days: number;
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
             * Archive After Days
             * @default 45
             */
            archive_after_days: number;
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
            /**
             * Pickup Reminder Days
             * @default 7
             */
            pickup_reminder_days: number;
            /** Printers */
            printers: components["schemas"]["Printer"][];
            /**
             * Prune After Days
             * @default 365
             */
            prune_after_days: number;
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
        /** ChangeStatusRequest */
        ChangeStatusRequest: {
            new_status: components["schemas"]["JobStatus"];
            /** Reason */
            reason: string;
            /**
             * Staff Name
             * @description The active roster member performing the action
             */
            staff_name: string;
        };
        /** ConfirmResendAccepted */
        ConfirmResendAccepted: {
            /** Message */
            message: string;
        };
        /**
         * ConfirmResendRequest
         * @description A student whose link expired asks for a new one; it goes to the job's e-mail address, never here.
         */
        ConfirmResendRequest: {
            /** Token */
            token: string;
        };
        /** ConfirmationInfo */
        ConfirmationInfo: {
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Last Sent At */
            last_sent_at: string | null;
            /** Used At */
            used_at: string | null;
        };
        /**
         * ConfirmationView
         * @description What the student sees behind a confirm link before and after accepting the quote.
         */
        ConfirmationView: {
            /** Color */
            color: string | null;
            /** Cost */
            cost: string | null;
            /** Expires At */
            expires_at: string | null;
            /** Original Filename */
            original_filename: string;
            /** Print Method */
            print_method: string | null;
            /** Printer */
            printer: string | null;
            /** Short Id */
            short_id: string;
            /**
             * State
             * @enum {string}
             */
            state: "open" | "confirmed" | "used" | "expired";
            status: components["schemas"]["JobStatus"];
            /** Time Hours */
            time_hours: string | null;
            /** Weight G */
            weight_g: string | null;
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
        /** DailyCount */
        DailyCount: {
            /** Count */
            count: number;
            /**
             * Day
             * Format: date
             */
            day: string;
        };
        /** DailyRevenue */
        DailyRevenue: {
            /**
             * Day
             * Format: date
             */
            day: string;
            /** Payments */
            payments: number;
            /** Revenue Cents */
            revenue_cents: number;
        };
        /** DailyTrend */
        DailyTrend: {
            /** Approved */
            approved: number;
            /** Completed */
            completed: number;
            /**
             * Day
             * Format: date
             */
            day: string;
            /**
             * Mean Lead Time Hours
             * @description Submission to completion, for that day's completions
             */
            mean_lead_time_hours: number | null;
            /** Rejected */
            rejected: number;
            /** Submitted */
            submitted: number;
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
        /**
         * GramsGap
         * @description Quoted (estimated at approval) against weighed at pickup, for jobs paid in the window.
         */
        GramsGap: {
            /** Estimated G */
            estimated_g: number;
            /**
             * Gap G
             * @description weighed − estimated
             */
            gap_g: number;
            /**
             * Gap Pct
             * @description gap as a percentage of the estimate
             */
            gap_pct: number | null;
            /** Jobs */
            jobs: number;
            /** Print Method */
            print_method: string;
            /** Printer */
            printer: string;
            /** Weighed G */
            weighed_g: number;
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
        /**
         * JobDetail
         * @description One job with everything staff see on its card and in its drawer.
         */
        JobDetail: {
            /**
             * Charge Difference
             * @description Final charge minus quote
             */
            charge_difference?: string | null;
            /** Class Number */
            class_number?: string | null;
            /** Color */
            color?: string | null;
            confirmation?: components["schemas"]["ConfirmationInfo"] | null;
            /**
             * Confirmation Expires At
             * @description While Pending: when the student's confirmation link expires (staff resend a new one after)
             */
            confirmation_expires_at?: string | null;
            /**
             * Cost
             * @description The quote at approval
             */
            cost?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Discipline */
            discipline?: string | null;
            /** Display Name */
            display_name: string | null;
            /** Failures */
            failures?: components["schemas"]["PrintFailureInfo"][];
            /** File Path */
            file_path?: string | null;
            /**
             * Has Notes
             * @default false
             */
            has_notes: boolean;
            /** Id */
            id: string;
            /** Last Updated By */
            last_updated_by?: string | null;
            lock?: components["schemas"]["LockInfo"] | null;
            /**
             * Notes
             * @default
             */
            notes: string;
            /** Original Filename */
            original_filename: string;
            payment?: components["schemas"]["PaymentInfo"] | null;
            /** Print Method */
            print_method?: string | null;
            /** Printer */
            printer?: string | null;
            /** Printing Printer */
            printing_printer?: string | null;
            /** Rejection Custom Reason */
            rejection_custom_reason?: string | null;
            /** Rejection Reasons */
            rejection_reasons?: string[];
            /** Short Id */
            short_id: string;
            /** Staff Viewed At */
            staff_viewed_at?: string | null;
            status: components["schemas"]["JobStatus"];
            /** Student Email */
            student_email: string;
            /** Student Name */
            student_name: string;
            /** Time Hours */
            time_hours?: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Weight G */
            weight_g?: string | null;
        };
        /** JobEventItem */
        JobEventItem: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /** Event Type */
            event_type: string;
            /**
             * Hash
             * @description SHA-256 over this row and the previous row's hash
             */
            hash: string;
            /** Seq */
            seq: number;
            /** Staff Name */
            staff_name: string | null;
            /** Workstation */
            workstation: string | null;
        };
        /** JobEventList */
        JobEventList: {
            /** Events */
            events: components["schemas"]["JobEventItem"][];
            /** Job Id */
            job_id: string;
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
             * Confirmation Expires At
             * @description While Pending: when the student's confirmation link expires (staff resend a new one after)
             */
            confirmation_expires_at?: string | null;
            /** Cost */
            cost?: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Discipline */
            discipline?: string | null;
            /** Display Name */
            display_name: string | null;
            /**
             * Has Notes
             * @default false
             */
            has_notes: boolean;
            /** Id */
            id: string;
            lock?: components["schemas"]["LockInfo"] | null;
            /** Original Filename */
            original_filename: string;
            /** Print Method */
            print_method?: string | null;
            /** Printer */
            printer?: string | null;
            /** Printing Printer */
            printing_printer?: string | null;
            /** Short Id */
            short_id: string;
            /** Staff Viewed At */
            staff_viewed_at?: string | null;
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
        /** LockInfo */
        LockInfo: {
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Holder
             * @description "<workstation> · <staff member>", as shown on a locked card
             */
            holder: string;
            /** Staff Name */
            staff_name: string;
            /** Workstation */
            workstation: string;
        };
        /** MarkPrintingRequest */
        MarkPrintingRequest: {
            /** Printer */
            printer: string;
            /**
             * Staff Name
             * @description The active roster member performing the action
             */
            staff_name: string;
        };
        /** MaterialUse */
        MaterialUse: {
            /** Print Method */
            print_method: string;
            /** Weighed G */
            weighed_g: number;
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
        /** NotesRequest */
        NotesRequest: {
            /** Notes */
            notes: string;
            /**
             * Staff Name
             * @description The active roster member performing the action
             */
            staff_name: string;
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
        /** PaymentInfo */
        PaymentInfo: {
            /** Grams */
            grams: string;
            /** Picked Up By */
            picked_up_by: string;
            /** Price */
            price: string;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
            /** Recorded By */
            recorded_by: string;
            /** Txn No */
            txn_no: string;
        };
        /** PaymentRequest */
        PaymentRequest: {
            /**
             * Grams
             * @description The print's weight on the scale
             */
            grams: number | string;
            /** Picked Up By */
            picked_up_by: string;
            /**
             * Staff Name
             * @description The active roster member performing the action
             */
            staff_name: string;
            /**
             * Txn No
             * @description The payment system's transaction number
             */
            txn_no: string;
        };
        /** PrintFailureInfo */
        PrintFailureInfo: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Printer */
            printer: string | null;
            /** Reason */
            reason: string;
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
        /** PrinterUse */
        PrinterUse: {
            /** Jobs Printed */
            jobs_printed: number;
            /** Print Hours */
            print_hours: number;
            /** Printer */
            printer: string;
            /**
             * Utilization Pct
             * @description Estimated print hours started in the window / hours in the window
             */
            utilization_pct: number;
        };
        /**
         * QueueAgeBuckets
         * @description Jobs in the queue now, by whole days since submission: 0–2, 3–6 (`days_3_7`), 7 and more.
         */
        QueueAgeBuckets: {
            /** Days 0 2 */
            days_0_2: number;
            /** Days 3 7 */
            days_3_7: number;
            /** Days 7 Plus */
            days_7_plus: number;
        };
        /** ReasonCount */
        ReasonCount: {
            /** Count */
            count: number;
            /** Reason */
            reason: string;
        };
        /** RejectRequest */
        RejectRequest: {
            /** Custom Reason */
            custom_reason?: string | null;
            /**
             * Reasons
             * @description Reasons from the catalog
             */
            reasons?: string[];
            /**
             * Staff Name
             * @description The active roster member performing the action
             */
            staff_name: string;
        };
        /** RetentionReportBody */
        RetentionReportBody: {
            /**
             * Bytes
             * @description Their size: what a prune frees, an archive moves
             */
            bytes?: number | null;
            /**
             * Cutoff
             * Format: date-time
             */
            cutoff: string;
            /** Done */
            done: number;
            /** Dry Run */
            dry_run: boolean;
            /**
             * Files
             * @description Files of this batch on disk (None: the files service could not say)
             */
            files?: number | null;
            /**
             * Job Ids
             * @description The jobs this run takes (at most 1000; run again for more)
             */
            job_ids: string[];
            /**
             * Kind
             * @enum {string}
             */
            kind: "archive" | "prune";
            /**
             * Matched
             * @description Jobs due, in all
             */
            matched: number;
            /** Older Than Days */
            older_than_days: number;
            /** Skipped */
            skipped?: components["schemas"]["RetentionSkip"][];
        };
        /** RetentionRequest */
        RetentionRequest: {
            /**
             * Dry Run
             * @description Preview only (the default): nothing changes
             * @default true
             */
            dry_run: boolean;
            /**
             * Older Than Days
             * @description Default: the catalog's
             */
            older_than_days?: number | null;
            /**
             * Staff Name
             * @description The active roster member performing the action
             */
            staff_name: string;
        };
        /**
         * RetentionSchedule
         * @description Whether retention also runs by itself, when, and with which ages (the catalog's).
         */
        RetentionSchedule: {
            /** Archive After Days */
            archive_after_days: number;
            /**
             * Daily At
             * @description Local time of day in the lab's time zone, e.g. 03:30
             */
            daily_at: string | null;
            /** Enabled */
            enabled: boolean;
            /** Next Run At */
            next_run_at: string | null;
            /**
             * Prune
             * @description Whether the scheduled run also prunes (archiving always)
             */
            prune: boolean;
            /** Prune After Days */
            prune_after_days: number;
            /** Time Zone */
            time_zone: string;
        };
        /** RetentionSkip */
        RetentionSkip: {
            /** Job Id */
            job_id: string;
            /** Reason */
            reason: string;
        };
        /** ReviewRequest */
        ReviewRequest: {
            /** Reviewed */
            reviewed: boolean;
            /**
             * Staff Name
             * @description The active roster member performing the action
             */
            staff_name: string;
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
         * StaffActionRequest
         * @description Actions that need nothing but who performs them (mark complete, reverts, resend, delete, locks).
         */
        StaffActionRequest: {
            /**
             * Staff Name
             * @description The active roster member performing the action
             */
            staff_name: string;
        };
        /**
         * StaffActivity
         * @description Trail entries a staff member wrote in the window (every lifecycle step counts once).
         */
        StaffActivity: {
            /** Actions */
            actions: number;
            /** Approvals */
            approvals: number;
            /** Payments */
            payments: number;
            /** Rejections */
            rejections: number;
            /** Staff Name */
            staff_name: string;
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
            /** @description Present while the job stands rejected */
            rejection?: components["schemas"]["TrackingRejection"] | null;
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
        /**
         * TrackingRejection
         * @description Why staff did not approve the job: what the student's e-mail said, kept on the tracking page too.
         */
        TrackingRejection: {
            /**
             * Note
             * @description A note from staff in their own words
             */
            note?: string | null;
            /**
             * Reasons
             * @description The lab's rejection reasons staff ticked
             */
            reasons: string[];
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
    archive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetentionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionReportBody"];
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
    change_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStatusRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    force_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminReasonRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    force_unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminReasonRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    mark_failed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminReasonRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    prune: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetentionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionReportBody"];
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
    retention_schedule: {
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
                    "application/json": components["schemas"]["RetentionSchedule"];
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
    analytics_financial: {
        parameters: {
            query?: {
                /** @description First day (YYYY-MM-DD, lab time zone) */
                from?: string | null;
                /** @description Last day, included (default: today) */
                to?: string | null;
                /** @description Printer assigned to the job */
                printer?: string | null;
                /** @description Print method */
                method?: string | null;
                discipline?: string | null;
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
                    "application/json": components["schemas"]["AnalyticsFinancial"];
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
    analytics_overview: {
        parameters: {
            query?: {
                /** @description First day (YYYY-MM-DD, lab time zone) */
                from?: string | null;
                /** @description Last day, included (default: today) */
                to?: string | null;
                /** @description Printer assigned to the job */
                printer?: string | null;
                /** @description Print method */
                method?: string | null;
                discipline?: string | null;
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
                    "application/json": components["schemas"]["AnalyticsOverview"];
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
    analytics_resources: {
        parameters: {
            query?: {
                /** @description First day (YYYY-MM-DD, lab time zone) */
                from?: string | null;
                /** @description Last day, included (default: today) */
                to?: string | null;
                /** @description Printer assigned to the job */
                printer?: string | null;
                /** @description Print method */
                method?: string | null;
                discipline?: string | null;
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
                    "application/json": components["schemas"]["AnalyticsResources"];
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
    analytics_trends: {
        parameters: {
            query?: {
                /** @description First day (YYYY-MM-DD, lab time zone) */
                from?: string | null;
                /** @description Last day, included (default: today) */
                to?: string | null;
                /** @description Printer assigned to the job */
                printer?: string | null;
                /** @description Print method */
                method?: string | null;
                discipline?: string | null;
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
                    "application/json": components["schemas"]["AnalyticsTrends"];
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
    request_new_confirm_link: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmResendRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmResendAccepted"];
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
    view_confirmation: {
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
                    "application/json": components["schemas"]["ConfirmationView"];
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
    confirm: {
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
                    "application/json": components["schemas"]["ConfirmationView"];
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
            /** @description Gone */
            410: {
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
    export_payments: {
        parameters: {
            query: {
                from: string;
                to: string;
                /** @description Who takes the books out */
                staff_name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
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
    list_jobs: {
        parameters: {
            query?: {
                status?: components["schemas"]["JobStatus"];
                page?: number;
                page_size?: number;
                /** @description Name, e-mail, class or Job ID */
                search?: string | null;
                printer?: string | null;
                method?: string | null;
                discipline?: string | null;
                /** @description Submitted at or after */
                from?: string | null;
                /** @description Submitted before */
                to?: string | null;
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
    job_counts: {
        parameters: {
            query?: {
                /** @description Name, e-mail, class or Job ID */
                search?: string | null;
                printer?: string | null;
                method?: string | null;
                discipline?: string | null;
                /** @description Submitted at or after */
                from?: string | null;
                /** @description Submitted before */
                to?: string | null;
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
    stream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `ready`, then one `job` event per change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/event-stream": unknown;
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
    get_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
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
                    "application/json": components["schemas"]["JobDetail"];
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
        };
    };
    delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffActionRequest"];
            };
        };
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
    approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    job_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
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
                    "application/json": components["schemas"]["JobEventList"];
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
    lock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffActionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    extend_lock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffActionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    mark_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffActionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    mark_printing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkPrintingRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    notes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotesRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    payment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffActionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    revert_completion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffActionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    revert_pickup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffActionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
    unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffActionRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetail"];
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
