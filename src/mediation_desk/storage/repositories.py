"""SQLAlchemy implementations of the repository protocols in ``services.ports``."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, case, delete, func, insert, select, text, update
from sqlalchemy.orm import Session, defer

from mediation_desk.domain.search import plan_query
from mediation_desk.domain.cases import (CaseDetail, CaseEventView, CaseQuery, CaseStatus, CaseSummary,
                                         ClaimKind, ClaimView, Industry, Intake, IntakeChannel, PartySide,
                                         PartyView, SortKey)
from mediation_desk.domain.users import OrganisationView, OrgKind, Role, UserView
from mediation_desk.domain.provisional_dates import ProvisionalDate
from mediation_desk.domain.evidence import (EvidenceEdit, EvidenceInput, EvidenceItem, EvidenceType,
                                            IntegrityStatus)
from mediation_desk.services.ports import (DeadlineRow, EvidenceFile, StoredWorkRecordImport, StoredWorksheet,
                                          UserRecord)
from mediation_desk.storage import orm
from mediation_desk.storage.case_search import TermSql, index_input, term_sql, write_index
from mediation_desk.storage.user_names import user_names
from mediation_desk.storage.case_versions import changes_since
from mediation_desk.domain.versions import RecordChange


class SqlOrganisationRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self) -> OrganisationView | None:
        row = self.s.get(orm.Organisation, 1)
        if row is None:
            return None
        return OrganisationView(name=row.name, kind=OrgKind(row.kind), doc_prefix=row.doc_prefix,
                                address=row.address, phone=row.phone)

    def save(self, org: OrganisationView) -> None:
        self.s.merge(orm.Organisation(id=1, name=org.name, kind=org.kind.value, doc_prefix=org.doc_prefix,
                                      address=org.address, phone=org.phone))
        self.s.flush()


def _user_record(u: orm.User) -> UserRecord:
    return UserRecord(id=u.id, username=u.username, display_name=u.display_name, role=Role(u.role),
                      active=u.active, password_hash=u.password_hash)


class SqlUserRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def by_username(self, username: str) -> UserRecord | None:
        u = self.s.scalar(select(orm.User).where(orm.User.username == username))
        return _user_record(u) if u else None

    def by_id(self, user_id: int) -> UserRecord | None:
        u = self.s.get(orm.User, user_id)
        return _user_record(u) if u else None

    def list(self) -> list[UserView]:
        rows = self.s.scalars(select(orm.User).order_by(orm.User.id)).all()
        return [UserView(id=u.id, username=u.username, display_name=u.display_name, role=Role(u.role),
                         active=u.active, created_at=u.created_at, last_login_at=u.last_login_at) for u in rows]

    def add(self, *, username: str, display_name: str, role: Role, password_hash: str, created_at: datetime) -> int:
        u = orm.User(username=username, display_name=display_name, role=role.value, password_hash=password_hash,
                     active=True, created_at=created_at)
        self.s.add(u)
        self.s.flush()
        return u.id

    def update(self, user_id: int, **fields: Any) -> None:
        if "role" in fields and isinstance(fields["role"], Role):
            fields["role"] = fields["role"].value
        self.s.execute(update(orm.User).where(orm.User.id == user_id).values(**fields))

    def count_active(self, role: Role) -> int:
        return self.s.scalar(select(func.count()).select_from(orm.User)
                             .where(orm.User.role == role.value, orm.User.active.is_(True))) or 0


class SqlSettingsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, key: str, default: Any = None) -> Any:
        row = self.s.get(orm.Setting, key)
        return default if row is None else json.loads(row.value)

    def set(self, key: str, value: Any) -> None:
        self.s.merge(orm.Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
        self.s.flush()


class SqlCounterRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def next(self, name: str, year: int) -> int:
        row = self.s.get(orm.Counter, (name, year))
        if row is None:
            row = orm.Counter(name=name, year=year, value=0)
            self.s.add(row)
        row.value += 1
        self.s.flush()
        return row.value


_SORT_COLUMNS = {
    SortKey.RECEIVED: orm.Case.received_on,
    SortKey.NUMBER: orm.Case.number,
    SortKey.WORKER: orm.Case.worker_name,
    SortKey.STATUS: orm.Case.status,
    SortKey.AMOUNT: orm.Case.total_claimed,
}


def _summary(c: orm.Case, handler: str) -> CaseSummary:
    return CaseSummary(id=c.id, number=c.number, title=c.title, status=CaseStatus(c.status),
                       industry=Industry(c.industry), platform=c.platform, worker_name=c.worker_name,
                       worker_id_number=c.worker_id_number, worker_phone=c.worker_phone,
                       respondent_names=c.respondent_names, total_claimed=c.total_claimed or Decimal("0"),
                       received_on=c.received_on, handler=handler, is_group=c.is_group,
                       applicant_count=c.applicant_count)


def _plain_date(d: date | None) -> date | None:
    return None if d is None else date(d.year, d.month, d.day)


def _deadline_row(d: orm.CaseDeadline) -> DeadlineRow:
    """A stored deadline; a due date counted with estimated holidays comes back provisional (暂定)."""
    years = tuple(int(y) for y in (d.provisional_years or "").split(",") if y.strip().isdigit())
    due = d.due_date
    if due is not None and years:
        due = ProvisionalDate.of(due, years)
    return DeadlineRow(code=d.code, name=d.name, start_event=d.start_event, start=d.start_date, due=due,
                       day_kind=d.day_kind, source=d.source, problem=d.problem, provisional_years=years)


class SqlCaseRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, intake: Intake, *, number: str, status: CaseStatus, handler_id: int | None, now: datetime) -> int:
        w = intake.worker
        respondents = "、".join(e.name for e in intake.respondents)
        members = intake.members
        applicants = len(members) if members else 1
        all_claims = list(intake.claims) + [c for m in members for c in m.claims]
        total = sum((c.amount for c in all_claims if c.amount is not None), Decimal("0"))
        first_respondent = intake.respondents[0].name if intake.respondents else ""
        who = f"{w.name}等{applicants}人" if members else w.name
        case = orm.Case(number=number, title=f"{who}与{first_respondent}劳动争议", status=status.value,
                        industry=intake.industry.value, platform=intake.platform, facts=intake.facts,
                        channel=intake.channel.value, received_on=intake.received_on, handler_id=handler_id,
                        worker_name=who if members else w.name, worker_id_number=w.id_number, worker_phone=w.phone,
                        respondent_names=respondents[:600], total_claimed=total, is_group=bool(members),
                        applicant_count=applicants,
                        applicant_names="、".join(m.person.name for m in members) if members else w.name,
                        created_at=now, updated_at=now)
        position = iter(range(1_000_000))

        def person_row(p, side: PartySide, **extra) -> orm.Party:  # noqa: ANN001
            return orm.Party(position=next(position), side=side.value, is_person=True, name=p.name,
                             id_number=p.id_number, sex=p.sex, birth_date=p.birth_date, phone=p.phone,
                             address=p.address, **extra)

        if members:
            for m in members:
                row = person_row(m.person, PartySide.APPLICANT, is_representative=m.is_representative)
                case.parties.append(row)
                for c in m.claims:
                    case.claims.append(self._claim_row(c, len(case.claims), party=row))
        else:
            case.parties.append(person_row(w, PartySide.APPLICANT))
        for e in intake.respondents:
            case.parties.append(orm.Party(position=next(position), side=PartySide.RESPONDENT.value, is_person=False,
                                          name=e.name, credit_code=e.credit_code, enterprise_role=e.role.value,
                                          address=e.address, legal_representative=e.legal_representative))
        for a in intake.agents:
            case.parties.append(person_row(a.person, PartySide.AGENT, authority=a.authority.value, scope=a.scope,
                                           agent_kind=a.kind))
        for c in intake.claims:
            case.claims.append(self._claim_row(c, len(case.claims)))
        self.s.add(case)
        self.s.flush()
        self._index(case)
        return case.id

    @staticmethod
    def _claim_row(c, position: int, party: orm.Party | None = None) -> orm.ClaimRow:  # noqa: ANN001
        return orm.ClaimRow(position=position, kind=c.kind.value, amount=c.amount, period_start=c.period_start,
                            period_end=c.period_end, basis=c.basis, calculation=c.calculation, party=party)

    def _index(self, case: orm.Case) -> None:
        write_index(self.s, case.id, index_input(case))

    # A search term matching more cases than this is "common": the list is then read in its sort
    # order, testing each row against the term's set of matches (one pass, a bloom filter), instead
    # of looking every match up and sorting them all (which costs ~1.7 ms per 1,000 matches).
    COMMON_MATCHES = 2000

    def _text_terms(self, q: CaseQuery) -> list[TermSql]:
        """Each term of the query (bounded, see ``domain.search.plan_query``) as SQL, rarest first."""
        terms = [t for i, term in enumerate(plan_query(q.text).terms) if (t := term_sql(self.s, term, i)) is not None]
        return sorted(terms, key=lambda t: t.matches)

    @staticmethod
    def _has_field_filters(q: CaseQuery) -> bool:
        return any(v is not None and v != "" for v in (q.status, q.industry, q.platform, q.handler_id, q.referred_to))

    def _filtered(self, stmt, q: CaseQuery, terms: list[TermSql]):  # noqa: ANN001, ANN202
        common = bool(terms) and terms[0].matches > self.COMMON_MATCHES
        for i, term in enumerate(terms):
            # "+cases.id" keeps SQLite from looking the matches up one by one (see COMMON_MATCHES).
            column = "+cases.id" if common or i > 0 else "cases.id"
            stmt = stmt.where(text(f"{column} IN ({term.sql})")
                              .bindparams(*(bindparam(k, v) for k, v in term.params.items())))
        if q.status is not None:
            stmt = stmt.where(orm.Case.status == q.status.value)
        if q.industry is not None:
            stmt = stmt.where(orm.Case.industry == q.industry.value)
        if q.platform:
            stmt = stmt.where(orm.Case.platform == q.platform)
        if q.handler_id is not None:
            stmt = stmt.where(orm.Case.handler_id == q.handler_id)
        if q.referred_to is not None:
            stmt = stmt.where(orm.Case.id.in_(select(orm.LegalAidReferralRow.case_id)
                                              .where(orm.LegalAidReferralRow.lawyer_user_id == q.referred_to)))
        return stmt

    def count(self, query: CaseQuery) -> int:
        terms = self._text_terms(query)
        if terms and not self._has_field_filters(query):
            if len(terms) == 1:
                return terms[0].matches
            # only the search index is needed: intersect the terms' matches there
            parts = " INTERSECT ".join(t.sql if " UNION " not in t.sql else f"SELECT rowid FROM ({t.sql}) AS u"
                                       for t in terms)
            params = {k: v for t in terms for k, v in t.params.items()}
            return self.s.scalar(text(f"SELECT count(*) FROM ({parts}) AS m"), params) or 0
        return self.s.scalar(self._filtered(select(func.count()).select_from(orm.Case), query, terms)) or 0

    def page(self, query: CaseQuery, offset: int, limit: int) -> list[CaseSummary]:
        col = _SORT_COLUMNS[query.sort]
        order = (col.desc(), orm.Case.id.desc()) if query.descending else (col.asc(), orm.Case.id.asc())
        stmt = (self._filtered(select(orm.Case, orm.User.display_name), query, self._text_terms(query))
                .outerjoin(orm.User, orm.User.id == orm.Case.handler_id)
                .order_by(*order).offset(offset).limit(limit))
        return [_summary(c, h or "") for c, h in self.s.execute(stmt).all()]

    def get(self, case_id: int) -> CaseDetail | None:
        c = self.s.get(orm.Case, case_id)
        if c is None:
            return None
        handler = self.s.get(orm.User, c.handler_id).display_name if c.handler_id else ""
        parties = tuple(PartyView(side=PartySide(p.side), name=p.name, is_person=p.is_person, id_number=p.id_number,
                                  credit_code=p.credit_code, enterprise_role=p.enterprise_role, phone=p.phone,
                                  address=p.address, sex=p.sex, is_representative=p.is_representative,
                                  authority=p.authority, scope=p.scope, id=p.id,
                                  legal_representative=p.legal_representative, agent_kind=p.agent_kind)
                        for p in c.parties)
        names = {p.id: p.name for p in c.parties}
        claims = tuple(ClaimView(kind=ClaimKind(x.kind), amount=x.amount, period_start=x.period_start,
                                 period_end=x.period_end, basis=x.basis, calculation=x.calculation,
                                 party_name=names.get(x.party_id, "") if x.party_id else "") for x in c.claims)
        who = user_names(self.s, (e.actor for e in c.events))  # the case history shows people's names
        events = tuple(CaseEventView(when=e.recorded_at, kind=e.kind, actor=who.get(e.actor, e.actor), note=e.note,
                                     event_date=e.event_date, from_status=e.from_status, to_status=e.to_status)
                       for e in c.events)
        return CaseDetail(summary=_summary(c, handler), facts=c.facts, channel=IntakeChannel(c.channel),
                          parties=parties, claims=claims, events=events, version=c.version or 1)

    def set_status(self, case_id: int, status: CaseStatus, now: datetime) -> int:
        self.s.execute(update(orm.Case).where(orm.Case.id == case_id)
                       .values(status=status.value, updated_at=now, version=orm.Case.version + 1))
        return self.version_of(case_id)

    def version_of(self, case_id: int) -> int:
        return int(self.s.scalar(select(orm.Case.version).where(orm.Case.id == case_id)) or 0)

    def update_details(self, case_id: int, *, facts: str, platform: str, now: datetime) -> int:
        """New facts and platform; the search index follows; the new version."""
        c = self.s.get(orm.Case, case_id)
        if c is None:
            return 0
        c.facts, c.platform, c.updated_at = facts, platform, now
        c.version = (c.version or 1) + 1
        self.s.flush()
        self._index(c)
        return c.version

    def changes_since(self, case_id: int, version: int) -> list[RecordChange]:
        return changes_since(self.s, case_id, version)

    def add_event(self, case_id: int, *, event_date: date, kind: str, actor: str, note: str,
                  from_status: str = "", to_status: str = "", now: datetime) -> int:
        ev = orm.CaseEvent(case_id=case_id, event_date=event_date, recorded_at=now, kind=kind, actor=actor, note=note,
                           from_status=from_status, to_status=to_status)
        self.s.add(ev)
        self.s.flush()
        return ev.id

    def events_of(self, case_id: int) -> dict[str, date]:
        """Each event code with its latest date."""
        rows = self.s.execute(select(orm.CaseEvent.kind, func.max(orm.CaseEvent.event_date))
                              .where(orm.CaseEvent.case_id == case_id).group_by(orm.CaseEvent.kind)).all()
        return {k: d for k, d in rows}

    def replace_deadlines(self, case_id: int, deadlines: list[DeadlineRow]) -> None:
        self.s.execute(delete(orm.CaseDeadline).where(orm.CaseDeadline.case_id == case_id))
        if deadlines:
            self.s.execute(insert(orm.CaseDeadline), [
                {"case_id": case_id, "code": d.code, "name": d.name, "start_event": d.start_event,
                 "start_date": d.start, "due_date": _plain_date(d.due), "day_kind": d.day_kind,
                 "source": d.source[:200], "problem": d.problem[:300],
                 "provisional_years": ",".join(str(y) for y in d.provisional_years)[:40]} for d in deadlines])

    @staticmethod
    def _referred(stmt, referred_to: int | None):  # noqa: ANN001, ANN205
        if referred_to is None:
            return stmt
        return stmt.where(orm.Case.id.in_(select(orm.LegalAidReferralRow.case_id)
                                          .where(orm.LegalAidReferralRow.lawyer_user_id == referred_to)))

    def deadlines_due(self, *, until: date, handler_id: int | None, active_only: bool = True,
                      limit: int = 1000, include_provisional: bool = False,
                      referred_to: int | None = None) -> list[tuple[CaseSummary, DeadlineRow]]:
        """Deadlines due on or before ``until`` (and those that cannot be computed; with
        ``include_provisional`` also every provisional one), soonest first."""
        wanted = (orm.CaseDeadline.due_date <= until) | orm.CaseDeadline.due_date.is_(None)
        if include_provisional:
            wanted = wanted | (orm.CaseDeadline.provisional_years != "")
        stmt = (select(orm.CaseDeadline, orm.Case, orm.User.display_name)
                .join(orm.Case, orm.Case.id == orm.CaseDeadline.case_id)
                .outerjoin(orm.User, orm.User.id == orm.Case.handler_id)
                .where(wanted)
                .order_by(orm.CaseDeadline.due_date.is_not(None), orm.CaseDeadline.due_date, orm.Case.id).limit(limit))
        if handler_id is not None:
            stmt = stmt.where(orm.Case.handler_id == handler_id)
        if active_only:
            stmt = stmt.where(orm.Case.status.not_in([CaseStatus.CLOSED.value, CaseStatus.WITHDRAWN.value]))
        stmt = self._referred(stmt, referred_to)
        out = []
        for d, c, h in self.s.execute(stmt).all():
            out.append((_summary(c, h or ""), _deadline_row(d)))
        return out

    def deadline_counts(self, *, today: date, week_end: date, handler_id: int | None,
                        referred_to: int | None = None) -> tuple[int, int, int, int]:
        """(overdue, due today, due in the rest of the week, provisional) open deadlines of active
        cases, in one pass over the deadlines (the overview at log-in and on the 期限 page)."""
        due = orm.CaseDeadline.due_date

        def count_of(condition) -> Any:  # noqa: ANN001
            return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

        stmt = (select(count_of(due < today), count_of(due == today), count_of((due > today) & (due <= week_end)),
                       count_of(orm.CaseDeadline.provisional_years != ""))
                .select_from(orm.CaseDeadline)
                .join(orm.Case, orm.Case.id == orm.CaseDeadline.case_id)
                .where(due.is_not(None),
                       orm.Case.status.not_in([CaseStatus.CLOSED.value, CaseStatus.WITHDRAWN.value])))
        if handler_id is not None:
            stmt = stmt.where(orm.Case.handler_id == handler_id)
        row = self.s.execute(self._referred(stmt, referred_to)).one()
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])

    def active_case_ids(self, after_id: int, limit: int) -> list[int]:
        return list(self.s.scalars(select(orm.Case.id).where(orm.Case.id > after_id).order_by(orm.Case.id).limit(limit)))

    def platforms(self) -> list[str]:
        return list(self.s.scalars(select(orm.Case.platform).distinct().order_by(orm.Case.platform)))


# --------------------------------------------------------------------------- evidence


def _evidence_item(r: orm.EvidenceRow, case_number: str) -> EvidenceItem:
    return EvidenceItem(id=r.id, case_id=r.case_id, case_number=case_number, number=r.number,
                        type=EvidenceType(r.type), title=r.title, purpose=r.purpose, provided_by=r.provided_by,
                        source=r.source, collected_on=r.collected_on, original_seen=r.original_seen,
                        cross_exam_opinion=r.cross_exam_opinion, original_filename=r.original_filename,
                        media_type=r.media_type, size=r.size, sha256=r.sha256, added_at=r.added_at,
                        added_by=r.added_by, integrity=IntegrityStatus(r.integrity), checked_at=r.checked_at)


def _evidence_file(r: orm.EvidenceRow) -> EvidenceFile:
    wraps = [(r.dek_key_id, bytes(r.wrapped_dek))]
    if r.wrapped_dek_next is not None and r.dek_next_key_id:
        wraps.append((r.dek_next_key_id, bytes(r.wrapped_dek_next)))
    return EvidenceFile(uid=r.uid, case_id=r.case_id, size=r.size, sha256=r.sha256, wrapped_keys=tuple(wraps),
                        format_version=r.format_version, item_id=r.id)


class SqlEvidenceRepo:
    """Evidence items of cases; the wrapped data keys never leave storage except inside ``EvidenceFile``."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def _with_case(self):  # noqa: ANN202
        return select(orm.EvidenceRow, orm.Case.number).join(orm.Case, orm.Case.id == orm.EvidenceRow.case_id)

    def next_number(self, case_id: int) -> int:
        return (self.s.scalar(select(func.max(orm.EvidenceRow.number)).where(orm.EvidenceRow.case_id == case_id))
                or 0) + 1

    def add(self, evidence: EvidenceInput, *, number: int, file: EvidenceFile, added_by: str, now: datetime) -> int:
        key_id, wrapped = file.wrapped_keys[0]
        row = orm.EvidenceRow(uid=file.uid, case_id=evidence.case_id, number=number, type=evidence.type.value,
                              title=evidence.title, purpose=evidence.purpose, provided_by=evidence.provided_by,
                              source=evidence.source, collected_on=evidence.collected_on,
                              original_seen=evidence.original_seen, cross_exam_opinion=evidence.cross_exam_opinion,
                              original_filename=evidence.original_filename, media_type=evidence.media_type,
                              size=file.size, sha256=file.sha256, format_version=file.format_version,
                              wrapped_dek=wrapped, dek_key_id=key_id, added_at=now, added_by=added_by,
                              updated_at=now, integrity="ok", checked_at=now)
        self.s.add(row)
        self.s.flush()
        return row.id

    def get(self, item_id: int) -> EvidenceItem | None:
        found = self.s.execute(self._with_case().where(orm.EvidenceRow.id == item_id)).first()
        return _evidence_item(found[0], found[1]) if found else None

    def list_for_case(self, case_id: int) -> list[EvidenceItem]:
        rows = self.s.execute(self._with_case().where(orm.EvidenceRow.case_id == case_id)
                              .order_by(orm.EvidenceRow.number)).all()
        return [_evidence_item(r, n) for r, n in rows]

    def file_of(self, item_id: int) -> EvidenceFile | None:
        row = self.s.get(orm.EvidenceRow, item_id)
        return _evidence_file(row) if row else None

    def page(self, *, after_id: int, limit: int, case_id: int | None = None) -> list[tuple[EvidenceItem, EvidenceFile]]:
        stmt = self._with_case().where(orm.EvidenceRow.id > after_id).order_by(orm.EvidenceRow.id).limit(limit)
        if case_id is not None:
            stmt = stmt.where(orm.EvidenceRow.case_id == case_id)
        return [(_evidence_item(r, n), _evidence_file(r)) for r, n in self.s.execute(stmt).all()]

    def totals(self, case_id: int | None = None) -> tuple[int, int]:
        stmt = select(func.count(), func.coalesce(func.sum(orm.EvidenceRow.size), 0)).select_from(orm.EvidenceRow)
        if case_id is not None:
            stmt = stmt.where(orm.EvidenceRow.case_id == case_id)
        count, size = self.s.execute(stmt).one()
        return int(count), int(size)

    def update(self, item_id: int, edit: EvidenceEdit, *, now: datetime) -> None:
        self.s.execute(update(orm.EvidenceRow).where(orm.EvidenceRow.id == item_id).values(
            type=edit.type.value, title=edit.title, purpose=edit.purpose, provided_by=edit.provided_by,
            source=edit.source, collected_on=edit.collected_on, original_seen=edit.original_seen,
            cross_exam_opinion=edit.cross_exam_opinion, updated_at=now))

    def set_integrity(self, item_id: int, status: IntegrityStatus, *, checked_at: datetime) -> None:
        self.s.execute(update(orm.EvidenceRow).where(orm.EvidenceRow.id == item_id).values(
            integrity=status.value, checked_at=checked_at))


