"""A 30-worker group dispute from a real XLSX (and CSV) sheet: preview, errors, all or nothing."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from mediation_desk.domain.cases import (CaseQuery, Claim, ClaimKind, Enterprise, EnterpriseRole, Industry, Intake,
                                         Person)
from mediation_desk.domain.errors import ValidationError
from mediation_desk.domain.identifiers import resident_id_check_char
from mediation_desk.services.cases import count_cases, get_case
from mediation_desk.services.group_import import preview_group, read_table, register_group
from tests.support.books import create_test_book

HEADER = ["姓名", "身份证号码", "手机号码", "代表", "拖欠劳动报酬", "退还押金、保证金", "期间开始", "期间结束"]


def rid(n: int) -> str:
    first17 = f"36011119{90 + n % 10:02d}0{1 + n % 9}1{n % 9}{100 + n:03d}"[:17]
    return first17 + resident_id_check_char(first17)


def rows(bad: bool) -> list[list]:
    out = [HEADER]
    for n in range(30):
        out.append([f"骑手{n + 1:02d}", rid(n), f"139{n:08d}", "是" if n < 3 else "", 3000 + n * 10, 500,
                    "2026-05-01", "2026-06-30"])
    if bad:
        out[8][1] = out[8][1][:-1] + ("0" if out[8][1][-1] != "0" else "1")  # row 9: wrong check digit
        out[20][4] = None  # row 21: missing amount
    return out


def write_xlsx(path: Path, data: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    for r in data:
        ws.append(r)
    wb.save(path)
    return path


def common() -> Intake:
    return Intake(worker=Person(name="(代表)"),
                  respondents=(Enterprise(name="南昌市青山湖区顺达配送服务有限公司", role=EnterpriseRole.OUTSOURCING),
                               Enterprise(name="江西速达同城网络科技有限公司", role=EnterpriseRole.PLATFORM)),
                  claims=(Claim(kind=ClaimKind.CONFIRM_RELATIONSHIP, basis="劳动合同法第七条"),),
                  industry=Industry.FOOD_DELIVERY, platform="速达外卖",
                  facts="青山湖站点于2026年7月关闭，站点骑手30人5、6月工资及押金未付。", received_on=date(2026, 7, 10))


def test_unique_ids_are_valid():
    from mediation_desk.domain.identifiers import is_valid_resident_id

    assert len({rid(n) for n in range(30)}) == 30 and all(is_valid_resident_id(rid(n)) for n in range(30))


def test_two_bad_rows_shown_and_nothing_written_then_fixed(tmp_path: Path):
    book, staff = create_test_book(tmp_path / "book", cases=0)
    try:
        preview = preview_group(read_table(write_xlsx(tmp_path / "bad.xlsx", rows(bad=True))))
        assert not preview.ok
        assert sorted((e.row, e.column) for e in preview.errors) == [(9, "身份证号码"), (21, "拖欠劳动报酬")]
        assert "校验" in preview.errors[0].message and "缺少金额" in preview.errors[1].message
        with pytest.raises(ValidationError):
            register_group(book.uow, staff, common(), preview)
        assert count_cases(book.uow, staff, CaseQuery()) == 0

        preview = preview_group(read_table(write_xlsx(tmp_path / "good.xlsx", rows(bad=False))))
        assert preview.ok and len(preview.members) == 30
        # 30 × 500 deposits + sum of 3000 + 10n for n in 0..29 = 15,000 + 94,350
        assert preview.total == Decimal("109350.00")
        case_id = register_group(book.uow, staff, common(), preview)
        detail = get_case(book.uow, staff, case_id)
        assert detail.summary.is_group and detail.summary.applicant_count == 30
        assert detail.summary.worker_name == "骑手01等30人"
        applicants = [p for p in detail.parties if p.side.value == "applicant"]
        assert len(applicants) == 30 and sum(p.is_representative for p in applicants) == 3
        own = [c for c in detail.claims if c.party_name == "骑手17"]
        assert {(c.kind, c.amount) for c in own} == {(ClaimKind.UNPAID_PAY, Decimal("3160.00")),
                                                     (ClaimKind.DEPOSIT_REFUND, Decimal("500.00"))}
        assert count_cases(book.uow, staff, CaseQuery(text="骑手17")) == 1  # members are searchable
        assert count_cases(book.uow, staff, CaseQuery()) == 1
    finally:
        book.close()


def test_csv_in_gbk_with_duplicate(tmp_path: Path):
    data = rows(bad=False)
    data[5][1] = data[3][1]  # row 6 repeats row 4's ID number
    path = tmp_path / "workers.csv"
    with open(path, "w", encoding="gb18030", newline="") as fh:
        csv.writer(fh).writerows([["" if c is None else c for c in r] for r in data])
    preview = preview_group(read_table(path))
    assert [(e.row, e.column) for e in preview.errors] == [(6, "身份证号码")]
    assert "与第4行重复" in preview.errors[0].message


def test_id_number_stored_as_number_is_explained(tmp_path: Path):
    data = rows(bad=False)
    data[2][1] = 360111199001011234  # Excel turned the ID number into a number
    preview = preview_group(read_table(write_xlsx(tmp_path / "n.xlsx", data)))
    assert [(e.row, e.column) for e in preview.errors] == [(3, "身份证号码")]
    assert "文本" in preview.errors[0].message
