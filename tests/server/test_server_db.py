"""The database file: migrations, refusing newer schemas, durability settings, permissions."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from kiosk.server.__main__ import main
from kiosk.server.db import SCHEMA_VERSION, Database, DatabaseError, DatabaseTooNewError
from kiosk.server.runner import start_server


def test_new_database_is_migrated_private_and_durable(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "events.sqlite3"
    db = Database.open(path)
    try:
        conn = db.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with db.write() as write:
            write.execute("INSERT INTO web_apps VALUES ('t', 'http://o.test', 'now')")
        assert path.stat().st_mode & 0o777 == 0o600
        wal = Path(f"{path}-wal")
        assert wal.exists()
        assert wal.stat().st_mode & 0o777 == 0o600
    finally:
        db.close()


def test_org_id_is_fixed_per_database(tmp_path: Path) -> None:
    path = tmp_path / "events.sqlite3"
    with start_server(path) as first:
        org = first.org_id
        assert org in first.base_url_v1
    with start_server(path) as second:
        assert second.org_id == org
    with start_server(tmp_path / "other.sqlite3") as other:
        assert other.org_id != org


def test_newer_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "events.sqlite3"
    Database.open(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(DatabaseTooNewError, match="newer kiosk") as info:
        Database.open(path)
    assert f"schema version {SCHEMA_VERSION + 1}" in str(info.value)
    with pytest.raises(DatabaseTooNewError):
        start_server(path)
    assert main(["--port", "0", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "newer kiosk" in err
    assert err.count("\n") == 1
    with closing(sqlite3.connect(path)) as conn:  # refused, not touched
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some notes, definitely not SQLite\n" * 100, encoding="utf-8")
    with pytest.raises(DatabaseError, match="not a usable events database"):
        Database.open(path)


def test_failed_write_rolls_back(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "events.sqlite3")

    def fail_half_way() -> None:
        with db.write() as conn:
            conn.execute("INSERT INTO web_apps VALUES ('t', 'http://o.test', 'now')")
            raise RuntimeError("boom")

    try:
        with pytest.raises(RuntimeError):
            fail_half_way()
        with db.read() as conn:
            assert conn.execute("SELECT COUNT(*) FROM web_apps").fetchone()[0] == 0
    finally:
        db.close()
