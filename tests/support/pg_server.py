"""A real, throw-away PostgreSQL server for the tests of the office edition.

One server per test session: ``initdb`` in a temporary folder, ``pg_ctl start`` listening on a free
port of 127.0.0.1 only (and its unix socket inside that folder), stopped and removed at the end.
PostgreSQL refuses to run as root; when the tests run as root the folder is given to an unprivileged
system user (``postgres``, made by the distribution's package) and every server command runs as that
user through ``runuser``. As a normal user the server runs as that user.

The cluster is UTF-8 with the ``C.UTF-8`` locale: its collation orders text by code point, which is
what SQLite's BINARY collation does, so Chinese names sort the same way in both stores (no
language-specific collation is needed for that, and the ordering cannot change with an ICU update).

Roles (passwords are random per session, SCRAM-SHA-256 over TCP, never trust):
- ``md_super``  the cluster's superuser (``initdb -U``), used only to make databases;
- ``md_owner``  owns every test database and its tables, runs the migrations (``init``);
- ``md_app``    the desks' role: not the owner, it gets SELECT/INSERT/UPDATE/DELETE on the owner's
  tables and the use of its sequences through default privileges (so row-level security, a later
  step, can apply to it).

TLS: the server runs with ``ssl=on`` and a certificate for 127.0.0.1 and localhost signed by a CA
made for the session (``tests/support/test_ca.py``); ``url()`` asks for ``sslmode=verify-full`` with that
CA (``ca_file``), as a desk would, and ``url(..., tls=False)`` for a plain connection (``sslmode=disable``,
which the program allows only to this PC). A second CA that signed nothing (``wrong_ca_file``) lets a
test show that a certificate not issued by the given CA is refused.

Databases: ``md_template`` carries the default privileges; each test gets ``CREATE DATABASE …
TEMPLATE md_template`` (a file copy, fast).
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "md_super"
OWNER = "md_owner"
APP = "md_app"
TEMPLATE = "md_template"
SERVER_USER = "postgres"  # the distribution's unprivileged account, used only when the tests run as root


def find_bindir() -> Path | None:
    """The folder with initdb and pg_ctl: PG_BINDIR, then PATH, then Debian's /usr/lib/postgresql/<n>/bin."""
    if os.environ.get("PG_BINDIR"):
        return Path(os.environ["PG_BINDIR"])
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def missing_reason() -> str | None:
    """Why no server can be started here, or None."""
    bindir = find_bindir()
    if bindir is None or not (bindir / "initdb").exists():
        return "PostgreSQL server binaries (initdb, pg_ctl) are not installed; scripts/setup.sh installs them"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root and there is no unprivileged '{SERVER_USER}' user to run the server"
        if shutil.which("runuser") is None:
            return "running as root and runuser is missing"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    root: Path
    port: int
    passwords: dict[str, str] = field(repr=False)
    bindir: Path
    _as_user: list[str] = field(default_factory=list)
    _counter: itertools.count = field(default_factory=lambda: itertools.count(1))

    host = "127.0.0.1"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def ca_file(self) -> Path:
        """The CA that signed the server's certificate (a desk's ``sslrootcert``)."""
        return self.root / "ca.crt"

    @property
    def wrong_ca_file(self) -> Path:
        """Another CA, which signed nothing this server shows."""
        return self.root / "other-ca.crt"

    def url(self, database: str, role: str = APP, *, tls: bool = True, host: str | None = None) -> str:
        """The database's URL, without a password (passwords never go into a URL): over TLS with the
        server's certificate verified against the session's CA, or plain with ``tls=False``."""
        query = f"sslmode=verify-full&sslrootcert={self.ca_file}" if tls else "sslmode=disable"
        return f"postgresql://{role}@{host or self.host}:{self.port}/{database}?{query}"

    def _run(self, *cmd: str, env: dict[str, str] | None = None) -> str:
        done = subprocess.run([*self._as_user, *cmd], capture_output=True, text=True, cwd=self.root,
                              env={**os.environ, "LC_ALL": "C.UTF-8", **(env or {})}, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(cmd[0]).name} failed ({done.returncode}): {done.stderr.strip() or done.stdout}")
        return done.stdout

    def sql(self, statement: str, database: str = "postgres", role: str = SUPERUSER) -> list[tuple]:
        """Run one statement as ``role`` (autocommit) and return its rows."""
        import psycopg

        with psycopg.connect(host=self.host, port=self.port, dbname=database, user=role,
                             password=self.passwords[role], autocommit=True) as conn:
            cur = conn.execute(statement)
            return list(cur.fetchall()) if cur.description else []

    def create_database(self, prefix: str = "book") -> str:
        """A new empty database owned by ``md_owner`` (copied from the template); returns its name."""
        name = f"{prefix}_{next(self._counter)}_{secrets.token_hex(3)}"
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE {TEMPLATE} OWNER {OWNER}')
        return name

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "stop", "-D", str(self.data_dir), "-m", "immediate", "-w")
        except (RuntimeError, subprocess.TimeoutExpired):
            pass
        shutil.rmtree(self.root, ignore_errors=True)


