"""The uploader promises the limit the importer applies: Streamlit's maxUploadSize is NTM_IMPORT_MAX_MB."""

import tomllib
from pathlib import Path

from ntm.settings import SETTINGS

CONFIG = Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml"


def test_the_uploader_limit_is_the_importers_limit():
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == float(SETTINGS["NTM_IMPORT_MAX_MB"].default)
