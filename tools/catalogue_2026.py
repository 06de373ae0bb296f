"""Writes the 2026–2030 rows of the reference catalogue (ntm/reference/*.csv): the ten official criteria of
QĐ 51/2025/QĐ-TTg with sample indicators and per-group thresholds (the 47 official indicators are not in
any public copy found), the pilot "xã NTM hiện đại" set, and the sample map from 2021–2025 indicators.

Run once, by hand, when the sample catalogue changes: `python -m tools.catalogue_2026`. Rows of the two
sets are replaced; every other row is kept. An office replaces all of this by importing the official list.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

REFERENCE = Path(__file__).resolve().parent.parent / "ntm" / "reference"
SHARED_CRITERIA = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "domain" / "criteria_2026_2030.csv"
)

NEW_SET, MODERN_SET, OLD_SET = "NTM-2026", "HD-2026", "NTM-2021"
SAMPLE = "MẪU / SAMPLE"
LEGAL = "Quyết định 51/2025/QĐ-TTg ngày 29/12/2025, Phụ lục I"
CRITERIA_EN = (
    "Planning",
    "Socio-economic infrastructure",
    "Rural economic development",
    "Rural human-resource training",
    "Culture, education and health",
    "Poverty reduction and social security",
    "Science, technology and digital transformation",
    "Rural environment and landscape",
    "Political system and public administration",
    "Access to law; security and defence",
)
# Which 2021–2025 indicators each new criterion's sample indicators continue (47 of the 49).
CONTINUES = {
    1: ("1.1", "1.2"),
    2: (
        "2.1",
        "2.2",
        "2.3",
        "2.4",
        "3.1",
        "3.2",
        "4.1",
        "4.2",
        "5",
        "6.1",
        "6.2",
        "6.3",
        "7",
        "8.1",
        "8.3",
        "9.2",
    ),
    3: ("10", "13.1", "13.2"),
    4: ("12", "14.3"),
    5: ("14.1", "14.2", "15.1", "15.2", "15.3", "16"),
    6: ("11",),
    7: ("8.2", "8.4"),
    8: ("17.1", "17.2", "17.3", "17.5", "17.6", "17.7", "17.8"),
    9: ("18.1", "18.2", "18.3", "18.4"),
    10: ("18.5", "18.6", "19.1", "19.2"),
}
RENAMED = {"11": ("Tỷ lệ nghèo đa chiều giai đoạn 2026-2030", "Multidimensional poverty rate, 2026–2030")}
GROUPS = ("1", "2", "3")
THRESHOLD_SOURCE = (
    f"{SAMPLE}: ngưỡng theo nhóm xã giả lập từ mức 2021–2025 (nhóm 2 = mức cũ, nhóm 1 cao hơn, nhóm 3 thấp hơn); "
    "chưa có bản công khai của 47 chỉ tiêu / invented per commune group from the 2021–2025 level (group 2 = the old "
    "level, group 1 higher, group 3 lower); the 47 official indicators are not in any public copy found"
)
MODERN_CRITERIA = (
    ("Đạt chuẩn xã nông thôn mới giai đoạn 2026–2030", "A recognised NTM commune under the 2026–2030 set"),
    ("Thu nhập và kinh tế nông thôn hiện đại", "Income and a modern rural economy"),
    ("Chuyển đổi số và dịch vụ công trực tuyến", "Digital transformation and online public services"),
    ("Môi trường, cảnh quan xanh - sạch - đẹp", "A green, clean and beautiful environment and landscape"),
)
MODERN_INDICATORS = (
    # code, criterion, name_vi, name_en, unit, kind, direction, thresholds by group
    (
        "1",
        1,
        "Xã đã được công nhận đạt chuẩn NTM giai đoạn 2026–2030",
        "Recognised NTM under the 2026–2030 set",
        "",
        "bool",
        "=",
        None,
    ),
    (
        "2.1",
        2,
        "Thu nhập bình quân đầu người khu vực nông thôn",
        "Rural income per person",
        "triệu đồng/người/năm",
        "number",
        ">=",
        (110, 95, 80),
    ),
    (
        "2.2",
        2,
        "Tỷ lệ lao động có việc làm qua đào tạo",
        "Share of workers with trained jobs",
        "%",
        "percent",
        ">=",
        (85, 80, 70),
    ),
    (
        "3.1",
        3,
        "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình",
        "Share of administrative files handled fully online",
        "%",
        "percent",
        ">=",
        (90, 85, 75),
    ),
    (
        "3.2",
        3,
        "Tỷ lệ hộ có thanh toán không dùng tiền mặt",
        "Share of households paying without cash",
        "%",
        "percent",
        ">=",
        (85, 80, 70),
    ),
    (
        "4.1",
        4,
        "Tỷ lệ chất thải rắn sinh hoạt được phân loại tại nguồn",
        "Share of household waste sorted at source",
        "%",
        "percent",
        ">=",
        (90, 85, 75),
    ),
    (
        "4.2",
        4,
        "Có tuyến đường, thôn xanh - sạch - đẹp đạt chuẩn",
        "Roads and villages meeting the green, clean, beautiful standard",
        "",
        "bool",
        "=",
        None,
    ),
)


def _read(name: str) -> tuple[list[str], list[dict]]:
    text = (REFERENCE / f"{name}.csv").read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    return list(reader.fieldnames or []), list(reader)


def _write(name: str, header: list[str], rows: list[dict]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (REFERENCE / f"{name}.csv").write_text(out.getvalue(), encoding="utf-8")


def _replace(name: str, new_rows: list[dict], set_column: str = "set_id") -> None:
    header, rows = _read(name)
    kept = [r for r in rows if r[set_column] not in (NEW_SET, MODERN_SET)]
    _write(name, header, kept + [{c: r.get(c, "") for c in header} for r in new_rows])


def _official_criteria() -> list[str]:
    with SHARED_CRITERIA.open(encoding="utf-8") as f:
        return [row["criterion_name_vi"] for row in csv.DictReader(f)]


def _old_thresholds(code: str) -> float | None:
    """The 2021–2025 level of 2025 for the Red River Delta, else the all-regions one."""
    _, rows = _read("thresholds")
    found = {
        r["region"]: float(r["threshold_value"])
        for r in rows
        if r["set_id"] == OLD_SET
        and r["indicator_code"] == code
        and int(r["year_from"]) <= 2025
        and (not r["year_to"] or int(r["year_to"]) >= 2025)
    }
    return found.get("DBSH", found.get(""))


def _by_group(old: float, kind: str, direction: str) -> tuple[float, float, float]:
    if direction == "=":
        return (old, old, old)
    up, down = (1.15, 0.85) if kind == "number" else (1.05, 0.9)
    if direction == "<=":
        up, down = 0.8, 1.3
    cap = (lambda v: min(v, 100.0)) if kind == "percent" else (lambda v: v)
    return tuple(round(cap(v), 1) for v in (old * up, old, old * down))  # type: ignore[return-value]


def main() -> None:
    names = _official_criteria()
    _, old_indicators = _read("indicators")
    old = {r["indicator_code"]: r for r in old_indicators if r["set_id"] == OLD_SET}
    sets = [
        {"set_id": NEW_SET, "tier": "ntm", "level": "commune",
         "name_vi": "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026–2030",
         "name_en": "National criteria for new-rural communes, 2026–2030",
         "legal_basis": f"{LEGAL} (10 tiêu chí chính thức; {SAMPLE}: chỉ tiêu và ngưỡng là mẫu / the ten criteria are "
                        "official; indicators and thresholds are sample)",
         "valid_from": "2026-02-15", "valid_to": "2030-12-31", "threshold_basis": "commune_group"},
        {"set_id": MODERN_SET, "tier": "modern", "level": "commune",
         "name_vi": "Khung thí điểm xã nông thôn mới hiện đại giai đoạn 2026–2030",
         "name_en": "Pilot framework for modern new-rural communes, 2026–2030",
         "legal_basis": f"Quyết định 51/2025/QĐ-TTg, Phụ lục II ({SAMPLE}: nội dung chưa công khai, tiêu chí là mẫu / "
                        "content not published; these criteria are sample)",
         "valid_from": "2026-02-15", "valid_to": "2030-12-31", "threshold_basis": "commune_group"},
    ]  # fmt: skip
    criteria = [
        {
            "set_id": NEW_SET,
            "criterion_no": no,
            "group_no": "",
            "name_vi": names[no - 1],
            "name_en": CRITERIA_EN[no - 1],
        }
        for no in range(1, 11)
    ] + [
        {"set_id": MODERN_SET, "criterion_no": no, "group_no": "", "name_vi": vi, "name_en": en}
        for no, (vi, en) in enumerate(MODERN_CRITERIA, start=1)
    ]
    indicators, thresholds, successors = [], [], []
    for no, old_codes in CONTINUES.items():
        for k, old_code in enumerate(old_codes, start=1):
            source = old[old_code]
            code = f"{no}.{k}" if len(old_codes) > 1 else str(no)
            name_vi, name_en = RENAMED.get(old_code, (source["name_vi"], source["name_en"]))
            indicators.append({**source, "set_id": NEW_SET, "indicator_code": code, "criterion_no": no,
                               "name_vi": name_vi, "name_en": name_en})  # fmt: skip
            successors.append({"from_set_id": OLD_SET, "from_indicator_code": old_code,
                               "to_set_id": NEW_SET, "to_indicator_code": code})  # fmt: skip
            level = _old_thresholds(old_code)
            if source["kind"] != "bool" and level is not None:
                for group, value in zip(
                    GROUPS, _by_group(level, source["kind"], source["direction"]), strict=True
                ):
                    thresholds.append({"set_id": NEW_SET, "indicator_code": code, "region": "", "commune_group": group,
                                       "year_from": 2026, "year_to": "", "threshold_value": value,
                                       "source": THRESHOLD_SOURCE})  # fmt: skip
    for code, no, vi, en, unit, kind, direction, levels in MODERN_INDICATORS:
        indicators.append({"set_id": MODERN_SET, "indicator_code": code, "criterion_no": no, "name_vi": vi,
                           "name_en": en, "unit": unit, "kind": kind, "direction": direction})  # fmt: skip
        for group, value in zip(GROUPS, levels or (), strict=False):
            thresholds.append({"set_id": MODERN_SET, "indicator_code": code, "region": "", "commune_group": group,
                               "year_from": 2026, "year_to": "", "threshold_value": value,
                               "source": f"{SAMPLE}: khung thí điểm chưa công khai / pilot framework not published"})  # fmt: skip
    assert sum(1 for i in indicators if i["set_id"] == NEW_SET) == 47
    _replace("criteria_sets", sets)
    _replace("criteria", criteria)
    _replace("indicators", indicators)
    _replace("thresholds", thresholds)
    _write("sample_indicator_successors", ["from_set_id", "from_indicator_code", "to_set_id", "to_indicator_code"],
           successors)  # fmt: skip


if __name__ == "__main__":
    main()
