"""Platform work records: an order or earnings history exported from a platform app, read with a
column mapping, previewed with every malformed row listed, then imported all or nothing as
derived evidence of a case.

The flow the desk follows:

1. :func:`read_work_record_source` reads the file (XLSX or CSV, through
   ``group_import.read_table``), hashes it and finds the header row;
2. :func:`suggest_mapping` offers the mapping remembered for the platform when it fits the
   file's header, otherwise the one :func:`~mediation_desk.domain.work_records.guess_mapping`
   proposes;
3. :func:`preview_work_records` parses the rows and computes the metrics (pure, no storage);
4. :func:`import_work_records` reads the file again, checks its hash, refuses the whole file if
   any row is malformed, and in one transaction stores the import with its metrics, remembers
   the mapping for the platform and writes the audit rows.

The metrics are stored as JSON (:func:`metrics_to_data`) with everything needed to redraw the
weekly table and chart and to pre-fill the worksheet without the source file
(:func:`metrics_from_data` gives back an equal :class:`WorkMetrics`).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

from mediation_desk import jurisdiction
from mediation_desk.domain.errors import AppError, ConflictError, NotFound, OperationCancelled, ValidationError
from mediation_desk.domain.users import Permission, Principal
from mediation_desk.domain.work_records import (ColumnMapping, PeriodMetrics, RowError, Stretch, WorkMetrics,
                                                WorkRecord, WorkRecordRules, guess_mapping, parse_rows,
                                                rules_from_data)
from mediation_desk.domain.work_records import compute_metrics as _compute_metrics
from mediation_desk.services.access import require_case
from mediation_desk.services.clock import now
from mediation_desk.services.group_import import read_table
from mediation_desk.services.sheet_reader import check_file_size
from mediation_desk.services.ports import StoredWorkRecordImport, UnitOfWork

Progress = Callable[[int, int], bool]

MAX_ROWS = 200_000  # rows of one file (a year of a busy rider's orders is about 10,000)
HEADER_SEARCH_ROWS = 10  # title lines an export may have above its header
MAX_PLATFORM = 100
MAPPING_FORMAT = 1
METRICS_FORMAT = 1
SINGLE_COLUMNS = ("start", "end", "duration", "date", "order_id", "kind")
MULTI_COLUMNS = ("earnings", "deductions")
ROW_ERRORS_SHOWN = 20

__all__ = [
    "MAX_ROWS",
    "MappingSuggestion",
    "WorkRecordImport",
    "WorkRecordPreview",
    "WorkRecordRowErrors",
    "WorkRecordSource",
    "find_header_row",
    "get_work_record_import",
    "import_work_records",
    "known_platforms",
    "latest_work_record_import",
    "list_work_record_imports",
    "mapping_from_data",
    "mapping_to_data",
    "metrics_from_data",
    "metrics_to_data",
    "preview_work_records",
    "read_work_record_source",
    "suggest_mapping",
]


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class WorkRecordSource:
    """A file's cells as text, with its name, size and SHA-256 and where its header is."""

    name: str
    sha256: str
    size: int
    rows: tuple[tuple[str, ...], ...]
    header_row: int  # 0-based index of the header row in ``rows``

    @property
    def header(self) -> tuple[str, ...]:
        return self.rows[self.header_row] if self.header_row < len(self.rows) else ()

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass(frozen=True)
class MappingSuggestion:
    """The mapping offered for a file: ``origin`` is ``remembered`` (the platform's last mapping),
    ``guessed`` (from the header's names) or ``none`` (the user maps the columns by hand)."""

    mapping: ColumnMapping | None
    origin: str
    note: str = ""


@dataclass(frozen=True)
class WorkRecordPreview:
    rows_read: int  # non-blank rows below the header
    records: int
    errors: tuple[RowError, ...]
    metrics: WorkMetrics | None  # of the rows that could be read; None when none could

    @property
    def ok(self) -> bool:
        return not self.errors and self.records > 0


@dataclass(frozen=True)
class WorkRecordImport:
    """Read model of one import (``metrics`` is None in lists)."""

    id: int
    case_id: int
    source_name: str
    source_sha256: str
    source_size: int
    platform: str
    row_count: int
    imported_at: datetime
    imported_by: str
    mapping: Mapping[str, Any] = field(default_factory=dict)
    metrics: WorkMetrics | None = None
    imported_by_name: str = ""  # the person's name (the username if the user is unknown)

    @property
    def importer(self) -> str:
        return self.imported_by_name or self.imported_by

    @property
    def source_text(self) -> str:
        """``来源：订单.xlsx，SHA-256 前8位 ab12cd34`` (as the metrics cite it)."""
        return f"来源：{self.source_name}，SHA-256 前8位 {self.source_sha256[:8]}"


