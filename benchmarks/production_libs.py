"""What ``kiosk --endpoint`` imports before its first screen, for the benchmarks' floor
windows (bench_gui_startup.py ``--bare-libs``, bench_memory.py ``--floor libs``): the
settings with pydantic (``kiosk.app``), the contract models and the HTTP client
(``kiosk.api.client``, httpx), and httpcore (the first request's)."""

from __future__ import annotations


def import_production_libraries() -> None:
    from kiosk import app as kiosk_app

    kiosk_app._leave_out_httpx_cli()  # as kiosk.app.main does before httpx is imported
    import httpcore  # noqa: F401

    import kiosk.api.client  # noqa: F401
