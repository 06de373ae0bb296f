"""One vocabulary: each shared concept (tier, status, unit, yes / no, region, …) has one text under `label.*`,
written by one helper of ntm.tables.labels; no other catalogue entry restates it, every key built from
parts exists, and no key is left unused."""

import math
import re
from pathlib import Path

import pandas as pd
import pytest

from ntm.charts import STATUS_CODES, STATUS_COLOURSCALE, period_tick, period_ticks
from ntm.figures.commune import FUNDING_SOURCES
from ntm.figures.meeting import SLIDES
from ntm.figures.summary import SUMMARY_COLUMNS
from ntm.figures.values import is_missing
from ntm.geo import COLOUR_BY
from ntm.i18n import CATALOGUE, period_name
from ntm.sample import REGIONS
from ntm.store.schema import COMMUNE_TIERS, STATUSES, TIERS
from ntm.tables import labels
from ntm.tables.labels import (
    criterion_label,
    decision_text,
    gap_text,
    measure_text,
    number_text,
    region_name,
    status_name,
    threshold_text,
    tier_name,
    unit_label,
    value_text,
)

ROOT = Path(__file__).resolve().parents[2]

# --- the helpers: one way to write a value, a threshold, a unit, a criterion ------------------------


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (44.0, "vi", "44"),
        (47 - 40.9, "vi", "6,1"),  # 6.1000000000000014 in binary
        (44.5, "vi", "44,5"),
        (1234.5, "vi", "1.234,5"),
        (1234.5, "en", "1,234.5"),
        (1200.25, "vi", "1.200,25"),
        (97.6, "en", "97.6"),
        (13.95, "vi", "13,95"),
        (0.0, "vi", "0"),
        (100000.0, "vi", "100.000"),
        (None, "vi", "–"),
        (math.nan, "en", "–"),
    ],
)
def test_values_show_as_people_write_them(value, lang, text):
    assert number_text(value, lang) == text


def test_values_read_with_their_unit_and_yes_no_for_bool():
    assert value_text(85.0, "percent", "vi", "%") == "85 %"
    assert value_text(85.0, "percent", "en", "%") == "85%"
    assert value_text(46.0, "number", "vi", "triệu đồng") == "46 triệu đồng"
    assert value_text(46.0, "number", "en", "triệu đồng") == "46 million VND"
    assert value_text(1.0, "bool", "vi") == "Có"
    assert value_text(0.0, "bool", "en") == "No"
    assert value_text(None, "bool", "vi") == "–"
    assert value_text(1.0, "percent", "vi") == "1"
    assert value_text(float("nan"), "percent", "vi", "%") == "–"
    assert value_text(3.0, "number", "vi", "cây") == "3 cây"  # a unit the catalogue does not know stays


def test_thresholds_carry_their_direction_and_a_yes_no_indicator_is_met_by_yes():
    assert threshold_text(45.0, ">=", "number", "vi") == "≥ 45"
    assert threshold_text(13.9, "<=", "percent", "vi") == "≤ 13,9"
    assert threshold_text(13.9, "<=", "percent", "en") == "≤ 13.9"
    assert threshold_text(45.0, ">=", "number", "vi", "triệu đồng") == "≥ 45 triệu đồng"
    assert threshold_text(6.0, "<=", "percent", "vi", "%") == "≤ 6 %"
    assert threshold_text(100.0, "=", "percent", "en", "%") == "= 100%"
    assert threshold_text(None, "=", "number", "vi") == "–"
    assert threshold_text(None, "=", "bool", "vi") == "Có"


def test_gap_is_zero_when_reached_and_says_why_there_is_none():
    assert measure_text(1.0, "triệu đồng", "vi") == "1 triệu đồng"
    assert measure_text(0.0, "%", "vi") == "0 %"
    assert measure_text(float("nan"), "%", "vi") == "–"
    assert gap_text(1.5, "number", "not_met", "vi") == "1,5"
    assert gap_text(None, "percent", "unknown", "en") == "no data"
    assert gap_text(None, "bool", "not_met", "vi") == "cần đạt"  # the threshold beside it says "Có"


def test_known_units_are_translated_in_one_wording_and_others_shown_as_given():
    assert unit_label("triệu đồng/người/năm", "en") == "million VND/person/year"
    assert unit_label("triệu đồng/người/năm", "vi") == "triệu đồng/người/năm"
    assert unit_label("%", "en") == "%"
    assert unit_label("ha", "en") == "ha"
    assert unit_label(None, "vi") == ""
    assert unit_label(math.nan, "vi") == ""


