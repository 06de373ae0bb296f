"""The headline figures: every share with its numerator, denominator and basis (nâng cao, kiểu mẫu and hiện
đại among the xã recognised NTM), and the scope's next programme target; values by hand."""

import io
import math
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from ntm.figures.summary import SUMMARY_COLUMNS, headline_figures, measure_basis, share_percent, target_scope
from ntm.filters import Filters
from ntm.sample.targets import load_programme_targets
from ntm.store.schema import TABLES
from ntm.tables.summary import summary_values

REFERENCE = Path(__file__).resolve().parents[2] / "ntm" / "reference"


def _counts(text: str) -> pd.DataFrame:
    frame = pd.read_csv(io.StringIO(text), dtype={"tier": str})
    frame["as_of"] = pd.to_datetime(frame["as_of"]).dt.date
    frame["ntm_recognised"] = frame["ntm_recognised"].astype("Int64")
    return frame


def _targets(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype={"scope_code": str, "scope_level": str})


NO_TARGETS = _targets("scope_level,scope_code,tier,target_year,target_share,target_count,basis\n")

# January 2025, the whole country (NTM_2026_2030.md §3.4): 6.250 of 8.014 xã NTM, 2.275 nâng cao, 550
# kiểu mẫu — published as 78 %, 36,4 % and 8,8 % (the higher tiers among the NTM xã).
NATIONAL_JANUARY_2025 = _counts("""tier,as_of,communes,recognised,ntm_recognised
ntm,2025-01-31,8014,6250,6250
advanced,2025-01-31,8014,2275,6250
model_commune,2025-01-31,8014,550,6250
""")


def _row(figures: pd.DataFrame, measure: str) -> dict:
    return figures.set_index("measure").loc[measure].to_dict()


def test_national_january_2025_gives_the_published_shares_on_their_own_bases():
    figures = headline_figures(NATIONAL_JANUARY_2025, NO_TARGETS, ("national", None))
    assert list(figures.columns) == list(SUMMARY_COLUMNS)
    assert figures[["measure", "numerator", "denominator", "basis"]].values.tolist() == [
        ["ntm", 6250, 8014, "all_communes"],
        ["advanced", 2275, 6250, "ntm_communes"],
        ["model_commune", 550, 6250, "ntm_communes"],
    ]
    assert figures["share"].tolist() == pytest.approx([6250 / 8014 * 100, 36.4, 8.8])
    assert round(_row(figures, "advanced")["share"], 1) == 36.4
    assert round(_row(figures, "ntm")["share"]) == 78
    assert set(figures["as_of"]) == {date(2025, 1, 31)}


def test_every_tier_above_ntm_is_counted_among_the_ntm_communes():
    assert measure_basis("ntm") == "all_communes"
    assert [measure_basis(t) for t in ("advanced", "model_commune", "modern")] == ["ntm_communes"] * 3


def test_the_share_is_none_when_there_is_nothing_to_count_among():
    assert share_percent(3, 0) is None
    assert share_percent(0, None) is None
    assert share_percent(1, 8) == 12.5
    counts = _counts("""tier,as_of,communes,recognised,ntm_recognised
ntm,2026-06-30,12,0,0
modern,2026-06-30,12,0,0
""")
    figures = headline_figures(counts, NO_TARGETS, ("province", "25"))
    assert _row(figures, "ntm")["share"] == 0.0
    assert _row(figures, "modern")["denominator"] == 0
    assert math.isnan(_row(figures, "modern")["share"])


def test_without_an_ntm_set_assessed_the_higher_tiers_have_no_denominator():
    counts = _counts("""tier,as_of,communes,recognised,ntm_recognised
advanced,2020-12-31,5,2,
""")
    row = _row(headline_figures(counts, NO_TARGETS, None), "advanced")
    assert row["numerator"] == 2 and pd.isna(row["denominator"]) and math.isnan(row["share"])


PROVINCE_PLAN = _targets("""scope_level,scope_code,tier,target_year,target_share,target_count,basis
national,,ntm,2030,65,,all_communes
national,,modern,2030,10,,ntm_communes
province,25,ntm,2026,55,,all_communes
province,25,ntm,2028,65,,all_communes
province,25,ntm,2030,75,,all_communes
province,25,modern,2030,,8,ntm_communes
province,24,ntm,2027,90,,all_communes
""")
# 2027: 60 of 100 xã NTM, 3 of them hiện đại.
PROVINCE_2027 = _counts("""tier,as_of,communes,recognised,ntm_recognised
ntm,2027-12-31,100,60,60
modern,2027-12-31,100,3,60
""")


def test_the_target_shown_is_the_scopes_own_for_the_year_or_the_first_after_it():
    figures = headline_figures(PROVINCE_2027, PROVINCE_PLAN, ("province", "25"))
    targets = figures[["measure", "target_year", "target_share", "target_count", "target_basis"]]
    # 2026 has passed: the 2028 plan; province 24's 2027 target and the national ones are not this scope's.
    assert targets.astype(object).where(targets.notna(), None).values.tolist() == [
        ["ntm", 2028, 65.0, None, "all_communes"],
        ["modern", 2030, None, 8, "ntm_communes"],
    ]
    assert _row(figures, "modern")["share"] == 5.0  # 3 of the 60 NTM xã


def test_a_target_due_in_the_year_itself_still_counts_and_none_after_the_last():
    in_2026 = PROVINCE_2027.assign(as_of=date(2026, 6, 30))
    assert _row(headline_figures(in_2026, PROVINCE_PLAN, ("province", "25")), "ntm")["target_year"] == 2026
    in_2031 = PROVINCE_2027.assign(as_of=date(2031, 6, 30))
    late = headline_figures(in_2031, PROVINCE_PLAN, ("province", "25"))
    assert late[["target_year", "target_share", "target_count", "target_basis"]].isna().all().all()


