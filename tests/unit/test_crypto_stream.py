"""Chunked AES-256-GCM streams: round trips at every boundary, and every kind of tampering refused."""

from __future__ import annotations

import io
import os

import pytest

from mediation_desk.domain.errors import BookError
from mediation_desk.storage.crypto_stream import (HEADER_LEN, TAG_LEN, StreamCorrupt, StreamReader, StreamWriter,
                                                  ciphertext_size, decrypt_bytes, decrypt_stream, encrypt_bytes,
                                                  encrypt_stream)

CHUNK = 64
KEY = bytes(range(32))
AAD = b"evidence:42"


def seal(data: bytes, *, chunk: int = CHUNK, key: bytes = KEY, aad: bytes = AAD) -> bytes:
    return encrypt_bytes(data, key, aad, chunk_size=chunk)


def chunks_of(blob: bytes, chunk: int = CHUNK) -> tuple[bytes, list[bytes]]:
    block = chunk + TAG_LEN
    body = blob[HEADER_LEN:]
    return blob[:HEADER_LEN], [body[i:i + block] for i in range(0, len(body), block)]


SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17, 10 * CHUNK]


@pytest.mark.parametrize("size", SIZES)
def test_round_trip(size: int) -> None:
    data = os.urandom(size)
    blob = seal(data)
    assert len(blob) == ciphertext_size(size, CHUNK)
    assert decrypt_bytes(blob, KEY, AAD) == data
    assert b"".join(StreamReader(io.BytesIO(blob), KEY, AAD)) == data


@pytest.mark.parametrize("size", SIZES)
def test_incremental_writes_in_odd_pieces(size: int) -> None:
    data = os.urandom(size)
    out = io.BytesIO()
    w = StreamWriter(out, KEY, AAD, chunk_size=CHUNK)
    pos, step = 0, 1
    while pos < size:
        w.write(data[pos:pos + step])
        pos += step
        step = step % 150 + 7
    w.close()
    assert out.getvalue()[:6] == b"MDSTRM"
    assert decrypt_bytes(out.getvalue(), KEY, AAD) == data
    # every non-final chunk is full-size, the final one is flagged (ciphertext length matches the formula)
    assert len(out.getvalue()) == ciphertext_size(size, CHUNK)


def test_read_in_small_pieces_and_file_helpers(tmp_path) -> None:
    data = os.urandom(5 * CHUNK + 3)
    src, enc, dec = tmp_path / "a", tmp_path / "a.enc", tmp_path / "a.dec"
    src.write_bytes(data)
    with open(src, "rb") as s, open(enc, "wb") as e:
        assert encrypt_stream(s, e, KEY, AAD, chunk_size=CHUNK) == len(data)
    with open(enc, "rb") as e:
        reader = StreamReader(e, KEY, AAD)
        got = b""
        while piece := reader.read(13):
            got += piece
        assert reader.finished
    assert got == data
    with open(enc, "rb") as e, open(dec, "wb") as d:
        assert decrypt_stream(e, d, KEY, AAD) == len(data)
    assert dec.read_bytes() == data


def test_default_chunk_is_one_mebibyte() -> None:
    w = StreamWriter(io.BytesIO(), KEY)
    assert w.header.chunk_size == 1 << 20


def test_no_plaintext_in_ciphertext() -> None:
    marker = "申请人王建华拖欠工资".encode("utf-8")
    blob = seal(marker * 50)
    assert marker not in blob


def test_same_data_encrypts_differently() -> None:
    data = b"x" * 100
    assert seal(data) != seal(data)


def _refused(blob: bytes, *, key: bytes = KEY, aad: bytes = AAD) -> StreamCorrupt:
    with pytest.raises(StreamCorrupt) as info:
        decrypt_bytes(blob, key, aad)
    err = info.value
    assert isinstance(err, BookError)
    assert err.zh.startswith("加密数据无法通过校验") and err.en
    return err


