"""Reading a hand-off package as a hostile file: the ZIP's structure, the manifest, its
signature and every file's size and SHA-256 are checked before any file is given to the caller;
the first fault refuses the package with one sentence (``HandoffRefused``) and nothing is written
anywhere. Memory stays bounded whatever the package holds (docs/handoff-format.md, "Refusals")."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

from mediation_desk.domain.errors import HandoffRefused, OperationCancelled
from mediation_desk.handoff import format as fmt
from mediation_desk.services.handoff_ports import VerifiedPackage
from mediation_desk.services.ports import Progress

_FILE_TYPE = 0o170000
_REGULAR = 0o100000
_SYMLINK = 0o120000
_DOS_FOLDER = 0x10
_MAX_CENTRAL_DIRECTORY = fmt.MAX_ENTRIES * 512
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError)


def _refuse(zh: str, en: str) -> NoReturn:
    raise HandoffRefused(zh, en)


class ZipPackageReader:
    """Implements ``services.handoff_ports.PackageReader``."""

    def open_verified(self, path: Path, *, trusted_keys: Sequence[bytes] = (),
                      progress: Progress | None = None) -> VerifiedPackage:
        path = Path(path)
        with _open_zip(path) as zf:
            infos = _check_entries(zf)
            data = _read_small(zf, infos[fmt.MANIFEST], fmt.MAX_MANIFEST_BYTES)
            signature = _read_small(zf, infos[fmt.SIGNATURE], fmt.MAX_SIGNATURE_BYTES)
            manifest = parse_manifest(data)
            version = _check_version(manifest)
            problem = fmt.schema_problem(manifest, version)
            if problem is not None:
                where, what = problem
                _refuse(f"manifest.json 的字段 {where} 不符合格式：{what}",
                        f"manifest.json: the field {where} does not fit the format: {what}")
            public_key, key_id = _check_signature(manifest, data, signature, trusted_keys)
            listed = _check_listing(manifest, infos)
            _check_hashes(zf, infos, listed, progress)
        sizes = {name: int(f["size"]) for name, f in listed.items()}
        hashes = {name: str(f["sha256"]) for name, f in listed.items()}

        def read(name: str) -> Iterator[bytes]:
            return _read_listed(path, name, sizes, hashes)

        return VerifiedPackage(path=path, manifest=upgrade(manifest), manifest_sha256=hashlib.sha256(data).hexdigest(),
                               key_id=key_id, public_key=public_key, read=read)


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
"""One step per older version: ``UPGRADES[n]`` turns a version-n manifest into the shape of
version n+1 (a key added in n+1 gets its "does not apply" value). Version 1 is the first, so
there is no step yet; a later program adds ``UPGRADES[1]`` with its version 2."""


def upgrade(manifest: dict[str, Any]) -> dict[str, Any]:
    """A verified manifest of any version this program reads, in the shape of the current version
    (its ``version`` still says what it was written as)."""
    version = int(manifest["version"])
    result = dict(manifest)
    while version < fmt.VERSION:
        result = UPGRADES[version](result)
        version += 1
    return result


# ---- the ZIP's structure ----

def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        with open(path, "rb") as fh:
            entries, cd_size = _central_directory(fh)
    except OSError as exc:
        _refuse(f"无法打开文件：{path.name}（{exc.strerror or exc}）", f"Cannot open {path.name}: {exc.strerror or exc}")
    if entries > fmt.MAX_ENTRIES or cd_size > _MAX_CENTRAL_DIRECTORY:
        _too_many(entries)
    try:
        return zipfile.ZipFile(path)
    except (*_READ_ERRORS, struct.error):
        _not_a_zip()


def _not_a_zip() -> NoReturn:
    _refuse("这不是移交包：文件不是 ZIP 格式或其结构已损坏。",
            "This is not a hand-off package: the file is not a ZIP or its structure is damaged.")


def _too_many(entries: int) -> NoReturn:
    _refuse(f"移交包的条目过多（{entries} 个，上限 {fmt.MAX_ENTRIES}），拒收。",
            f"The package has too many entries ({entries}; at most {fmt.MAX_ENTRIES}).")


def _central_directory(fh: IO[bytes]) -> tuple[int, int]:
    """Entry count and size of the central directory, read from the end record (and its ZIP64
    form) before anything else, so that a huge directory is refused before it is loaded."""
    fh.seek(0, 2)
    size = fh.tell()
    if size == 0:
        _refuse("这不是移交包：文件是空的（0 字节）。", "This is not a hand-off package: the file is empty (0 bytes).")
    if size < 22:
        _not_a_zip()
    tail_len = min(size, 22 + 65535)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        fh.seek(0)
        if fh.read(4) == b"PK\x03\x04":
            _refuse("移交包不完整：ZIP 文件的结尾（中央目录）缺失，可能在复制或下载时被截断。",
                    "The package is incomplete: the end of the ZIP (its central directory) is missing; "
                    "it was probably cut short while copied or downloaded.")
        _not_a_zip()
    _, disk, cd_disk, _, entries, cd_size, cd_offset, _ = struct.unpack("<4s4H2LH", tail[at:at + 22])
    if disk or cd_disk:
        _not_a_zip()  # a split archive
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
        locator_at = size - tail_len + at - 20
        if locator_at < 0:
            _not_a_zip()
        fh.seek(locator_at)
        locator = fh.read(20)
        if len(locator) != 20 or locator[:4] != b"PK\x06\x07":
            _not_a_zip()
        record_at = struct.unpack("<4sLQL", locator)[2]
        if record_at > size - 56:
            _not_a_zip()
        fh.seek(record_at)
        record = fh.read(56)
        if record[:4] != b"PK\x06\x06":
            _not_a_zip()
        entries, cd_size = struct.unpack("<4sQ2H2L4Q", record)[7:9]
    return entries, cd_size


def _check_entries(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > fmt.MAX_ENTRIES:
        _too_many(len(infos))
    by_name: dict[str, zipfile.ZipInfo] = {}
    folded: dict[str, str] = {}
    total = 0
    for info in infos:
        name = info.orig_filename
        shown = ascii(name)[1:-1]
        if name not in (fmt.MANIFEST, fmt.SIGNATURE):
            problem = fmt.name_problem(name)
            if problem is not None:
                _refuse(f"条目“{shown}”{problem[0]}，拒收。", f"The entry \"{shown}\" {problem[1]}; refused.")
        mode = info.external_attr >> 16
        if mode & _FILE_TYPE == _SYMLINK:
            _refuse(f"条目 {shown} 是符号链接，拒收。", f"The entry {shown} is a symbolic link; refused.")
        if (mode & _FILE_TYPE not in (0, _REGULAR)) or info.external_attr & _DOS_FOLDER:
            _refuse(f"条目 {shown} 不是普通文件，拒收。", f"The entry {shown} is not a regular file; refused.")
        if info.flag_bits & 0x41:
            _refuse(f"条目 {shown} 已加密，移交包不得加密。", f"The entry {shown} is encrypted; packages are not encrypted.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            _refuse(f"条目 {shown} 使用了不支持的压缩方式（{info.compress_type}）。",
                    f"The entry {shown} uses an unsupported compression method ({info.compress_type}).")
        key = fmt.fold_name(name)
        if key in folded:
            _refuse(f"条目名称重复：{shown} 与 {ascii(folded[key])[1:-1]}。",
                    f"Duplicate entry names: {shown} and {ascii(folded[key])[1:-1]}.")
        folded[key] = name
        by_name[name] = info
        small = {fmt.MANIFEST: fmt.MAX_MANIFEST_BYTES, fmt.SIGNATURE: fmt.MAX_SIGNATURE_BYTES}.get(name)
        if small is not None and info.file_size > small:
            _refuse(f"{name} 过大（超过 {small} 字节），拒收。", f"{name} is too large (over {small} bytes); refused.")
        if info.file_size > fmt.MAX_FILE_BYTES:
            _refuse(f"条目 {shown} 过大（超过 2 GiB），拒收。", f"The entry {shown} is larger than 2 GiB; refused.")
        if info.compress_type == zipfile.ZIP_DEFLATED and info.file_size > _ratio_limit(info):
            _bomb(shown)
        total += info.file_size
        if total > fmt.MAX_TOTAL_BYTES:
            _too_big()
    _check_layout(Path(str(zf.filename)), zf, infos)
    for member, what_zh, what_en in ((fmt.MANIFEST, "清单", "manifest"), (fmt.SIGNATURE, "签名", "signature")):
        if member not in by_name:
            _refuse(f"移交包缺少{what_zh} {member}。", f"The package has no {what_en} ({member}).")
    return by_name


def _check_layout(path: Path, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Each entry's local header agrees with the central directory (a name cut short at a NUL
    byte, a second name for the same bytes), and entries do not overlap (one stream read as many
    files is a ZIP bomb)."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    end_of_data = int(getattr(zf, "start_dir", 0))
    with open(path, "rb") as fh:
        for here, after in zip(ordered, [*ordered[1:], None]):
            shown = ascii(here.orig_filename)[1:-1]
            fh.seek(here.header_offset)
            header = fh.read(30)
            if len(header) != 30 or header[:4] != b"PK\x03\x04":
                _refuse(f"条目 {shown} 的文件头已损坏，拒收。", f"The header of the entry {shown} is damaged; refused.")
            nlen, elen = struct.unpack("<HH", header[26:30])
            raw_name = fh.read(nlen)
            if b"\x00" in raw_name:
                shown = ascii(raw_name.decode("utf-8", "replace"))[1:-1]
                _refuse(f"条目“{shown}”的名称含控制字符（NUL），拒收。",
                        f"The entry \"{shown}\" has a control character (NUL) in its name; refused.")
            expected = here.orig_filename.encode("utf-8" if here.flag_bits & 0x800 else "cp437", "replace")
            if raw_name != expected:
                _refuse(f"条目 {shown} 的本地文件头与中央目录不一致，拒收。",
                        f"The entry {shown} has a local header that contradicts the central directory; refused.")
            data_end = here.header_offset + 30 + nlen + elen + here.compress_size
            limit = after.header_offset if after is not None else end_of_data
            if data_end > limit:
                _refuse(f"条目 {shown} 与其他条目重叠（ZIP 炸弹），拒收。",
                        f"The entry {shown} overlaps another entry (a ZIP bomb); refused.")


def _ratio_limit(info: zipfile.ZipInfo) -> int:
    return max(fmt.MAX_RATIO * max(info.compress_size, 1), fmt.RATIO_FLOOR)


def _bomb(shown: str) -> NoReturn:
    _refuse(f"条目 {shown} 的压缩比异常（ZIP 炸弹），拒收。",
            f"The entry {shown} expands far beyond its compressed size (a ZIP bomb); refused.")


def _too_big() -> NoReturn:
    _refuse(f"移交包解压后总大小超过上限（{fmt.MAX_TOTAL_BYTES // fmt.MIB // 1024} GiB），拒收。",
            f"The package unpacks to more than {fmt.MAX_TOTAL_BYTES // fmt.MIB // 1024} GiB; refused.")


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> Iterator[bytes]:
    """The bytes of one entry, counted as they are inflated: never more than ``limit`` (and the
    ratio limit), whatever the headers say."""
    name = info.orig_filename
    ratio_limit = _ratio_limit(info) if info.compress_type == zipfile.ZIP_DEFLATED else None
    produced = 0
    try:
        with zf.open(info) as member:
            while True:
                chunk = member.read(fmt.CHUNK)
                if not chunk:
                    return
                produced += len(chunk)
                if ratio_limit is not None and produced > ratio_limit:
                    _bomb(name)
                if produced > limit:
                    _refuse(f"条目 {name} 的实际大小超过声明或上限，拒收。",
                            f"The entry {name} holds more bytes than declared or allowed; refused.")
                yield chunk
    except _READ_ERRORS:
        _refuse(f"文件 {name} 已损坏或被改动（无法完整读出），拒收。",
                f"The file {name} is damaged or was altered (it cannot be read whole); refused.")


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        _refuse(f"{info.orig_filename} 过大（超过 {limit} 字节），拒收。",
                f"{info.orig_filename} is too large (over {limit} bytes); refused.")
    return b"".join(_chunks(zf, info, limit))


# ---- the manifest ----

class _Duplicate(ValueError):
    pass


class _NotFinite(ValueError):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Duplicate(key)
        result[key] = value
    return result


def _constant(text: str) -> Any:
    raise _NotFinite(text)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(text)
    return value


def parse_manifest(data: bytes) -> dict[str, Any]:
    """``manifest.json`` bytes as a dict, or ``HandoffRefused``: UTF-8 only, nesting checked
    before parsing, no duplicate keys, no NaN/Infinity."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        _refuse("manifest.json 不是 UTF-8 文本，拒收。", "manifest.json is not UTF-8 text; refused.")
    if fmt.depth_of(text) > fmt.MAX_JSON_DEPTH:
        _refuse(f"manifest.json 的嵌套层数超过 {fmt.MAX_JSON_DEPTH} 层，拒收。",
                f"manifest.json nests deeper than {fmt.MAX_JSON_DEPTH} levels; refused.")
    try:
        value = json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant, parse_float=_float)
    except _Duplicate as exc:
        key = ascii(str(exc))[1:-1][:80]
        _refuse(f"manifest.json 含重复的键“{key}”，拒收。", f"manifest.json has the key \"{key}\" twice; refused.")
    except _NotFinite as exc:
        _refuse(f"manifest.json 含非有限数值（{exc}），拒收。", f"manifest.json holds a non-finite number ({exc}); refused.")
    except (ValueError, RecursionError):
        _refuse("manifest.json 不是有效的 JSON，拒收。", "manifest.json is not valid JSON; refused.")
    if not isinstance(value, dict):
        _refuse("manifest.json 不是 JSON 对象，拒收。", "manifest.json is not a JSON object; refused.")
    return value


