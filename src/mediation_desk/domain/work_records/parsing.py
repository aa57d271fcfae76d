"""Reading an exported sheet: :func:`parse_rows` reads a sheet's rows into records with a
:class:`ColumnMapping`, which :func:`guess_mapping` proposes from the usual Chinese headers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.money import parse_amount
from mediation_desk.domain.work_records.rows import WorkRecord, _HOUR, _ZERO, _num

# ---------------------------------------------------------------------------
# reading a sheet
# ---------------------------------------------------------------------------

_DATETIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
    "%Y.%m.%d %H:%M:%S", "%Y.%m.%d %H:%M", "%Y年%m月%d日 %H:%M:%S", "%Y年%m月%d日 %H:%M",
    "%Y年%m月%d日 %H时%M分", "%Y%m%d %H:%M:%S", "%Y%m%d %H%M%S", "%Y%m%d%H%M%S", "%Y%m%d%H%M",
)
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日", "%Y%m%d")
_TIME_FORMATS = ("%H:%M:%S", "%H:%M", "%H时%M分")
_DURATION_UNITS = {"second": 1, "minute": 60, "hour": 3600}
_MAX_ORDER = timedelta(hours=24)


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (0-based) holds what.

    ``start`` and either ``end`` or ``duration`` are required. ``date`` is a separate date column
    for sheets whose time columns hold times of day only (an end earlier than the start then means
    the order ended after midnight). ``earnings`` and ``deductions`` may name several columns (e.g.
    配送费 and 补贴), which are added up; a negative amount in an earnings column counts as a
    deduction. ``datetime_formats`` / ``date_formats`` / ``time_formats`` are ``strptime`` formats
    tried in order (empty: the common Chinese formats). ``header_rows`` rows at the top are skipped.
    """

    start: int
    end: int | None = None
    duration: int | None = None
    duration_unit: str = "minute"  # second / minute / hour, for plain numbers in the duration column
    date: int | None = None
    order_id: int | None = None
    earnings: tuple[int, ...] = ()
    deductions: tuple[int, ...] = ()
    kind: int | None = None
    datetime_formats: tuple[str, ...] = ()
    date_formats: tuple[str, ...] = ()
    time_formats: tuple[str, ...] = ()
    header_rows: int = 1

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        if self.end is None and self.duration is None:
            errors["end"] = "请指定结束时间列或时长列"
        if self.duration_unit not in _DURATION_UNITS:
            errors["duration_unit"] = "时长单位应为 second、minute 或 hour"
        for name in ("start", "end", "duration", "date", "order_id", "kind"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                errors[name] = "列号应为不小于0的整数"
        for name in ("earnings", "deductions"):
            value = getattr(self, name)
            if isinstance(value, int):
                object.__setattr__(self, name, (value,))
            elif not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in getattr(self, name)):
                errors[name] = "列号应为不小于0的整数"
            else:
                object.__setattr__(self, name, tuple(value))
        if self.header_rows < 0:
            errors["header_rows"] = "表头行数不能为负数"
        if errors:
            raise ValidationError(errors)


@dataclass(frozen=True)
class RowError:
    row: int  # 1-based row number of the sheet (the header is row 1)
    column: str  # what the column holds, e.g. 开始时间
    message: str

    @property
    def text(self) -> str:
        return f"第{self.row}行：{self.message}"


def _clean(cell: object) -> str:
    if cell is None:
        return ""
    text = unicodedata.normalize("NFKC", str(cell))
    return " ".join(text.split())


def _parse_datetime(cell: object, formats: Sequence[str]) -> datetime | None:
    if isinstance(cell, datetime):
        return cell
    text = _clean(cell).replace("T", " ")
    text = re.sub(r"日\s*(\d{1,2}[:时])", r"日 \1", text)
    if "." in text and re.search(r":\d{2}\.\d+$", text):  # fractional seconds
        text = text.rsplit(".", 1)[0]
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def _parse_date(cell: object, formats: Sequence[str]) -> date | None:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    text = _clean(cell)
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _parse_time(cell: object, formats: Sequence[str]) -> time | None:
    if isinstance(cell, time):
        return cell
    text = _clean(cell)
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).time()
        except ValueError:
            continue
    return None


