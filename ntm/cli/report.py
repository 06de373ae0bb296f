"""`python -m ntm report`: the meeting briefing (Word) and its Excel annex for one district or province."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ntm import queries
from ntm.cli.data import open_current_store
from ntm.cli.export import Refused, check_choice, province_of_area, resolve_scope
from ntm.figures.scope import after_reform
from ntm.i18n import t


def _province_of_district(con, district: str, period: str, lang: str) -> str:
    """The province holding `district` in the period; an unknown code is refused with every valid one."""
    owners = {}
    for province in queries.provinces(con, period)["province_code"]:
        for code in queries.districts(con, province, period)["district_code"]:
            owners[code] = province
    check_choice("district", district, list(owners), lang)
    return owners[district]


def build_briefing(con, args: argparse.Namespace, version: str):
    """The `Briefing` of the scope the arguments name (each value checked against the data)."""
    from ntm.briefing.facts import briefing_facts

    periods = queries.available_periods(con)
    check_choice("period", args.period, periods, args.lang)
    province = args.province
    area = getattr(args, "area", None)
    if area:
        province = province or province_of_area(con, area, args.period, args.lang)
    elif args.district and after_reform(args.period):
        area = args.district  # no district after the reform: its code names the former district's area
        province = province or province_of_area(con, area, args.period, args.lang)
    elif args.district:
        owner = _province_of_district(con, args.district, args.period, args.lang)
        province = province or owner
    scope_args = argparse.Namespace(
        period=args.period,
        province=province,
        district=None if area else args.district,
        area=area,
        unit=None,
        criterion=None,
        set=None,
        lang=args.lang,
    )
    scope = resolve_scope(con, scope_args, version, default_district=False)
    return briefing_facts(con, scope)


def run(args: argparse.Namespace) -> int:
    from ntm.briefing.annex import annex_xlsx
    from ntm.briefing.charts import key_charts
    from ntm.briefing.document import briefing_docx

    store = open_current_store(args)
    cursor = store.cursor()
    try:
        briefing = build_briefing(cursor, args, store.version)
    except Refused as refusal:
        print(refusal, file=sys.stderr)
        return 2
    finally:
        cursor.close()
        store.close()
    Path(args.output).write_bytes(briefing_docx(briefing, args.lang, key_charts))
    print(t("briefing.written", args.lang, path=args.output))
    if args.annex:
        Path(args.annex).write_bytes(annex_xlsx(briefing, args.lang))
        print(t("briefing.written", args.lang, path=args.annex))
    return 0


def add_parser(commands) -> None:
    report = commands.add_parser("report", help="write the meeting briefing (Word) and its Excel annex")
    report.add_argument("--data", help="folder of the Parquet tables (default: $NTM_DATA_DIR)")
    report.add_argument("--period", required=True, help="e.g. 2019-H1")
    place = report.add_mutually_exclusive_group(required=True)
    place.add_argument("--district", help="district code, e.g. 253")
    place.add_argument("--area", help="former district code, e.g. 253 (its area, in any period)")
    place.add_argument("--province", help="province code, e.g. 26 (the whole province)")
    report.add_argument("--lang", choices=("vi", "en"), default="vi")
    report.add_argument("-o", "--output", required=True, help="the Word file to write (.docx)")
    report.add_argument("--annex", help="also write the Excel annex to this file (.xlsx)")
    report.set_defaults(handler=run)