def _check_version(manifest: Mapping[str, Any]) -> int:
    if manifest.get("format") != fmt.FORMAT_NAME:
        shown = ascii(manifest.get("format"))[:60]
        _refuse(f"未知的移交包格式（manifest.json 的 format 为 {shown}）。",
                f"Unknown package format (manifest.json says format {shown}).")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        _refuse("manifest.json 的版本号无效。", "manifest.json has no valid version number.")
    if version > max(fmt.SUPPORTED_VERSIONS):
        _refuse(f"此移交包为第 {version} 版格式，本程序只能读取到第 {max(fmt.SUPPORTED_VERSIONS)} 版，请升级程序。",
                f"This package is format version {version}; this program reads up to version "
                f"{max(fmt.SUPPORTED_VERSIONS)}: please upgrade the program.")
    if version not in fmt.SUPPORTED_VERSIONS:
        _refuse(f"不支持第 {version} 版移交包格式。", f"Package format version {version} is not supported.")
    return version


def _check_signature(manifest: Mapping[str, Any], data: bytes, signature: bytes,
                     trusted_keys: Sequence[bytes]) -> tuple[bytes, str]:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = manifest["signing_key"]
    public_key = base64.b64decode(key["public_key"], validate=True)
    key_id = fmt.key_id_of(public_key)
    if key["key_id"] != key_id:
        _refuse("manifest.json 中签名密钥的编号与公钥不符，拒收。",
                "manifest.json: the signing key's id does not match its public key; refused.")
    if trusted_keys and public_key not in {bytes(k) for k in trusted_keys}:
        _refuse(f"签名密钥 {key_id} 不在所信任的公钥之中（可能来自其他机构或被伪造），拒收。",
                f"The signing key {key_id} is not one of the trusted public keys; refused.")
    try:
        raw = base64.b64decode(signature.strip(), validate=True)
    except (binascii.Error, ValueError):
        _refuse("manifest.sig 不是有效的签名：不是 base64 文本（格式错误），拒收。",
                "manifest.sig is not a signature: it is not base64 text; refused.")
    if len(raw) != 64:
        _refuse(f"manifest.sig 不是有效的 Ed25519 签名：长度为 {len(raw)} 字节而非 64 字节，拒收。",
                f"manifest.sig is not an Ed25519 signature: {len(raw)} bytes instead of 64; refused.")
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(raw, data)
    except (InvalidSignature, ValueError):
        _refuse("manifest.json 的签名不符：清单已被改动或签名不是该密钥所作，拒收。",
                "The signature does not match manifest.json: the manifest was altered or not signed by its key; refused.")
    return public_key, key_id