def test_national_targets_answer_the_national_scope_only():
    national = headline_figures(PROVINCE_2027, PROVINCE_PLAN, ("national", None))
    assert national["target_year"].tolist() == [2030, 2030]
    assert national["target_share"].tolist() == [65.0, 10.0]
    district = headline_figures(PROVINCE_2027, PROVINCE_PLAN, None)
    assert district["target_year"].isna().all()


@pytest.mark.parametrize(
    ("filters", "scope"),
    [
        (Filters("2024-H2", "S", province_code="26"), ("province", "26")),
        (Filters("2024-H2", "S"), ("national", None)),
        (Filters("2024-H2", "S", province_code="26", district_code="253"), None),
        # A former district's area answers to no target: the province's is not the area's.
        (Filters("2026-H1", "S", province_code="25", area_code="253"), None),
        (Filters("2024-H2", "S", province_code="26", unit_codes=("08773",)), ("commune", "08773")),
        (Filters("2024-H2", "S", province_code="26", unit_codes=("08773", "08776")), None),
    ],
)
def test_the_scope_a_target_is_looked_up_for(filters, scope):
    assert target_scope(filters) == scope


def test_the_table_for_people_names_tiers_and_bases_and_rounds_shares_as_published():
    figures = headline_figures(NATIONAL_JANUARY_2025, NO_TARGETS, ("national", None))
    table = summary_values(figures, "vi")
    frame = table.frame
    assert list(frame.columns[:6]) == [
        "Chỉ tiêu",
        "Tử số",
        "Mẫu số",
        "Cơ sở tính",
        "Tỷ lệ",
        "Tính đến ngày",
    ]
    # A share is the fraction a spreadsheet shows with its % format (0.364 → 36,4 %), rounded as published.
    assert frame.iloc[:, :5].values.tolist() == [
        ["Đạt chuẩn NTM", 6250, 8014, "Tổng số xã", 0.78],
        ["NTM nâng cao", 2275, 6250, "Số xã đạt chuẩn NTM", 0.364],
        ["NTM kiểu mẫu", 550, 6250, "Số xã đạt chuẩn NTM", 0.088],
    ]
    assert frame["Tính đến ngày"].tolist() == [date(2025, 1, 31)] * 3
    assert table.kinds["Tỷ lệ"] == "percent" and table.kinds["Tính đến ngày"] == "date"
    assert table.kinds["Mục tiêu (tỷ lệ)"] == "percent"
    english = summary_values(headline_figures(PROVINCE_2027, PROVINCE_PLAN, ("province", "25")), "en").frame
    assert english.iloc[:, [0, 3, 4]].values.tolist() == [
        ["NTM", "All communes", 0.6],
        ["Modern NTM", "Communes recognised NTM", 0.05],
    ]
    assert english["Target basis"].tolist() == ["All communes", "Communes recognised NTM"]
    assert english["Target (communes)"].tolist()[1] == 8 and pd.isna(english["Target (share)"].iloc[1])


# --- the reference targets -----------------------------------------------------------------------------


def test_reference_targets_hold_the_programmes_and_mark_the_provincial_sample():
    targets = load_programme_targets(REFERENCE)
    assert tuple(targets.columns) == TABLES["programme_targets"].column_names
    national = targets[targets["scope_level"] == "national"].set_index(["tier", "target_year"])
    assert national[["target_share", "basis"]].to_dict("index") == {
        ("ntm", 2025): {"target_share": 80.0, "basis": "all_communes"},
        ("advanced", 2025): {"target_share": 40.0, "basis": "ntm_communes"},
        ("model_commune", 2025): {"target_share": 10.0, "basis": "ntm_communes"},
        ("ntm", 2030): {"target_share": 65.0, "basis": "all_communes"},
        ("modern", 2030): {"target_share": 10.0, "basis": "ntm_communes"},
    }
    assert national["scope_code"].isna().all()
    assert set(national.loc[[("ntm", 2025), ("advanced", 2025)], "legal_basis"].str[:19]) == {
        "Quyết định 263/QĐ-T"
    }
    assert national.loc[("ntm", 2030), "legal_basis"].startswith("Nghị quyết 257/2025/QH15")
    assert national.loc[("ntm", 2025), "note"].startswith("≥")
    assert national.loc[("advanced", 2025), "note"].startswith("khoảng")
    assert "Tờ trình" in national.loc[("modern", 2030), "note"]
    sample = targets[targets["scope_level"] != "national"]
    assert set(sample["scope_code"]) == {"25"} and len(sample) >= 4
    assert sample["note"].str.startswith("MẪU / SAMPLE").all()
    assert sample["legal_basis"].str.startswith("MẪU / SAMPLE").all()


def test_reference_targets_are_typed_by_the_registry_and_hold_a_share_or_a_count():
    targets = load_programme_targets(REFERENCE)
    assert str(targets["target_year"].dtype) == "int64"
    assert str(targets["target_share"].dtype) == "float64"
    assert str(targets["target_count"].dtype) == "Int64"
    assert (targets["target_share"].notna() ^ targets["target_count"].notna()).all()
    assert targets["target_share"].dropna().between(0, 100).all()
    assert targets.loc[targets["target_count"].notna(), "tier"].tolist() == ["modern"]


def test_a_targets_file_with_other_columns_is_refused(tmp_path):
    (tmp_path / "programme_targets.csv").write_text(
        "scope_level,tier,year\nnational,ntm,2025\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match="programme_targets.csv"):
        load_programme_targets(tmp_path)
