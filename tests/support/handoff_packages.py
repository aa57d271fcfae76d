"""Hand-off packages for the tests: a real Ed25519 signer, a manifest's content as the services
give it, and a writer call that makes a good package to tamper with."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mediation_desk.handoff.format import key_id_of
from mediation_desk.handoff.writer import ZipPackageWriter
from mediation_desk.services.handoff_ports import DOCX, PDF, PackageFile, WrittenPackage


class TestSigner:
    """An organisation's signing key, held in memory."""

    __test__ = False

    def __init__(self, seed: bytes | None = None) -> None:
        self._key = (Ed25519PrivateKey.from_private_bytes(seed) if seed else Ed25519PrivateKey.generate())

    @property
    def key_id(self) -> str:
        return key_id_of(self.public_key())

    def public_key(self) -> bytes:
        return self._key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)


def content() -> dict[str, Any]:
    """What the export service puts in a judicial-confirmation manifest."""
    return {
        "kind": "judicial_confirmation",
        "title": "司法确认申请材料",
        "sender": {"name": "南昌市青山湖区新就业形态劳动争议调解中心", "kind": "mediation",
                   "address": "南昌市青山湖区北京东路1号", "phone": "0791-88000000"},
        "court": {"name": "南昌市青山湖区人民法院", "reference": ""},
        "case": {"number": "洪青调字〔2026〕第118号", "received_on": "2026-11-02", "cause": "劳动报酬争议",
                 "status": "调解成功", "relates_to": None},
        "parties": [
            {"role": "applicant", "kind": "person", "name": "张三", "id_type": "居民身份证",
             "id_number": "360102199001011234", "phone": "13800000000", "address": "南昌市东湖区"},
            {"role": "respondent", "kind": "organisation", "name": "南昌某某配送服务有限公司",
             "id_type": "统一社会信用代码", "id_number": "91360100MA35XXXX1X", "phone": "", "address": "南昌市红谷滩区"},
        ],
        "claims": [{"no": 1, "kind": "wages", "title": "支付2026年9月至10月劳动报酬", "amount": "8600.00"},
                   {"no": 2, "kind": "other", "title": "出具解除劳动关系证明", "amount": None}],
        "award": None,
        "agreement": {"number": "洪青调协字〔2026〕第118号", "effective_on": "2026-11-20",
                      "items": [{"no": 1, "text": "被申请人支付申请人劳动报酬", "payer": "南昌某某配送服务有限公司",
                                 "payee": "张三", "amount": "8000.00", "due_on": "2026-12-20"}]},
        "dates": [{"code": "agreement_effective", "label": "调解协议生效", "date": "2026-11-20", "party": ""}],
        "periods": [{"code": "judicial_confirmation", "label": "申请司法确认期限", "starts": "2026-11-20",
                     "due": "2026-12-20"}],
        "outcome": None,
        "referral": None,
        "audit_anchor": {"book_id": "b-1", "head_id": 42, "head_hash": "ab" * 32, "seal": "cd" * 32, "digest": "ef" * 32},
        "notes": "",
    }


def file_of(name: str, data: bytes, *, title: str = "文件", role: str = "evidence", media_type: str = PDF,
            expected_sha256: str = "", chunk: int = 7000) -> PackageFile:
    def open_() -> Iterator[bytes]:
        for i in range(0, len(data), chunk):
            yield data[i:i + chunk]

    return PackageFile(name=name, title=title, role=role, media_type=media_type, open=open_,
                       expected_sha256=expected_sha256)


def sample_files() -> list[PackageFile]:
    return [
        file_of("documents/application.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40, title="司法确认申请书",
                role="application"),
        file_of("documents/agreement.docx", b"PK\x03\x04docx" + b"x" * 3000, title="调解协议书", role="agreement",
                media_type=DOCX),
        file_of("records/mediation-record.txt", "调解笔录\n".encode() * 500, title="调解笔录", role="record",
                media_type="text/plain"),
        file_of("evidence/e01-wages.png", b"\x89PNG" + bytes(range(256)) * 10, title="证据1 工资流水截图"),
        file_of("identity/applicant-id.jpg", b"\xff\xd8\xff" + b"j" * 900, title="申请人身份证", role="identity",
                media_type="image/jpeg"),
    ]


def write_good(path: Path, signer: TestSigner | None = None) -> WrittenPackage:
    return ZipPackageWriter().write(path, content(), sample_files(), signer or TestSigner())
