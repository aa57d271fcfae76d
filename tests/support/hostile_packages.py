"""A corpus of hostile hand-off packages: each attack a file of its own, with the fragment of
the refusal it must draw. Packages are built byte by byte here (not with the program's writer)
so that each can lie exactly where an attacker would: in a header, a name, the manifest or the
signature. ``SIGNER`` is the sender's key the tests trust."""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import os
import struct
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediation_desk.handoff import format as fmt
from tests.support.handoff_packages import TestSigner, content

SIGNER = TestSigner(bytes(range(32)))
OTHER = TestSigner(bytes(range(1, 33)))

GOOD_FILES: list[tuple[str, bytes, str, int]] = [  # name, data, media type, compression
    ("documents/application.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8, "application/pdf", zipfile.ZIP_STORED),
    ("records/record.txt", "调解笔录\n".encode() * 200, "text/plain", zipfile.ZIP_DEFLATED),
    ("evidence/e01.jpg", b"\xff\xd8\xff" + bytes(range(256)) * 4, "image/jpeg", zipfile.ZIP_STORED),
]
Member = tuple[str, bytes, int]  # name, data, compression


def info(name: str, compression: int = zipfile.ZIP_STORED, mode: int = 0o100644) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, date_time=(2026, 12, 3, 9, 0, 0))
    zi.compress_type = compression
    zi.create_system = 3
    zi.external_attr = mode << 16
    return zi


