"""Plain helpers of the AppTest tests: open a page through the entry script, read plotly figures."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable

import numpy as np
from streamlit.testing.v1 import AppTest


def open_page(make_app: Callable[..., AppTest], page: str | None, **query_params) -> AppTest:
    """The app run with these URL parameters, switched to `page` (None: the first page); it must
    draw without an exception or an error box."""
    app = make_app(**query_params).run()
    if page:
        app.switch_page(page).run()
    assert not app.exception, [e.value for e in app.exception]
    assert not app.error, [e.value for e in app.error]
    return app


def plotly_values(values) -> list:
    """Plotly 7 ships numeric arrays as base64 typed arrays; tests read them as plain lists."""
    if isinstance(values, dict) and "bdata" in values:
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=np.dtype(values["dtype"])).tolist()
    return list(values)


def plotly_specs(app: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]
