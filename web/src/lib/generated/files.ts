// Generated from contracts/openapi/files.json by `npm run gen:api`. Do not edit.
export interface paths {
    "/api/v1/admin/audit/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A safe repair: delete an orphaned or stale file, rewrite a job's metadata, move its file into place */
        post: operations["storage_audit_action"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The storage root compared with the records: orphaned, stale and broken files, moves in progress */
        get: operations["storage_audit_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/diag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Diagnostics of the files service (admin) */
        get: operations["diag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of the files service */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/jobs/{job_id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files beside the job's file that may be printed for it, best first */
        get: operations["job_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/jobs/{job_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bytes of the job's file (or of another model file in its folder), for the 3D preview */
        get: operations["download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/jobs/{job_id}/open-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A short-lived signed print3d:// link that opens the job's file on this workstation */
        get: operations["open_link"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/jobs/{job_id}/opened": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The workstation handler reports it opened the file; the signed link is the proof (public) */
        post: operations["opened"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/link-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public key workstations trust for print3d:// links */
        get: operations["link_key"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What the given jobs' files take on disk (a retention preview's bytes) */
        post: operations["files_usage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a model file (STL, OBJ or 3MF) for a submission (public)
         * @description Streamed: the body is parsed as it arrives and the file written to staging chunk by chunk.
         */
        post: operations["upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads/{upload_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facts about an upload (no bytes); used by the jobs service at submission */
        get: operations["get_upload"];
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
         * CandidateFile
         * @description A file in the job's folder that may be printed for it.
         */
        CandidateFile: {
            /**
             * Extension
             * @example .3mf
             */
            extension: string;
            /**
             * Is Current
             * @description the job's authoritative file now
             */
            is_current: boolean;
            /**
             * Is Original
             * @description the file the student uploaded
             */
            is_original: boolean;
            /**
             * Modified At
             * Format: date-time
             */
            modified_at: string;
            /** Name */
            name: string;
            /** Size Bytes */
            size_bytes: number;
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
        /**
         * CostEstimate
         * @description An estimated weight and cost range of printing the model with one print method.
         *
         *     grams = volume (cm³) × density × fill factor; cost = max(minimum charge, grams × price per gram), rounded
         *     half-up to cents; the range is ±20 % of the grams, the minimum charge applied to both ends.
         */
        CostEstimate: {
            /**
             * Cost High
             * @example 3.00
             */
            cost_high: string;
            /**
             * Cost Low
             * @example 3.00
             */
            cost_low: string;
            /** Currency */
            currency: string;
            /** Grams */
            grams: number;
            /** Method */
            method: string;
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
         * FilesUsage
         * @description What the jobs' files take on disk: the job's file, its metadata and the student's original if apart.
         */
        FilesUsage: {
            /**
             * Bytes
             * @description Their size in bytes
             */
            bytes: number;
            /**
             * Files
             * @description Files found on disk
             */
            files: number;
            /**
             * Jobs
             * @description How many of the asked jobs have stored files
             */
            jobs: number;
        };
        /**
         * FilesUsageRequest
         * @description The jobs whose stored files to measure (a retention preview's batch).
         */
        FilesUsageRequest: {
            /** Job Ids */
            job_ids: string[];
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /**
         * JobCandidates
         * @description The job's candidate files, best first (extension priority, newest, name); rescan = ask again.
         */
        JobCandidates: {
            /** Candidates */
            candidates: components["schemas"]["CandidateFile"][];
            /**
             * Folder
             * @description the folder of the job's file, relative to the storage root
             */
            folder: string;
            /** Job Id */
            job_id: string;
            /**
             * Recommended
             * @description the first candidate's name (null when there is none)
             */
            recommended: string | null;
        };
        /**
         * LinkKey
         * @description The public key workstations put in PUBLIC_KEYS of their config.ini.
         */
        LinkKey: {
            /** Key Id */
            key_id: string;
            /** Public Key */
            public_key: string;
        };
        /**
         * MeshAnalysis
         * @description What the files service measured in a model. `volume_mm3` is null (and `estimates` empty) when the model is
         *     not watertight; `unit_warning` is "inches" when it is tiny (largest side < 10 mm), "metres" when huge (> 2000 mm).
         *
         *     The last three fields came with issue 3: analyses stored before it read with their defaults, and every
         *     answer carries them (required in the response schema).
         */
        MeshAnalysis: {
            /** Bbox Mm */
            bbox_mm: [
                number,
                number,
                number
            ];
            /** Estimates */
            estimates: components["schemas"]["CostEstimate"][];
            /** Fits */
            fits: components["schemas"]["PrinterFit"][];
            /** Triangles */
            triangles: number;
            /** Unit Warning */
            unit_warning: ("inches" | "metres") | null;
            /** Volume Mm3 */
            volume_mm3: number | null;
            /** Watertight */
            watertight: boolean;
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
        /**
         * OpenLink
         * @description A short-lived signed link for the workstation's `printdesk-open` handler.
         */
        OpenLink: {
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Legacy Url
             * @description the same link as 3dprint:// for older handlers
             */
            legacy_url: string;
            /**
             * Relative Path
             * @description the file's path relative to the storage root (for 'copy path')
             */
            relative_path: string;
            /**
             * Url
             * @description print3d://open?... — put it in a real <a href> so the click is a user gesture
             */
            url: string;
        };
        /**
         * OpenedReport
         * @description What the handler reports after opening a file: the link's own fields are the proof.
         */
        OpenedReport: {
            /** Exp */
            exp: number;
            /** Kid */
            kid: string;
            /** Path */
            path: string;
            /** Sig */
            sig: string;
            /** Slicer */
            slicer?: string | null;
            /** Workstation */
            workstation?: string | null;
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
        /**
         * PendingMove
         * @description A move not finished yet (the finisher loop completes it).
         */
        PendingMove: {
            /** Created At */
            created_at: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Job Id */
            job_id: string;
            /**
             * Phase
             * @enum {string}
             */
            phase: "copying" | "cleanup";
            /** Reason */
            reason: string;
            /** Target Status */
            target_status: string | null;
        };
        /**
         * PrinterFit
         * @description Whether the model fits one printer's build volume (in some quarter-turn orientation).
         */
        PrinterFit: {
            /** Fits */
            fits: boolean;
            /** Method */
            method: string;
            /** Printer */
            printer: string;
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
         * StorageAuditAction
         * @description A safe repair: `path` (relative to the storage root) for deletes, `job_id` for repairs.
         */
        StorageAuditAction: {
            /**
             * Action
             * @enum {string}
             */
            action: "delete_orphan" | "delete_stale" | "repair_metadata" | "repair_location";
            /** Job Id */
            job_id?: string | null;
            /** Path */
            path?: string | null;
            /** Staff Name */
            staff_name: string;
        };
        /** StorageAuditActionResult */
        StorageAuditActionResult: {
            /**
             * Action
             * @enum {string}
             */
            action: "delete_orphan" | "delete_stale" | "repair_metadata" | "repair_location";
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Job Id */
            job_id: string | null;
            /** Outcome */
            outcome: string;
            /** Path */
            path: string | null;
            /** Staff Name */
            staff_name: string;
        };
        /**
         * StorageAuditReport
         * @description The storage root compared with the records. `clean` when nothing is orphaned, stale or broken.
         */
        StorageAuditReport: {
            /** Broken Links */
            broken_links: components["schemas"]["StorageBrokenLink"][];
            /** Clean */
            clean: boolean;
            /** Files Scanned */
            files_scanned: number;
            /**
             * Generated At
             * Format: date-time
             */
            generated_at: string;
            /**
             * Orphaned Files
             * @description paths no job's records name (stale copies are listed apart)
             */
            orphaned_files: string[];
            /** Pending Moves */
            pending_moves: components["schemas"]["PendingMove"][];
            /** Stale Files */
            stale_files: components["schemas"]["StorageStaleFile"][];
        };
        /** StorageBrokenLink */
        StorageBrokenLink: {
            /** Issues */
            issues: ("file_missing" | "metadata_missing" | "original_missing" | "dir_status_mismatch" | "metadata_mismatch")[];
            /** Job Id */
            job_id: string;
            /** Relative Path */
            relative_path: string;
            /**
             * Status
             * @description the job status the files service last applied
             * @example PENDING
             */
            status: string;
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
         * StorageStaleFile
         * @description A copy of a job's file (same name) left in another folder.
         */
        StorageStaleFile: {
            /** Job Id */
            job_id: string;
            /** Job Path */
            job_path: string;
            /** Path */
            path: string;
        };
        /**
         * UploadResponse
         * @description A staged upload. `analysis` is null for a file too large to measure (above the analysis limit).
         */
        UploadResponse: {
            analysis: components["schemas"]["MeshAnalysis"] | null;
            /** Filename */
            filename: string;
            /**
             * Kind
             * @enum {string}
             */
            kind: "stl" | "obj" | "3mf";
            /** Sha256 */
            sha256: string;
            /** Size Bytes */
            size_bytes: number;
            /**
             * Upload Id
             * Format: uuid
             */
            upload_id: string;
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
    storage_audit_action: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StorageAuditAction"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorageAuditActionResult"];
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
    storage_audit_report: {
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
                    "application/json": components["schemas"]["StorageAuditReport"];
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
    job_candidates: {
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
                    "application/json": components["schemas"]["JobCandidates"];
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
    download: {
        parameters: {
            query?: {
                name?: string | null;
            };
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
                content?: never;
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
    open_link: {
        parameters: {
            query?: {
                name?: string | null;
            };
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
                    "application/json": components["schemas"]["OpenLink"];
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
    opened: {
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
                "application/json": components["schemas"]["OpenedReport"];
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
    link_key: {
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
                    "application/json": components["schemas"]["LinkKey"];
                };
            };
        };
    };
    files_usage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FilesUsageRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesUsage"];
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
    upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The model: .stl, .obj or .3mf, within the size limit.
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadResponse"];
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
            /** @description Request Entity Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
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
    get_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                upload_id: string;
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
                    "application/json": components["schemas"]["UploadResponse"];
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
}
