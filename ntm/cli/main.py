"""`python -m ntm …`: the command line for staff and for checks."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ntm.cli.data import NoSuchPath, existing_folder
from ntm.i18n import t
from ntm.sample import SCALES


def _cmd_sample(args: argparse.Namespace) -> int:
    from ntm.sample import write_sample

    started = time.perf_counter()
    counts = write_sample(args.scale, Path(args.out), seed=args.seed)
    elapsed = time.perf_counter() - started
    total = sum(counts.values())
    print(f"sample '{args.scale}' → {args.out}: {total:,} rows in {len(counts)} tables ({elapsed:.1f} s)")
    for table, rows in counts.items():
        print(f"  {table:<14} {rows:>12,}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from ntm.store.checks import check_data_dir
    from ntm.store.versions import published_dir

    # A data root with published versions: check what viewers are shown (the current version).
    data_dir = published_dir(existing_folder(Path(args.data_dir)))
    problems = check_data_dir(data_dir)
    for problem in problems:
        print(problem.render(args.lang) if args.lang else problem.render_bilingual())
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    languages = [args.lang] if args.lang else ["vi", "en"]
    if errors:
        for lang in languages:
            print(t("check.failed", lang, errors=errors, warnings=warnings), file=sys.stderr)
        return 1
    import pyarrow.parquet as pq

    files = sorted(data_dir.glob("*.parquet"))
    rows = sum(pq.ParquetFile(f).metadata.num_rows for f in files)
    for lang in languages:
        print(t("check.ok", lang, tables=len(files), rows=f"{rows:,}"))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m ntm", description="NTM Dashboard command line")
    commands = parser.add_subparsers(dest="command", required=True)

    sample = commands.add_parser("sample", help="write a deterministic sample data set")
    sample.add_argument("--scale", choices=SCALES, default="province")
    sample.add_argument("--out", required=True, help="folder to write the Parquet tables into")
    sample.add_argument("--seed", type=int, default=2019)
    sample.set_defaults(handler=_cmd_sample)

    check = commands.add_parser("check", help="check a data folder against the data contract")
    check.add_argument("data_dir")
    check.add_argument("--lang", choices=("vi", "en"), help="one language only (default: both)")
    check.set_defaults(handler=_cmd_check)

    from ntm.cli import export, imports, report

    for module in (export, report, imports):
        module.add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except NoSuchPath as missing:
        print(missing, file=sys.stderr)
        return 2
