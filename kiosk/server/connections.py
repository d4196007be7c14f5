"""Connection limits uvicorn lacks: a deadline for each request, and a cap on connections.

uvicorn (0.54, h11) times out only an idle keep-alive connection *after* a response. A
client that opens a connection and sends nothing, or half a request line, or headers
announcing a body it never sends (slow-loris), holds its socket forever, and enough of
them exhaust the server's file descriptors. uvicorn's ``limit_concurrency`` would cap
connections, but it answers with a plain-text 503 that bypasses the app.

:func:`guarded_h11` makes a small subclass of uvicorn's own ``H11Protocol`` (passed as
``http=`` to ``uvicorn.Config``, so it is used whatever HTTP libraries are installed):

* from the moment a request is awaited (the connection opened, or its first byte arrived
  after the keep-alive wait) it must arrive whole, headers and body, within
  ``request_timeout``; if not, the server answers ``408 {"Message": ...}`` (when it has
  not answered yet) and closes the connection. A connection that never sent a byte of
  its request is just closed. Once a request is complete the deadline is off: a slow
  write to the database is not the client's fault.
* over ``max_connections`` open connections, a new connection's request is answered
  ``503 {"Message": ...}`` with ``Connection: close``, by swapping the connection's app
  before the request arrives.

Reads run off the event loop (:class:`ReadLane`, issue 13). Every request used to run its
route on the one event-loop thread, so a registration's two stops there (its request, its
answer from the writer thread) queued behind every GET that arrived before it. Thirty
kiosks refreshing a 2,000-session agenda every 10 s, each refresh a synchronous build of
about 0.2 s of CPU (0.5-1 s on a shared, loaded machine), kept that queue 30 builds deep:
the loop ran 5-15 s late (``loop.call_soon_threadsafe`` round trips measured from another
thread), kiosks timed out after 15 s and asked again while the server still built the
answers nobody would read, and a registration that the writer had committed in
milliseconds waited seconds, then a minute, for its turn to be answered. The lane runs GET
and HEAD requests on their own thread's event loop; the protocol, its timers, and every
write stay on the main loop, so a registration never waits behind a read. Reads waiting
beyond ``max_waiting_reads`` are answered 503 (with ``Retry-After``) instead of joining an
unbounded queue, and once the server is stopping a read that has not started is answered
503 at once instead of being built (``kiosk-server`` exits within seconds of SIGTERM).

It relies on ``H11Protocol``'s attributes (``conn``, ``transport``, ``connections``,
``timeout_keep_alive_task``, ``app``, ``loop``), stable through uvicorn 0.x;
tests/server/test_server_connections.py fails if an upgrade changes them.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

import h11
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from kiosk.server.gate import send_json
from kiosk.server.wire import dumps

log = logging.getLogger(__name__)

REQUEST_TIMEOUT = 30.0
MAX_CONNECTIONS = 1000
MAX_WAITING_READS = 256
BUSY = "The events server is busy. Please try again in a moment."
TOO_SLOW = "The request did not arrive in time."
_WAITING = (h11.IDLE, h11.SEND_BODY)  # the client's side, still sending a request


async def _busy(scope: Scope, receive: Receive, send: Send) -> None:
    await send_json(send, 503, BUSY, extra=[(b"connection", b"close"), (b"retry-after", b"1")])


def _timeout_response() -> bytes:
    body = dumps({"Message": TOO_SLOW})
    head = (
        "HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a request deadline and a connection cap (see module)."""

    request_timeout = REQUEST_TIMEOUT
    max_connections = MAX_CONNECTIONS
    stopping: Callable[[], bool] = staticmethod(lambda: False)
    _deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if self.stopping():
            # Accepted just as the server began to stop, after uvicorn closed the
            # connections it knew: closed here, or it outlives the loop unclosed.
            transport.close()
            return
        if len(self.connections) > self.max_connections:
            if len(self.connections) == self.max_connections + 1:  # once per crowd, not a flood
                log.warning("more than %d connections open: refusing new ones with 503",
                            self.max_connections)
            self.app = _busy
        self._watch()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._watch()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._watch()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_deadline()
        super().connection_lost(exc)

    def _watch(self) -> None:
        """Run the deadline while a request is awaited and no keep-alive timer runs."""
        awaited = self.conn.their_state in _WAITING and not self.transport.is_closing()
        if awaited and self.timeout_keep_alive_task is None:
            if self._deadline is None:
                self._deadline = self.loop.call_later(self.request_timeout, self._expire)
        else:
            self._stop_deadline()

    def _stop_deadline(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        started = self.conn.their_state is h11.SEND_BODY or bool(self.conn.trailing_data[0])
        if started and self.conn.our_state in (h11.IDLE, h11.SEND_RESPONSE):
            self.transport.write(_timeout_response())
        # Closing ends the request: an app still reading the body gets http.disconnect.
        self.transport.close()


def guarded_h11(
    *,
    request_timeout: float = REQUEST_TIMEOUT,
    max_connections: int = MAX_CONNECTIONS,
    stopping: Callable[[], bool] | None = None,
) -> type[GuardedH11Protocol]:
    """The protocol class to pass as ``uvicorn.Config(http=...)``, with these limits;
    ``stopping`` says when the server is shutting down (new connections are closed)."""

    class Guarded(GuardedH11Protocol):
        pass

    Guarded.request_timeout = request_timeout
    Guarded.max_connections = max_connections
    if stopping is not None:
        Guarded.stopping = staticmethod(stopping)
    return Guarded


_READS = frozenset({"GET", "HEAD"})


class ReadLane:
    """ASGI wrapper: GET and HEAD requests run on their own thread's event loop (see module).

    ``stopping`` says when the server is shutting down: a read that has not started by
    then is answered 503 without running. :meth:`close` stops the thread (after uvicorn
    has stopped, before the database closes: the lane's thread has its own connection).
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_waiting: int = MAX_WAITING_READS,
        stopping: Callable[[], bool] = lambda: False,
    ) -> None:
        self.app = app
        self.max_waiting = max_waiting
        self.stopping = stopping
        self.refused = 0
        self._waiting = 0  # reads handed to the lane and not yet started (main loop only)
        self._loop = asyncio.new_event_loop()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="kiosk-server-reads",
                                        daemon=True)
        self._thread.start()

    @property
    def waiting(self) -> int:
        """Reads handed to the lane that have not started yet."""
        return self._waiting

    def __getattr__(self, name: str) -> Any:
        # ``app.state`` and the like still reach the wrapped application.
        return getattr(self.app, name)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_forever()
        finally:
            self._loop.close()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _READS or self._closed:
            await self.app(scope, receive, send)
            return
        if self._waiting >= self.max_waiting:
            if self.refused == 0:
                log.warning("more than %d reads waiting: answering new ones 503",
                            self.max_waiting)
            self.refused += 1
            await _busy(scope, receive, send)
            return
        main = asyncio.get_running_loop()

        async def main_receive() -> Message:
            return await receive()

        async def main_send(message: Message) -> None:
            await send(message)

        # uvicorn's receive and send belong to the main loop: the lane calls them there.
        async def lane_receive() -> Message:
            return await asyncio.wrap_future(
                asyncio.run_coroutine_threadsafe(main_receive(), main))

        async def lane_send(message: Message) -> None:
            await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(main_send(message), main))

        started = False

        def start() -> None:  # on the main loop, like the counting below
            nonlocal started
            if not started:
                started = True
                self._waiting -= 1

        async def run() -> None:
            with contextlib.suppress(RuntimeError):  # the main loop is gone: nothing to count
                main.call_soon_threadsafe(start)
            if self.stopping():
                await _busy(scope, lane_receive, lane_send)
                return
            await self.app(scope, lane_receive, lane_send)

        self._waiting += 1
        try:
            future: concurrent.futures.Future[None] = asyncio.run_coroutine_threadsafe(
                run(), self._loop)
            await asyncio.wrap_future(future)
        finally:
            start()

    def close(self, timeout: float = 5.0) -> None:
        """Cancel what still runs on the lane and stop its thread. Idempotent."""
        if self._closed:
            return
        self._closed = True

        async def cancel_all() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            if tasks:
                await asyncio.wait(tasks, timeout=timeout)
            asyncio.get_running_loop().stop()

        try:
            asyncio.run_coroutine_threadsafe(cancel_all(), self._loop)
        except RuntimeError:  # the loop is already closed
            return
        self._thread.join(timeout + 1)
