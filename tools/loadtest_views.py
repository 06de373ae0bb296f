"""The load test's views: which views each session asks for, what each must show, and the figures
(percentiles, concurrency) its report is made of. Shared by both clients."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from ntm.filters import Filters
from ntm.i18n import period_name

# Thirty first loads at once queue behind each other on 2 cores: a view may take minutes, not hang.
VIEW_TIMEOUT_S = 300
LANG = "vi"


@dataclass(frozen=True)
class View:
    """What a session must see: its district and period, and the number of communes counted there."""

    district_code: str
    district_name: str
    period: str
    communes: int


@dataclass
class SessionResult:
    number: int
    first_load_s: float | None = None
    reruns_s: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # When its websocket was open, and each view's start and end (time.monotonic()), for the concurrency.
    open_span: tuple[float, float] | None = None
    view_spans: list[tuple[float, float]] = field(default_factory=list)
    # Seconds from a lost connection (its server process died) to the view shown again by another one.
    reconnects_s: list[float] = field(default_factory=list)


def most_at_once(spans: list[tuple[float, float]]) -> int:
    """The largest number of the (start, end) spans that overlap at one moment (an end before a start
    at the same instant)."""
    events = sorted([(start, 1) for start, _ in spans] + [(end, -1) for _, end in spans])
    most = current = 0
    for _, change in events:
        current += change
        most = max(most, current)
    return most


def most_at_once_or_none(spans: list[tuple[float, float]]) -> int | None:
    return most_at_once(spans) if spans else None  # the browser client records no spans


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (NaN for no values)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


# --- the data: which views the sessions ask for, and what each must show ----------------------------


def plan_views(
    data_dir: Path, cache_dir: Path, sessions: int, same_link: bool = False
) -> tuple[str, list[list[View]]]:
    """The province and, per session, the views it goes through: a first load, a period change, a
    district change, another period change. Neighbouring sessions differ in district and period; with
    `same_link` every session's first load is the same view (the link the chair sent), then its own."""
    from ntm import queries
    from ntm.store.database import open_store

    store = open_store(data_dir, cache_dir)  # builds the database the server will then reuse
    try:
        metadata = queries.dataset_metadata(store.cursor())
        every_period = list(reversed(queries.available_periods(store.cursor())))
        province = metadata.get("default_province") or str(
            queries.provinces(store.cursor(), every_period[0])["province_code"].iloc[0]
        )
        # The sessions change district: the periods before 1/7/2025, when the province had districts.
        periods = [p for p in every_period if not queries.districts(store.cursor(), province, p).empty][:6]
        districts = queries.districts(store.cursor(), province, periods[0])
        names = dict(zip(districts["district_code"], districts["district_name"], strict=True))
        codes = list(names)

        def view(district: str, period: str) -> View:
            set_id = str(queries.commune_sets_assessed_in(store.cursor(), period)["set_id"].iloc[0])
            filters = Filters(period=period, set_id=set_id, province_code=province, district_code=district)
            series = queries.scope_series(store.cursor(), filters)
            communes = int(series.loc[series["period"] == period, "communes"].iloc[0])
            return View(district, names[district], period, communes)

        cache: dict[tuple[str, str], View] = {}

        def cached(district: str, period: str) -> View:
            if (district, period) not in cache:
                cache[(district, period)] = view(district, period)
            return cache[(district, period)]

        plans = []
        for n in range(sessions):
            first, second = codes[n % len(codes)], codes[(n + 1 + n // len(codes)) % len(codes)]
            if second == first:
                second = codes[(n + 1) % len(codes)]
            p1, p2, p3 = (periods[(n + k) % len(periods)] for k in (0, 1, 3))
            plans.append([cached(first, p1), cached(first, p2), cached(second, p2), cached(second, p3)])
        if same_link:
            chair = plans[0][0]
            others = [p for p in periods if p != chair.period]
            for n, views in enumerate(plans):
                own = next(c for c in codes[n % len(codes) :] + codes if c != chair.district_code)
                p2, p3 = others[n % len(others)], others[(n + 2) % len(others)]
                views[:] = [chair, cached(chair.district_code, p2), cached(own, p2), cached(own, p3)]
        return province, plans
    finally:
        store.close()


def view_problems(number: int, step: str, view: View, caption: str, first_kpi: str) -> list[str]:
    """What is wrong with a view shown to a session (both clients): the caption under the title must
    name its district and period, the first metric ("x/y …") must count its district's communes."""
    problems = []
    counted = re.match(r"\s*[\d.]+/([\d.]+)", first_kpi)
    communes = int(counted.group(1).replace(".", "")) if counted else None
    if view.district_name not in caption or period_name(view.period, LANG) not in caption:
        problems.append(f"session {number} {step}: caption {caption!r}, expected {view}")
    if communes != view.communes:
        problems.append(f"session {number} {step}: {first_kpi!r}, expected …/{view.communes}")
    return problems
