"""The hand-off package format: writer and reader round trip with a real Ed25519 key, streaming in
bounded memory, atomic writing, tampering named, versions, the schema and the public-key file."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from mediation_desk.domain.errors import BookError, HandoffRefused, OperationCancelled, ValidationError
from mediation_desk.handoff import format as fmt
from mediation_desk.handoff import reader as reader_module
from mediation_desk.handoff.keys_file import load_public_keys, public_key_pem, write_public_keys
from mediation_desk.handoff.reader import ZipPackageReader, describe
from mediation_desk.handoff.writer import ZipPackageWriter
from mediation_desk.services.handoff_ports import PDF, PackageFile, PackageReader, PackageWriter
from tests.support.handoff_packages import TestSigner, content, file_of, sample_files, write_good
from tests.support.hostile_packages import flip_byte_in, manifest_for, package

SCHEMA_FILE = Path(fmt.__file__).parent / "schema" / "manifest-1.schema.json"


def _files_in(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def _rezip(path: Path, change: dict[str, bytes]) -> None:
    """Rewrite the package with some members' bytes replaced (CRCs made to match, so only the
    manifest's hashes or the signature can tell)."""
    with zipfile.ZipFile(path) as zf:
        members = [(i, zf.read(i)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w") as zf:
        for info, data in members:
            zf.writestr(info, change.get(info.filename, data))


def test_the_writer_and_reader_implement_the_ports() -> None:
    writer: PackageWriter = ZipPackageWriter()
    reader: PackageReader = ZipPackageReader()
    assert writer and reader


def test_round_trip_with_a_real_key(tmp_path: Path) -> None:
    signer = TestSigner()
    written = write_good(tmp_path / "case.mdpkg", signer)
    assert written.path.exists() and written.files == 5 and written.key_id == signer.key_id
    assert written.size == written.path.stat().st_size
    verified = ZipPackageReader().open_verified(written.path, trusted_keys=[signer.public_key()])
    m = verified.manifest
    assert m["format"] == "mediation-desk-handoff" and m["version"] == 1 and m["package_id"] == written.package_id
    assert m["signing_key"] == {"key_id": signer.key_id, "algorithm": "Ed25519",
                                "public_key": base64.b64encode(signer.public_key()).decode()}
    assert m["created_at"].startswith(f"{m['created_at'][:10]}T") and m["created_at"][-6] in "+-"
    assert verified.manifest_sha256 == written.manifest_sha256
    for item in sample_files():
        data = b"".join(item.open())
        listed = next(f for f in m["files"] if f["name"] == item.name)
        assert listed["size"] == len(data) and listed["sha256"] == hashlib.sha256(data).hexdigest()
        assert listed["title"] == item.title and listed["role"] == item.role and listed["media_type"] == item.media_type
        assert b"".join(verified.read(item.name)) == data
    for key in content():
        assert m[key] == content()[key]


def test_media_already_compressed_are_stored_and_text_deflated(tmp_path: Path) -> None:
    written = write_good(tmp_path / "case.mdpkg")
    with zipfile.ZipFile(written.path) as zf:
        kinds = {i.filename: i.compress_type for i in zf.infolist()}
        names = [i.filename for i in zf.infolist()]
    assert kinds["documents/application.pdf"] == zipfile.ZIP_STORED
    assert kinds["documents/agreement.docx"] == zipfile.ZIP_STORED
    assert kinds["evidence/e01-wages.png"] == zipfile.ZIP_STORED
    assert kinds["records/mediation-record.txt"] == zipfile.ZIP_DEFLATED
    assert kinds["manifest.json"] == zipfile.ZIP_DEFLATED
    assert names[-2:] == ["manifest.json", "manifest.sig"]


def test_manifest_is_written_canonically_and_the_signature_covers_its_bytes(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    signer = TestSigner()
    written = write_good(tmp_path / "case.mdpkg", signer)
    with zipfile.ZipFile(written.path) as zf:
        data, sig = zf.read("manifest.json"), zf.read("manifest.sig")
    assert data == fmt.canonical_manifest(json.loads(data))
    assert hashlib.sha256(data).hexdigest() == written.manifest_sha256
    Ed25519PublicKey.from_public_bytes(signer.public_key()).verify(base64.b64decode(sig), data)


def test_key_id_is_the_first_16_hex_digits_of_the_keys_sha256() -> None:
    key = bytes(range(32))
    assert fmt.key_id_of(key) == hashlib.sha256(key).hexdigest()[:16]
    assert len(TestSigner().key_id) == 16


def _big_stream(total: int, chunk: int = 256 * 1024) -> Iterator[bytes]:
    block = os.urandom(chunk)
    sent = 0
    while sent < total:
        n = min(chunk, total - sent)
        yield block[:n]
        sent += n


def test_files_are_streamed_in_bounded_memory(tmp_path: Path) -> None:
    size = 48 * fmt.MIB
    big = PackageFile(name="evidence/video.mp4", title="证据 行车记录视频", role="evidence", media_type="video/mp4",
                      open=lambda: _big_stream(size))
    tracemalloc.start()
    try:
        written = ZipPackageWriter().write(tmp_path / "big.mdpkg", content(), [big], TestSigner())
        _, peak_write = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        verified = ZipPackageReader().open_verified(written.path)
        total = sum(len(c) for c in verified.read("evidence/video.mp4"))
        _, peak_read = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == size
    assert peak_write < 8 * fmt.MIB and peak_read < 8 * fmt.MIB, (peak_write, peak_read)


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    files = [file_of(f"evidence/e{i:02d}.pdf", os.urandom(4000)) for i in range(5)]
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 3

    with pytest.raises(OperationCancelled):
        ZipPackageWriter().write(tmp_path / "x.mdpkg", content(), files, TestSigner(), progress=progress)
    assert _files_in(tmp_path) == []
    assert calls and calls[-1][1] == 6


def test_a_failing_stream_or_a_changed_vault_file_leaves_nothing(tmp_path: Path) -> None:
    def broken() -> Iterator[bytes]:
        yield b"%PDF-1.7"
        raise OSError(5, "Input/output error")

    bad = PackageFile(name="documents/a.pdf", title="裁决书", role="award", media_type=PDF, open=broken)
    with pytest.raises(BookError) as caught:
        ZipPackageWriter().write(tmp_path / "x.mdpkg", content(), [bad], TestSigner())
    assert "documents/a.pdf" in caught.value.zh and "Input/output error" in caught.value.zh
    assert _files_in(tmp_path) == []
    changed = file_of("evidence/e01.pdf", b"changed bytes", expected_sha256=hashlib.sha256(b"original").hexdigest())
    with pytest.raises(BookError) as caught:
        ZipPackageWriter().write(tmp_path / "x.mdpkg", content(), [changed], TestSigner())
    assert "evidence/e01.pdf" in caught.value.zh and "SHA-256" in caught.value.zh
    assert _files_in(tmp_path) == []


def test_a_failed_write_keeps_the_previous_package(tmp_path: Path) -> None:
    target = tmp_path / "x.mdpkg"
    target.write_bytes(b"previous")
    with pytest.raises(OperationCancelled):
        ZipPackageWriter().write(target, content(), sample_files(), TestSigner(), progress=lambda d, t: False)
    assert target.read_bytes() == b"previous" and _files_in(tmp_path) == ["x.mdpkg"]


@pytest.mark.parametrize("name, fragment", [
    ("../outside.pdf", "路径穿越"), ("/etc/x.pdf", "绝对路径"), ("documents\\a.pdf", "反斜杠"),
    ("documents/证据.pdf", "非 ASCII"), ("other/a.pdf", "不在"), ("documents/a b.pdf", "不在"),
])
def test_the_writer_refuses_names_a_reader_would_refuse(tmp_path: Path, name: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ZipPackageWriter().write(tmp_path / "x.mdpkg", content(), [file_of(name, b"x")], TestSigner())
    assert fragment in caught.value.zh
    assert _files_in(tmp_path) == []


def test_the_writer_refuses_duplicate_names_and_content_outside_the_schema(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        ZipPackageWriter().write(tmp_path / "x.mdpkg", content(), [file_of("evidence/a.pdf", b"1"),
                                                                   file_of("evidence/A.PDF", b"2")], TestSigner())
    assert "重复" in caught.value.zh
    bad = content()
    bad["claims"][0]["amount"] = "8600.5"
    with pytest.raises(ValidationError) as caught:
        ZipPackageWriter().write(tmp_path / "x.mdpkg", bad, sample_files(), TestSigner())
    assert "claims/0/amount" in caught.value.zh
    missing = content()
    del missing["referral"]
    with pytest.raises(ValidationError) as caught:
        ZipPackageWriter().write(tmp_path / "x.mdpkg", missing, sample_files(), TestSigner())
    assert "referral" in caught.value.zh
    assert _files_in(tmp_path) == []


def test_writer_fields_given_by_the_caller_are_replaced(tmp_path: Path) -> None:
    given = {**content(), "format": "other", "version": 9, "files": [], "package_id": "x"}
    written = ZipPackageWriter().write(tmp_path / "x.mdpkg", given, sample_files(), TestSigner())
    m = ZipPackageReader().open_verified(written.path).manifest
    assert m["format"] == fmt.FORMAT_NAME and m["version"] == 1 and len(m["files"]) == 5


@pytest.mark.parametrize("member", [f.name for f in sample_files()] + ["manifest.json"])
def test_a_tampered_byte_in_any_file_or_the_manifest_fails_naming_it(tmp_path: Path, member: str) -> None:
    written = write_good(tmp_path / "case.mdpkg")
    with zipfile.ZipFile(written.path) as zf:
        data = bytearray(zf.read(member))
    data[len(data) // 2] ^= 0x20
    _rezip(written.path, {member: bytes(data)})
    with pytest.raises(HandoffRefused) as caught:
        ZipPackageReader().open_verified(written.path)
    assert member in caught.value.zh and member in caught.value.en


def test_a_flipped_byte_in_the_zip_file_itself_fails_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.mdpkg"
    path.write_bytes(flip_byte_in(package(), "evidence/e01.jpg", at=100))
    with pytest.raises(HandoffRefused) as caught:
        ZipPackageReader().open_verified(path)
    assert "evidence/e01.jpg" in caught.value.zh


def test_a_file_changed_after_verification_never_reaches_the_caller_whole(tmp_path: Path) -> None:
    written = write_good(tmp_path / "case.mdpkg")
    verified = ZipPackageReader().open_verified(written.path)
    with zipfile.ZipFile(written.path) as zf:
        original = zf.read("records/mediation-record.txt")
    _rezip(written.path, {"records/mediation-record.txt": original.replace("笔录".encode(), "笔迹".encode())})
    got: list[bytes] = []
    with pytest.raises(HandoffRefused) as caught:
        for chunk in verified.read("records/mediation-record.txt"):
            got.append(chunk)
    assert "records/mediation-record.txt" in caught.value.zh
    assert sum(map(len, got)) < len(original)


def test_trusted_keys_must_include_the_packages_key(tmp_path: Path) -> None:
    signer = TestSigner()
    written = write_good(tmp_path / "case.mdpkg", signer)
    other = TestSigner()
    with pytest.raises(HandoffRefused) as caught:
        ZipPackageReader().open_verified(written.path, trusted_keys=[other.public_key()])
    assert signer.key_id in caught.value.zh
    ZipPackageReader().open_verified(written.path, trusted_keys=[other.public_key(), signer.public_key()])


def test_a_newer_version_asks_for_an_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "v2.mdpkg"
    path.write_bytes(package(manifest=manifest_for_version(2)))
    with pytest.raises(HandoffRefused) as caught:
        ZipPackageReader().open_verified(path)
    assert "请升级程序" in caught.value.zh and "upgrade" in caught.value.en


def manifest_for_version(version: int) -> dict[str, object]:
    from tests.support.hostile_packages import GOOD_FILES

    return manifest_for(GOOD_FILES, version=version)


def test_a_later_program_reads_an_older_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A program of version 2 (simulated: its version, the versions it reads and its upgrade step)
    reads a version-1 package against the version-1 schema and sees it in the version-2 shape."""
    written = write_good(tmp_path / "v1.mdpkg")
    monkeypatch.setattr(fmt, "VERSION", 2)
    monkeypatch.setattr(fmt, "SUPPORTED_VERSIONS", (1, 2))
    monkeypatch.setitem(reader_module.UPGRADES, 1, lambda m: {**m, "hearing": None})
    verified = ZipPackageReader().open_verified(written.path)
    assert verified.manifest["version"] == 1 and verified.manifest["hearing"] is None
    assert verified.manifest["kind"] == "judicial_confirmation"


def test_version_zero_is_not_a_version(tmp_path: Path) -> None:
    path = tmp_path / "v0.mdpkg"
    path.write_bytes(package(manifest=manifest_for_version(0)))
    with pytest.raises(HandoffRefused, match="版本号无效"):
        ZipPackageReader().open_verified(path)


def _kind_contents() -> list[dict[str, object]]:
    confirmation = content()
    case_file = {**content(), "kind": "case_file", "title": "卷宗移送材料", "agreement": None,
                 "award": {"number": "洪劳人仲案字〔2026〕第77号", "date": "2026-11-10", "finality": "mixed",
                           "items": [{"no": 1, "text": "支付劳动报酬", "payer": "某公司", "payee": "张三",
                                      "amount": "8600.00", "final": True},
                                     {"no": 2, "text": "出具解除劳动关系证明", "payer": "某公司", "payee": "张三",
                                      "amount": None, "final": False}]},
                 "dates": [{"code": "award_served", "label": "裁决书送达", "date": "2026-11-12", "party": "张三"}],
                 "periods": [{"code": "sue_after_award", "label": "起诉期限", "starts": "2026-11-13", "due": "2026-11-27"},
                             {"code": "revoke_final_award", "label": "申请撤销期限", "starts": "2026-11-13",
                              "due": "2026-12-12"}]}
    outcome = {**case_file, "kind": "court_outcome", "title": "法院裁判结果",
               "court": {"name": "南昌市中级人民法院", "reference": "(2026)赣01民特12号"},
               "outcome": {"decision": "驳回申请", "decided_on": "2026-12-01", "judgment_number": "(2026)赣01民特12号",
                           "court_case_number": "(2026)赣01民特12号",
                           "items": [{"award_item_no": 1, "result": "upheld", "new_amount": None},
                                     {"award_item_no": 2, "result": "changed", "new_amount": "100.00"}]},
               "audit_anchor": None}
    referral = {**content(), "kind": "court_referral", "title": "委派调解", "agreement": None,
                "sender": {"name": "南昌市青山湖区人民法院", "kind": "court", "address": "", "phone": ""},
                "case": {**content()["case"], "relates_to": {"package_id": "", "case_number": "(2026)赣0111民诉前调88号"}},
                "referral": {"mode": "delegated", "court_reference": "(2026)赣0111民诉前调88号",
                             "deadline": "2027-01-02", "received_on": "2026-12-02"}}
    return [confirmation, case_file, outcome, referral]


def test_every_package_the_writer_makes_validates_against_the_schema_file(tmp_path: Path) -> None:
    schema = json.loads(SCHEMA_FILE.read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    for index, given in enumerate(_kind_contents()):
        written = ZipPackageWriter().write(tmp_path / f"{index}.mdpkg", given, sample_files(), TestSigner())
        with zipfile.ZipFile(written.path) as zf:
            manifest = json.loads(zf.read("manifest.json"))
        assert list(validator.iter_errors(manifest)) == []
        assert manifest["kind"] == given["kind"]


def test_the_schema_is_strict() -> None:
    schema = json.loads(SCHEMA_FILE.read_text("utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    for name in ("file", "party", "claim", "award", "award_item", "agreement", "outcome", "referral", "key_date"):
        assert schema["$defs"][name]["additionalProperties"] is False
    assert set(schema["required"]) == set(schema["properties"])


def test_describe_tells_what_the_package_holds_in_chinese_and_english(tmp_path: Path) -> None:
    signer = TestSigner()
    written = ZipPackageWriter().write(tmp_path / "case.mdpkg", _kind_contents()[1], sample_files(), signer)
    verified = ZipPackageReader().open_verified(written.path)
    zh, en = describe(verified), describe(verified, "en")
    for text in ("卷宗移送", "南昌市青山湖区新就业形态劳动争议调解中心", "南昌市青山湖区人民法院", "洪青调字〔2026〕第118号",
                 "申请人 张三", "8600.00元", "终局", "非终局", "2026年11月12日", "documents/application.pdf",
                 signer.key_id, "起诉期限"):
        assert text in zh, text
    for text in ("case file for litigation", "applicant 张三", "CNY 8600.00", "not final", "2026-11-12", signer.key_id):
        assert text in en, text


def test_public_key_file_json_and_pem(tmp_path: Path) -> None:
    old, new = TestSigner(), TestSigner()
    path = tmp_path / "org-keys.json"
    write_public_keys(path, [{"public_key": old.public_key(), "created_at": "2025-01-01T09:00:00+08:00",
                              "retired_at": "2026-06-01T09:00:00+08:00"},
                             {"key_id": new.key_id, "public_key": base64.b64encode(new.public_key()).decode(),
                              "created_at": "2026-06-01T09:00:00+08:00", "retired_at": None}])
    doc = json.loads(path.read_text("utf-8"))
    assert doc["format"] == "mediation-desk-public-keys"
    assert [k["key_id"] for k in doc["keys"]] == [old.key_id, new.key_id]
    assert doc["keys"][0]["algorithm"] == "Ed25519" and doc["keys"][1]["retired_at"] is None
    assert load_public_keys(path) == [old.public_key(), new.public_key()]
    pem = tmp_path / "org.pem"
    pem.write_text(public_key_pem(old.public_key()) + public_key_pem(new.public_key()))
    assert load_public_keys(pem) == [old.public_key(), new.public_key()]


@pytest.mark.parametrize("text", [b"", b"{}", b"not a key", b'{"format": "mediation-desk-public-keys", "keys": []}',
                                  b'{"format": "mediation-desk-public-keys", "keys": [{"algorithm": "Ed25519", '
                                  b'"public_key": "AAAA"}]}'])
def test_a_bad_public_key_file_is_refused_with_a_sentence(tmp_path: Path, text: bytes) -> None:
    path = tmp_path / "keys.json"
    path.write_bytes(text)
    with pytest.raises(ValidationError) as caught:
        load_public_keys(path)
    assert "keys.json" in caught.value.zh


def test_reading_many_small_files_names_each(tmp_path: Path) -> None:
    files = [file_of(f"evidence/e{i:03d}.jpg", os.urandom(100 + i), media_type="image/jpeg") for i in range(50)]
    written = ZipPackageWriter().write(tmp_path / "many.mdpkg", content(), files, TestSigner())
    verified = ZipPackageReader().open_verified(written.path)
    assert [f["name"] for f in verified.manifest["files"]] == [f.name for f in files]
    buf = io.BytesIO()
    for chunk in verified.read("evidence/e049.jpg"):
        buf.write(chunk)
    assert buf.getvalue() == b"".join(files[49].open())


def test_describe_cannot_drive_the_terminal(tmp_path: Path) -> None:
    given = {**content(), "notes": "\x1b[2J\x1b]0;pwned\x07 备注\u202e"}
    written = ZipPackageWriter().write(tmp_path / "x.mdpkg", given, sample_files(), TestSigner())
    text = describe(ZipPackageReader().open_verified(written.path))
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text and "备注" in text


def test_verifying_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    written = write_good(tmp_path / "case.mdpkg")
    seen: list[tuple[int, int]] = []
    ZipPackageReader().open_verified(written.path, progress=lambda d, t: seen.append((d, t)) or True)
    assert seen[-1][0] == seen[-1][1] == sum(len(b"".join(f.open())) for f in sample_files())
    with pytest.raises(OperationCancelled):
        ZipPackageReader().open_verified(written.path, progress=lambda d, t: False)
    assert _files_in(tmp_path) == ["case.mdpkg"]
