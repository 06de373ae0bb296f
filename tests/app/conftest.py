import base64
import json
from pathlib import Path

import numpy as np
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.fixtures.materialise import materialise

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """The mini fixture as the app's data, with its own database cache; Streamlit caches cleared."""
    directory = materialise(tmp_path / "data")
    monkeypatch.setenv("NTM_DATA_DIR", str(directory))
    monkeypatch.setenv("NTM_CACHE_DIR", str(tmp_path / "cache"))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield directory
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def make_app():
    def make(**query_params) -> AppTest:
        app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        for key, value in query_params.items():
            app.query_params[key] = value
        return app

    return make


def plotly_values(values) -> list:
    """Plotly 7 ships numeric arrays as base64 typed arrays; tests read them as plain lists."""
    if isinstance(values, dict) and "bdata" in values:
        return np.frombuffer(base64.b64decode(values["bdata"]), dtype=np.dtype(values["dtype"])).tolist()
    return list(values)


def plotly_specs(app: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]