def zip_bytes(members: list[Member], *, modes: dict[str, int] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data, compression in members:
            with _quiet():
                zf.writestr(info(name, compression, (modes or {}).get(name, 0o100644)), data)
    return buf.getvalue()


class _quiet:
    """zipfile warns about duplicate names; the corpus writes them on purpose."""

    def __enter__(self) -> None:
        import warnings

        self._ctx = warnings.catch_warnings()
        self._ctx.__enter__()
        warnings.simplefilter("ignore")

    def __exit__(self, *exc: object) -> None:
        self._ctx.__exit__(*exc)


def manifest_for(files: list[tuple[str, bytes, str, int]], signer: TestSigner = SIGNER, **changes: Any) -> dict[str, Any]:
    m = content()
    m.update({"format": fmt.FORMAT_NAME, "version": fmt.VERSION, "package_id": str(uuid.uuid4()),
              "created_at": "2026-12-03T09:00:00+08:00",
              "signing_key": {"key_id": signer.key_id, "algorithm": "Ed25519",
                              "public_key": base64.b64encode(signer.public_key()).decode()},
              "files": [{"name": n, "title": "文件", "role": "evidence", "media_type": mt, "size": len(d),
                         "sha256": hashlib.sha256(d).hexdigest()} for n, d, mt, _ in files]})
    m.update(changes)
    return m


def package(files: list[tuple[str, bytes, str, int]] | None = None, *, manifest: dict[str, Any] | None = None,
            manifest_bytes: bytes | None = None, signature: bytes | None = None, signer: TestSigner = SIGNER,
            extra: list[Member] = (), drop: tuple[str, ...] = (), modes: dict[str, int] | None = None) -> bytes:
    files = GOOD_FILES if files is None else files
    data = manifest_bytes if manifest_bytes is not None else fmt.canonical_manifest(manifest or manifest_for(files))
    sig = signature if signature is not None else base64.b64encode(signer.sign(data)) + b"\n"
    members: list[Member] = [(n, d, c) for n, d, _, c in files]
    members += [(fmt.MANIFEST, data, zipfile.ZIP_DEFLATED), (fmt.SIGNATURE, sig, zipfile.ZIP_STORED)]
    members += list(extra)
    return zip_bytes([m for m in members if m[0] not in drop], modes=modes)


def good() -> bytes:
    return package()


# ---- header surgery ----

def _central(data: bytes) -> list[tuple[int, str]]:
    end = data.rindex(b"PK\x05\x06")
    count, _, cd_offset = struct.unpack("<HLL", data[end + 10:end + 20])
    records, pos = [], cd_offset
    for _ in range(count):
        nlen, elen, clen = struct.unpack("<HHH", data[pos + 28:pos + 34])
        records.append((pos, data[pos + 46:pos + 46 + nlen].decode("utf-8", "surrogateescape")))
        pos += 46 + nlen + elen + clen
    return records


_CD_FIELDS = {"flags": (8, "<H"), "method": (10, "<H"), "csize": (20, "<L"), "usize": (24, "<L"),
              "eattr": (38, "<L"), "offset": (42, "<L")}
_LOCAL_FIELDS = {"flags": (6, "<H"), "method": (8, "<H"), "csize": (18, "<L"), "usize": (22, "<L")}


def patch(data: bytes, name: str, *, local: bool = True, **fields: int) -> bytes:
    """Set header fields of the entry ``name`` in the central directory (and its local header)."""
    out = bytearray(data)
    for pos, entry in _central(data):
        if entry != name:
            continue
        local_at = struct.unpack("<L", data[pos + 42:pos + 46])[0]
        for field, value in fields.items():
            off, form = _CD_FIELDS[field]
            struct.pack_into(form, out, pos + off, value)
            if local and field in _LOCAL_FIELDS:
                off, form = _LOCAL_FIELDS[field]
                struct.pack_into(form, out, local_at + off, value)
    return bytes(out)


def alias_entry(data: bytes, name: str, alias: str) -> bytes:
    """Add a second central-directory record for ``name``'s data under ``alias`` (overlapping entries)."""
    records = _central(data)
    end = data.rindex(b"PK\x05\x06")
    pos = next(p for p, n in records if n == name)
    nlen, elen, clen = struct.unpack("<HHH", data[pos + 28:pos + 34])
    record = bytearray(data[pos:pos + 46 + nlen + elen + clen])
    alias_b = alias.encode()
    record = record[:46] + alias_b + record[46 + nlen:]
    struct.pack_into("<H", record, 28, len(alias_b))
    eocd = bytearray(data[end:])
    count, cd_size = struct.unpack("<H", eocd[10:12])[0], struct.unpack("<L", eocd[12:16])[0]
    struct.pack_into("<HHL", eocd, 8, count + 1, count + 1, cd_size + len(record))
    return data[:end] + bytes(record) + bytes(eocd)


def rename_in_central_directory(data: bytes, name: str, new: str) -> bytes:
    """Give an entry another name in the central directory only (same length)."""
    pos = next(p for p, n in _central(data) if n == name)
    out = bytearray(data)
    out[pos + 46:pos + 46 + len(name)] = new.encode()
    return bytes(out)


def flip_byte_in(data: bytes, name: str, at: int = 20) -> bytes:
    """Change one byte of a stored entry's data in place."""
    pos = next(p for p, n in _central(data) if n == name)
    local_at = struct.unpack("<L", data[pos + 42:pos + 46])[0]
    nlen, elen = struct.unpack("<HH", data[local_at + 26:local_at + 30])
    where = local_at + 30 + nlen + elen + at
    out = bytearray(data)
    out[where] ^= 0x01
    return bytes(out)


# ---- the corpus ----

def _resigned(**changes: Any) -> bytes:
    return package(manifest=manifest_for(GOOD_FILES, **changes))


def _manifest_text(text: bytes) -> bytes:
    return package(manifest_bytes=text)


def _deep() -> bytes:
    m = manifest_for(GOOD_FILES)
    text = fmt.canonical_manifest(m).decode()
    return _manifest_text(text.replace('"notes": ""', '"notes": ' + "[" * 200 + "]" * 200).encode())


def _duplicate_key() -> bytes:
    text = fmt.canonical_manifest(manifest_for(GOOD_FILES)).decode()
    return _manifest_text(text.replace('"notes": ""', '"notes": "", "notes": "再说一次"').encode())


def _nan() -> bytes:
    text = fmt.canonical_manifest(manifest_for(GOOD_FILES)).decode()
    return _manifest_text(text.replace('"notes": ""', '"notes": NaN').encode())


def _huge_number() -> bytes:
    text = fmt.canonical_manifest(manifest_for(GOOD_FILES)).decode()
    return _manifest_text(text.replace('"notes": ""', '"notes": 1e999').encode())


def _bomb() -> bytes:
    zeros = bytes(20 * fmt.MIB)
    files = [*GOOD_FILES, ("records/zeros.txt", zeros, "text/plain", zipfile.ZIP_DEFLATED)]
    return package(files)


def _lying_size() -> bytes:
    """Deflate data inflating past its header's size (the header and the manifest both say 100 bytes)."""
    data = b"A" * 5000
    listed = [*GOOD_FILES, ("records/lying.txt", data[:100], "text/plain", zipfile.ZIP_DEFLATED)]
    honest = package([*GOOD_FILES, ("records/lying.txt", data, "text/plain", zipfile.ZIP_DEFLATED)],
                     manifest=manifest_for(listed))
    return patch(honest, "records/lying.txt", usize=100)


def _total_too_big() -> bytes:
    files = [(f"evidence/big{i}.bin", b"x" * 10, "application/octet-stream", zipfile.ZIP_STORED) for i in range(5)]
    data = package(files)
    for i in range(5):
        data = patch(data, f"evidence/big{i}.bin", local=False, usize=2_000_000_000)
    return data


def _entry_too_big() -> bytes:
    data = package([("evidence/huge.bin", b"x" * 10, "application/octet-stream", zipfile.ZIP_STORED)])
    return patch(data, "evidence/huge.bin", local=False, usize=3_000_000_000)


def _named(name: str) -> bytes:
    return package(extra=[(name, b"payload", zipfile.ZIP_STORED)])


def _many() -> bytes:
    return package(extra=[(f"evidence/f{i}.txt", b"x", zipfile.ZIP_STORED) for i in range(fmt.MAX_ENTRIES)])


def _eocd_claims_many() -> bytes:
    data = bytearray(good())
    end = bytes(data).rindex(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 5000, 5000)
    return bytes(data)


def _oversized_manifest() -> bytes:
    text = fmt.canonical_manifest(manifest_for(GOOD_FILES)).decode()
    return _manifest_text(text.replace('"notes": ""', '"notes": "' + os.urandom(fmt.MIB // 2 + 10).hex() + '"').encode())


def _wrong_signature() -> bytes:
    data = fmt.canonical_manifest(manifest_for(GOOD_FILES))
    return package(manifest_bytes=data, signature=base64.b64encode(OTHER.sign(data)))


def _altered_manifest() -> bytes:
    data = fmt.canonical_manifest(manifest_for(GOOD_FILES))
    sig = base64.b64encode(SIGNER.sign(data))
    return package(manifest_bytes=data.replace("8000.00".encode(), "9000.00".encode()), signature=sig)


def _bad_key_id() -> bytes:
    m = manifest_for(GOOD_FILES)
    m["signing_key"]["key_id"] = "0" * 16
    return package(manifest=m)


def _schema(**changes: Any) -> Callable[[], bytes]:
    return lambda: _resigned(**changes)


def _claims_bad_amount() -> bytes:
    m = manifest_for(GOOD_FILES)
    m["claims"][0]["amount"] = "8600.5"
    return package(manifest=m)


def _listed_twice() -> bytes:
    m = manifest_for(GOOD_FILES)
    m["files"].append(copy.deepcopy(m["files"][0]))
    return package(manifest=m)


def _size_lie() -> bytes:
    m = manifest_for(GOOD_FILES)
    m["files"][2]["size"] += 1
    return package(manifest=m)


def _hash_lie() -> bytes:
    m = manifest_for(GOOD_FILES)
    m["files"][1]["sha256"] = "0" * 64
    return package(manifest=m)


@dataclass(frozen=True)
class Hostile:
    name: str
    build: Callable[[], bytes]
    fragment: str  # what the Chinese refusal must say


CORPUS: list[Hostile] = [
    Hostile("not_a_zip", lambda: os.urandom(4096), "不是 ZIP 格式"),
    Hostile("empty_file", lambda: b"", "文件是空的"),
    Hostile("truncated", lambda: good()[: len(good()) // 2], "可能在复制或下载时被截断"),
    Hostile("too_many_entries", _many, "条目过多"),
    Hostile("end_record_claims_many_entries", _eocd_claims_many, "条目过多（5000"),
    Hostile("oversized_manifest", _oversized_manifest, "manifest.json 过大"),
    Hostile("oversized_signature", lambda: package(signature=b"A" * 4096), "manifest.sig 过大"),
    Hostile("json_nesting_bomb", _deep, "嵌套层数"),
    Hostile("duplicate_json_key", _duplicate_key, "重复的键“notes”"),
    Hostile("json_nan", _nan, "非有限数值（NaN）"),
    Hostile("json_infinity_by_overflow", _huge_number, "非有限数值（1e999）"),
    Hostile("manifest_not_utf8", lambda: _manifest_text(fmt.canonical_manifest(manifest_for(GOOD_FILES))
                                                         .decode().encode("gb18030")), "不是 UTF-8"),
    Hostile("manifest_not_json", lambda: _manifest_text(b'{"format": "mediation-desk-handoff", '), "不是有效的 JSON"),
    Hostile("manifest_not_object", lambda: _manifest_text(b"[1, 2, 3]"), "不是 JSON 对象"),
    Hostile("zip_bomb_ratio", _bomb, "records/zeros.txt 的压缩比异常"),
    Hostile("inflates_past_declared_size", _lying_size, "records/lying.txt 已损坏或被改动"),
    Hostile("total_size_over_limit", _total_too_big, "总大小超过上限"),
    Hostile("entry_over_2_gib", _entry_too_big, "evidence/huge.bin 过大"),
    Hostile("overlapping_entries", lambda: alias_entry(good(), "records/record.txt", "records/alias.txt"), "重叠"),
    Hostile("local_header_disagrees", lambda: rename_in_central_directory(good(), "evidence/e01.jpg", "evidence/e02.jpg"),
            "evidence/e02.jpg 的本地文件头与中央目录不一致"),
    Hostile("path_traversal", lambda: _named("documents/../../etc/cron.d/x"), "路径穿越"),
    Hostile("absolute_path", lambda: _named("/etc/passwd"), "绝对路径"),
    Hostile("backslash_path", lambda: _named("documents\\..\\..\\autoexec.bat"), "反斜杠"),
    Hostile("drive_letter", lambda: _named("C:/Windows/system32/x.dll"), "盘符"),
    Hostile("control_character", lambda: _named("evidence/a\x1b[2Jb.pdf"), "控制字符"),
    Hostile("nul_in_name", lambda: _named("evidence/report.pdf_.exe").replace(b"report.pdf_.exe", b"report.pdf\x00.exe"), "report.pdf\\x00.exe”含控制字符"),
    Hostile("non_ascii_name", lambda: _named("evidence/证据.pdf"), "非 ASCII"),
    Hostile("outside_the_folders", lambda: _named("payload/run.sh"), "不在 documents/"),
    Hostile("folder_entry", lambda: _named("evidence/"), "文件夹条目"),
    Hostile("symlink_entry", lambda: package(extra=[("evidence/link.pdf", b"/etc/shadow", zipfile.ZIP_STORED)],
                                             modes={"evidence/link.pdf": 0o120777}), "evidence/link.pdf 是符号链接"),
    Hostile("fifo_entry", lambda: package(extra=[("evidence/pipe", b"", zipfile.ZIP_STORED)],
                                          modes={"evidence/pipe": 0o010644}), "不是普通文件"),
    Hostile("duplicate_name", lambda: _named("documents/application.pdf"), "条目名称重复：documents/application.pdf 与"),
    Hostile("case_duplicate_name", lambda: _named("evidence/E01.JPG"), "条目名称重复：evidence/E01.JPG 与 evidence/e01.jpg"),
    Hostile("entry_not_listed", lambda: _named("evidence/smuggled.pdf"), "evidence/smuggled.pdf 未列在 manifest.json"),
    Hostile("listed_file_missing", lambda: package(drop=("evidence/e01.jpg",)), "evidence/e01.jpg 不在包中"),
    Hostile("size_mismatch", _size_lie, "evidence/e01.jpg 的大小与 manifest.json 不符"),
    Hostile("sha256_mismatch", _hash_lie, "records/record.txt 的 SHA-256 与 manifest.json 不符"),
    Hostile("tampered_stored_byte", lambda: flip_byte_in(good(), "documents/application.pdf"),
            "documents/application.pdf 已损坏或被改动"),
    Hostile("encrypted_entry", lambda: patch(good(), "evidence/e01.jpg", flags=0x01), "evidence/e01.jpg 已加密"),
    Hostile("unsupported_compression", lambda: patch(good(), "records/record.txt", method=14), "不支持的压缩方式（14）"),
    Hostile("missing_manifest", lambda: package(drop=(fmt.MANIFEST,)), "缺少清单"),
    Hostile("missing_signature", lambda: package(drop=(fmt.SIGNATURE,)), "缺少签名"),
    Hostile("malformed_signature", lambda: package(signature=b"not base64 at all!!"), "不是 base64 文本"),
    Hostile("short_signature", lambda: package(signature=base64.b64encode(b"x" * 32)), "长度为 32 字节而非 64 字节"),
    Hostile("signature_by_another_key", _wrong_signature, "签名不符"),
    Hostile("manifest_altered_after_signing", _altered_manifest, "清单已被改动"),
    Hostile("untrusted_key", lambda: package(manifest=manifest_for(GOOD_FILES, signer=OTHER), signer=OTHER),
            f"签名密钥 {OTHER.key_id} 不在所信任的公钥之中"),
    Hostile("key_id_not_of_key", _bad_key_id, "编号与公钥不符"),
    Hostile("unknown_format", _schema(format="zip-of-stuff"), "未知的移交包格式"),
    Hostile("newer_version", _schema(version=2), "请升级程序"),
    Hostile("version_not_a_number", _schema(version=True), "版本号无效"),
    Hostile("schema_bad_amount", _claims_bad_amount, "字段 claims/0/amount"),
    Hostile("schema_extra_key", _schema(run="rm -rf /"), "'run' was unexpected"),
    Hostile("schema_bad_kind", _schema(kind="execute"), "字段 kind"),
    Hostile("schema_missing_key", lambda: package(manifest={k: v for k, v in manifest_for(GOOD_FILES).items()
                                                            if k != "parties"}), "'parties' is a required property"),
    Hostile("file_listed_twice", _listed_twice, "重复列出文件 documents/application.pdf"),
]


def write_corpus(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for item in CORPUS:
        path = folder / f"{item.name}.mdpkg"
        path.write_bytes(item.build())
        paths[item.name] = path
    return paths