class WorkRecordRowErrors(ValidationError):
    """Rows that cannot be read: the import is refused whole. ``row_errors`` lists every one."""

    def __init__(self, errors: Sequence[RowError]) -> None:
        self.row_errors = tuple(errors)
        rows = sorted({e.row for e in self.row_errors})
        shown = "；".join(e.text for e in self.row_errors[:ROW_ERRORS_SHOWN])
        more = f"……共{len(self.row_errors)}处" if len(self.row_errors) > ROW_ERRORS_SHOWN else ""
        en_rows = ", ".join(str(r) for r in rows[:ROW_ERRORS_SHOWN]) + (" …" if len(rows) > ROW_ERRORS_SHOWN else "")
        super().__init__({f"row.{e.row}.{i}": e.text for i, e in enumerate(self.row_errors)},
                         zh=f"有{len(rows)}行无法读取，没有导入任何记录。请在表格中改正后重新导入：{shown}{more}",
                         en=f"{len(rows)} row(s) cannot be read (rows {en_rows}); nothing was imported. "
                            "Correct the sheet and import it again.")


# --------------------------------------------------------------------------- reading the file


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def find_header_row(rows: Sequence[Sequence[str]]) -> int:
    """The first of the top rows from whose names a mapping can be guessed; otherwise the first
    non-blank row (the user then maps the columns by hand)."""
    first_filled = None
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if not any(str(c).strip() for c in row):
            continue
        if first_filled is None:
            first_filled = i
        try:
            guess_mapping(row)
        except ValidationError:
            continue
        return i
    return first_filled or 0


def read_work_record_source(path: Path | str) -> WorkRecordSource:
    """Read an exported history (XLSX first sheet, or CSV in UTF-8 or GBK) and hash it. The hash
    is taken before and after reading, so the cells are those of the file the hash names."""
    path = Path(path)
    try:
        check_file_size(path)  # a huge file is refused before it is hashed or read
        before, size = _hash_file(path)
    except OSError as exc:
        raise AppError(f"无法读取文件：{path.name}（{exc.strerror or exc}）", f"Cannot read {path.name}") from None
    rows = read_table(path, max_rows=MAX_ROWS, keep_time=True)
    after, _ = _hash_file(path)
    if after != before:
        raise ConflictError(f"文件“{path.name}”在读取过程中被修改，请待其保存完毕后重新选择。",
                            f"{path.name} changed while it was read; choose it again once it is saved.")
    table = tuple(tuple(str(c) for c in r) for r in rows)
    if not any(any(c.strip() for c in r) for r in table):
        raise ValidationError({"file": f"文件“{path.name}”是空的"})
    return WorkRecordSource(name=path.name, sha256=before, size=size, rows=table, header_row=find_header_row(table))


# --------------------------------------------------------------------------- mappings as data


def _norm(text: object) -> str:
    return "".join(unicodedata.normalize("NFKC", str(text or "")).split())


def mapping_to_data(mapping: ColumnMapping, header: Sequence[str] = ()) -> dict[str, Any]:
    """The mapping as plain JSON values, with the header name of every mapped column so the
    mapping can be found again in a file whose columns are in another order."""

    def name(index: int | None) -> str:
        return str(header[index]) if index is not None and index < len(header) else ""

    columns = {f: getattr(mapping, f) for f in SINGLE_COLUMNS}
    return {
        "format": MAPPING_FORMAT,
        "columns": columns,
        "earnings": list(mapping.earnings),
        "deductions": list(mapping.deductions),
        "headers": {**{f: name(i) for f, i in columns.items() if i is not None},
                    "earnings": [name(i) for i in mapping.earnings],
                    "deductions": [name(i) for i in mapping.deductions]},
        "duration_unit": mapping.duration_unit,
        "header_rows": mapping.header_rows,
        "datetime_formats": list(mapping.datetime_formats),
        "date_formats": list(mapping.date_formats),
        "time_formats": list(mapping.time_formats),
    }


