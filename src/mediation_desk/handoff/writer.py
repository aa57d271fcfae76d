"""Writing a hand-off package: the listed files streamed into a ZIP (hashed while they pass),
then ``manifest.json`` and its Ed25519 signature ``manifest.sig``; the file appears at its
target only when complete (docs/handoff-format.md)."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import uuid
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from mediation_desk.domain import clock
from mediation_desk.domain.errors import BookError, OperationCancelled, ValidationError
from mediation_desk.handoff import format as fmt
from mediation_desk.services.handoff_ports import PackageFile, PackageSigner, WrittenPackage
from mediation_desk.services.ports import Progress

WRITER_FIELDS = ("format", "version", "package_id", "created_at", "signing_key", "files")
_PROGRESS_STEP = 8 * fmt.MIB
Stamp = tuple[int, int, int, int, int, int]


class ZipPackageWriter:
    """Implements ``services.handoff_ports.PackageWriter``."""

    def write(self, target: Path, manifest: Mapping[str, Any], files: Sequence[PackageFile],
              signer: PackageSigner, *, progress: Progress | None = None) -> WrittenPackage:
        target = Path(target)
        _check_files(files)
        public_key = signer.public_key()
        if len(public_key) != 32:
            raise ValidationError({"signing_key": "不是 Ed25519 公钥"}, "签名密钥不是 32 字节的 Ed25519 公钥。",
                                  "The signing key is not a 32-byte Ed25519 public key.")
        key_id = fmt.key_id_of(public_key)
        if signer.key_id != key_id:
            raise ValidationError({"signing_key": "密钥编号不符"}, "签名密钥的编号与其公钥不符。",
                                  "The signing key's id does not match its public key.")
        if not target.parent.is_dir():
            raise ValidationError({"target": "文件夹不存在"}, f"保存移交包的文件夹不存在：{target.parent}",
                                  f"No such folder for the package: {target.parent}")
        now = clock.now().replace(microsecond=0)
        t = now.timetuple()
        stamp: Stamp = (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
        if stamp < (1980, 1, 1, 0, 0, 0):
            stamp = (1980, 1, 1, 0, 0, 0)
        temp = target.parent / f".{target.name}.{uuid.uuid4().hex[:12]}.part"
        try:
            with open(temp, "xb") as raw:
                entries, content = self._write_zip(raw, manifest, files, signer, public_key, key_id, stamp,
                                                   now.isoformat(), progress)
                raw.flush()
                os.fsync(raw.fileno())
                size = raw.tell()
            os.replace(temp, target)
            _fsync_folder(target.parent)
        except OSError as exc:
            raise BookError(f"无法写入移交包：{target}（{exc.strerror or exc}）",
                            f"Cannot write the package {target}: {exc.strerror or exc}") from None
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
        return WrittenPackage(path=target, package_id=str(content["package_id"]),
                              manifest_sha256=hashlib.sha256(entries).hexdigest(), size=size, files=len(files),
                              key_id=key_id)

    def _write_zip(self, raw: IO[bytes], manifest: Mapping[str, Any], files: Sequence[PackageFile],
                   signer: PackageSigner, public_key: bytes, key_id: str, stamp: Stamp, created_at: str,
                   progress: Progress | None) -> tuple[bytes, dict[str, Any]]:
        listed: list[dict[str, Any]] = []
        with zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
            for index, item in enumerate(files):
                size, digest = _stream_member(zf, item, stamp, index, len(files), progress)
                listed.append({"name": item.name, "title": item.title, "role": item.role,
                               "media_type": item.media_type, "size": size, "sha256": digest})
            content = {k: v for k, v in manifest.items() if k not in WRITER_FIELDS}
            content.update({"format": fmt.FORMAT_NAME, "version": fmt.VERSION, "package_id": str(uuid.uuid4()),
                            "created_at": created_at,
                            "signing_key": {"key_id": key_id, "algorithm": fmt.ALGORITHM,
                                            "public_key": base64.b64encode(public_key).decode("ascii")},
                            "files": listed})
            problem = fmt.schema_problem(content)
            if problem is not None:
                where, what = problem
                raise ValidationError({where: what}, f"移交包清单不符合格式：字段 {where}：{what}",
                                      f"The package manifest does not fit the format: field {where}: {what}")
            data = fmt.canonical_manifest(content)
            if len(data) > fmt.MAX_MANIFEST_BYTES:
                raise ValidationError({"manifest": "过大"}, "移交包清单超过 1 MiB，请减少文件数量。",
                                      "The package manifest exceeds 1 MiB; put fewer files in it.")
            signature = signer.sign(data)
            if len(signature) != 64:
                raise ValidationError({"signature": "长度不符"}, "签名不是 64 字节的 Ed25519 签名。",
                                      "The signature is not a 64-byte Ed25519 signature.")
            zf.writestr(_info(fmt.MANIFEST, stamp, zipfile.ZIP_DEFLATED), data)
            zf.writestr(_info(fmt.SIGNATURE, stamp, zipfile.ZIP_STORED), base64.b64encode(signature) + b"\n")
        if progress is not None and not progress(len(files) + 1, len(files) + 1):
            raise OperationCancelled()
        return data, content


def _check_files(files: Sequence[PackageFile]) -> None:
    if len(files) > fmt.MAX_ENTRIES - 2:
        raise ValidationError({"files": "过多"}, f"一个移交包最多放 {fmt.MAX_ENTRIES - 2} 个文件。",
                              f"A package holds at most {fmt.MAX_ENTRIES - 2} files.")
    seen: dict[str, str] = {}
    for item in files:
        problem = fmt.name_problem(item.name)
        if problem is not None:
            raise ValidationError({item.name: problem[0]}, f"文件名 {item.name!r} {problem[0]}。",
                                  f"The file name {item.name!r} {problem[1]}.")
        folded = fmt.fold_name(item.name)
        if folded in seen:
            raise ValidationError({item.name: "重名"}, f"文件名 {item.name} 与 {seen[folded]} 重复。",
                                  f"The file name {item.name} duplicates {seen[folded]}.")
        seen[folded] = item.name
        if item.role not in fmt.ROLES:
            raise ValidationError({item.name: "用途未知"}, f"文件 {item.name} 的用途“{item.role}”未知。",
                                  f"The file {item.name} has an unknown role {item.role!r}.")


def _info(name: str, stamp: Stamp, compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = compression
    info.external_attr = (0o100644 << 16)  # a regular file, rw-r--r--
    info.create_system = 3
    return info


def _stream_member(zf: zipfile.ZipFile, item: PackageFile, stamp: Stamp, index: int, count: int,
                   progress: Progress | None) -> tuple[int, str]:
    compression = zipfile.ZIP_STORED if fmt.stored(item.media_type) else zipfile.ZIP_DEFLATED
    hasher = hashlib.sha256()
    size = 0
    reported = 0
    stream = iter(item.open())
    try:
        with zf.open(_info(item.name, stamp, compression), "w") as member:
            while True:
                try:
                    chunk = next(stream)
                except StopIteration:
                    break
                except OSError as exc:
                    raise BookError(f"无法读取文件 {item.name}（{item.title}）：{exc.strerror or exc}，未生成移交包。",
                                    f"Cannot read the file {item.name} ({item.title}): {exc.strerror or exc}; "
                                    "no package was made.") from None
                size += len(chunk)
                if size > fmt.MAX_FILE_BYTES:
                    raise ValidationError({item.name: "过大"}, f"文件 {item.name} 超过 2 GiB，不能放入移交包。",
                                          f"The file {item.name} is larger than 2 GiB.")
                hasher.update(chunk)
                member.write(chunk)
                if progress is not None and size - reported >= _PROGRESS_STEP:
                    reported = size
                    if not progress(index, count + 1):
                        raise OperationCancelled()
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()
    digest = hasher.hexdigest()
    if item.expected_sha256 and digest != item.expected_sha256.lower():
        raise BookError(f"文件 {item.name}（{item.title}）与登记时的 SHA-256 不符，可能已被改动，未生成移交包。",
                        f"The file {item.name} ({item.title}) differs from its recorded SHA-256; no package was made.")
    if progress is not None and not progress(index + 1, count + 1):
        raise OperationCancelled()
    return size, digest


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