_DURATION_RE = re.compile(
    r"^(?:(?P<h>\d+(?:\.\d+)?)\s*(?:小时|时|h|hr|hrs|hour|hours))?\s*"
    r"(?:(?P<m>\d+(?:\.\d+)?)\s*(?:分钟|分|min|mins|m))?\s*"
    r"(?:(?P<s>\d+(?:\.\d+)?)\s*(?:秒钟|秒|s|sec|secs))?$", re.IGNORECASE)


def _parse_duration(cell: object, unit: str) -> timedelta | None:
    if isinstance(cell, timedelta):
        return cell
    text = _clean(cell).replace(" ", "")
    if not text:
        return None
    clock = re.fullmatch(r"(\d+):(\d{1,2})(?::(\d{1,2}))?", text)
    if clock:
        h, m, s = int(clock[1]), int(clock[2]), int(clock[3] or 0)
        if m >= 60 or s >= 60:
            return None
        return timedelta(hours=h, minutes=m, seconds=s)
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = None
    if number is not None:
        if not number.is_finite() or number < 0:
            return None
        return timedelta(seconds=int((number * _DURATION_UNITS[unit]).to_integral_value(ROUND_HALF_UP)))
    match = _DURATION_RE.fullmatch(text)
    if not match or not any(match.groupdict().values()):
        return None
    seconds = sum((Decimal(match[g] or 0) * f for g, f in (("h", 3600), ("m", 60), ("s", 1))), Decimal(0))
    return timedelta(seconds=int(seconds.to_integral_value(ROUND_HALF_UP)))


def _parse_money(cell: object) -> Decimal:
    """A signed amount; empty and dash cells are 0. Raises ValidationError with a Chinese message."""
    if isinstance(cell, (int, float, Decimal)) and not isinstance(cell, bool):
        value = Decimal(str(cell))
        return (-parse_amount(-value)) if value < 0 else parse_amount(value)
    text = _clean(cell).replace(" ", "")
    if text in ("", "-", "—", "--", "/"):
        return _ZERO
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if text[:1] in ("-", "−", "－"):
        negative, text = True, text[1:]
    value = parse_amount(text)
    return -value if negative else value