# --------------------------------------------------------------------------- work records and worksheets


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _work_record_import(r: orm.WorkRecordImportRow, names: dict[str, str], *,
                        with_metrics: bool = True) -> StoredWorkRecordImport:
    """``imported_by`` is the name of the user who imported it (the row keeps the username)."""
    return StoredWorkRecordImport(id=r.id, case_id=r.case_id, source_name=r.source_name,
                                  source_sha256=r.source_sha256, source_size=r.source_size, platform=r.platform,
                                  mapping=json.loads(r.mapping), row_count=r.row_count,
                                  metrics=json.loads(r.metrics) if with_metrics else None,
                                  imported_at=r.imported_at, imported_by=names.get(r.imported_by, r.imported_by))


class SqlWorkRecordRepo:
    """Imported order histories of cases (derived evidence); rows are written once."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, *, case_id: int, source_name: str, source_sha256: str, source_size: int, platform: str,
            mapping: dict[str, Any], row_count: int, metrics: dict[str, Any], imported_at: datetime,
            imported_by: str) -> int:
        row = orm.WorkRecordImportRow(case_id=case_id, source_name=source_name, source_sha256=source_sha256,
                                      source_size=source_size, platform=platform, mapping=_json(mapping),
                                      row_count=row_count, metrics=_json(metrics), imported_at=imported_at,
                                      imported_by=imported_by)
        self.s.add(row)
        self.s.flush()
        return row.id

    def get(self, import_id: int) -> StoredWorkRecordImport | None:
        row = self.s.get(orm.WorkRecordImportRow, import_id)
        return _work_record_import(row, user_names(self.s, [row.imported_by])) if row else None

    def list_for_case(self, case_id: int) -> list[StoredWorkRecordImport]:
        rows = self.s.scalars(select(orm.WorkRecordImportRow).options(defer(orm.WorkRecordImportRow.metrics))
                              .where(orm.WorkRecordImportRow.case_id == case_id)
                              .order_by(orm.WorkRecordImportRow.id.desc())).all()
        names = user_names(self.s, (r.imported_by for r in rows))
        return [_work_record_import(r, names, with_metrics=False) for r in rows]

    def latest_for_case(self, case_id: int) -> StoredWorkRecordImport | None:
        row = self.s.scalar(select(orm.WorkRecordImportRow).where(orm.WorkRecordImportRow.case_id == case_id)
                            .order_by(orm.WorkRecordImportRow.id.desc()).limit(1))
        return _work_record_import(row, user_names(self.s, [row.imported_by])) if row else None


class SqlColumnMappingRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, platform: str) -> dict[str, Any] | None:
        row = self.s.get(orm.ColumnMappingRow, platform)
        return json.loads(row.mapping) if row else None

    def save(self, platform: str, mapping: dict[str, Any], *, by: str, now: datetime) -> None:
        self.s.merge(orm.ColumnMappingRow(platform=platform, mapping=_json(mapping), updated_at=now, updated_by=by))
        self.s.flush()

    def platforms(self) -> list[str]:
        return list(self.s.scalars(select(orm.ColumnMappingRow.platform).order_by(orm.ColumnMappingRow.platform)))


def _worksheet(r: orm.WorksheetRow) -> StoredWorksheet:
    return StoredWorksheet(id=r.id, case_id=r.case_id, chain_key=r.chain_key, version=r.version,
                           chain=json.loads(r.chain), answers=json.loads(r.answers), context=json.loads(r.context),
                           assessment=json.loads(r.assessment), recommended_category=r.recommended_category,
                           decision=r.decision, final_category=r.final_category, reason=r.reason,
                           decided_by=r.decided_by, decided_by_name=r.decided_by_name,
                           decided_by_role=r.decided_by_role, decided_at=r.decided_at)


class SqlWorksheetRepo:
    """Relationship worksheets: append-only versions per case and respondent chain (no update method)."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def next_version(self, case_id: int, chain_key: str) -> int:
        return (self.s.scalar(select(func.max(orm.WorksheetRow.version)).where(
            orm.WorksheetRow.case_id == case_id, orm.WorksheetRow.chain_key == chain_key)) or 0) + 1

    def add(self, *, case_id: int, chain_key: str, version: int, chain: list[dict[str, Any]],
            answers: dict[str, Any], context: dict[str, Any], assessment: dict[str, Any],
            recommended_category: str, decision: str, final_category: str, reason: str, decided_by: str,
            decided_by_name: str, decided_by_role: str, decided_at: datetime) -> int:
        row = orm.WorksheetRow(case_id=case_id, chain_key=chain_key, version=version, chain=_json(chain),
                               answers=_json(answers), context=_json(context), assessment=_json(assessment),
                               recommended_category=recommended_category, decision=decision,
                               final_category=final_category, reason=reason, decided_by=decided_by,
                               decided_by_name=decided_by_name, decided_by_role=decided_by_role,
                               decided_at=decided_at)
        self.s.add(row)
        self.s.flush()
        return row.id

    def get(self, worksheet_id: int) -> StoredWorksheet | None:
        row = self.s.get(orm.WorksheetRow, worksheet_id)
        return _worksheet(row) if row else None

    def list_for_case(self, case_id: int, chain_key: str | None = None) -> list[StoredWorksheet]:
        stmt = select(orm.WorksheetRow).where(orm.WorksheetRow.case_id == case_id)
        if chain_key is not None:
            stmt = stmt.where(orm.WorksheetRow.chain_key == chain_key)
        return [_worksheet(r) for r in self.s.scalars(stmt.order_by(orm.WorksheetRow.id.desc()))]