def _check_listing(manifest: Mapping[str, Any], infos: Mapping[str, zipfile.ZipInfo]) -> dict[str, Mapping[str, Any]]:
    listed: dict[str, Mapping[str, Any]] = {}
    folded: set[str] = set()
    for item in manifest["files"]:
        name = str(item["name"])
        if fmt.fold_name(name) in folded:
            _refuse(f"manifest.json 重复列出文件 {name}，拒收。", f"manifest.json lists the file {name} twice; refused.")
        folded.add(fmt.fold_name(name))
        listed[name] = item
    for name in infos:
        if name not in listed and name not in (fmt.MANIFEST, fmt.SIGNATURE):
            shown = ascii(name)[1:-1]
            _refuse(f"条目 {shown} 未列在 manifest.json 中，拒收。", f"The entry {shown} is not listed in manifest.json; refused.")
    total = 0
    for name, item in listed.items():
        if name not in infos:
            _refuse(f"manifest.json 列出的文件 {name} 不在包中，拒收。",
                    f"The file {name} listed in manifest.json is missing from the package; refused.")
        if infos[name].file_size != int(item["size"]):
            _refuse(f"文件 {name} 的大小与 manifest.json 不符，拒收。",
                    f"The file {name} does not have the size manifest.json gives; refused.")
        total += int(item["size"])
    if total > fmt.MAX_TOTAL_BYTES:
        _too_big()
    return listed


