"""The sample generator: every registry table written, deterministic, consistent with the status rules,
and the seed facts of Sông Lô (H1 2019) hold."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ntm.sample import REFERENCE_DIR, REGIONS, build_sample, write_sample
from ntm.store.schema import TABLES

QUANG_YEN = "08776"
SONG_LO = "253"


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    out = tmp_path_factory.mktemp("sample-district")
    return out, write_sample("district", out)


def read(out: Path, table: str) -> pd.DataFrame:
    return pd.read_parquet(out / TABLES[table].file_name)


def evaluated_criteria(out: Path) -> pd.DataFrame:
    """Criterion status per (subject, period, set) by the dashboard's rules, in plain pandas."""
    assessments = read(out, "assessments")
    units = read(out, "units").drop_duplicates("unit_code")[["unit_code", "region"]]
    villages = read(out, "villages")[["village_code", "unit_code"]].merge(units, on="unit_code")
    region = pd.concat(
        [
            units.rename(columns={"unit_code": "subject_code"}),
            villages[["village_code", "region"]].rename(columns={"village_code": "subject_code"}),
        ]
    )
    a = assessments.merge(region, on="subject_code", how="left")
    a["year"] = a["period"].str[:4].astype(int)
    thresholds = read(out, "thresholds")
    keys = a[["set_id", "indicator_code", "region", "year"]].drop_duplicates()
    m = keys.merge(thresholds, on=["set_id", "indicator_code"], suffixes=("", "_row"))
    m = m[(m["year_from"] <= m["year"]) & (m["year_to"].isna() | (m["year"] <= m["year_to"]))]
    m["rank"] = np.where(m["region_row"] == m["region"], 0, np.where(m["region_row"].isna(), 1, 9))
    m = m[m["rank"] < 9].sort_values("rank").drop_duplicates(["set_id", "indicator_code", "region", "year"])
    a = a.merge(m[["set_id", "indicator_code", "region", "year", "threshold_value"]], how="left")
    a = a.merge(read(out, "indicators")[["set_id", "indicator_code", "criterion_no", "direction"]])
    value, level = a["value"], a["threshold_value"]
    compares = np.select(
        [a["direction"] == ">=", a["direction"] == "<="], [value >= level, value <= level], value == level
    )
    recorded = a["status"].fillna("unknown").replace({"not_applicable": "met"})
    a["evaluated"] = np.where(
        level.notna(), np.where(value.isna(), "unknown", np.where(compares, "met", "not_met")), recorded
    )
    a["is_met"], a["is_not_met"] = a["evaluated"].eq("met"), a["evaluated"].eq("not_met")
    c = a.groupby(["subject_code", "period", "set_id", "criterion_no"]).agg(
        all_met=("is_met", "all"), any_not=("is_not_met", "any")
    )
    c["status"] = np.where(c["any_not"], "not_met", np.where(c["all_met"], "met", "unknown"))
    return c.reset_index()


def reached(out: Path) -> pd.DataFrame:
    """(subject, period, set) rows where every criterion of the set is met."""
    criteria = evaluated_criteria(out)
    per_set = read(out, "criteria").groupby("set_id").size().rename("n_criteria").reset_index()
    counts = (
        criteria.assign(met=criteria["status"].eq("met"))
        .groupby(["subject_code", "period", "set_id"])["met"]
        .sum()
    )
    counts = counts.rename("n_met").reset_index().merge(per_set)
    return counts[counts["n_met"] == counts["n_criteria"]]


def test_every_registry_table_is_written_with_registry_columns(district):
    out, counts = district
    assert set(counts) == set(TABLES)
    for name, table in TABLES.items():
        frame = read(out, name)
        assert list(frame.columns[: len(table.columns)]) == list(table.column_names), name
        assert len(frame) == counts[name], name
        assert len(frame) > 0, name


def test_reference_csv_columns_are_the_registry_columns():
    for name in ("criteria_sets", "criteria", "indicators", "thresholds"):
        header = pd.read_csv(REFERENCE_DIR / f"{name}.csv", nrows=0).columns
        assert list(header) == list(TABLES[name].column_names), name


