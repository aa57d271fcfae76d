"""案件库恢复单: the sheet printed when an organisation's book is created -- which book, which key,
where its files are, what to do when the PC is lost -- and where the passphrase is kept, never the
passphrase itself."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from mediation_desk.documents.pdf import MONO, WIDTH, _build, _heading, _p, _pad, _styles, _table, _ymd, esc

BOOK_SHEET_FIELDS = ("org_name", "org_kind", "book_id", "key_id", "data_dir", "created_at", "admin",
                     "passphrase_location", "keeper", "made_by")


def book_recovery_sheet(data: Mapping[str, Any]) -> bytes:
    """Only the keys of :data:`BOOK_SHEET_FIELDS` are accepted (no passphrase can slip in)."""
    unknown = sorted(set(data) - set(BOOK_SHEET_FIELDS))
    if unknown:
        raise ValueError(f"book sheet fields not allowed: {unknown}")
    s = _styles()
    org = str(data.get("org_name") or "")
    story: list = []
    _heading(story, s, "案件库恢复单")
    L, V = s["label"], s["value"]
    mono = ParagraphStyle("mono", parent=V, fontName=MONO, fontSize=9, leading=13, wordWrap=None)
    blank = "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"
    rows = [
        [_p("单　　位", L), _p(org, V)],
        [_p("机构类型", L), _p(data.get("org_kind", ""), V)],
        [_p("案件库标识", L), Paragraph(esc(data.get("book_id", "")), mono)],
        [_p("主密钥编号", L), Paragraph(esc(data.get("key_id", "")), mono)],
        [_p("数据存放位置", L), Paragraph(esc(data.get("data_dir", "")), mono)],
        [_p("建库日期", L), _p(_ymd(data.get("created_at")) if data.get("created_at") else "", V)],
        [_p("管理员用户名", L), _p(data.get("admin", ""), V)],
        [_p("口令保管位置", L), _p(data.get("passphrase_location") or blank, V)],
        [_p("口令保管人", L), _p(data.get("keeper") or blank, V)],
    ]
    story.append(_table(rows, [36 * mm, WIDTH - 36 * mm], extra=_pad(6)))
    story.append(Spacer(1, 8))
    story.append(_p("请注意", s["heading"]))
    notes = [
        "案件库的全部案件、证据和文书都用案件库口令加密。口令无法找回：忘记口令又没有本机系统密钥环中的密钥时，"
        "任何人（包括技术支持）都无法打开案件库或恢复其备份。",
        "本单不记载口令本身。请把口令另行抄写、密封，交口令保管人存放在上表所列位置。",
        "更换电脑时：在新电脑上安装本程序，选择“打开已有案件库”并选中上表“数据存放位置”所列文件夹的副本，"
        "或选择“从备份恢复”，再输入案件库口令。",
        "请定期备份（设置 → 备份），并把备份和本单分开存放。",
    ]
    for i, note in enumerate(notes, start=1):
        story.append(_p(f"{i}. {note}", s["plain"]))
    story.append(Spacer(1, 12))
    story.append(_p(f"制单人：{data.get('made_by') or '＿＿＿＿＿＿'}　　口令保管人（签名）：＿＿＿＿＿＿", s["right"]))
    return _build(story, title="案件库恢复单", org_name=org)