def parse_rows(table: Sequence[Sequence[object]], mapping: ColumnMapping) -> tuple[list[WorkRecord], list[RowError]]:
    """Read the rows of a sheet into records; each row that cannot be read gives one or more
    :class:`RowError` (row numbers as in the sheet) and is left out. Blank rows are skipped."""
    dt_formats = mapping.datetime_formats or _DATETIME_FORMATS
    d_formats = mapping.date_formats or _DATE_FORMATS
    t_formats = mapping.time_formats or _TIME_FORMATS
    records: list[WorkRecord] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}

    for index, raw in enumerate(table):
        row_no = index + 1
        if index < mapping.header_rows:
            continue
        cells = list(raw)
        if not any(_clean(c) for c in cells):
            continue

        def cell(col: int | None) -> object:
            return cells[col] if col is not None and col < len(cells) else None

        row_errors: list[RowError] = []

        def fail(column: str, message: str) -> None:
            row_errors.append(RowError(row_no, column, message))

        day = None
        if mapping.date is not None:
            day = _parse_date(cell(mapping.date), d_formats)
            if day is None:
                shown = _clean(cell(mapping.date))
                fail("日期", f"日期“{shown}”无法识别，应为如 2025-03-05 的日期" if shown else "缺少日期")

        def moment(col: int, label: str) -> tuple[datetime | None, bool]:
            """(value, time_only) — time_only when only a time of day was given with a date column."""
            raw_cell = cell(col)
            shown = _clean(raw_cell)
            if not shown and not isinstance(raw_cell, (datetime, time)):
                fail(label, f"缺少{label}")
                return None, False
            value = _parse_datetime(raw_cell, dt_formats)
            if value is not None:
                return value, False
            if mapping.date is not None:
                t = _parse_time(raw_cell, t_formats)
                if t is not None:
                    return (datetime.combine(day, t) if day is not None else None), True
            example = "08:30" if mapping.date is not None else "2025-03-05 08:30"
            fail(label, f"{label}“{shown}”无法识别，应为如 {example} 的{'时间' if mapping.date is not None else '日期时间'}")
            return None, False

        start, start_time_only = moment(mapping.start, "开始时间")
        end = duration = None
        if mapping.end is not None and (_clean(cell(mapping.end)) or mapping.duration is None
                                        or isinstance(cell(mapping.end), (datetime, time))):
            end, end_time_only = moment(mapping.end, "结束时间")
            if start is not None and end is not None and end < start:
                if start_time_only and end_time_only:
                    end += timedelta(days=1)  # past midnight
                else:
                    fail("结束时间", f"结束时间{end:%Y-%m-%d %H:%M}早于开始时间{start:%Y-%m-%d %H:%M}")
                    end = None
        elif mapping.duration is not None:
            shown = _clean(cell(mapping.duration))
            duration = _parse_duration(cell(mapping.duration), mapping.duration_unit)
            if duration is None:
                fail("时长", f"时长“{shown}”无法识别，应为分钟数或如 1小时5分钟、1:05 的时长" if shown else "缺少结束时间或时长")
        if start is not None and end is not None:
            duration = end - start
        if duration is not None and duration > _MAX_ORDER:
            fail("时长", f"单笔订单时长{_num(Decimal(duration.total_seconds()) / _HOUR)}小时，超过24小时，请核对")

        earnings = deduction = _ZERO
        for col in mapping.earnings:
            try:
                amount = _parse_money(cell(col))
            except ValidationError as exc:
                fail("收入", f"收入“{_clean(cell(col))}”不是有效金额（{next(iter(exc.fields.values()))}）")
                continue
            if amount < 0:
                deduction -= amount
            else:
                earnings += amount
        for col in mapping.deductions:
            try:
                deduction += abs(_parse_money(cell(col)))
            except ValidationError as exc:
                fail("扣款", f"扣款“{_clean(cell(col))}”不是有效金额（{next(iter(exc.fields.values()))}）")

        order_id = _clean(cell(mapping.order_id)) if mapping.order_id is not None else ""
        if order_id and order_id in seen:
            fail("订单号", f"订单号“{order_id}”与第{seen[order_id]}行重复，本行未计入")
        kind = _clean(cell(mapping.kind)) if mapping.kind is not None else ""

        if row_errors or start is None or duration is None:  # with a start, an end gives the duration
            errors.extend(row_errors)
            continue
        if order_id:
            seen[order_id] = row_no
        records.append(WorkRecord(start=start, end=start + duration, order_id=order_id, earnings=earnings,
                                  deduction=deduction, kind=kind, row=row_no))
    return records, errors


# ---------------------------------------------------------------------------
# guessing the columns from the header
# ---------------------------------------------------------------------------

_START = ("接单时间", "抢单时间", "派单时间", "开始时间", "行程开始时间", "开始计费时间", "出发时间",
          "上车时间", "取货时间", "揽收时间", "到店时间", "下单时间")
_END = ("送达时间", "完成时间", "结束时间", "行程结束时间", "结束计费时间", "下车时间", "签收时间", "妥投时间",
        "订单完成时间", "派送完成时间")
_DURATION = ("时长", "配送时长", "行程时长", "服务时长", "工作时长", "用时", "耗时")
_ORDER = ("订单号", "订单编号", "运单号", "运单编号", "行程单号", "行程编号", "订单ID", "订单id", "单号", "流水号")
_DEDUCTION = ("扣款", "罚款", "扣罚", "处罚扣款", "违规扣款", "处罚金额", "罚款金额", "扣款金额", "处罚", "扣除")
_EARN_TOTAL = ("本单收入", "订单收入", "实际收入", "应得收入", "司机收入", "骑手收入", "配送员收入", "快递员收入",
               "收入合计", "总收入", "结算金额", "实得", "收入")