def test_indicator_texts_of_a_set_speak_of_its_own_period_not_of_the_previous_one():
    # A leader reading "đến năm 2020" beside a 2024 threshold takes it for an error.
    indicators = pd.read_csv(REFERENCE_DIR / "indicators.csv", dtype=str)
    sets = pd.read_csv(REFERENCE_DIR / "criteria_sets.csv", dtype=str).set_index("set_id")
    for row in indicators.itertuples():
        first_year = int(sets.loc[row.set_id, "valid_from"][:4])
        # A period an indicator is for ("đến năm 2020", "giai đoạn 2016-2020", "by 2020"), not a law's year.
        period_words = r"(?:đến năm|giai đoạn|by|\()\s*(20[0-9]{2})"
        years = [int(y) for text in (row.name_vi, row.name_en) for y in re.findall(period_words, text)]
        assert all(year >= first_year for year in years), (row.set_id, row.indicator_code, row.name_vi)


def test_same_seed_writes_identical_tables(district, tmp_path):
    out, _ = district
    write_sample("district", tmp_path)
    assert (tmp_path / "assessments.parquet").read_bytes() == (out / "assessments.parquet").read_bytes()
    for name in TABLES:
        pd.testing.assert_frame_equal(read(tmp_path, name), read(out, name), obj=name)


def test_other_seed_gives_other_values(district):
    out, _ = district
    other = build_sample("district", seed=7)["assessments"].to_pandas()
    assert not other["value"].equals(read(out, "assessments")["value"])


def test_district_is_the_province_restricted_to_song_lo(district):
    out, _ = district
    # Before 1/7/2025 the district's xã and villages; after it the xã they merged into (a successor may
    # reuse a code another district's xã had before: that xã's rows are not the district's).
    province = build_sample("province")["assessments"].to_pandas()
    units = read(out, "units")
    after = pd.to_datetime(units["valid_from"]) >= pd.Timestamp("2025-07-01")
    before = set(units.loc[~after, "unit_code"]) | set(read(out, "villages")["village_code"])
    reformed = province["period"].isin(["2025-H2", "2026-H1"])
    from_province = province[
        (~reformed & province["subject_code"].isin(before))
        | (reformed & province["subject_code"].isin(set(units.loc[after, "unit_code"])))
    ].reset_index(drop=True)
    pd.testing.assert_frame_equal(from_province, read(out, "assessments"))
    assert set(from_province["period"]) >= {"2019-H1", "2025-H1", "2025-H2", "2026-H1"}


def test_metadata_marks_the_data_as_sample(district):
    out, _ = district
    metadata = dict(read(out, "metadata")[["key", "value"]].itertuples(index=False))
    assert metadata["is_sample"] == "true"
    assert metadata["scale"] == "district"
    assert metadata["as_of"] == "2026-06-30"
    assert metadata["periods"] == "2016-H1..2026-H1"


def test_every_numeric_indicator_has_a_threshold_for_every_region_and_year_of_its_set(district):
    out, _ = district
    indicators = read(out, "indicators")
    thresholds = read(out, "thresholds")
    sets = read(out, "criteria_sets").set_index("set_id")
    for ind in indicators[indicators["kind"] != "bool"].itertuples():
        rows = thresholds[
            (thresholds["set_id"] == ind.set_id) & (thresholds["indicator_code"] == ind.indicator_code)
        ]
        first, last = sets.loc[ind.set_id, "valid_from"].year, sets.loc[ind.set_id, "valid_to"].year
        for year in range(first, last + 1):
            covering = rows[
                (rows["year_from"] <= year) & (rows["year_to"].isna() | (rows["year_to"] >= year))
            ]
            has_default = covering["region"].isna().any()
            assert has_default or set(REGIONS) <= set(covering["region"]), (
                ind.set_id,
                ind.indicator_code,
                year,
            )
    assert thresholds.merge(indicators[indicators["kind"] == "bool"], on=["set_id", "indicator_code"]).empty


def test_recorded_status_agrees_with_value_and_threshold(district):
    out, _ = district
    assessments = read(out, "assessments")
    assert assessments["status"].isna().equals(assessments["value"].isna())
    criteria = evaluated_criteria(out)
    assert (criteria["status"] == "unknown").any()  # some values are missing