def mapping_from_data(data: Mapping[str, Any], header: Sequence[str] | None = None,
                      header_row: int | None = None) -> ColumnMapping:
    """A :class:`ColumnMapping` from :func:`mapping_to_data`'s values.

    With ``header``, each column is looked up by the name it had when the mapping was saved; a
    name missing from this header raises :class:`ValidationError` (the mapping does not fit the
    file). ``header_row`` (0-based) replaces the saved number of rows above the data.
    """
    if not isinstance(data, Mapping) or not isinstance(data.get("columns"), Mapping):
        raise ValidationError({"mapping": "列对应数据格式不正确"})
    names = data.get("headers") or {}
    position: dict[str, int] = {}
    if header is not None:
        for i, h in enumerate(header):
            position.setdefault(_norm(h), i)
    missing: list[str] = []

    def resolve(index: Any, saved_name: str) -> int | None:
        if index is None:
            return None
        if header is not None and _norm(saved_name):
            found = position.get(_norm(saved_name))
            if found is None:
                missing.append(saved_name)
                return None
            return found
        return int(index)

    columns = data["columns"]
    single = {f: resolve(columns.get(f), names.get(f, "")) for f in SINGLE_COLUMNS}
    multi: dict[str, tuple[int, ...]] = {}
    for f in MULTI_COLUMNS:
        saved = list(names.get(f) or [])
        indices = list(data.get(f) or [])
        saved += [""] * (len(indices) - len(saved))
        resolved = [resolve(i, n) for i, n in zip(indices, saved)]
        multi[f] = tuple(i for i in resolved if i is not None)
    if missing:
        raise ValidationError({"mapping": "本文件的表头中没有上次对应的列：" + "、".join(f"“{n}”" for n in missing)})
    header_rows = header_row + 1 if header_row is not None else int(data.get("header_rows", 1))
    return ColumnMapping(start=single["start"], end=single["end"], duration=single["duration"],  # type: ignore[arg-type]
                         duration_unit=str(data.get("duration_unit") or "minute"), date=single["date"],
                         order_id=single["order_id"], earnings=multi["earnings"], deductions=multi["deductions"],
                         kind=single["kind"], datetime_formats=tuple(data.get("datetime_formats") or ()),
                         date_formats=tuple(data.get("date_formats") or ()),
                         time_formats=tuple(data.get("time_formats") or ()), header_rows=header_rows)


def _same_mapping(a: Mapping[str, Any] | None, b: Mapping[str, Any]) -> bool:
    """Whether two saved mappings map the same named columns the same way (their positions and
    the title lines above the header may differ from file to file)."""
    if a is None:
        return False

    def identity(d: Mapping[str, Any]) -> tuple[object, ...]:
        names = d.get("headers") or {}
        columns = d.get("columns") or {}
        single = tuple((f, _norm(names.get(f, "")) or columns.get(f)) for f in SINGLE_COLUMNS
                       if columns.get(f) is not None)
        multi = tuple((f, tuple(_norm(n) or i for i, n in zip(d.get(f) or [], list(names.get(f) or []) + [""] * 99)))
                      for f in MULTI_COLUMNS)
        return (single, multi, d.get("duration_unit"), tuple(d.get("datetime_formats") or ()),
                tuple(d.get("date_formats") or ()), tuple(d.get("time_formats") or ()))

    return identity(a) == identity(b)


def _platform(platform: str) -> str:
    text = " ".join(str(platform or "").split())
    if not text:
        raise ValidationError({"platform": "请填写平台名称（用于记住这个平台的列对应）"})
    if len(text) > MAX_PLATFORM:
        raise ValidationError({"platform": f"平台名称不能超过{MAX_PLATFORM}个字"})
    return text


