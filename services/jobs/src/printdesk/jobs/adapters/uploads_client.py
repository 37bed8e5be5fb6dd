"""Reads an upload's facts from the files service (a read, with a timeout; never on the write path's critical section)."""

from __future__ import annotations

import uuid

import httpx

from printdesk.jobs.service_layer.ports import UploadInfo, UploadServiceUnavailable


class HttpUploadLookup:
    def __init__(self, files_url: str, *, timeout: float = 3.0, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._client = httpx.AsyncClient(base_url=files_url, timeout=timeout, transport=transport)

    async def _read(self, path: str, headers: dict[str, str] | None = None) -> dict | None:
        """The JSON at `path`; None on 404; anything else but 200 means the service cannot say."""
        try:
            response = await self._client.get(path, headers=headers)
        except httpx.HTTPError as exc:
            raise UploadServiceUnavailable(str(exc)) from exc
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise UploadServiceUnavailable(f"files service answered {response.status_code}")
        return response.json()

    async def get(self, upload_id: uuid.UUID) -> UploadInfo | None:
        body = await self._read(f"/api/v1/uploads/{upload_id}")
        if body is None:
            return None
        return UploadInfo(
            upload_id=uuid.UUID(body["upload_id"]), filename=body["filename"],
            sha256=body["sha256"], size_bytes=body["size_bytes"],
        )

    async def candidate_names(self, job_id: str, credentials: dict[str, str]) -> set[str] | None:
        """Names of the job's files that may be printed for it, asked with the staff member's own credentials;
        None when the files service does not know the job."""
        body = await self._read(f"/api/v1/files/jobs/{job_id}/candidates", credentials)
        return None if body is None else {c["name"] for c in body["candidates"]}

    async def usage(self, job_ids: list[str], credentials: dict[str, str]) -> tuple[int, int]:
        """(files, bytes) the jobs' files take on disk, asked with the admin's own credentials."""
        try:
            response = await self._client.post("/api/v1/files/usage", json={"job_ids": job_ids}, headers=credentials)
        except httpx.HTTPError as exc:
            raise UploadServiceUnavailable(str(exc)) from exc
        if response.status_code != 200:
            raise UploadServiceUnavailable(f"files service answered {response.status_code}")
        body = response.json()
        return int(body["files"]), int(body["bytes"])

    async def aclose(self) -> None:
        await self._client.aclose()
