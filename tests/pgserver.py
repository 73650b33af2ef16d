"""Start and stop a throwaway PostgreSQL server on 127.0.0.1 for the tests.

    python tests/pgserver.py start DIR   # prints the SQLAlchemy URL
    python tests/pgserver.py stop DIR

Uses Debian's server binaries (``/usr/lib/postgresql/*/bin``) or whatever ``initdb`` and
``pg_ctl`` are on PATH. The data directory lives under DIR, the server listens on loopback only
on a free port, with fsync off (a test database). As root it runs the server as the
``postgres`` user, which PostgreSQL requires.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

DATABASE = "chaterror_test"


class Unavailable(RuntimeError):
    """No PostgreSQL server can be started here; the message says why."""


def _binary(name: str) -> str:
    found = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4])
    )
    if found:
        return found[-1]
    path = shutil.which(name)
    if path is None:
        raise Unavailable(f"{name} not found (install Debian's postgresql package)")
    return path


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    try:
        pwd.getpwnam("postgres")
    except KeyError as exc:
        raise Unavailable("running as root and there is no 'postgres' user") from exc
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "postgres", "--", *cmd]
    return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(cmd)]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(base: Path) -> str:
    """Initialise and start a server under ``base``; return its SQLAlchemy URL."""
    base.mkdir(parents=True, exist_ok=True)
    data, sockets, log = base / "data", base / "sockets", base / "server.log"
    sockets.mkdir(exist_ok=True)
    if os.geteuid() == 0:
        entry = pwd.getpwnam("postgres")
        for path in (base, sockets):
            os.chown(path, entry.pw_uid, entry.pw_gid)
        os.chmod(base, 0o755)
        for parent in base.parents:  # the server user must reach its directory
            if parent == Path("/"):
                break
            os.chmod(parent, os.stat(parent).st_mode | 0o011)
    port = _free_port()

    def run(cmd: list[str]) -> None:
        subprocess.run(_as_server_user(cmd), check=True, capture_output=True, text=True)

    try:
        if not (data / "PG_VERSION").exists():
            run(
                [
                    _binary("initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--no-sync",
                ]
            )
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets} -c fsync=off -c full_page_writes=off"
        run(
            [
                _binary("pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(log),
                "-w",
                "-t",
                "60",
                "start",
            ]
        )
    except subprocess.CalledProcessError as exc:
        detail = (exc.stderr or exc.stdout or "").strip().splitlines()[-3:]
        raise Unavailable(f"{exc.cmd[0]} failed: {' / '.join(detail)}") from exc
    (base / "port").write_text(str(port))
    _create_database(port)
    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/{DATABASE}"


def _create_database(port: int) -> None:
    import psycopg

    for _ in range(50):
        try:
            with psycopg.connect(
                host="127.0.0.1", port=port, user="postgres", dbname="postgres", autocommit=True
            ) as conn:
                exists = conn.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)
                ).fetchone()
                if not exists:
                    conn.execute(f"CREATE DATABASE {DATABASE}")
                return
        except psycopg.OperationalError:
            time.sleep(0.1)
    raise Unavailable("the server started but does not accept connections")


def stop(base: Path) -> None:
    """Stop the server under ``base`` (quietly if none runs)."""
    data = base / "data"
    if data.exists():
        subprocess.run(
            _as_server_user([_binary("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
            check=False,
        )


if __name__ == "__main__":
    action, directory = sys.argv[1], Path(sys.argv[2]).resolve()
    if action == "start":
        print(start(directory))
    elif action == "stop":
        stop(directory)
    else:
        sys.exit(f"usage: {sys.argv[0]} start|stop DIR")
