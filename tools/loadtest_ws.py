"""The load test's light client: Streamlit's own websocket protocol, no browser (`--client ws`).

Thirty Chromium pages rendering plotly fill two cores by themselves, so with the browser client the
times measure the client. This client does what the page's JavaScript does on the wire and nothing
else: it opens `/_stcore/stream` (subprotocol "streamlit"; no XSRF token is needed, the token only
guards the auth cookie), sends a `BackMsg.rerun_script` with the link's query string, and reads
`ForwardMsg`s until `script_finished`. A filter change is a rerun in the same websocket session with
the sidebar widget's new value in `widget_states` (its id read from the deltas, its value the option's
label, as the frontend sends a selectbox); the scope keeps its values in the session, so a changed query
string alone would not change the view. Like the frontend it sends back the query string the server
last set, the page's script hash, and the hashes of the large messages it already holds (the server then
sends references instead of them). Unlike it, it sends only the states of the widgets it changed (the
others keep their session values) and renders nothing.

Each view is checked as the browser client checks it, on the deltas of its run: the caption under the
title names the session's district and period, the first metric counts its communes, no exception.
A rerun's time runs from sending the message to `script_finished` (every delta of the view received).

Behind the proxy a session's server process may die: like the frontend, the session then opens a new
websocket (the proxy sends it to a live process) and asks again for its view, with the query string
and the widget states it holds; the view must be the same (the scope is in the URL).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

from ntm.i18n import period_name, t
from tools.loadtest_views import LANG, VIEW_TIMEOUT_S, SessionResult, View, view_problems

_MAIN, _SIDEBAR = 0, 1  # RootContainer.MAIN, RootContainer.SIDEBAR
# A lost connection is retried for this long (a restarted process or the proxy's failover takes ~1 s).
RECONNECT_FOR_S = 60
RECONNECT_PAUSE_S = 0.25


@dataclass
class _Run:
    """What one script run sent: its elements by delta path, and how it ended."""

    elements: dict[tuple[int, ...], object] = field(default_factory=dict)
    finished: int | None = None

    def in_order(self, root: int, kind: str) -> list:
        """The elements of a kind in one root container, in page order."""
        found = [(path, element) for path, element in self.elements.items() if path and path[0] == root]
        return [getattr(e, kind) for _, e in sorted(found) if e.WhichOneof("type") == kind]

    def caption(self) -> str:
        from streamlit.proto.Markdown_pb2 import Markdown

        captions = [m for m in self.in_order(_MAIN, "markdown") if m.element_type == Markdown.CAPTION]
        return captions[0].body if captions else ""

    def first_metric(self) -> str:
        metrics = self.in_order(_MAIN, "metric")
        return metrics[0].body if metrics else ""

    def exceptions(self) -> list[str]:
        return [
            f"{e.type}: {e.message[:120]}" for r in (_MAIN, _SIDEBAR) for e in self.in_order(r, "exception")
        ]

    def selectbox(self, label: str):
        return next((s for s in self.in_order(_SIDEBAR, "selectbox") if s.label == label), None)


class StreamlitSession:
    """One viewer's websocket session with the app, as the frontend keeps it."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.query_string = ""
        self.page_script_hash = ""
        self.widget_states: dict[str, object] = {}  # widget id -> WidgetState, as last sent
        self.cache: dict[str, object] = {}  # hash -> cacheable ForwardMsg (the frontend's message cache)
        self.last = _Run()
        self.reconnects_s: list[float] = []  # from each lost connection to the view shown again
        self.reconnected = False  # the last run was answered by another process after a lost connection
        self._ws = None

    async def _connect(self) -> None:
        import websockets

        stream = self.url.replace("http://", "ws://", 1) + "/_stcore/stream"
        # Same origin as a page of the app; never through a proxy (loopback only); a view may be large.
        self._ws = await websockets.connect(
            stream,
            subprotocols=["streamlit"],
            origin=self.url,
            proxy=None,
            max_size=None,
            open_timeout=VIEW_TIMEOUT_S,
        )

    async def _reconnect(self) -> None:
        """A new websocket, as the frontend opens one when its connection drops; bounded in time."""
        deadline = time.monotonic() + RECONNECT_FOR_S
        while True:
            try:
                await self._connect()
                return
            except _connect_errors() as error:
                if time.monotonic() > deadline:
                    raise ConnectionError(f"no reconnection within {RECONNECT_FOR_S} s: {error}") from error
                await asyncio.sleep(RECONNECT_PAUSE_S)

    async def __aenter__(self) -> StreamlitSession:
        await self._reconnect()  # the frontend, too, tries again when its first connection fails
        return self

    async def __aexit__(self, *_) -> None:
        await self._ws.close()

    async def stay_open(self, until: asyncio.Event) -> _Run | None:
        """Keeps the page open until `until` is set; when the connection drops first, reconnects and
        reruns the page as the frontend does, and returns that run (None when nothing happened)."""
        closed = asyncio.ensure_future(self._ws.wait_closed())
        done = asyncio.ensure_future(until.wait())
        await asyncio.wait({closed, done}, return_when=asyncio.FIRST_COMPLETED)
        for task in (closed, done):
            task.cancel()
        if until.is_set():
            return None
        lost = time.monotonic()
        await self._reconnect()
        run = await self.run()
        self.reconnects_s.append(time.monotonic() - lost)
        return run

    async def run(self, query_string: str | None = None, changed: dict[str, str] | None = None) -> _Run:
        """One script run: sends `rerun_script` and collects the deltas up to `script_finished`.
        `changed` maps widget ids to the new string values the user picked."""
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        for widget_id, value in (changed or {}).items():
            self.widget_states[widget_id] = WidgetState(id=widget_id, string_value=value)
        message = BackMsg()
        state = message.rerun_script
        state.query_string = self.query_string if query_string is None else query_string
        state.page_script_hash = self.page_script_hash
        state.widget_states.widgets.extend(self.widget_states.values())
        state.cached_message_hashes.extend(self.cache)
        state.context_info.locale = "vi-VN"
        state.context_info.timezone = "Asia/Ho_Chi_Minh"
        state.context_info.url = f"{self.url}/?{state.query_string}"
        lost = None
        deadline = time.monotonic() + RECONNECT_FOR_S
        while True:
            try:
                await self._ws.send(message.SerializeToString())
                self.last = await asyncio.wait_for(self._receive(), VIEW_TIMEOUT_S)
                break
            except _closed_errors():
                # Its server process died: the proxy gives the new websocket to a live one.
                if time.monotonic() > deadline:
                    raise
                lost = lost or time.monotonic()
                await self._reconnect()
        self.reconnected = lost is not None
        if lost is not None:
            self.reconnects_s.append(time.monotonic() - lost)
        # The frontend keeps the states of the widgets still on the page.
        shown = {w.id for r in (_MAIN, _SIDEBAR) for w in self.last.in_order(r, "selectbox")}
        self.widget_states = {i: s for i, s in self.widget_states.items() if i in shown}
        return self.last

    async def _receive(self) -> _Run:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        run = _Run()
        while True:
            message = ForwardMsg()
            message.ParseFromString(await self._ws.recv())
            kind = message.WhichOneof("type")
            if kind == "ref_hash":  # a message this client holds: the server sent only its hash
                cached = self.cache.get(message.ref_hash)
                if cached is None:
                    raise RuntimeError(
                        f"the server referred to a message never received ({message.ref_hash})"
                    )
                metadata = message.metadata
                message = ForwardMsg()
                message.CopyFrom(cached)
                message.metadata.CopyFrom(metadata)
                kind = message.WhichOneof("type")
            elif message.metadata.cacheable and message.hash:
                self.cache[message.hash] = message
            if kind == "new_session":
                run.elements.clear()
            elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                run.elements[tuple(message.metadata.delta_path)] = message.delta.new_element
            elif kind == "page_info_changed":
                self.query_string = message.page_info_changed.query_string
            elif kind == "navigation":
                self.page_script_hash = message.navigation.page_script_hash
            elif kind == "script_finished":
                if message.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    continue  # the app reran itself (st.rerun): its view comes with the next run
                run.finished = message.script_finished
                return run