def _check_hashes(zf: zipfile.ZipFile, infos: Mapping[str, zipfile.ZipInfo], listed: Mapping[str, Mapping[str, Any]],
                  progress: Progress | None) -> None:
    total = sum(int(item["size"]) for item in listed.values())
    done = 0
    for name, item in listed.items():
        hasher = hashlib.sha256()
        for chunk in _chunks(zf, infos[name], int(item["size"])):
            hasher.update(chunk)
            done += len(chunk)
            if progress is not None and not progress(done, total):
                raise OperationCancelled()
        if hasher.hexdigest() != item["sha256"]:
            _mismatch(name)
    if progress is not None and not progress(total, total):
        raise OperationCancelled()


def _mismatch(name: str) -> NoReturn:
    _refuse(f"文件 {name} 的 SHA-256 与 manifest.json 不符（已被改动或损坏），拒收。",
            f"The file {name} does not match its SHA-256 in manifest.json (altered or damaged); refused.")


def _read_listed(path: Path, name: str, sizes: Mapping[str, int], hashes: Mapping[str, str]) -> Iterator[bytes]:
    """One verified file again, its hash checked as it streams; the last chunk is held back until
    the hash matched, so a file changed since the check never reaches the caller whole."""
    if name not in sizes:
        _refuse(f"文件 {name} 不在此移交包的清单中。", f"The file {name} is not listed in this package.")
    with _open_zip(path) as zf:
        try:
            info = zf.getinfo(name)
        except KeyError:
            _refuse(f"manifest.json 列出的文件 {name} 不在包中，拒收。",
                    f"The file {name} listed in manifest.json is missing from the package; refused.")
        hasher = hashlib.sha256()
        held: bytes | None = None
        for chunk in _chunks(zf, info, sizes[name]):
            hasher.update(chunk)
            if held is not None:
                yield held
            held = chunk
        if hasher.hexdigest() != hashes[name]:
            _mismatch(name)
        if held is not None:
            yield held


