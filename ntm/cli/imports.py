"""`python -m ntm import | versions | rollback | template | hash-password`: data in from the command line.

The command line is trusted local access (staff at the server): it needs no admin password.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from ntm.cli.data import data_root, existing_file
from ntm.i18n import t


def _both(key: str, **values: object) -> str:
    return f"{t(key, 'vi', **values)} / {t(key, 'en', **values)}"


def _cmd_import(args: argparse.Namespace) -> int:
    from ntm.importing.changes import preview_lines
    from ntm.importing.importer import import_file
    from ntm.importing.summary import summary_text

    root, path = data_root(args), existing_file(Path(args.file))
    if args.confirm_removals and not args.replace:
        print(_both("datain.cli.confirm_without_replace"), file=sys.stderr)
        return 2
    result = import_file(
        root,
        path.name,
        path.read_bytes(),
        admin=args.admin,
        publish=not args.dry_run,
        replace=args.replace,
        confirmed_removals=args.confirm_removals or 0,
    )
    # The change preview first, per commune: what will be (or was) added, changed and removed.
    for line in preview_lines(result.changes, result.names):
        print(line)
    for problem in result.problems:
        print(problem.render_bilingual())
    if any(p.code == "removals_not_confirmed" for p in result.problems):
        print(_both("datain.cli.removals_refused", count=result.removed), file=sys.stderr)
        return 1
    if result.problems:
        print(_both("datain.cli.failed", count=len(result.problems)), file=sys.stderr)
        return 1
    for lang in ("vi", "en"):
        print(summary_text(result.summary, lang))
    if result.version:
        print(_both("datain.cli.published", version=result.version.id))
    else:
        print(_both("datain.cli.valid"))
    return 0


def _cmd_versions(args: argparse.Namespace) -> int:
    from ntm.importing.summary import summary_text
    from ntm.store.versions import list_versions

    root = data_root(args)
    versions = list_versions(root)
    if not versions:
        print(_both("datain.versions.none"))
    for version in versions:
        mark = "*" if version.is_current else " "
        print(
            f"{mark} {version.id}  {version.created_at}  {version.admin or '-'}  {version.source}  "
            f"{summary_text(version.summary, 'en')}"
        )
    return 0


def _cmd_rollback(args: argparse.Namespace) -> int:
    from ntm.store.versions import VersionError, list_versions, rollback

    root = data_root(args)
    try:
        rollback(root, args.version, admin=args.admin)
    except VersionError:
        choices = ", ".join(v.id for v in list_versions(root)) or "–"
        print(_both("datain.cli.unknown_version", version=args.version, choices=choices), file=sys.stderr)
        return 2
    print(_both("datain.cli.rolled_back", version=args.version))
    return 0


def _cmd_template(args: argparse.Namespace) -> int:
    from ntm.importing.templates import build_template, template_choices

    root = data_root(args)
    districts, periods = template_choices(root)
    for name, value, choices in (("district", args.district, districts), ("period", args.period, periods)):
        if value not in choices:
            shown = ", ".join(choices)
            print(_both("datain.cli.unknown_choice", name=name, value=value, choices=shown), file=sys.stderr)
            return 2
    out = Path(args.output)
    out.write_bytes(build_template(root, args.kind, args.district, args.period, args.set))
    print(_both("datain.cli.template_written", path=out))
    return 0


def _cmd_hash_password(args: argparse.Namespace) -> int:
    from ntm.store.admin import hash_password

    if args.stdin or not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Mật khẩu / Password: ")
        if getpass.getpass("Nhập lại / Again: ") != password:
            print(_both("datain.cli.passwords_differ"), file=sys.stderr)
            return 2
    if not password:
        print(_both("datain.cli.empty_password"), file=sys.stderr)
        return 2
    encoded = hash_password(password)
    if args.save:
        from ntm.store.admin import save_hash

        print(_both("datain.cli.password_saved", path=save_hash(encoded)))
    else:
        print(encoded)
    return 0


def add_parser(commands) -> None:
    from ntm.importing.validation import KINDS

    data_help = "data root (default: NTM_DATA_DIR)"
    imported = commands.add_parser("import", help="validate a file and publish it as a new data version")
    imported.add_argument("file", help=".xlsx, .csv or .parquet")
    imported.add_argument("--data", help=data_help)
    imported.add_argument("--admin", default="cli", help="name recorded as the publisher")
    imported.add_argument(
        "--dry-run", action="store_true", help="validate and print the changes per commune, publish nothing"
    )
    imported.add_argument(
        "--replace",
        action="store_true",
        help="also remove the old rows of the file's slices that the file does not hold "
        "(assessments per unit, period and set); needs --confirm-removals",
    )
    imported.add_argument(
        "--confirm-removals",
        type=int,
        metavar="N",
        help="with --replace: publish only when exactly N rows are removed (the number the preview printed)",
    )
    imported.set_defaults(handler=_cmd_import)

    versions = commands.add_parser("versions", help="list the published data versions (* = current)")
    versions.add_argument("--data", help=data_help)
    versions.set_defaults(handler=_cmd_versions)

    rollback = commands.add_parser("rollback", help="make an earlier data version current again")
    rollback.add_argument("version")
    rollback.add_argument("--data", help=data_help)
    rollback.add_argument("--admin", default="cli", help="name recorded in the log")
    rollback.set_defaults(handler=_cmd_rollback)

    template = commands.add_parser("template", help="write an Excel input template for a district and period")
    template.add_argument("kind", choices=tuple(KINDS))
    template.add_argument("--district", required=True)
    template.add_argument("--period", required=True)
    template.add_argument("--set", help="criteria set of an assessments template (default: the NTM set)")
    template.add_argument("--data", help=data_help)
    template.add_argument("-o", "--output", required=True)
    template.set_defaults(handler=_cmd_template)

    hashing = commands.add_parser("hash-password", help="print the hash of an admin password")
    hashing.add_argument("--stdin", action="store_true", help="read the password from standard input")
    hashing.add_argument(
        "--save", action="store_true", help="write the hash into .streamlit/secrets.toml (no restart needed)"
    )
    hashing.set_defaults(handler=_cmd_hash_password)
