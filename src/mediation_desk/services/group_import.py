"""Group disputes from a spreadsheet: read, preview with row-by-row errors, then all or nothing.

The sheet has one row per worker. Recognised headers (Chinese, as a mediator writes them):
姓名, 身份证号码 (or 身份证号), 性别, 手机号码 (or 电话), 住址 (or 地址), 代表 (是/否), and
one column per claim whose header is a claim name from ``ClaimKind`` (e.g. 拖欠劳动报酬,
退还押金、保证金) holding that worker's amount, with optional 期间开始 / 期间结束 columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from mediation_desk.domain.cases import Claim, ClaimKind, GroupMember, Intake, Person
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.identifiers import validate_mobile, validate_resident_id
from mediation_desk.domain.money import parse_amount
from mediation_desk.domain.users import Principal
from mediation_desk.services.ports import UnitOfWork
from mediation_desk.services.sheet_reader import SheetError, cell_text, read_csv, read_xlsx

MAX_ROWS = 2000
HEADER_ALIASES = {
    "name": ("姓名", "劳动者姓名", "申请人"),
    "id_number": ("身份证号码", "身份证号", "公民身份号码"),
    "sex": ("性别",),
    "phone": ("手机号码", "手机", "电话", "联系电话"),
    "address": ("住址", "地址", "住所"),
    "representative": ("代表", "是否代表"),
    "period_start": ("期间开始", "开始日期"),
    "period_end": ("期间结束", "结束日期"),
}
_CLAIM_BY_LABEL = {kind.label: kind for kind in ClaimKind}


@dataclass(frozen=True)
class RowError:
    row: int  # 1-based row number as the spreadsheet shows it
    column: str
    message: str

    @property
    def text(self) -> str:
        return f"第{self.row}行 {self.column}：{self.message}"


@dataclass(frozen=True)
class GroupPreview:
    members: tuple[GroupMember, ...]
    errors: tuple[RowError, ...]
    claim_kinds: tuple[ClaimKind, ...]
    rows_read: int = 0
    total: Decimal = field(default=Decimal("0"))

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.members)


def read_table(path: Path, *, max_rows: int = MAX_ROWS, keep_time: bool = False) -> list[list[str]]:
    """The sheet's cells as text. XLSX (first sheet) or CSV in UTF-8 or GBK, read as a stream and
    refused at the first limit of ``sheet_reader.LIMITS`` (size, columns, cell length...) or
    beyond ``max_rows`` rows.

    ``keep_time``: a date-time cell of an XLSX sheet keeps its time of day (``2025-03-05 08:30:00``)
    instead of becoming its date."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return read_xlsx(path, max_rows, lambda v: _cell_text(v, keep_time))
        if suffix in (".csv", ".txt"):
            return read_csv(path, max_rows)
    except OSError as exc:
        raise SheetError(f"无法读取文件：{path.name}（{exc.strerror}）", f"Cannot read {path.name}") from None
    raise SheetError("只支持 .xlsx 或 .csv 表格。旧版 .xls 请先另存为 .xlsx。", "Only .xlsx or .csv sheets are supported.")


_cell_text = cell_text


def _columns(header: list[str]) -> tuple[dict[str, int], dict[ClaimKind, int]]:
    fields: dict[str, int] = {}
    claims: dict[ClaimKind, int] = {}
    for i, raw in enumerate(header):
        h = raw.strip().replace("（元）", "").replace("(元)", "")
        for key, aliases in HEADER_ALIASES.items():
            if h in aliases:
                fields.setdefault(key, i)
        if h in _CLAIM_BY_LABEL:
            claims[_CLAIM_BY_LABEL[h]] = i
    missing = [HEADER_ALIASES[k][0] for k in ("name", "id_number") if k not in fields]
    if missing:
        raise SheetError(f"表头缺少：{'、'.join(missing)}。第一行应是列名。", f"Missing header: {', '.join(missing)}")
    if not claims:
        names = "、".join(k.label for k in list(ClaimKind)[:4])
        raise SheetError(f"表头中没有请求列：请用请求名称作列名，例如 {names}。", "No claim column in the header.")
    return fields, claims


def _date(text: str) -> date | None:
    text = text.strip().replace("/", "-").replace(".", "-").replace("年", "-").replace("月", "-").rstrip("日")
    if not text:
        return None
    y, m, d = (int(x) for x in text.split("-")[:3])
    return date(y, m, d)