# ---- what a verified package holds, for a person ----

_SENDER_KINDS = {"mediation": ("调解组织", "mediation organisation"), "arbitration": ("仲裁委员会", "arbitration commission"),
                 "legal_aid": ("法律援助机构", "legal-aid office"), "court": ("人民法院", "people's court")}
_PARTY_ROLES = {"applicant": ("申请人", "applicant"), "respondent": ("被申请人", "respondent"),
                "third_party": ("第三人", "third party")}
_FINALITY = {"final": ("终局", "final"), "non_final": ("非终局", "not final"), "mixed": ("部分终局", "partly final")}
_RESULTS = {"upheld": ("维持", "upheld"), "changed": ("改判", "changed"), "set_aside": ("撤销", "set aside")}


def _day(value: Any, en: bool) -> str:
    text = str(value or "")
    if en or len(text) != 10:
        return text or ("—" if not en else "-")
    return f"{int(text[:4])}年{int(text[5:7])}月{int(text[8:10])}日"


def _money(amount: Any, en: bool) -> str:
    if amount is None:
        return ""
    return f"CNY {amount}" if en else f"{amount}元"


def _size(size: int) -> str:
    return f"{size} B" if size < 1024 else f"{size / 1024:.1f} KiB" if size < fmt.MIB else f"{size / fmt.MIB:.1f} MiB"


