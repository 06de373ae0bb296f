"""The data contract: every table, column, type, key and allowed value of the data directory.

Users prepare Parquet files to this registry; loading, `ntm check`, the importer and the sample
generator all read it, so a column name is written here once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Tiers a commune is recognised at, lowest first; then the village tier. Which of them a period has is
# decided by the criteria sets in force (2016–2025: ntm, advanced, model_commune; 2026–2030: ntm and the
# pilot "xã NTM hiện đại", `modern`).
COMMUNE_TIERS = ("ntm", "advanced", "model_commune", "modern")
TIERS = (*COMMUNE_TIERS, "model_village")
LEVELS = ("commune", "village")
UNIT_TYPES = ("xã", "phường", "thị trấn", "đặc khu")
# The unit type the programme assesses and gives a commune group: phường, thị trấn and đặc khu are not
# communes of the NTM programme.
COMMUNE_UNIT_TYPE = "xã"
INDICATOR_KINDS = ("bool", "percent", "number")
DIRECTIONS = (">=", "<=", "=")
STATUSES = ("met", "not_met", "unknown", "not_applicable")
LINEAGE_RELATIONS = ("merge", "split", "rename")
FUNDING_SOURCES = ("central", "local", "integrated", "credit", "enterprise", "community")
ACTIVITY_KINDS = ("training", "communication")
PERIOD_PATTERN = r"^[0-9]{4}-H[12]$"
# Since this day there is no district level (the two-tier local government of 2025): a unit valid from it
# has a province and no district.
REFORM_DATE = date(2025, 7, 1)
# What a set's thresholds are keyed by: the seven regions (2016–2025) or the commune groups (2026–2030).
THRESHOLD_BASES = ("region", "commune_group")
# The commune groups of QĐ 51/2025/QĐ-TTg: 1 near-urban, 2 the rest, 3 ethnic-minority and mountain areas.
COMMUNE_GROUPS = ("1", "2", "3")
# The base of a programme target's share: every xã of its scope, or the xã already recognised NTM
# (how nâng cao and kiểu mẫu shares are published).
TARGET_BASES = ("all_communes", "ntm_communes")
SCOPE_LEVELS = ("national", "province", "commune")


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # one of: str, date, int, float, bool
    nullable: bool = True
    allowed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    required: bool = True
    description: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return f"{self.name}.parquet"

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _c(name: str, dtype: str = "str", nullable: bool = True, allowed: tuple[str, ...] = ()) -> Column:
    return Column(name, dtype, nullable, allowed)


TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "units",
            (
                _c("unit_code", nullable=False),
                _c("name", nullable=False),
                _c("unit_type", nullable=False, allowed=UNIT_TYPES),
                _c("district_code"),
                _c("district_name"),
                _c("province_code", nullable=False),
                _c("province_name", nullable=False),
                _c("region", nullable=False),
                _c("valid_from", "date", nullable=False),
                _c("valid_to", "date"),
            ),
            key=("unit_code", "valid_from"),
            description="Communes, wards and towns, one row per (code, validity).",
        ),
        Table(
            "unit_lineage",
            (
                _c("from_code", nullable=False),
                _c("to_code", nullable=False),
                _c("relation", nullable=False, allowed=LINEAGE_RELATIONS),
                _c("legal_act"),
                _c("effective_date", "date", nullable=False),
            ),
            key=("from_code", "to_code", "effective_date"),
            required=False,
        ),
        Table(
            "commune_groups",
            (
                _c("unit_code", nullable=False),
                _c("commune_group", nullable=False, allowed=COMMUNE_GROUPS),
                _c("year_from", "int", nullable=False),
                _c("year_to", "int"),
                _c("source"),
            ),
            key=("unit_code", "year_from"),
            required=False,
            description="The group (xã nhóm 1, 2, 3 of QĐ 51/2025/QĐ-TTg) of each xã, per range of years.",
        ),
        Table(
            "villages",
            (
                _c("village_code", nullable=False),
                _c("unit_code", nullable=False),
                _c("name", nullable=False),
                _c("valid_from", "date", nullable=False),
                _c("valid_to", "date"),
            ),
            key=("village_code", "valid_from"),
            required=False,
        ),
        Table(
            "criteria_sets",
            (
                _c("set_id", nullable=False),
                _c("tier", nullable=False, allowed=TIERS),
                _c("level", nullable=False, allowed=LEVELS),
                _c("name_vi", nullable=False),
                _c("name_en", nullable=False),
                _c("legal_basis"),
                _c("valid_from", "date", nullable=False),
                _c("valid_to", "date"),
                _c("threshold_basis", allowed=THRESHOLD_BASES),  # null: region (data made before 2026)
            ),
            key=("set_id",),
        ),
        Table(
            "criteria",
            (
                _c("set_id", nullable=False),
                _c("criterion_no", "int", nullable=False),
                _c("group_no", "int"),
                _c("name_vi", nullable=False),
                _c("name_en", nullable=False),
            ),
            key=("set_id", "criterion_no"),
        ),
        Table(
            "indicators",
            (
                _c("set_id", nullable=False),
                _c("indicator_code", nullable=False),
                _c("criterion_no", "int", nullable=False),
                _c("name_vi", nullable=False),
                _c("name_en", nullable=False),
                _c("unit"),
                _c("kind", nullable=False, allowed=INDICATOR_KINDS),
                _c("direction", allowed=DIRECTIONS),
            ),
            key=("set_id", "indicator_code"),
        ),
        Table(
            "thresholds",
            (
                _c("set_id", nullable=False),
                _c("indicator_code", nullable=False),
                _c("region"),  # null: every region that has no row of its own
                _c("commune_group", allowed=COMMUNE_GROUPS),  # null: every group that has no row of its own
                _c("year_from", "int", nullable=False),
                _c("year_to", "int"),
                _c("threshold_value", "float", nullable=False),
                _c("source"),
            ),
            key=("set_id", "indicator_code", "region", "commune_group", "year_from"),
            required=False,
        ),
        Table(
            "assessments",
            (
                _c("subject_code", nullable=False),
                _c("period", nullable=False),
                _c("set_id", nullable=False),
                _c("indicator_code", nullable=False),
                _c("value", "float"),
                _c("status", allowed=STATUSES),
                _c("source"),
                _c("note"),
            ),
            key=("subject_code", "period", "set_id", "indicator_code"),
        ),
        Table(
            "recognitions",
            (
                _c("subject_code", nullable=False),
                _c("tier", nullable=False, allowed=TIERS),
                _c("decision_no", nullable=False),
                _c("decision_date", "date", nullable=False),
                # The year the decision recognises ("đạt chuẩn NTM năm 2018", signed 03/2019); null: the
                # decision's own year.
                _c("recognised_year", "int"),
                _c("revoked_date", "date"),
            ),
            key=("subject_code", "tier", "decision_date"),
            required=False,
        ),
        Table(
            "plans",
            (
                _c("subject_code", nullable=False),
                _c("tier", nullable=False, allowed=TIERS),
                _c("target_year", "int", nullable=False),
            ),
            key=("subject_code", "tier"),
            required=False,
        ),
        Table(
            "programme_targets",
            (
                _c("scope_level", nullable=False, allowed=SCOPE_LEVELS),
                _c("scope_code"),  # null for the national scope
                _c("tier", nullable=False, allowed=TIERS),
                _c("target_year", "int", nullable=False),
                _c("target_share", "float"),  # percent of the base
                _c("target_count", "int"),
                _c("basis", nullable=False, allowed=TARGET_BASES),
                _c("legal_basis"),
                _c("note"),
            ),
            key=("scope_level", "scope_code", "tier", "target_year"),
            required=False,
            description="Programme targets: a share (of the basis) or a count of xã at a tier by a year.",
        ),
        Table(
            "funding",
            (
                _c("unit_code", nullable=False),
                _c("period", nullable=False),
                _c("source_category", nullable=False, allowed=FUNDING_SOURCES),
                _c("amount_mvnd", "float", nullable=False),
            ),
            key=("unit_code", "period", "source_category"),
            required=False,
        ),
        Table(
            "activities",
            (
                _c("period", nullable=False),
                _c("unit_code"),  # null: district-wide
                _c("district_code", nullable=False),
                _c("kind", nullable=False, allowed=ACTIVITY_KINDS),
                _c("events", "int", nullable=False),
                _c("participants", "int"),
            ),
            key=("period", "district_code", "unit_code", "kind"),
            required=False,
        ),
        Table(
            "metadata",
            (_c("key", nullable=False), _c("value")),
            key=("key",),
            required=False,
            description="Free key/value facts about the data set; is_sample=true marks sample data.",
        ),
    )
}

PERIOD_COLUMNS = {"assessments": "period", "funding": "period", "activities": "period"}

# Arrow type ids that satisfy each registry type when a Parquet file is read.
DUCKDB_TYPES = {"str": "VARCHAR", "date": "DATE", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN"}