def test_criterion_tier_status_decision_and_region_names():
    assert criterion_label(10, "Thu nhập") == "10. Thu nhập"
    assert criterion_label(10.0, "Income") == "10. Income"
    assert tier_name("ntm", "en") == "NTM"
    assert tier_name(None, "vi") == "Chưa công nhận"
    assert status_name("unknown", "vi") == "Chưa có số liệu"
    assert status_name("unknown", "en") == "No data"
    assert status_name(None, "en") == "No data"
    assert decision_text("735/QĐ-UBND", pd.Timestamp("2019-03-15"), "vi") == "735/QĐ-UBND (15/03/2019)"
    assert decision_text(None, None, "vi") == "–"
    assert region_name("DBSH", "vi") == "Đồng bằng sông Hồng"
    assert region_name("DBSH", "en") == "Red River Delta"
    assert region_name("XYZ", "en") == "XYZ"


def test_one_is_missing_for_every_empty_cell():
    assert all(is_missing(v) for v in (None, pd.NA, pd.NaT, math.nan))
    assert not any(is_missing(v) for v in (0, 0.0, "", "x"))


def test_period_ticks_are_the_period_names_in_lines():
    for period in ("2019-H1", "2024-H2"):
        for lang in ("vi", "en"):
            assert period_tick(period, lang).replace("<br>", " ") == period_name(period, lang)
    assert "H2" not in period_tick("2024-H2", "vi") and "6T" not in period_tick("2024-H2", "vi")


def test_status_colourscale_puts_each_status_on_its_own_colour():
    assert sorted(STATUS_CODES.values()) == [0, 1, 2]
    assert len({colour for _, colour in STATUS_COLOURSCALE}) == 3


# --- the catalogue: one text per concept --------------------------------------------------------------

# The vocabulary: concepts whose text lives only under these keys.
VOCABULARY_PREFIXES = (
    "label.tier.",
    "label.goal.",
    "label.status.",
    "label.value.",
    "label.region.",
    "label.reaching",
    "label.all_criteria",
)
# Names of vocabulary concepts, and the words that said "this key names a concept" in the old per-page
# copies (`commune.status.unknown`, `pace.tier.ntm`, `map.class.no_data`, …).
CONCEPT_NAMES = {*STATUSES, "no_data", *TIERS, "none", "yes", "no", "reaching", "all_criteria"}
CONCEPT_KINDS = {"status", "tier", "goal", "value", "mark", "unit", "class", "situation"}
# Whole texts that name a screen after its tier: a page title may be the tier's name.
SCREEN_NAMES = {"page.advanced", "page.villages", "commune.kpi.villages"}
# Wordings that drifted from the vocabulary before and must not come back: whole texts …
FORBIDDEN_TEXTS = ("Lacking data", "NTM standard", "Recognised NTM", "Present (meeting mode)", "Không đạt")
# … and parts of any text (period codes and abbreviations, the other tier words, the longer variants).
FORBIDDEN_PARTS = (
    "Đạt đủ tiêu chí, chưa công nhận",
    "Tất cả các tiêu chí",
    "(no data)",
    "6T ",
    "cấp độ",
    "hạng kế tiếp",
)


def _is_vocabulary(key: str) -> bool:
    return key.startswith(VOCABULARY_PREFIXES)


def test_vocabulary_concepts_are_defined_only_under_label():
    copies = [
        key
        for key in CATALOGUE
        if not key.startswith("label.")
        and key.rsplit(".", 1)[-1] in CONCEPT_NAMES
        and key.count(".") >= 2
        and key.split(".")[-2] in CONCEPT_KINDS
        and "{" not in CATALOGUE[key]["vi"]
        and key not in SCREEN_NAMES
    ]
    assert copies == [], "use the label.* key of the concept instead"


def test_no_other_entry_restates_a_vocabulary_text():
    vocabulary = {
        lang: {CATALOGUE[k][lang].casefold(): k for k in CATALOGUE if _is_vocabulary(k)}
        for lang in ("vi", "en")
    }
    restated = [
        (key, lang, texts[lang], vocabulary[lang][texts[lang].casefold()])
        for key, texts in CATALOGUE.items()
        if not key.startswith("label.") and key not in SCREEN_NAMES
        for lang in ("vi", "en")
        if texts[lang].casefold() in vocabulary[lang]
    ]
    assert restated == []


def test_two_vocabulary_concepts_never_share_a_text():
    for lang in ("vi", "en"):
        by_text: dict[str, list[str]] = {}
        for key in CATALOGUE:
            if key.startswith(
                ("label.tier.", "label.status.", "label.value.", "label.region.", "label.reaching")
            ):
                by_text.setdefault(CATALOGUE[key][lang], []).append(key)
        assert {text: keys for text, keys in by_text.items() if len(keys) > 1} == {}


def test_drifted_wordings_are_gone():
    found = [
        (key, lang, text)
        for key, texts in CATALOGUE.items()
        for lang, text in texts.items()
        if text in FORBIDDEN_TEXTS or any(part in text for part in FORBIDDEN_PARTS)
    ]
    assert found == []


