"""Measure the last_error migration: throughput and peak memory on SQLite and PostgreSQL.

    python benchmarks/storage.py [--rows 100000] [--pg-url URL]

Without --pg-url (or CHATERROR_PG_URL) a throwaway PostgreSQL server is started with
tests/pgserver.py. Memory is Python's traced peak during the migration: it stays flat as the
table grows because the helper holds one batch at a time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chaterror.storage import upgrade_last_error  # noqa: E402


def _fill(engine: sa.Engine, rows: int) -> None:
    with engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE IF EXISTS chats"))
        conn.execute(sa.text("CREATE TABLE chats (id INTEGER PRIMARY KEY, last_error TEXT)"))
        for start in range(0, rows, 20_000):
            conn.execute(
                sa.text("INSERT INTO chats (id, last_error) VALUES (:id, :v)"),
                [
                    {
                        "id": i,
                        "v": None if i % 5 == 0 else f"The provider returned an error (#{i}).",
                    }
                    for i in range(start + 1, min(rows, start + 20_000) + 1)
                ],
            )


def measure(engine: sa.Engine, rows: int, batch: int) -> tuple[float, float]:
    _fill(engine, rows)
    tracemalloc.start()
    started = time.perf_counter()
    with engine.begin() as conn:
        upgrade_last_error(conn, "chats", batch_size=batch)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--pg-url", default=os.environ.get("CHATERROR_PG_URL"))
    args = parser.parse_args()
    base = None
    url = args.pg_url
    if url is None:
        import pgserver

        base = Path(tempfile.mkdtemp(prefix="chaterror-bench-pg-"))
        url = pgserver.start(base)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            backends = {
                "sqlite": sa.create_engine(f"sqlite:///{tmp}/bench.db"),
                "postgresql": sa.create_engine(url),
            }
            if "postgresql" in backends:
                with backends["postgresql"].connect() as conn:
                    print("#", conn.execute(sa.text("select version()")).scalar())
            print("| backend | rows | seconds | rows/s | peak MiB |\n|---|---:|---:|---:|---:|")
            for name, engine in backends.items():
                for rows in (args.rows // 10, args.rows):
                    seconds, peak = measure(engine, rows, args.batch)
                    print(
                        f"| {name} | {rows} | {seconds:.2f} | {rows / seconds:,.0f} | {peak:.1f} |"
                    )
                engine.dispose()
    finally:
        if base is not None:
            import pgserver

            pgserver.stop(base)


if __name__ == "__main__":
    main()