def preview_group(rows: list[list[str]]) -> GroupPreview:
    """Check every row; collect every error (nothing is written here)."""
    if not rows:
        raise SheetError("表格是空的。", "The sheet is empty.")
    fields, claim_cols = _columns(rows[0])
    errors: list[RowError] = []
    members: list[GroupMember] = []
    seen: dict[str, int] = {}

    def cell(row: list[str], key: str) -> str:
        i = fields.get(key)
        return row[i].strip() if i is not None and i < len(row) else ""

    body = [(n, r) for n, r in enumerate(rows[1:], start=2) if any(c.strip() for c in r)]
    for rownum, row in body:
        row_errors: list[RowError] = []
        name = cell(row, "name")
        if not name:
            row_errors.append(RowError(rownum, "姓名", "缺少姓名"))
        raw_id = cell(row, "id_number")
        rid = None
        if raw_id.startswith("#NUMBER:"):
            row_errors.append(RowError(rownum, "身份证号码", "被表格软件存成了数字，末几位已丢失；请把该列设为文本后重新填写"))
        elif not raw_id:
            row_errors.append(RowError(rownum, "身份证号码", "缺少身份证号码"))
        else:
            try:
                rid = validate_resident_id(raw_id)
            except ValidationError as exc:
                row_errors.append(RowError(rownum, "身份证号码", next(iter(exc.fields.values()))))
        if rid is not None:
            if rid.number in seen:
                row_errors.append(RowError(rownum, "身份证号码", f"与第{seen[rid.number]}行重复"))
            else:
                seen[rid.number] = rownum
        sex = cell(row, "sex")
        if rid is not None and sex and sex != rid.sex:
            row_errors.append(RowError(rownum, "性别", f"与身份证号码不符（应为{rid.sex}）"))
        phone = cell(row, "phone")
        if phone:
            try:
                phone = validate_mobile(phone)
            except ValidationError as exc:
                row_errors.append(RowError(rownum, "手机号码", next(iter(exc.fields.values()))))
        try:
            start, end = _date(cell(row, "period_start")), _date(cell(row, "period_end"))
        except (ValueError, TypeError):
            start = end = None
            row_errors.append(RowError(rownum, "期间", "日期应写作 2026-06-01"))
        claims: list[Claim] = []
        for kind, col in claim_cols.items():
            raw = row[col].strip() if col < len(row) else ""
            if not raw:
                row_errors.append(RowError(rownum, kind.label, "缺少金额"))
                continue
            try:
                amount = parse_amount(raw)
            except ValidationError as exc:
                row_errors.append(RowError(rownum, kind.label, next(iter(exc.fields.values()))))
                continue
            if amount <= 0:
                row_errors.append(RowError(rownum, kind.label, "金额应大于零"))
                continue
            claims.append(Claim(kind=kind, amount=amount, period_start=start, period_end=end))
        rep = cell(row, "representative") in ("是", "代表", "Y", "y", "yes", "1", "√")
        if row_errors:
            errors.extend(row_errors)
        elif rid is not None:
            members.append(GroupMember(person=Person(name=name, id_number=rid.number, sex=rid.sex, phone=phone,
                                                     address=cell(row, "address"), birth_date=rid.birth_date),
                                       claims=tuple(claims), is_representative=rep))
    if not body:
        errors.append(RowError(2, "", "表格中没有劳动者"))
    elif len(body) < 2:
        errors.append(RowError(2, "", "集体争议至少要有两名劳动者"))
    if members and not errors and not any(m.is_representative for m in members):
        errors.append(RowError(1, "代表", "请在“代表”列至少标出一名代表（填“是”）"))
    total = sum((c.amount for m in members for c in m.claims if c.amount), Decimal("0"))
    return GroupPreview(members=tuple(members), errors=tuple(errors), claim_kinds=tuple(claim_cols),
                        rows_read=len(body), total=total)


def group_intake(common: Intake, preview: GroupPreview) -> Intake:
    """The common part of the dispute (respondents, facts, common claims) with the sheet's workers."""
    if not preview.ok:
        raise ValidationError({f"row{e.row}": e.text for e in preview.errors},
                              zh=f"表格中有{len(preview.errors)}处错误，未导入任何数据。",
                              en=f"{len(preview.errors)} errors in the sheet; nothing was imported.")
    rep = next(m.person for m in preview.members if m.is_representative)
    return replace(common, worker=rep, members=preview.members)


def register_group(uow: UnitOfWork, actor: Principal, common: Intake, preview: GroupPreview) -> int:
    """All or nothing: one group case with every worker, in one transaction."""
    from mediation_desk.services.cases import register_intake

    return register_intake(uow, actor, group_intake(common, preview))