# --- keys built from parts: every part named next to its use, every key present ----------------------


def _kpi_keys() -> list[str]:
    from ntm.figures.overview import TIER_KPIS  # the commune tiers' figures, keyed by tier

    source = (ROOT / "ntm/figures/overview.py").read_text(encoding="utf-8")
    return [*TIER_KPIS.values(), *re.findall(r'\b[Kk]pi\(\s*"(\w+)"', source)]


def _plan_outcomes() -> list[str]:
    source = (ROOT / "ntm/figures/commune.py").read_text(encoding="utf-8")
    body = source[source.index("def plan_status(") :].split("\ndef ", 1)[0]
    return re.findall(r'"(\w+)"', body)


FAMILIES = {
    "label.tier.": labels.TIER_NAMES,
    "label.goal.": labels.GOAL_NAMES,
    "label.status.": STATUSES,
    "label.mark.": labels.MARKED_STATUSES,
    "label.unit.": tuple(labels.UNIT_KEYS.values()),
    "label.region.": tuple(r.lower() for r in REGIONS),
    "commune.funding.": FUNDING_SOURCES,
    "meeting.title.": SLIDES,
    "map.colour_by.": COLOUR_BY,
    "label.basis.": labels.BASIS_NAMES,
    "summary.col.": SUMMARY_COLUMNS,
}


@pytest.mark.parametrize("prefix", sorted(FAMILIES))
def test_every_key_built_from_parts_exists(prefix):
    assert [prefix + part for part in FAMILIES[prefix] if prefix + part not in CATALOGUE] == []


def test_the_other_families_exist_for_every_part():
    from ntm.charts.map import MAP_CLASS_KEYS
    from ntm.export import TABLES
    from ntm.tables.overview import kpi_label
    from ntm.tables.slipping import SITUATION_KEYS

    assert set(labels.TIER_NAMES) >= set(TIERS) and set(labels.GOAL_NAMES) == set(COMMUNE_TIERS)
    missing = [f"map.class.{k}" for k in MAP_CLASS_KEYS if f"map.class.{k}" not in CATALOGUE]
    missing += [
        f"slipping.situation.{k}" for k in SITUATION_KEYS if f"slipping.situation.{k}" not in CATALOGUE
    ]
    missing += [f"export.table.{k}" for k in TABLES if f"export.table.{k}" not in CATALOGUE]
    missing += [f"commune.plan.{k}" for k in _plan_outcomes() if f"commune.plan.{k}" not in CATALOGUE]
    assert missing == []
    keys = _kpi_keys()
    assert len(keys) >= 7
    for key in keys:
        kpi = type("K", (), {"key": key})()
        assert kpi_label(kpi, "vi") and kpi_label(kpi, "en")


def test_every_catalogue_key_is_used():
    """A key is used when the code names it, or when it belongs to a family of keys built from parts."""
    sources = [
        path
        for path in (
            *ROOT.joinpath("ntm").rglob("*.py"),
            *ROOT.joinpath("pages").glob("*.py"),
            ROOT / "dashboard.py",
        )
        if "texts" not in path.parts
    ]
    code = "\n".join(path.read_text(encoding="utf-8") for path in sources)
    named = set(re.findall(r"""["']([a-z_]+(?:\.[a-z_0-9]+)+)["']""", code))
    families = set(re.findall(r"""f["']([a-z_]+(?:\.[a-z_]+)*\.)\{""", code))
    # Families whose parts are listed (FAMILIES, the headline figures): only the listed keys count as used.
    listed = {**FAMILIES, "kpi.": tuple(_kpi_keys())}
    used = {prefix + part for prefix, parts in listed.items() for part in parts}
    unused = [
        key
        for key in CATALOGUE
        if key not in named
        and key not in used
        and not any(key.startswith(f) for f in families if f not in listed)
    ]
    assert unused == []


def test_a_long_period_axis_names_each_year_once_and_the_chosen_period_in_full():
    periods = [f"{year}-H{half}" for year in range(2016, 2025) for half in (1, 2)]
    ticks = period_ticks(periods, "vi", chosen="2024-H2")
    assert ticks["tickvals"][:2] == ["2016-H1", "2017-H1"] and ticks["tickvals"][-1] == "2024-H2"
    assert ticks["ticktext"][:2] == ["2016", "2017"]
    assert ticks["ticktext"][-1] == "<b>6 tháng<br>cuối năm<br>2024</b>"
    assert ticks["title"] == "Mỗi năm hai kỳ: 6 tháng đầu năm, 6 tháng cuối năm"
    assert not any("-H" in text for text in ticks["ticktext"])
    few = period_ticks(periods[:3], "en")
    assert few["ticktext"] == ["first half<br>of 2016", "second half<br>of 2016", "first half<br>of 2017"]
