"""Chunked streaming AES-256-GCM (the STREAM construction), for files of any size.

Layout of one stream::

    header  = MAGIC (6 bytes) | version (1) | nonce prefix (7, random) | chunk size (4, big-endian)
    chunk i = AES-256-GCM(key, nonce_i, plaintext_i, aad = header | associated data) = ciphertext | tag (16)
    nonce_i = nonce prefix (7) | i as 32-bit big-endian counter (4) | last-chunk flag (1: 0x01 on the final chunk)

Every chunk but the last carries exactly ``chunk size`` plaintext bytes; the last carries
0..``chunk size`` bytes and is the only one with the flag set. So a stream that is cut
short (no flagged chunk), reordered (counter mismatch), extended after its final chunk,
altered in any byte, read with the wrong key or bound to other associated data fails
authentication. The header is authenticated through the associated data of every chunk.

The associated data is the caller's business (for example an evidence item id, or an
archive header), so this module knows nothing of backups or the vault. Memory use is
bounded by two chunks whatever the size of the stream.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mediation_desk.domain.errors import BookError

MAGIC = b"MDSTRM"
VERSION = 1
PREFIX_LEN = 7
TAG_LEN = 16
KEY_LEN = 32
HEADER_STRUCT = struct.Struct(f">{len(MAGIC)}sB{PREFIX_LEN}sI")
HEADER_LEN = HEADER_STRUCT.size  # 18 bytes
DEFAULT_CHUNK_SIZE = 1 << 20  # 1 MiB
MIN_CHUNK_SIZE = 1
MAX_CHUNK_SIZE = 16 << 20  # refuse headers that would make a reader allocate absurd buffers
MAX_CHUNKS = 1 << 32


class StreamCorrupt(BookError):
    """The encrypted stream is damaged, truncated, reordered, extended or belongs to another key."""


def _corrupt(zh_reason: str, en_reason: str, detail: str | None = None) -> StreamCorrupt:
    return StreamCorrupt(f"加密数据无法通过校验：{zh_reason}", f"The encrypted data failed verification: {en_reason}",
                         detail=detail)


@dataclass(frozen=True)
class StreamHeader:
    version: int
    nonce_prefix: bytes
    chunk_size: int
    raw: bytes

    @classmethod
    def new(cls, chunk_size: int = DEFAULT_CHUNK_SIZE) -> "StreamHeader":
        if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
            raise ValueError(f"chunk size out of range: {chunk_size}")
        prefix = os.urandom(PREFIX_LEN)
        return cls(VERSION, prefix, chunk_size, HEADER_STRUCT.pack(MAGIC, VERSION, prefix, chunk_size))

    @classmethod
    def parse(cls, raw: bytes) -> "StreamHeader":
        if len(raw) < HEADER_LEN:
            raise _corrupt("数据不完整（缺少文件头）。", "the data is incomplete (no header).")
        magic, version, prefix, chunk_size = HEADER_STRUCT.unpack(raw[:HEADER_LEN])
        if magic != MAGIC:
            raise _corrupt("这不是本程序的加密数据。", "this is not mediation-desk encrypted data.")
        if version != VERSION:
            raise _corrupt(f"不认识的格式版本 {version}，可能需要更新版本的程序。",
                           f"unknown format version {version}; a newer program may be needed.")
        if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
            raise _corrupt("文件头已损坏（分块大小无效）。", "the header is damaged (invalid chunk size).")
        return cls(version, prefix, chunk_size, bytes(raw[:HEADER_LEN]))


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    if counter >= MAX_CHUNKS:
        raise _corrupt("数据过大，超过格式上限。", "the data exceeds the format's limit.")
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _check_key(key: bytes) -> AESGCM:
    if len(key) != KEY_LEN:
        raise ValueError("AES-256-GCM needs a 32-byte key")
    return AESGCM(key)


class StreamWriter:
    """Encrypts data written to it incrementally into ``fh``; ``close()`` writes the final chunk.

    If an exception leaves the ``with`` block, no final chunk is written, so a reader will
    refuse the incomplete stream instead of accepting a prefix of the data.
    """

    def __init__(self, fh: BinaryIO, key: bytes, associated_data: bytes = b"", *,
                 chunk_size: int = DEFAULT_CHUNK_SIZE) -> None:
        self._aead = _check_key(key)
        self._fh = fh
        self.header = StreamHeader.new(chunk_size)
        self._aad = self.header.raw + bytes(associated_data)
        self._buf = bytearray()
        self._counter = 0
        self._closed = False
        self.plaintext_bytes = 0
        self.bytes_written = 0
        self._emit(self.header.raw)

    def _emit(self, data: bytes) -> None:
        self._fh.write(data)
        self.bytes_written += len(data)

    def _seal(self, chunk: bytes | memoryview, last: bool) -> None:
        nonce = _nonce(self.header.nonce_prefix, self._counter, last)
        self._emit(self._aead.encrypt(nonce, bytes(chunk), self._aad))
        self._counter += 1

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise ValueError("write to a closed stream")
        size = self.header.chunk_size
        view = memoryview(data).cast("B")
        n = len(view)
        self.plaintext_bytes += n
        # Fill the pending buffer first, then seal whole chunks straight from the input.
        if self._buf:
            take = min(size - len(self._buf), len(view))
            self._buf += view[:take]
            view = view[take:]
            if len(self._buf) == size and len(view) > 0:
                self._seal(self._buf, last=False)
                self._buf = bytearray()
        while len(view) > size:
            self._seal(view[:size], last=False)
            view = view[size:]
        if len(view):
            if len(self._buf) == size:  # a full chunk waits; more data means it was not the last
                self._seal(self._buf, last=False)
                self._buf = bytearray()
            self._buf += view
        return n

    def write_chunk(self, chunk: bytes | bytearray | memoryview, *, last: bool) -> None:
        """Seal one whole chunk without buffering or copying, for callers that read ahead (into reused
        buffers) and so know which chunk is the last: ``chunk`` is exactly ``chunk_size`` bytes, or
        0..``chunk_size`` when ``last`` (which closes the stream). Not to be mixed with ``write()``."""
        if self._closed:
            raise ValueError("write to a closed stream")
        if self._buf:
            raise ValueError("write_chunk() after write()")
        n = memoryview(chunk).nbytes
        if n > self.header.chunk_size or (not last and n != self.header.chunk_size):
            raise ValueError("a chunk that is not the last must be exactly chunk_size bytes")
        self.plaintext_bytes += n
        self._emit(self._aead.encrypt(_nonce(self.header.nonce_prefix, self._counter, last), chunk, self._aad))
        self._counter += 1
        if last:
            self._closed = True

    def close(self) -> None:
        """Seal the final chunk (possibly empty). Does not close ``fh``."""
        if self._closed:
            return
        self._seal(self._buf, last=True)
        self._buf = bytearray()
        self._closed = True

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> "StreamWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:  # noqa: ANN001
        if exc_type is None:
            self.close()
        else:
            self._closed = True  # abandon: the stream stays incomplete and will be refused


def _read_exact(fh: BinaryIO, n: int) -> bytes:
    """Up to ``n`` bytes; fewer only at end of file (file objects may return short reads)."""
    parts: list[bytes] = []
    remaining = n
    while remaining > 0:
        piece = fh.read(remaining)
        if not piece:
            break
        parts.append(piece)
        remaining -= len(piece)
    return b"".join(parts)


class StreamReader:
    """Decrypts a stream from ``fh`` (positioned at the stream header) up to end of file.

    Iterating yields the plaintext chunk by chunk; ``read(n)`` serves it as a file would.
    Raises :class:`StreamCorrupt` on any authentication failure, a missing final chunk or
    data after it. Plaintext is only released after its chunk's tag has been checked.
    """

    def __init__(self, fh: BinaryIO, key: bytes, associated_data: bytes = b"") -> None:
        self._aead = _check_key(key)
        self._fh = fh
        self.header = StreamHeader.parse(_read_exact(fh, HEADER_LEN))
        self._aad = self.header.raw + bytes(associated_data)
        self._block_len = self.header.chunk_size + TAG_LEN
        self._counter = 0
        self._pending = _read_exact(fh, self._block_len)  # one block read ahead
        self._finished = False
        self._buf = b""
        self._buf_pos = 0
        self.plaintext_bytes = 0

    def _open(self, block: bytes, last: bool) -> bytes:
        if len(block) < TAG_LEN:
            raise _corrupt("数据被截断（缺少结尾）。", "the data is truncated (the end is missing).")
        nonce = _nonce(self.header.nonce_prefix, self._counter, last)
        try:
            plain = self._aead.decrypt(nonce, block, self._aad)
        except InvalidTag:
            if self._counter == 0:
                raise _corrupt("密钥不符，或数据已损坏、被改动。", "wrong key, or the data is damaged or altered.",
                               detail=f"chunk {self._counter}") from None
            if last:
                raise _corrupt("数据被截断、被改动或结尾后附加了内容。",
                               "the data was truncated, altered or extended after its end.",
                               detail=f"chunk {self._counter}") from None
            raise _corrupt(f"第{self._counter + 1}块数据已损坏、被改动或顺序被打乱。",
                           f"chunk {self._counter + 1} is damaged, altered or out of order.",
                           detail=f"chunk {self._counter}") from None
        self._counter += 1
        self.plaintext_bytes += len(plain)
        return plain

    def next_chunk(self) -> bytes | None:
        """The next authenticated plaintext chunk, or None after the final one."""
        if self._finished:
            return None
        block = self._pending
        if len(block) < self._block_len:  # a short block can only be the final chunk
            self._pending = b""
            plain = self._open(block, last=True)
            self._finished = True
            return plain
        following = _read_exact(self._fh, self._block_len)
        if not following:  # a full-size final chunk
            self._pending = b""
            plain = self._open(block, last=True)
            self._finished = True
            return plain
        self._pending = following
        return self._open(block, last=False)

    def __iter__(self) -> Iterator[bytes]:
        while True:
            chunk = self.next_chunk()
            if chunk is None:
                return
            if chunk:
                yield chunk

    def read(self, n: int = -1) -> bytes:
        """Up to ``n`` plaintext bytes (all remaining when ``n`` < 0); b"" at the end of the stream."""
        if n is None or n < 0:
            parts = [self._buf[self._buf_pos:]]
            self._buf, self._buf_pos = b"", 0
            parts.extend(iter(self))
            return b"".join(parts)
        out: list[bytes] = []
        wanted = n
        while wanted > 0:
            if self._buf_pos >= len(self._buf):
                chunk = self.next_chunk()
                if chunk is None:
                    break
                self._buf, self._buf_pos = chunk, 0
                continue
            piece = self._buf[self._buf_pos:self._buf_pos + wanted]
            self._buf_pos += len(piece)
            wanted -= len(piece)
            out.append(piece)
        return b"".join(out)

    @property
    def finished(self) -> bool:
        """True once the final chunk has been authenticated and all its bytes were handed out."""
        return self._finished and self._buf_pos >= len(self._buf)

    def drain(self) -> int:
        """Authenticate the rest of the stream, discarding it; returns the bytes skipped."""
        skipped = len(self._buf) - self._buf_pos
        self._buf, self._buf_pos = b"", 0
        for chunk in self:
            skipped += len(chunk)
        return skipped


def encrypt_stream(src: BinaryIO, dst: BinaryIO, key: bytes, associated_data: bytes = b"", *,
                   chunk_size: int = DEFAULT_CHUNK_SIZE) -> int:
    """Encrypt everything readable from ``src`` into ``dst``; returns the plaintext length."""
    writer = StreamWriter(dst, key, associated_data, chunk_size=chunk_size)
    while True:
        piece = src.read(chunk_size)
        if not piece:
            break
        writer.write(piece)
    writer.close()
    return writer.plaintext_bytes


def decrypt_stream(src: BinaryIO, dst: BinaryIO, key: bytes, associated_data: bytes = b"") -> int:
    """Decrypt a whole stream from ``src`` into ``dst``; returns the plaintext length.

    ``dst`` receives each chunk only after it authenticated; on failure it may hold a verified
    prefix, so callers write to a temporary file and discard it on :class:`StreamCorrupt`.
    """
    reader = StreamReader(src, key, associated_data)
    for chunk in reader:
        dst.write(chunk)
    return reader.plaintext_bytes


def encrypt_bytes(data: bytes, key: bytes, associated_data: bytes = b"", *,
                  chunk_size: int = DEFAULT_CHUNK_SIZE) -> bytes:
    import io

    out = io.BytesIO()
    with StreamWriter(out, key, associated_data, chunk_size=chunk_size) as w:
        w.write(data)
    return out.getvalue()


def decrypt_bytes(blob: bytes, key: bytes, associated_data: bytes = b"") -> bytes:
    import io

    return StreamReader(io.BytesIO(blob), key, associated_data).read()


def ciphertext_size(plaintext_size: int, chunk_size: int = DEFAULT_CHUNK_SIZE) -> int:
    """The exact size of the stream for a plaintext of ``plaintext_size`` bytes."""
    full, rest = divmod(plaintext_size, chunk_size)
    if rest == 0 and full > 0:  # the last full chunk is the final one
        chunks = full
    else:
        chunks = full + 1
    return HEADER_LEN + plaintext_size + chunks * TAG_LEN