def _closed_errors() -> tuple[type[Exception], ...]:
    from websockets.exceptions import ConnectionClosed

    return (ConnectionClosed,)


def _connect_errors() -> tuple[type[Exception], ...]:
    """Refused, timed out, or answered by the proxy with an error (no live process yet)."""
    from websockets.exceptions import ConnectionClosed, InvalidHandshake

    return (OSError, TimeoutError, ConnectionClosed, InvalidHandshake)


def _problems(run: _Run, view: View, number: int, step: str) -> list[str]:
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    problems = view_problems(number, step, view, run.caption(), run.first_metric())
    if run.finished != ForwardMsg.FINISHED_SUCCESSFULLY:
        problems.append(f"session {number} {step}: the script ended with status {run.finished}")
    problems.extend(f"session {number} {step}: exception shown: {e}" for e in run.exceptions())
    return problems


async def run_session(
    url: str,
    number: int,
    views: list[View],
    province: str,
    delay_s: float = 0.0,
    room: MeetingRoom | None = None,
) -> SessionResult:
    """Opens the session's link, then changes period, district and period with the sidebar's widgets;
    then keeps the page open, as a viewer does, until everyone in the `room` (when given) has seen theirs."""
    result = SessionResult(number)
    viewed = False  # told the room it has seen its views
    await asyncio.sleep(delay_s)
    try:
        first = views[0]
        link = urlencode({"period": first.period, "province": province, "district": first.district_code})
        started = time.monotonic()
        async with StreamlitSession(url) as session:
            opened = time.monotonic()
            run = await session.run(link)
            result.first_load_s = time.monotonic() - started
            result.view_spans.append((started, time.monotonic()))
            result.problems.extend(_problems(run, first, number, "first load"))
            previous = first
            for step, view in enumerate(views[1:], start=1):
                if view.district_code != previous.district_code:
                    label, option = t("scope.district", LANG), view.district_name
                else:
                    label, option = t("scope.period", LANG), period_name(view.period, LANG)
                widget = session.last.selectbox(label)
                if widget is None or option not in widget.options:
                    result.problems.append(
                        f"session {number} change {step}: no {label!r} offering {option!r}"
                    )
                    break
                picked = time.monotonic()
                run = await session.run(changed={widget.id: option})
                result.reruns_s.append(time.monotonic() - picked)
                result.view_spans.append((picked, time.monotonic()))
                # A process that died before showing the change: the live one it reconnected to is sent the
                # pick with the page's widget values, and shows the pick, not the URL it was made from.
                where = f"change {step}, reconnected" if session.reconnected else f"change {step}"
                result.problems.extend(_problems(run, view, number, where))
                previous = view
            if room is not None:
                viewed = True
                room.done_viewing()
                while (run := await session.stay_open(room.everyone_done)) is not None:
                    result.problems.extend(_problems(run, previous, number, "after reconnecting"))
            result.open_span = (opened, time.monotonic())
            result.reconnects_s = session.reconnects_s
    except Exception as error:  # one session's failure is reported, the others go on
        message = str(error).splitlines()[0][:200] if str(error) else ""
        result.problems.append(f"session {number}: {type(error).__name__}: {message}")
    finally:
        if room is not None and not viewed:
            room.done_viewing()  # a session that failed must not keep the others waiting
    return result