def test_quang_yen_reaches_19_criteria_in_2018_h2_and_not_in_2018_h1(district):
    out, _ = district
    criteria = evaluated_criteria(out)
    quang_yen = criteria[(criteria["subject_code"] == QUANG_YEN) & (criteria["set_id"] == "NTM-2016")]
    met = quang_yen[quang_yen["status"] == "met"].groupby("period").size()
    assert met["2018-H2"] == 19
    assert met.get("2018-H1", 0) < 19
    assert met["2019-H1"] == met["2019-H2"] == 19


def test_quang_yen_is_recognised_in_the_first_half_of_2019(district):
    out, _ = district
    recognitions = read(out, "recognitions")
    ntm = recognitions[(recognitions["subject_code"] == QUANG_YEN) & (recognitions["tier"] == "ntm")]
    assert len(ntm) == 1
    assert (
        pd.Timestamp("2019-01-01") <= pd.Timestamp(ntm["decision_date"].iloc[0]) <= pd.Timestamp("2019-06-30")
    )


def test_quang_yen_has_no_missing_value_or_slip_from_2018_h2_to_2019_h2(district):
    out, _ = district
    assessments = read(out, "assessments")
    rows = assessments[
        (assessments["subject_code"] == QUANG_YEN)
        & assessments["period"].isin(["2018-H2", "2019-H1", "2019-H2"])
    ]
    assert rows["value"].notna().all()
    assert rows["note"].isna().all()


def test_song_lo_trained_37_classes_and_over_2000_people_in_2019_h1(district):
    out, _ = district
    activities = read(out, "activities")
    training = activities[
        (activities["district_code"] == SONG_LO)
        & (activities["period"] == "2019-H1")
        & (activities["kind"] == "training")
    ]
    assert training["events"].sum() == 37
    assert training["participants"].sum() > 2000


def test_every_recognition_follows_a_period_that_reaches_the_tier(district):
    out, _ = district
    reach = reached(out)
    tiers = read(out, "criteria_sets").set_index("set_id")["tier"]
    reach = reach.assign(tier=reach["set_id"].map(tiers), year=reach["period"].str[:4].astype(int))
    first_year = reach.groupby(["subject_code", "tier"])["year"].min().rename("first_year").reset_index()
    recognitions = read(out, "recognitions").merge(first_year, how="left")
    decided = pd.to_datetime(recognitions["decision_date"]).dt.year
    in_data = decided >= 2016
    # Recognised while the data run: all criteria met in some period up to the decision's year end.
    assert (recognitions.loc[in_data, "first_year"] <= decided[in_data]).all()
    # Recognised before the data begin: all criteria met from the first period.
    before = recognitions[~in_data]
    assert (before["tier"] == "ntm").all() and (before["first_year"] == 2016).all()


def test_song_lo_lags_with_only_a_few_communes_recognised_by_mid_2019(district):
    out, _ = district
    recognitions = read(out, "recognitions")
    ntm = recognitions[recognitions["tier"] == "ntm"]
    assert 3 <= (pd.to_datetime(ntm["decision_date"]) <= "2019-06-30").sum() <= 6


def test_csv_files_are_utf8_with_vietnamese_names():
    text = (REFERENCE_DIR / "criteria.csv").read_text(encoding="utf-8")
    assert "Thủy lợi và phòng, chống thiên tai" in text
    indicators = pd.read_csv(REFERENCE_DIR / "indicators.csv", dtype=str)
    assert (indicators["set_id"] == "NTM-2016").sum() == 49


def test_unknown_scale_is_rejected(tmp_path):
    with pytest.raises(ValueError, match="unknown scale"):
        write_sample("commune", tmp_path)


# ----------------------------------------------------------------------------------------------
# Across the 1/7/2025 reform


@pytest.fixture(scope="module")
def province_sample():
    return build_sample("province")


def _frame(tables, name):
    table = tables[name]
    return table.to_pandas() if hasattr(table, "to_pandas") else table


