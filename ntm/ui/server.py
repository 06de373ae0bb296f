"""`python -m ntm.ui.server [streamlit options]`: serves dashboard.py, as `make run` does.

Streamlit still treats an app with a `pages/` folder as an old folder-scanned app until the first
`st.navigation` call, so the very first run after a start would not know our page URLs (a deep link
shows "Page not found") and would give its widgets other identities than later runs. Saying at
start-up that the app uses `st.navigation` avoids both.
"""

from __future__ import annotations

import sys
from pathlib import Path

ENTRY = Path(__file__).resolve().parents[2] / "dashboard.py"


def main(argv: list[str] | None = None) -> int:
    try:
        from streamlit.runtime.pages_manager import PagesManager

        PagesManager.uses_pages_directory = False
    except (ImportError, AttributeError):  # another Streamlit: serve as it is
        pass
    from streamlit.web import cli

    args = ["run", str(ENTRY), *(sys.argv[1:] if argv is None else argv)]
    return cli.main(args, standalone_mode=False) or 0


if __name__ == "__main__":
    raise SystemExit(main())