_EARN_PARTS = ("配送费", "派费", "运费", "基础运费", "补贴", "奖励", "冲单奖", "小费", "加价")
_DATE = ("日期", "订单日期", "出车日期", "工作日期", "配送日期")
_KIND = ("订单类型", "业务类型", "服务类型", "类型")
# never money the worker earned or lost: the customer's payment, the platform's cut, distances, text
_NOT_MONEY = ("乘客", "顾客", "用户", "客户", "实付", "支付", "平台", "抽成", "佣金", "距离", "里程", "公里",
              "原因", "说明", "备注", "类型", "状态", "次数", "时间", "时长", "编号", "单号")
_NOT_TIME = ("日期",)
# Time logged in to the app (上线/下线/在线) is not the time of an order: such a column is never
# taken as an order's start or duration, so 接单配送时长 is never made of it.
_NOT_ORDER_TIME = ("超时", "在线", "上线", "下线", "登录")


def _norm_header(text: object) -> str:
    cleaned = unicodedata.normalize("NFKC", str(text or "")).strip()
    cleaned = re.sub(r"[(\[【].*?[)\]】]", "", cleaned)
    return "".join(cleaned.split())


def guess_mapping(header: Sequence[object]) -> ColumnMapping:
    """Propose a :class:`ColumnMapping` from a header row with the usual Chinese names
    (接单时间, 送达时间, 完成时间, 订单号, 配送费, 收入, 扣款, 罚款, 时长 …). The mediator
    checks it before the rows are read. Raises ValidationError when no start time, or neither an
    end time nor a duration, can be found."""
    raw = [unicodedata.normalize("NFKC", str(h or "")) for h in header]
    names = [_norm_header(h) for h in header]
    used: set[int] = set()

    def find(synonyms: Sequence[str], exclude: Sequence[str] = ()) -> int | None:
        for syn in synonyms:
            for i, name in enumerate(names):
                if i not in used and name == syn:
                    used.add(i)
                    return i
        for syn in synonyms:
            for i, name in enumerate(names):
                if i not in used and name and syn in name and not any(x in name for x in exclude):
                    used.add(i)
                    return i
        return None

    def find_all(synonyms: Sequence[str], exclude: Sequence[str]) -> tuple[int, ...]:
        found = []
        while (i := find(synonyms, exclude)) is not None:
            found.append(i)
        return tuple(sorted(found))

    order_id = find(_ORDER, ("时间", "日期"))
    deductions = find_all(_DEDUCTION, tuple(x for x in _NOT_MONEY if x not in ("平台",)))
    end = find(_END, _NOT_TIME + _NOT_ORDER_TIME)
    start = find(_START, _NOT_TIME + _NOT_ORDER_TIME)
    duration = find(_DURATION, _NOT_ORDER_TIME)
    day = find(_DATE, ("时间",))
    kind = find(_KIND, ("金额", "收入"))
    total = find(_EARN_TOTAL, _NOT_MONEY)
    earnings = (total,) if total is not None else find_all(_EARN_PARTS, _NOT_MONEY)

    unit = "minute"
    if duration is not None:
        label = raw[duration]
        if "小时" in label or re.search(r"[(（]\s*h\s*[)）]", label, re.IGNORECASE):
            unit = "hour"
        elif "秒" in label or re.search(r"[(（]\s*s\s*[)）]", label, re.IGNORECASE):
            unit = "second"
    shown = "、".join(f"“{h}”" for h in raw if h.strip()) or "（空）"
    errors = {}
    if start is None:
        errors["start"] = f"表头中找不到开始时间列（如接单时间、开始时间、下单时间）；表头为：{shown}。请手动指定各列"
    if end is None and duration is None:
        errors["end"] = f"表头中找不到结束时间列（如送达时间、完成时间）或时长列；表头为：{shown}。请手动指定各列"
    if errors:
        raise ValidationError(errors)
    return ColumnMapping(start=start, end=end, duration=duration, duration_unit=unit, date=day,  # type: ignore[arg-type]
                         order_id=order_id, earnings=earnings, deductions=deductions, kind=kind)
