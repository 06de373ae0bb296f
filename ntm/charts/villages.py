"""The village grid of the Thôn kiểu mẫu page: each village of one commune against each criterion."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ntm.charts import STATUS_CODES, STATUS_GRID, base_layout, chart_title, safe_text, status_code
from ntm.i18n import t
from ntm.tables.labels import status_mark, status_name


def village_grid_chart(
    grid: pd.DataFrame, names: dict[int, str], place: str, when: str, lang: str
) -> go.Figure:
    """Village × criterion: met / not met / no data in colour-blind-safe colours with a mark in each cell."""
    criteria = [c for c in grid.columns if isinstance(c, int)]
    # The rows labelled 0, 1, … in one look-up: `.at` per cell took a third of the figure's time.
    statuses = grid.loc[range(len(grid)), criteria].to_numpy().tolist()
    z = [[status_code(status) for status in row] for row in statuses]
    marks = {code: status_mark(status, lang) for status, code in STATUS_CODES.items()}
    words = {code: status_name(status, lang) for status, code in STATUS_CODES.items()}
    x_labels = [t("villages.col_criterion", lang, no=c) for c in criteria]
    cells = go.Heatmap(
        z=z,
        x=x_labels,
        y=[safe_text(name) for name in grid["village_name"]],
        text=[[marks[v] for v in row] for row in z],
        texttemplate="%{text}",
        textfont=dict(size=18, color="black"),  # black reads on all three colours
        customdata=[
            [f"{safe_text(names.get(c, ''))}: {words[v]}" for c, v in zip(criteria, row, strict=True)]
            for row in z
        ],
        hovertemplate="%{y} · %{x} %{customdata}<extra></extra>",
        **STATUS_GRID,
    )
    height = max(320, 190 + 38 * len(grid))
    layout = dict(
        base_layout(chart_title(t("villages.grid_title", lang), place, when), lang, height),
        xaxis=dict(side="top", type="category", tickfont=dict(size=15)),
        yaxis=dict(autorange="reversed", type="category", automargin=True, tickfont=dict(size=15)),
        margin=dict(l=20, r=20, t=150, b=20),
    )
    return go.Figure(data=[cells], layout=layout)
