"""A multipart/form-data request body read part by part as it arrives, never held whole.

python-multipart's streaming `MultipartParser` turns each received chunk into callbacks; they are queued
here and handed out in order: the parts' headers, then the chosen part's data as chunks (other parts are
read and dropped, within a small bound). Starlette's `UploadFile` would spool the whole body to a
temporary file before our code saw a byte.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import AsyncIterator

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

MAX_OTHER_FIELDS_BYTES = 64 * 1024
# A 255-character name in UTF-8 plus the rest of the header fits easily; a 10,000-character one must still
# reach the name rules (and get their 422) rather than a parser error.
MAX_PART_HEADER_BYTES = 128 * 1024

_PARAM = re.compile(r';\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')
# What browsers percent-encode in a form-data file name (WHATWG HTML "multipart/form-data encoding").
_BROWSER_ESCAPES = {"%22": '"', "%0A": "\n", "%0D": "\r", "%0a": "\n", "%0d": "\r"}


class MalformedBody(Exception):
    """The body is not well-formed multipart/form-data (or it stopped early)."""


class BodyTooLarge(Exception):
    """The body grew past its bound."""


def boundary_of(content_type: str | None) -> bytes | None:
    """The boundary of a multipart/form-data Content-Type, or None for any other type."""
    kind, options = parse_options_header(content_type or "")
    if kind != b"multipart/form-data":
        return None
    boundary = options.get(b"boundary")
    return boundary or None


def _unquote(value: str) -> str:
    if not value.startswith('"'):
        return value.strip()
    # Only \\ and \" are escapes: browsers send a backslash in a name as it is.
    return value[1:-1].replace("\\\\", "\\").replace('\\"', '"')


def content_disposition(raw: bytes) -> tuple[str | None, str | None]:
    """(name, filename) of a part's Content-Disposition, byte-exact: no path stripping, no RFC 2231 forms."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    params: dict[str, str] = {}
    for key, value in _PARAM.findall(text):
        key = key.lower()
        if key.endswith("*"):  # RFC 7578 §4.2: not in form-data
            continue
        params.setdefault(key, _unquote(value))
    filename = params.get("filename")
    if filename is not None:
        filename = re.sub("%22|%0[AaDd]", lambda m: _BROWSER_ESCAPES[m.group(0)], filename)
    return params.get("name"), filename


class StreamedForm:
    def __init__(self, body: AsyncIterator[bytes], boundary: bytes, *, max_body_bytes: int) -> None:
        self._body = body
        self._max_body_bytes = max_body_bytes
        self._received = 0
        self._body_done = False
        self._parsed_to_end = False
        self._events: deque[tuple[str, object]] = deque()
        self._headers: dict[str, bytes] = {}
        self._field = bytearray()
        self._value = bytearray()
        self._parser = MultipartParser(
            boundary,
            {
                "on_part_begin": self._headers.clear,
                "on_header_field": lambda data, start, end: self._field.extend(data[start:end]),
                "on_header_value": lambda data, start, end: self._value.extend(data[start:end]),
                "on_header_end": self._header_end,
                "on_headers_finished": lambda: self._events.append(("part", dict(self._headers))),
                "on_part_data": self._part_data,
                "on_part_end": lambda: self._events.append(("part_end", None)),
                "on_end": self._end,
            },
            max_header_size=MAX_PART_HEADER_BYTES,
        )

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        # Most calls cover the whole received chunk: pass it on as it is rather than copying it.
        self._events.append(("data", data if start == 0 and end == len(data) else data[start:end]))

    def _header_end(self) -> None:
        self._headers[bytes(self._field).decode("latin-1").lower()] = bytes(self._value)
        self._field.clear()
        self._value.clear()

    def _end(self) -> None:
        self._parsed_to_end = True
        self._events.append(("end", None))

    @property
    def received_bytes(self) -> int:
        return self._received

    async def _pump(self) -> None:
        """Feed the parser the next received chunk; at the end of the body, insist the form was complete."""
        try:
            chunk = await self._body.__anext__()
        except StopAsyncIteration:
            chunk = None
        if chunk is None:
            self._body_done = True
            if not self._parsed_to_end:
                raise MalformedBody("The upload stopped before the end of the form: it is incomplete.")
            return
        if not chunk:
            return
        self._received += len(chunk)
        if self._received > self._max_body_bytes:
            raise BodyTooLarge
        try:
            self._parser.write(chunk)
        except MultipartParseError as exc:
            raise MalformedBody(f"The upload is not valid multipart/form-data ({exc}).") from exc

    async def _next_event(self) -> tuple[str, object]:
        while not self._events:
            if self._body_done:
                return ("end", None)
            await self._pump()
        return self._events.popleft()

    async def next_file(self, field: str) -> str | None:
        """Read on to the part named `field` and return its file name ("" if it has none); None if there is none."""
        skipped = 0
        while True:
            kind, value = await self._next_event()
            if kind == "end":
                return None
            if kind == "data":
                skipped += len(value)  # type: ignore[arg-type]
                if skipped > MAX_OTHER_FIELDS_BYTES:
                    raise BodyTooLarge
            elif kind == "part":
                name, filename = content_disposition(value.get("content-disposition", b""))  # type: ignore[union-attr]
                if name == field:
                    return filename or ""

    async def file_chunks(self) -> AsyncIterator[bytes]:
        """The chosen part's bytes as they arrive; then the rest of the form is read (and dropped) to its end."""
        while True:
            kind, value = await self._next_event()
            if kind == "data":
                yield value  # type: ignore[misc]
            elif kind == "part_end":
                break
            elif kind == "end":
                raise MalformedBody("The upload stopped in the middle of the file: it is incomplete.")
        await self.drain()

    async def drain(self) -> None:
        """Read the rest of the body, dropping it (bounded like the rest)."""
        while not self._body_done:
            self._events.clear()
            await self._pump()