class MeetingRoom:
    """Sessions keep their pages open until every one of them has seen its views (and, when `open_for_s`
    is given, at least that long after the room opened: the kill test's pages must be open at the kill)."""

    def __init__(self, sessions: int, open_for_s: float = 0.0) -> None:
        self._still_viewing = sessions
        self._close_at = time.monotonic() + open_for_s
        self.everyone_done = asyncio.Event()

    def done_viewing(self) -> None:
        self._still_viewing -= 1
        if self._still_viewing <= 0:
            wait = max(0.0, self._close_at - time.monotonic())
            asyncio.get_running_loop().call_later(wait, self.everyone_done.set)


async def run_sessions(
    url: str, province: str, plans: list[list[View]], ramp_s: float, open_for_s: float = 0.0
) -> list[SessionResult]:
    """All sessions at once in one event loop, one starting every `ramp_s` seconds; the pages stay open
    until everyone has seen their views, and at least `open_for_s` seconds."""
    # A server in use has run its pages before: one unmeasured visit first, as before a meeting.
    await run_session(url, -1, plans[0][:1], province)
    room = MeetingRoom(len(plans), open_for_s)
    return await asyncio.gather(
        *(run_session(url, n, views, province, n * ramp_s, room) for n, views in enumerate(plans))
    )
