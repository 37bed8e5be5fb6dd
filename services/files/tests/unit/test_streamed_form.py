"""Reading a multipart/form-data body as it arrives: any chunking gives the same parts, and bad bodies are refused."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from printdesk.files.entrypoints.multipart import (
    BodyTooLarge,
    MalformedBody,
    StreamedForm,
    boundary_of,
    content_disposition,
)

BOUNDARY = b"----printdesk-test-boundary"


def form(*parts: tuple[bytes, bytes]) -> bytes:
    body = b""
    for disposition, data in parts:
        body += b"--" + BOUNDARY + b"\r\nContent-Disposition: form-data; " + disposition + b"\r\n"
        body += b"Content-Type: application/octet-stream\r\n\r\n" + data + b"\r\n"
    return body + b"--" + BOUNDARY + b"--\r\n"


async def chunked(body: bytes, size: int) -> AsyncIterator[bytes]:
    for i in range(0, len(body), size):
        yield body[i:i + size]
    yield b""  # Starlette ends a request stream with an empty chunk


async def read_file(body: bytes, size: int, max_body: int = 10_000_000) -> tuple[str | None, bytes]:
    stream = StreamedForm(chunked(body, size), BOUNDARY, max_body_bytes=max_body)
    name = await stream.next_file("file")
    data = b"".join([chunk async for chunk in stream.file_chunks()]) if name is not None else b""
    return name, data


PAYLOAD = bytes(range(256)) * 400 + b"\r\n--" + BOUNDARY[:-3] + b"\r\n--"  # boundary-like bytes inside


@pytest.mark.parametrize("size", [1, 7, 64, 1000, 65536, 10_000_000])
async def test_the_file_part_comes_out_whole_however_the_body_is_chunked(size):
    body = form((b'name="note"', b"hello"), (b'name="file"; filename="cube.stl"', PAYLOAD), (b'name="x"', b"y"))
    assert await read_file(body, size) == ("cube.stl", PAYLOAD)


async def test_a_form_without_the_file_field_gives_none():
    assert await read_file(form((b'name="other"', b"x")), 10) == (None, b"")


async def test_a_file_part_without_a_name_gives_an_empty_name():
    assert (await read_file(form((b'name="file"', b"data")), 10))[0] == ""


async def test_a_body_cut_off_in_the_file_is_malformed():
    body = form((b'name="file"; filename="cube.stl"', PAYLOAD))
    with pytest.raises(MalformedBody):
        await read_file(body[: len(body) // 2], 100)


async def test_garbage_is_malformed():
    with pytest.raises(MalformedBody):
        await read_file(b"this is not multipart at all" * 10, 16)


async def test_a_body_past_its_bound_is_too_large():
    body = form((b'name="file"; filename="cube.stl"', b"\0" * 50_000))
    with pytest.raises(BodyTooLarge):
        await read_file(body, 4096, max_body=40_000)


async def test_other_fields_are_bounded():
    body = form((b'name="essay"', b"x" * 100_000), (b'name="file"; filename="cube.stl"', b"data"))
    with pytest.raises(BodyTooLarge):
        await read_file(body, 4096)


def test_the_file_name_is_taken_byte_exact():
    assert content_disposition(b'form-data; name="file"; filename="../../etc/x.stl"') == ("file", "../../etc/x.stl")
    assert content_disposition(b'form-data; name="file"; filename="C:\\Users\\me\\x.stl"') == (
        "file", "C:\\Users\\me\\x.stl")
    assert content_disposition(b'form-data; name="file"; filename="a\\\\b \\"q\\".stl"') == ("file", 'a\\b "q".stl')
    assert content_disposition('form-data; name="file"; filename="Café.stl"'.encode()) == ("file", "Café.stl")
    assert content_disposition(b'form-data; name=file; filename=plain.stl') == ("file", "plain.stl")


def test_browser_escapes_in_names_are_undone_and_rfc2231_forms_ignored():
    assert content_disposition(b'form-data; name="file"; filename="my %22cube%22.stl"')[1] == 'my "cube".stl'
    assert content_disposition(b'form-data; name="file"; filename="a%0Ab.stl"')[1] == "a\nb.stl"
    assert content_disposition(b"form-data; name=\"file\"; filename*=UTF-8''evil.exe; filename=\"ok.stl\"")[1] == "ok.stl"


def test_only_multipart_form_data_has_a_boundary():
    assert boundary_of("multipart/form-data; boundary=abc") == b"abc"
    assert boundary_of('Multipart/Form-Data; boundary="a b"') == b"a b"
    assert boundary_of("multipart/form-data") is None
    assert boundary_of("application/x-www-form-urlencoded") is None
    assert boundary_of(None) is None
