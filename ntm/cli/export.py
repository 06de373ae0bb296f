"""`python -m ntm export TABLE …`: resolves the scope from codes (defaults from the data), writes one table."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ntm import queries
from ntm.export import (
    TABLES,
    WHOLE_PLACE_TABLES,
    ExportError,
    ExportScope,
    available_tables,
    build_table,
    export_file_name,
    filter_rows,
    table_title,
    to_csv_bytes,
    to_xlsx_bytes,
)
from ntm.figures.scope import after_reform
from ntm.filters import Filters
from ntm.i18n import t
from ntm.tables.scope import area_name, place_name


class Refused(Exception):
    """A value not in the data: the message names it and the valid choices (exit code 2)."""


def check_choice(what: str, value, choices: list, lang: str) -> None:
    if value not in choices:
        shown = ", ".join(str(c) for c in choices) or "–"
        raise Refused(
            t(
                "export.error.unknown_value",
                lang,
                what=t(f"export.what.{what}", lang),
                value=value,
                choices=shown,
            )
        )


def province_of_area(con, area: str, period: str, lang: str) -> str:
    """The province holding a former district's area (a district, before the reform) in the period; an
    unknown code is refused with every valid one."""
    owners = {}
    for province in queries.provinces(con, period)["province_code"]:
        for code in queries.former_districts(con, province, period)["district_code"]:
            owners.setdefault(code, province)
    check_choice("area", area, list(owners), lang)
    return owners[area]


def resolve_scope(con, args: argparse.Namespace, version: str, default_district: bool = True) -> ExportScope:
    """The scope the arguments name, each value checked against the data; defaults as the dashboard's
    (`default_district=False`: a province without --district means the whole province)."""
    lang = args.lang
    periods = queries.available_periods(con)
    if not periods:
        raise Refused(t("export.error.no_period", lang))
    period = args.period or periods[-1]
    check_choice("period", period, periods, lang)

    metadata = queries.dataset_metadata(con)
    provinces = queries.provinces(con, period)
    province_names = dict(zip(provinces["province_code"], provinces["province_name"], strict=True))
    # After the reform there is no district: a district code names that former district's area, as an
    # old link does on the pages.
    area = getattr(args, "area", None) or (args.district if after_reform(period) else None)
    district = None if after_reform(period) else args.district
    default_province = metadata.get("default_province")
    if args.province:
        province = args.province
    elif area is not None:
        province = province_of_area(con, area, period, lang)
    else:
        province = default_province if default_province in province_names else next(iter(province_names))
    check_choice("province", province, list(province_names), lang)

    area_names: dict[str, str] = {}
    if area is not None:
        areas = queries.former_districts(con, province, period)
        area_names = dict(zip(areas["district_code"], areas["district_name"], strict=True))
        check_choice("area", area, list(area_names), lang)
    district_names: dict[str, str] = {}
    if not after_reform(period):
        districts = queries.districts(con, province, period)
        district_names = dict(zip(districts["district_code"], districts["district_name"], strict=True))
    if (
        district is None
        and area is None
        and default_district
        and not after_reform(period)
        and args.province in (None, default_province)
    ):
        default_district = metadata.get("default_district")
        district = default_district if default_district in district_names else None
    if district is not None:
        check_choice("district", district, list(district_names), lang)

    communes = queries.communes_in_place(con, province, district, period, area)
    commune_names = dict(zip(communes["unit_code"], communes["name"], strict=True))
    for unit in args.unit or []:
        check_choice("unit", unit, list(commune_names), lang)

    sets = queries.commune_sets_assessed_in(con, period)
    set_names = dict(zip(sets["set_id"], sets[f"name_{lang}"], strict=True))
    if not set_names:
        raise Refused(t("export.error.no_set", lang, period=period))
    set_id = args.set or next(iter(set_names))  # NTM sets come first, newest first
    check_choice("set", set_id, list(set_names), lang)

    criteria = queries.criteria_of_set(con, set_id)
    criterion_names = dict(zip(criteria["criterion_no"].astype(int), criteria[f"name_{lang}"], strict=True))
    for number in args.criterion or []:
        check_choice("criterion", number, list(criterion_names), lang)

    filters = Filters(
        period=period,
        set_id=set_id,
        province_code=province,
        district_code=district,
        area_code=area,
        unit_codes=tuple(args.unit or ()),
        criteria=tuple(args.criterion or ()),
    )
    return ExportScope(
        filters=filters,
        province=place_name(province_names[province], lang),
        district=place_name(district_names.get(district), lang) if district else None,
        area=area_name(area_names[area], lang) if area else None,
        communes=tuple(commune_names[c] for c in filters.unit_codes),
        set_name=set_names[set_id],
        criteria=tuple(f"{n}. {criterion_names[n]}" for n in filters.criteria),
        data_version=version,
    )


def run(args: argparse.Namespace) -> int:
    from ntm.cli.data import open_current_store

    lang = args.lang
    if TABLES.get(args.table) is None:
        print(
            t("export.error.not_yet", lang, table=args.table, choices=", ".join(available_tables())),
            file=sys.stderr,
        )
        return 2
    store = open_current_store(args)
    cursor = store.cursor()
    try:
        scope = resolve_scope(cursor, args, store.version, args.table not in WHOLE_PLACE_TABLES)
        table = build_table(cursor, args.table, scope.filters, lang, args.raw)
    except Refused as refusal:
        print(refusal, file=sys.stderr)
        return 2
    except ExportError:  # a table of one commune asked for without exactly one --unit
        choices = queries.communes_in_place(
            cursor,
            scope.filters.province_code,
            scope.filters.district_code,
            scope.filters.period,
            scope.filters.area_code,
        )
        shown = ", ".join(f"{c} ({n})" for c, n in zip(choices["unit_code"], choices["name"], strict=True))
        print(t("export.error.one_unit", lang, table=args.table, choices=shown), file=sys.stderr)
        return 2
    finally:
        cursor.close()
        store.close()
    if args.format == "csv":
        content = to_csv_bytes(table.frame)
    else:
        content = to_xlsx_bytes(
            table.frame,
            table_title(args.table, lang),
            filter_rows(scope, args.table, lang),
            lang,
            table.percent_columns,
            kinds=table.kinds,
        )
    out = (
        Path(args.output)
        if args.output
        else Path(export_file_name(args.table, scope.place, scope.filters.period, args.format))
    )
    out.write_bytes(content)
    print(t("export.written", lang, rows=len(table.frame), path=out))
    return 0


def add_parser(commands) -> None:
    export = commands.add_parser("export", help="write one table of a scope as CSV or xlsx")
    export.add_argument("table", choices=list(TABLES), metavar="TABLE", help=f"one of: {', '.join(TABLES)}")
    export.add_argument("--data", help="folder of the Parquet tables (default: $NTM_DATA_DIR)")
    export.add_argument("--period", help="e.g. 2019-H1 (default: the latest assessed)")
    export.add_argument("--province", help="province code (default: the data's default_province)")
    export.add_argument("--district", help="district code (default: the data's default_district)")
    export.add_argument(
        "--area", help="former district code: its communes before 1/7/2025, their successors after it"
    )
    export.add_argument("--unit", nargs="+", help="commune codes (default: every commune of the place)")
    export.add_argument("--criterion", nargs="+", type=int, help="criterion numbers (default: all)")
    export.add_argument("--set", help="criteria set id (default: the NTM set assessed in the period)")
    export.add_argument("--lang", choices=("vi", "en"), default="vi")
    export.add_argument("--raw", action="store_true", help="data-model column names and unformatted values")
    export.add_argument("--format", choices=("csv", "xlsx"), required=True)
    export.add_argument("-o", "--output", help="file to write (default: a name saying what and when)")
    export.set_defaults(handler=run)
