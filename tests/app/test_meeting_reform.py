"""Meeting mode after the 1/7/2025 reform (issue #15 item 8) on the district sample: every slide of 2025-H2 (the
2021–2025 set) and 2026-H1 (the 2026–2030 set, 10 criteria) runs; the bins slide uses the set's bins, the map
slide says its outlines are estimated, and no slide names a district that no longer exists."""

import json
import re

import pandas as pd
import pytest

from ntm.figures.meeting import SLIDES
from tests.app.helpers import open_page, plotly_specs

ESTIMATED = "Ranh giới ước tính từ ranh giới các xã trước sáp nhập"
AREA = "Khu vực huyện Sông Lô (cũ)"


@pytest.fixture
def sample_with_outlines(app_data, sample_data_dir, monkeypatch):
    monkeypatch.delenv("NTM_BOUNDARIES", raising=False)
    monkeypatch.delenv("NTM_BOUNDARIES_AFTER_REFORM", raising=False)
    app_data(data=sample_data_dir)
    return pd.read_parquet(sample_data_dir / "units.parquet")


def slide(make_app, number: int, period: str):
    app = open_page(make_app, None, mode="present", slide=str(number), period=period, area="253")
    assert not app.exception, app.exception
    assert not app.error, [e.value for e in app.error]
    return app


def texts(app) -> str:
    """Every text on the slide, the charts' included."""
    parts = [e.value for kind in ("title", "caption", "markdown", "info") for e in getattr(app, kind)]
    parts += [f"{m.label} {m.value}" for m in app.metric]
    parts += [json.dumps(spec, ensure_ascii=False) for spec in plotly_specs(app)]
    return " ".join(parts)


@pytest.mark.parametrize("period", ["2025-H2", "2026-H1"])
def test_every_slide_after_the_reform_runs_names_the_area_and_no_district(
    sample_with_outlines, make_app, period
):
    for number in range(1, len(SLIDES) + 1):
        app = slide(make_app, number, period)
        assert app.caption[0].value.startswith(AREA), (number, app.caption[0].value)
        # "huyện" only inside the former area's name: no district level exists any more.
        assert not re.search(r"[Hh]uyện", texts(app).replace(AREA, "")), number


def test_the_bins_slide_of_2026_uses_the_bins_of_the_ten_criteria_set(sample_with_outlines, make_app):
    bins = plotly_specs(slide(make_app, 2, "2026-H1"))[0]["data"][0]["x"]
    assert bins == ["10", "8–9", "5–7", "3–4", "< 3"]
    before = plotly_specs(slide(make_app, 2, "2025-H2"))[0]["data"][0]["x"]
    assert before[0] == "19" and "10" not in before


def test_the_map_slide_after_the_reform_says_its_outlines_are_estimated(sample_with_outlines, make_app):
    spec = plotly_specs(slide(make_app, 6, "2026-H1"))[0]
    assert any(ESTIMATED in annotation["text"] for annotation in spec["layout"]["annotations"])
    before = plotly_specs(
        open_page(make_app, None, mode="present", slide="6", period="2024-H2", district="253")
    )[0]
    assert not before["layout"].get("annotations")