def _make_certificates(server: PgServer, as_user: list[str]) -> None:
    """The session's CA, the server's certificate and key (readable by the server's user only), and a
    second CA for the refusals."""
    from tests.support.test_ca import make_ca, server_certificate, write_private

    ca = make_ca()
    server.ca_file.write_bytes(ca.pem())
    server.wrong_ca_file.write_bytes(make_ca("another CA").pem())
    cert, key = server_certificate(ca)
    certs = server.root / "certs"
    certs.mkdir(mode=0o700)
    files = [certs, write_private(certs / "server.crt", cert), write_private(certs / "server.key", key)]
    if as_user:
        account = pwd.getpwnam(SERVER_USER)
        for f in files:
            os.chown(f, account.pw_uid, account.pw_gid)
    for f in (server.ca_file, server.wrong_ca_file):
        f.chmod(0o644)


def start_server() -> PgServer:
    """initdb, start, and make the roles and the template; the caller stops it."""
    bindir = find_bindir()
    assert bindir is not None, missing_reason()
    root = Path(tempfile.mkdtemp(prefix="md-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        account = pwd.getpwnam(SERVER_USER)
        os.chown(root, account.pw_uid, account.pw_gid)
        as_user = ["runuser", "-u", SERVER_USER, "--"]
    os.chmod(root, 0o700)
    passwords = {role: secrets.token_urlsafe(18) for role in (SUPERUSER, OWNER, APP)}
    server = PgServer(root=root, port=_free_port(), passwords=passwords, bindir=bindir, _as_user=as_user)
    pwfile = root / "pw"
    try:
        _make_certificates(server, as_user)
        # written by the server's user so initdb can read it; removed once the cluster exists
        server._run("sh", "-c", 'umask 077; printf "%s" "$MD_PW" > pw', env={"MD_PW": passwords[SUPERUSER]})
        server._run(str(bindir / "initdb"), "-D", str(server.data_dir), "-U", SUPERUSER, f"--pwfile={pwfile}",
                    "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        pwfile.unlink()
        for attempt in range(3):
            try:
                server._run(str(bindir / "pg_ctl"), "start", "-D", str(server.data_dir), "-w", "-t", "60",
                            "-l", str(root / "server.log"), "-o",
                            f"-c listen_addresses=127.0.0.1 -c port={server.port} -c unix_socket_directories={root} "
                            f"-c ssl=on -c ssl_cert_file={root}/certs/server.crt -c ssl_key_file={root}/certs/server.key "
                            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
                break
            except RuntimeError:
                if attempt == 2:
                    raise
                server.port = _free_port()  # the port was taken between choosing and binding it
        server.sql(f"CREATE ROLE {OWNER} LOGIN PASSWORD '{passwords[OWNER]}'")
        server.sql(f"CREATE ROLE {APP} LOGIN PASSWORD '{passwords[APP]}'")
        server.sql(f"CREATE DATABASE {TEMPLATE} OWNER {OWNER} ENCODING 'UTF8' "
                   "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0")
        server.sql(f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} IN SCHEMA public "
                   f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {APP}", database=TEMPLATE)
        server.sql(f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER} IN SCHEMA public "
                   f"GRANT USAGE, SELECT ON SEQUENCES TO {APP}", database=TEMPLATE)
        server.sql(f"ALTER DATABASE {TEMPLATE} IS_TEMPLATE true")
    except BaseException:
        log = root / "server.log"
        detail = log.read_text("utf-8", "replace")[-2000:] if log.exists() else ""
        server.stop()
        if detail:
            raise RuntimeError(f"the test PostgreSQL server did not start:\n{detail}") from None
        raise
    return server