@pytest.mark.parametrize("size", [0, 1, CHUNK, 3 * CHUNK + 5])
def test_any_byte_flip_is_refused(size: int) -> None:
    blob = seal(os.urandom(size))
    for pos in range(0, len(blob), max(1, len(blob) // 25)):
        bad = bytearray(blob)
        bad[pos] ^= 0x01
        _refused(bytes(bad))


def test_flip_in_last_byte_and_header_fields() -> None:
    blob = seal(os.urandom(3 * CHUNK))
    for pos in (len(blob) - 1, 6, 7, 13, 14, 17):  # tag end, version, nonce prefix, chunk size
        bad = bytearray(blob)
        bad[pos] ^= 0x80
        _refused(bytes(bad))


def test_dropping_the_final_chunk_is_refused() -> None:
    blob = seal(os.urandom(3 * CHUNK + 10))
    header, chunks = chunks_of(blob)
    assert len(chunks) == 4
    _refused(header + b"".join(chunks[:-1]))
    _refused(header + b"".join(chunks[:1]))


def test_dropping_a_full_size_final_chunk_is_refused() -> None:
    blob = seal(os.urandom(3 * CHUNK))
    header, chunks = chunks_of(blob)
    assert len(chunks) == 3 and all(len(c) == CHUNK + TAG_LEN for c in chunks)
    err = _refused(header + b"".join(chunks[:-1]))
    assert "截断" in err.zh


@pytest.mark.parametrize("cut", [1, TAG_LEN - 1, TAG_LEN, CHUNK // 2, CHUNK + TAG_LEN - 1])
def test_cut_mid_chunk_is_refused(cut: int) -> None:
    blob = seal(os.urandom(3 * CHUNK + 10))
    end_of_second = HEADER_LEN + 2 * (CHUNK + TAG_LEN)
    _refused(blob[:end_of_second - (CHUNK + TAG_LEN) + cut])
    _refused(blob[:-1])


def test_header_only_and_empty_input_are_refused() -> None:
    blob = seal(b"hello")
    _refused(blob[:HEADER_LEN])
    _refused(blob[:HEADER_LEN - 1])
    _refused(b"")


def test_reordered_chunks_are_refused() -> None:
    blob = seal(os.urandom(4 * CHUNK + 1))
    header, chunks = chunks_of(blob)
    swapped = [chunks[1], chunks[0]] + chunks[2:]
    _refused(header + b"".join(swapped))
    swapped = chunks[:2] + [chunks[3], chunks[2]] + chunks[4:]
    _refused(header + b"".join(swapped))
    _refused(header + b"".join(chunks[:1] + chunks[:1] + chunks[1:]))  # duplicated chunk


def test_appended_data_is_refused() -> None:
    for size in (10, CHUNK, 2 * CHUNK + 3):
        blob = seal(os.urandom(size))
        for extra in (b"\x00", b"garbage" * 3, os.urandom(CHUNK + TAG_LEN)):
            _refused(blob + extra)
        _refused(blob + blob[HEADER_LEN:])  # the stream's own chunks again


def test_wrong_aad_and_wrong_key_are_refused() -> None:
    blob = seal(os.urandom(2 * CHUNK + 3))
    _refused(blob, aad=b"evidence:43")
    _refused(blob, aad=b"")
    _refused(blob, key=bytes(32))


def test_stream_moved_between_items_is_refused() -> None:
    a = encrypt_bytes(b"case A evidence", KEY, b"case:1/item:1", chunk_size=CHUNK)
    with pytest.raises(StreamCorrupt):
        decrypt_bytes(a, KEY, b"case:2/item:1")


def test_plaintext_is_released_only_after_authentication() -> None:
    data = os.urandom(3 * CHUNK)
    blob = bytearray(seal(data))
    blob[-1] ^= 1  # damage the final chunk
    reader = StreamReader(io.BytesIO(bytes(blob)), KEY, AAD)
    got = []
    with pytest.raises(StreamCorrupt):
        for chunk in reader:
            got.append(chunk)
    assert b"".join(got) == data[:2 * CHUNK]  # only authenticated chunks came out


def test_writer_abandoned_on_error_leaves_a_refused_stream() -> None:
    out = io.BytesIO()
    with pytest.raises(RuntimeError):
        with StreamWriter(out, KEY, AAD, chunk_size=CHUNK) as w:
            w.write(os.urandom(3 * CHUNK + 5))
            raise RuntimeError("disk gone")
    _refused(out.getvalue())


def test_write_after_close_and_bad_key_length() -> None:
    w = StreamWriter(io.BytesIO(), KEY)
    w.close()
    w.close()  # idempotent
    with pytest.raises(ValueError):
        w.write(b"x")
    with pytest.raises(ValueError):
        StreamWriter(io.BytesIO(), b"short")


def test_not_a_stream_and_unknown_version() -> None:
    err = _refused(b"PK\x03\x04" + b"\x00" * 40)
    assert "不是本程序" in err.zh
    blob = bytearray(seal(b"abc"))
    blob[6] = 9
    assert "版本" in _refused(bytes(blob)).zh


def test_large_stream_in_bounded_memory(tmp_path) -> None:
    import tracemalloc

    size = 24 * (1 << 20) + 123
    src, enc = tmp_path / "big", tmp_path / "big.enc"
    with open(src, "wb") as fh:
        for _ in range(24):
            fh.write(os.urandom(1 << 20))
        fh.write(b"z" * 123)
    tracemalloc.start()
    with open(src, "rb") as s, open(enc, "wb") as e:
        encrypt_stream(s, e, KEY, AAD)
    with open(enc, "rb") as e:
        total = sum(len(c) for c in StreamReader(e, KEY, AAD))
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert total == size
    assert peak < 8 * (1 << 20)
