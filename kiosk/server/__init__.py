"""The local events server: the events API contract (FastAPI) over one SQLite file.

Start it in-process with :func:`kiosk.server.runner.start_server`, or from a terminal
with ``kiosk-server``. It never imports Qt or the kiosk's services.
"""
