"""The local events server for bench_gui.py, in a process of its own.

``python benchmarks/bench_gui_server.py DB SEED`` starts the server on a free loopback
port with the seed file (and the demo web application), prints one JSON line
``{"url": ..., "pid": ...}`` and serves until its standard input closes. A process of
its own keeps the server's CPU and memory out of the kiosk's figures.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.server.demo import DEMO_ORIGIN, DEMO_TOKEN  # noqa: E402
from kiosk.server.runner import start_server  # noqa: E402


def main() -> None:
    db, seed = Path(sys.argv[1]), Path(sys.argv[2])
    server = start_server(db, seed=seed, web_apps=[(DEMO_TOKEN, DEMO_ORIGIN)])
    try:
        print(json.dumps({"url": server.base_url_v2, "pid": os.getpid()}), flush=True)
        sys.stdin.read()  # until the benchmark closes our standard input
    finally:
        server.stop()


if __name__ == "__main__":
    main()
