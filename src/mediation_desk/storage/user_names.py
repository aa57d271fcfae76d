"""Who did something, as people read it: the stored user reference (a username, or
``cli:username`` for the command line) turned into the user's name (熊丽华).

The record keeps the username, which never changes and is what the audit trail names; read
models show the name.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_desk.storage import orm

_COMMAND_LINE = "cli:"


def _username(ref: str) -> str:
    return ref[len(_COMMAND_LINE):] if ref.startswith(_COMMAND_LINE) else ref


def user_names(session: Session, refs: Iterable[str]) -> dict[str, str]:
    """Each reference with the user's name; a reference that names no user is kept as written."""
    refs = {r for r in refs if r}
    if not refs:
        return {}
    wanted = {_username(r) for r in refs}
    rows = session.execute(select(orm.User.username, orm.User.display_name)
                           .where(orm.User.username.in_(wanted))).all()
    names = {u: n for u, n in rows if n}
    return {r: names.get(_username(r), r) for r in refs}


def user_name(session: Session, ref: str) -> str:
    return user_names(session, [ref]).get(ref, ref)
