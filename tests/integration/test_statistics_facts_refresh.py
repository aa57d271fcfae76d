"""The derived statistics rows follow every write: the commission book of ``test_statistics`` is
made again through the services (intake with claims and a group's members, acceptance review, a
tribunal, awards and their approval and service, an arbitral mediation statement, a mediation
agreement, status changes, withdrawal, 不予受理 and hand-off) and after EVERY write transaction the
rows of every case equal a fresh computation from the case records; ``verify`` names a row changed
behind the program's back, and ``rebuild-statistics`` puts it right."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from mediation_desk import cli
from mediation_desk.config import PASSPHRASE_ENV
from mediation_desk.storage import orm, statistics_facts_repo
from mediation_desk.storage.maintenance import verify_book
from mediation_desk.storage.unit_of_work import SqlUnitOfWork
from tests.integration import test_statistics as built
from tests.support.books import PASSPHRASE


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    writes: list[tuple[int, list[int]]] = []
    original = SqlUnitOfWork.write

    @contextmanager
    def write(self):  # noqa: ANN001, ANN202
        with original(self) as tx:
            yield tx
        with self.engine.connect() as conn:
            writes.append((len(writes), statistics_facts_repo.stale_cases(conn)))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(SqlUnitOfWork, "write", write)
        gen = built.desk._get_wrapped_function()(tmp_path_factory.mktemp("book"))  # a single-PC book
        desk = next(gen)
    yield desk, writes
    try:
        next(gen)
    except StopIteration:
        pass


def test_after_every_write_the_rows_equal_a_fresh_computation(checked) -> None:
    (book, *_rest), writes = checked
    assert len(writes) > 30  # every kind of write of the book, each checked
    assert [w for w in writes if w[1]] == []
    with book.engine.connect() as conn:
        assert statistics_facts_repo.count(conn) == 10


def test_verify_names_a_stale_row_and_rebuild_puts_it_right(checked, monkeypatch, capsys) -> None:
    (book, _staff, _admin, ids, data_dir), _writes = checked
    with book.engine.begin() as conn:
        conn.execute(orm.case_stat_facts.update()
                     .where(orm.case_stat_facts.c.case_id == ids["c4"]).values(claimed_fen=1))
    report = verify_book(book)
    found = [f for f in report.findings if f.check == "statistics"]
    assert len(found) == 1 and "统计用的派生数据" in found[0].zh and not report.ok
    book.close()
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert cli.main(["rebuild-statistics", "--data-dir", str(data_dir)]) == 0
    assert "10" in capsys.readouterr().out
    assert cli.main(["verify", "--data-dir", str(data_dir)]) == 0
