"""`python -m ntm.ui.server [streamlit options]`: serves dashboard.py, as `make run` does, after
declaring that the app routes with `st.navigation` and giving Streamlit's page a loading note (see
ntm.ui.streamlit_internals for why)."""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
from pathlib import Path

from ntm.ui.loading import loading_note
from ntm.ui.streamlit_internals import declare_navigation_app, serve_page_shell

ENTRY = Path(__file__).resolve().parents[2] / "dashboard.py"


def main(argv: list[str] | None = None) -> int:
    declare_navigation_app()
    # One folder per process (make serve runs several); it holds links and one small page only.
    shell = Path(tempfile.mkdtemp(prefix="ntm-page-shell-"))
    atexit.register(shutil.rmtree, shell, ignore_errors=True)
    serve_page_shell(loading_note(), shell)
    from streamlit.web import cli

    args = ["run", str(ENTRY), *(sys.argv[1:] if argv is None else argv)]
    return cli.main(args, standalone_mode=False) or 0


if __name__ == "__main__":
    raise SystemExit(main())