def test_after_the_reform_vinh_phuc_is_36_units_of_phu_tho_without_districts(province_sample):
    units = _frame(province_sample, "units")
    after = units[pd.to_datetime(units["valid_from"]) >= pd.Timestamp("2025-07-01")]
    assert len(after) == 36 and set(after["province_code"]) == {"25"}
    assert after["unit_type"].value_counts().to_dict() == {"xã": 32, "phường": 4}
    assert after["district_code"].isna().all() and after["district_name"].isna().all()
    song_lo = after.set_index("unit_code").loc["08848"]
    assert song_lo["name"] == "Sông Lô"
    # Đồng Thịnh's villages (same code 08848) end with Đồng Thịnh: none is counted under xã Sông Lô.
    villages = _frame(province_sample, "villages")
    assert (
        pd.to_datetime(villages.loc[villages["unit_code"] == "08848", "valid_to"])
        == pd.Timestamp("2025-06-30")
    ).all()
    assert villages["valid_to"].notna().all()
    metadata = dict(_frame(province_sample, "metadata")[["key", "value"]].itertuples(index=False))
    assert "không phải toàn tỉnh Phú Thọ" in metadata["coverage.25.vi"]
    assert "not the whole of Phú Thọ" in metadata["coverage.25.en"]


def test_each_period_after_the_reform_assesses_the_new_xa_on_its_set(province_sample):
    assessments = _frame(province_sample, "assessments")
    units = _frame(province_sample, "units")
    new_xa = set(
        units[
            (pd.to_datetime(units["valid_from"]) >= pd.Timestamp("2025-07-01")) & (units["unit_type"] == "xã")
        ]["unit_code"]
    )
    sets = assessments.groupby("period")["set_id"].agg(set)
    assert sets["2025-H1"] >= {"NTM-2021"} and "NTM-2026" not in sets["2025-H1"]
    assert sets["2025-H2"] == {"NTM-2021"}
    assert {"NTM-2026"} <= sets["2026-H1"] <= {"NTM-2026", "HD-2026"}
    for period in ("2025-H2", "2026-H1"):
        ntm = assessments[(assessments["period"] == period) & assessments["set_id"].str.startswith("NTM")]
        assert set(ntm["subject_code"]) == new_xa
        assert (
            ntm.groupby("subject_code")["indicator_code"]
            .nunique()
            .eq(49 if period == "2025-H2" else 47)
            .all()
        )
    groups = _frame(province_sample, "commune_groups")
    assert set(groups["unit_code"]) == new_xa and set(groups["commune_group"]) <= {"1", "2", "3"}
    assert (groups["year_from"] == 2026).all()


def test_no_successor_holds_a_decision_of_its_predecessors(province_sample):
    recognitions = _frame(province_sample, "recognitions")
    units = _frame(province_sample, "units")
    new_xa = set(units[pd.to_datetime(units["valid_from"]) >= pd.Timestamp("2025-07-01")]["unit_code"])
    after = recognitions[pd.to_datetime(recognitions["decision_date"]) >= pd.Timestamp("2025-07-01")]
    # Every decision after the reform names a new unit and recognises its own year; few are made so soon.
    assert set(after["subject_code"]) <= new_xa and len(after) > 0
    assert 0 < len(after) < len(new_xa) / 2
    years = dict(zip(pd.to_datetime(after["decision_date"]).dt.year, after["recognised_year"], strict=False))
    assert all(year == recognised for year, recognised in years.items())


def test_quang_yen_is_recognised_for_2018_by_a_decision_of_2019(province_sample):
    recognitions = _frame(province_sample, "recognitions")
    quang_yen = recognitions[(recognitions["subject_code"] == "08776") & (recognitions["tier"] == "ntm")]
    assert quang_yen[["decision_no", "recognised_year"]].values.tolist() == [["735/QĐ-UBND", 2018]]
    assert pd.Timestamp(quang_yen["decision_date"].iloc[0]) == pd.Timestamp("2019-03-15")


def test_the_sample_carries_the_programme_targets(province_sample):
    targets = _frame(province_sample, "programme_targets")
    national = targets[targets["scope_level"] == "national"].set_index(["tier", "target_year"])
    assert national.loc[("ntm", 2030), "target_share"] == 65.0
    assert national.loc[("advanced", 2025), "basis"] == "ntm_communes"
