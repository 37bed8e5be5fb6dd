// Generated from contracts/openapi/files.json by `npm run gen:api`. Do not edit.
export interface paths {
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