def _cleaned(value: Any) -> Any:
    """The manifest with every control or format character in its text shown as U+FFFD, so that
    printing a package's content cannot drive the terminal it is printed on."""
    if isinstance(value, str):
        return "".join("\ufffd" if unicodedata.category(c) in ("Cc", "Cf") else c for c in value)
    if isinstance(value, Mapping):
        return {k: _cleaned(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cleaned(v) for v in value]
    return value


def describe(verified: VerifiedPackage, lang: str = "zh") -> str:
    """What a verified package holds, one fact a line, in Chinese (default) or English."""
    en = lang.startswith("en")
    m = _cleaned(verified.manifest)
    C, L, R = (", ", " (", ")") if en else ("，", "（", "）")  # noqa: N806

    def pick(pair: tuple[str, str]) -> str:
        return pair[1] if en else pair[0]

    def label(zh: str, english: str) -> str:
        return f"{english}: " if en else f"{zh}："

    kind = fmt.KINDS.get(str(m["kind"]), (str(m["kind"]), str(m["kind"])))
    lines = [("Hand-off package verified: signature, schema and every file's SHA-256 are correct."
              if en else "移交包核验通过：签名、格式和每个文件的 SHA-256 均正确。"),
             label("文件", "File") + verified.path.name,
             label("种类", "Kind") + f"{pick(kind)}{L}{m['kind']}{R}",
             label("标题", "Title") + str(m["title"]),
             label("格式", "Format") + f"{m['format']} v{m['version']}",
             label("包编号", "Package id") + str(m["package_id"]),
             label("生成时间", "Created at") + str(m["created_at"])]
    sender = m["sender"]
    lines.append(label("发送机构", "Sender") + f"{sender['name']}{L}{pick(_SENDER_KINDS.get(sender['kind'], (sender['kind'],) * 2))}{R}")
    court = m["court"]
    lines.append(label("法院", "Court") + (court["name"] or "—")
                 + (f"{C}{'reference' if en else '法院案号'} {court['reference']}" if court["reference"] else ""))
    case = m["case"]
    lines.append(label("案件", "Case") + f"{case['number']}{C}{case['cause']}{C}"
                 + label("受理日", "received") + _day(case["received_on"], en))
    for party in m["parties"]:
        ident = f"{C}{party['id_type']} {party['id_number']}" if party["id_number"] else ""
        lines.append(label("当事人", "Party") + f"{pick(_PARTY_ROLES.get(party['role'], (party['role'],) * 2))} {party['name']}{ident}")
    for claim in m["claims"]:
        lines.append(label("请求", "Claim") + f"{claim['no']}. {claim['title']} {_money(claim['amount'], en)}".rstrip())
    award = m.get("award")
    if award:
        lines.append(label("裁决", "Award") + f"{award['number']}{C}{_day(award['date'], en)}{C}{pick(_FINALITY[award['finality']])}")
        for item in award["items"]:
            final = pick(("终局", "final") if item["final"] else ("非终局", "not final"))
            lines.append(label("裁决事项", "Award item") + f"{item['no']}. {item['text']} {_money(item['amount'], en)}{L}{final}{R}")
    agreement = m.get("agreement")
    if agreement:
        lines.append(label("调解协议", "Agreement") + f"{agreement['number']}{C}" + label("生效", "effective")
                     + _day(agreement["effective_on"], en))
        for item in agreement["items"]:
            due = f"{C}{label('履行期限', 'due')}{_day(item['due_on'], en)}" if item["due_on"] else ""
            lines.append(label("协议事项", "Agreement item") + f"{item['no']}. {item['text']} {_money(item['amount'], en)}{due}")
    outcome = m.get("outcome")
    if outcome:
        lines.append(label("法院结果", "Court outcome") + f"{outcome['decision']}{C}{outcome['judgment_number']}{C}{_day(outcome['decided_on'], en)}")
        for item in outcome["items"]:
            lines.append(label("逐项结果", "Per item") + f"{item['award_item_no']}: {pick(_RESULTS[item['result']])} "
                         + _money(item["new_amount"], en))
    referral = m.get("referral")
    if referral:
        lines.append(label("委派/委托调解", "Referral") + f"{referral['mode']}{C}{referral['court_reference']}{C}"
                     + label("期限", "deadline") + _day(referral["deadline"], en))
    for d in m["dates"]:
        lines.append(label("日期", "Date") + f"{d['label']}{L}{d['code']}{R} {_day(d['date'], en)}")
    for p in m["periods"]:
        lines.append(label("期间", "Period") + f"{p['label']}{L}{p['code']}{R} {_day(p['starts'], en)} → {_day(p['due'], en)}")
    lines.append(label("文件", "Files") + str(len(m["files"])))
    for f in m["files"]:
        lines.append(f"  {f['name']}  {f['title']}  {_size(int(f['size']))}  sha256 {f['sha256']}")
    if m.get("audit_anchor"):
        digest = m["audit_anchor"].get("digest", "")
        lines.append(label("审计链锚点", "Audit anchor") + str(digest))
    if m.get("notes"):
        lines.append(label("备注", "Notes") + str(m["notes"]))
    lines.append(label("签名密钥", "Signing key") + f"{verified.key_id}{L}Ed25519{R}")
    lines.append(label("清单 SHA-256", "Manifest SHA-256") + verified.manifest_sha256)
    return "\n".join(lines)
