"""`python -m ntm.ui.server [streamlit options]`: serves dashboard.py, as `make run` does, after
declaring that the app routes with `st.navigation` (see ntm.ui.streamlit_internals for why)."""

from __future__ import annotations

import sys
from pathlib import Path

from ntm.ui.streamlit_internals import declare_navigation_app

ENTRY = Path(__file__).resolve().parents[2] / "dashboard.py"


def main(argv: list[str] | None = None) -> int:
    declare_navigation_app()
    from streamlit.web import cli

    args = ["run", str(ENTRY), *(sys.argv[1:] if argv is None else argv)]
    return cli.main(args, standalone_mode=False) or 0


if __name__ == "__main__":
    raise SystemExit(main())