def known_platforms(uow: UnitOfWork, actor: Principal) -> list[str]:
    """Platforms whose column mapping is remembered."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        return tx.column_mappings.platforms()


def suggest_mapping(uow: UnitOfWork, actor: Principal, *, platform: str,
                    source: WorkRecordSource) -> MappingSuggestion:
    """The platform's remembered mapping if it fits the file's header, else a guess from the header."""
    actor.require(Permission.VIEW_CASES)
    name = " ".join(str(platform or "").split())
    note = ""
    if name:
        with uow.read() as tx:
            saved = tx.column_mappings.get(name)
        if saved is not None:
            try:
                mapping = mapping_from_data(saved, source.header, source.header_row)
                return MappingSuggestion(mapping, "remembered", f"已按“{name}”上次的列对应填好")
            except ValidationError as exc:
                note = f"“{name}”上次的列对应与本文件不符（{next(iter(exc.fields.values()))}），已按表头重新推测。"
    try:
        mapping = replace(guess_mapping(source.header), header_rows=source.header_row + 1)
    except ValidationError as exc:
        return MappingSuggestion(None, "none", (note + "无法从表头推测各列，请逐一指定：" + "；".join(exc.fields.values())))
    return MappingSuggestion(mapping, "guessed", note or "已按表头推测各列，请核对")


# --------------------------------------------------------------------------- metrics


def default_rules() -> WorkRecordRules:
    """The thresholds of ``work_record_thresholds.json``."""
    return jurisdiction.work_record_rules()


def compute_metrics(records: Iterable[WorkRecord], *, minimum_hourly: object = None, source_name: str = "",
                    source_sha256: str = "", rules: WorkRecordRules | None = None) -> WorkMetrics:
    """:func:`mediation_desk.domain.work_records.compute_metrics` with the thresholds of
    ``work_record_thresholds.json`` where none are given."""
    return _compute_metrics(records, minimum_hourly=minimum_hourly, source_name=source_name,
                            source_sha256=source_sha256,
                            rules=rules if rules is not None else jurisdiction.work_record_rules())


def _minimum_for(minimum_hourly: object, records: Sequence[WorkRecord]) -> tuple[object, str]:
    """A tier name (一类/二类/三类) is looked up for the last day of the records."""
    if not isinstance(minimum_hourly, str):
        return minimum_hourly, ""
    on = max(r.start for r in records).date()
    try:
        return jurisdiction.minimum_wage(minimum_hourly, on), ""
    except (ValidationError, jurisdiction.JurisdictionDataError) as exc:
        return None, f"未与最低工资标准比较：{exc.zh}"


def _metrics(records: Sequence[WorkRecord], minimum_hourly: object, source_name: str,
             source_sha256: str) -> WorkMetrics:
    minimum, problem = _minimum_for(minimum_hourly, records)
    metrics = compute_metrics(records, minimum_hourly=minimum, source_name=source_name, source_sha256=source_sha256)
    return replace(metrics, minimum_wage_note=problem) if problem else metrics


def _rows_read(table: Sequence[Sequence[object]], mapping: ColumnMapping) -> int:
    return sum(1 for r in table[mapping.header_rows:] if any(str(c or "").strip() for c in r))


def preview_work_records(table: Sequence[Sequence[object]], mapping: ColumnMapping, minimum_hourly: object = None,
                         *, source_name: str = "", source_sha256: str = "") -> WorkRecordPreview:
    """Parse ``table`` with ``mapping`` and compute the metrics of the rows that can be read.

    ``minimum_hourly``: the hourly minimum wage (a Decimal, a ``MinimumWage``, or a tier name such
    as ``"一类"``, looked up for the last day of the records), or None for no comparison.
    Pure: no storage, no files.
    """
    records, errors = parse_rows(table, mapping)
    metrics = _metrics(records, minimum_hourly, source_name, source_sha256) if records else None
    return WorkRecordPreview(rows_read=_rows_read(table, mapping), records=len(records), errors=tuple(errors),
                             metrics=metrics)


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _period_data(p: PeriodMetrics) -> dict[str, Any]:
    return {"label": p.label, "first_day": p.first_day.isoformat(), "last_day": p.last_day.isoformat(),
            "days_worked": p.days_worked, "delivery_seconds": p.delivery_seconds, "order_seconds": p.order_seconds,
            "orders": p.orders, "earnings": str(p.earnings), "deductions": str(p.deductions),
            "effective_hourly": _dec(p.effective_hourly), "below_minimum": p.below_minimum,
            "longest_stretch_seconds": p.longest_stretch_seconds, "stretches_over_limit": p.stretches_over_limit,
            "long_days": p.long_days}


def _period(d: Mapping[str, Any]) -> PeriodMetrics:
    hourly = d.get("effective_hourly")
    return PeriodMetrics(label=d["label"], first_day=date.fromisoformat(d["first_day"]),
                         last_day=date.fromisoformat(d["last_day"]), days_worked=int(d["days_worked"]),
                         delivery_seconds=int(d["delivery_seconds"] if "delivery_seconds" in d else d["online_seconds"]), order_seconds=int(d["order_seconds"]),
                         orders=int(d["orders"]), earnings=Decimal(d["earnings"]), deductions=Decimal(d["deductions"]),
                         effective_hourly=None if hourly is None else Decimal(hourly),
                         below_minimum=d.get("below_minimum"),
                         longest_stretch_seconds=int(d["longest_stretch_seconds"]),
                         stretches_over_limit=int(d["stretches_over_limit"]), long_days=int(d["long_days"]))


def metrics_to_data(m: WorkMetrics) -> dict[str, Any]:
    """Plain JSON values of the metrics: weeks, total, stretches, daily delivery time, the minimum
    wage compared with, the source and the counting rules in force."""
    r = m.rules
    return {
        "format": METRICS_FORMAT,
        "weeks": [_period_data(w) for w in m.weeks],
        "total": _period_data(m.total),
        "stretches": [[s.start.isoformat(), s.end.isoformat(), s.orders] for s in m.stretches],
        "daily_seconds": [[d.isoformat(), s] for d, s in m.daily_seconds.items()],
        "start_spread_minutes": m.start_spread_minutes,
        "minimum_hourly": _dec(m.minimum_hourly),
        "minimum_wage_note": m.minimum_wage_note,
        "source_name": m.source_name,
        "source_sha256": m.source_sha256,
        "rules": {"break_minutes": r.break_minutes,
                  "continuous_work_limit_hours": str(r.continuous_work_limit_hours),
                  "long_day_hours": str(r.long_day_hours),
                  "prefill": {k: [{n: (v if n == "level" else str(v)) for n, v in rule.items()} for rule in rules]
                              for k, rules in r.prefill.items()},
                  "_source": r.source},
    }


def metrics_from_data(data: Mapping[str, Any]) -> WorkMetrics:
    """The :class:`WorkMetrics` :func:`metrics_to_data` wrote (equal to the original)."""
    if not isinstance(data, Mapping) or data.get("format") != METRICS_FORMAT:
        raise ValidationError({"metrics": "工作记录统计数据的格式无法识别"})
    minimum = data.get("minimum_hourly")
    return WorkMetrics(
        weeks=tuple(_period(w) for w in data["weeks"]),
        total=_period(data["total"]),
        stretches=tuple(Stretch(datetime.fromisoformat(a), datetime.fromisoformat(b), int(n))
                        for a, b, n in data["stretches"]),
        daily_seconds=MappingProxyType({date.fromisoformat(d): int(s) for d, s in data["daily_seconds"]}),
        start_spread_minutes=data.get("start_spread_minutes"),
        minimum_hourly=None if minimum is None else Decimal(minimum),
        minimum_wage_note=str(data.get("minimum_wage_note") or ""),
        source_name=str(data.get("source_name") or ""),
        source_sha256=str(data.get("source_sha256") or ""),
        rules=rules_from_data(data["rules"]),
    )


# --------------------------------------------------------------------------- importing


def _name_of(tx: Any, username: str, cache: dict[str, str]) -> str:
    if username not in cache:
        user = tx.users.by_username(username) if username else None
        cache[username] = user.display_name if user is not None and user.display_name else username
    return cache[username]


def _read_model(row: StoredWorkRecordImport, name: str = "") -> WorkRecordImport:
    return WorkRecordImport(id=row.id, case_id=row.case_id, source_name=row.source_name,
                            source_sha256=row.source_sha256, source_size=row.source_size, platform=row.platform,
                            row_count=row.row_count, imported_at=row.imported_at, imported_by=row.imported_by,
                            mapping=MappingProxyType(dict(row.mapping)),
                            metrics=metrics_from_data(row.metrics) if row.metrics is not None else None,
                            imported_by_name=name or row.imported_by)


def import_work_records(uow: UnitOfWork, actor: Principal, *, case_id: int, source_path: Path | str, platform: str,
                        mapping: ColumnMapping, minimum_hourly: object = None, expected_sha256: str | None = None,
                        progress: Progress | None = None) -> WorkRecordImport:
    """Import a history as derived evidence of ``case_id``: all rows or none.

    Reads and hashes the file (``expected_sha256``: the hash of the file that was previewed; a
    different file is refused), parses every row with ``mapping`` and refuses the whole file with
    :class:`WorkRecordRowErrors` listing each malformed row. Then one transaction stores the
    import with its metrics, remembers ``mapping`` for ``platform`` and writes the audit rows.
    ``minimum_hourly`` as in :func:`preview_work_records`.
    """
    actor.require(Permission.MANAGE_EVIDENCE)
    name = _platform(platform)
    with uow.read() as tx:
        if tx.cases.get(case_id) is None:
            raise NotFound("找不到该案件。", "Case not found.")
        require_case(tx, actor, case_id, Permission.MANAGE_EVIDENCE)
    source = read_work_record_source(source_path)
    if expected_sha256 and source.sha256 != expected_sha256.lower():
        raise ConflictError(f"文件“{source.name}”在预览之后被修改，请重新选择文件并核对预览。",
                            f"{source.name} changed after the preview; choose it again and check the preview.")
    if progress is not None and not progress(1, 3):
        raise OperationCancelled()
    records, errors = parse_rows(source.rows, mapping)
    if errors:
        raise WorkRecordRowErrors(errors)
    if not records:
        raise ValidationError({"rows": f"文件“{source.name}”中没有可导入的订单记录"})
    metrics = _metrics(records, minimum_hourly, source.name, source.sha256)
    metrics_data = metrics_to_data(metrics)
    mapping_data = mapping_to_data(mapping, source.header)
    if progress is not None:
        progress(2, 3)
    with uow.write() as tx:
        case = tx.cases.get(case_id)
        if case is None:
            raise NotFound("找不到该案件。", "Case not found.")
        stamp = now()
        import_id = tx.work_records.add(case_id=case_id, source_name=source.name, source_sha256=source.sha256,
                                        source_size=source.size, platform=name, mapping=mapping_data,
                                        row_count=len(records), metrics=metrics_data, imported_at=stamp,
                                        imported_by=actor.username)
        previous = tx.column_mappings.get(name)
        remembered = not _same_mapping(previous, mapping_data)
        if remembered:
            tx.column_mappings.save(name, mapping_data, by=actor.username, now=stamp)
        t = metrics.total
        tx.audit.append(actor=actor.username, action="work_records.import", entity="work_record_import",
                        entity_id=import_id,
                        changes={"case": case.summary.number, "file": source.name, "sha256": source.sha256,
                                 "size": source.size, "platform": name, "records": len(records),
                                 "period": [t.first_day.isoformat(), t.last_day.isoformat()],
                                 "weeks": metrics.weeks_in_period, "days_worked": t.days_worked,
                                 "delivery_hours": str(t.delivery_hours), "orders": t.orders,
                                 "earnings": str(t.earnings), "deductions": str(t.deductions),
                                 "effective_hourly": _dec(t.effective_hourly),
                                 "minimum_wage": metrics.minimum_wage_note,
                                 "weeks_below_minimum": list(metrics.weeks_below_minimum),
                                 "stretches_over_limit": t.stretches_over_limit,
                                 "mapping_remembered": remembered})
        if remembered:
            tx.audit.append(actor=actor.username, action="column_mapping.save", entity="column_mapping",
                            entity_id=name, changes={"platform": name, "before": previous, "after": mapping_data})
        stored = tx.work_records.get(import_id)
    if progress is not None:
        progress(3, 3)
    assert stored is not None
    return _read_model(stored, actor.display_name)


def list_work_record_imports(uow: UnitOfWork, actor: Principal, *, case_id: int) -> list[WorkRecordImport]:
    """The case's imports, newest first (without their metrics)."""
    actor.require(Permission.VIEW_CASES)
    names: dict[str, str] = {}
    with uow.read() as tx:
        require_case(tx, actor, case_id)
        return [_read_model(r, _name_of(tx, r.imported_by, names)) for r in tx.work_records.list_for_case(case_id)]


def get_work_record_import(uow: UnitOfWork, actor: Principal, *, import_id: int) -> WorkRecordImport:
    """One import with its metrics."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        row = tx.work_records.get(import_id)
        if row is not None:
            require_case(tx, actor, row.case_id)
        name = _name_of(tx, row.imported_by, {}) if row is not None else ""
    if row is None:
        raise NotFound("找不到该工作记录。", "Work record import not found.")
    return _read_model(row, name)


def latest_work_record_import(uow: UnitOfWork, actor: Principal, *, case_id: int) -> WorkRecordImport | None:
    """The case's newest import with its metrics, or None."""
    actor.require(Permission.VIEW_CASES)
    with uow.read() as tx:
        require_case(tx, actor, case_id)
        row = tx.work_records.latest_for_case(case_id)
        name = _name_of(tx, row.imported_by, {}) if row is not None else ""
    return _read_model(row, name) if row is not None else None
