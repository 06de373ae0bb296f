"""The text catalogue, one module per area (each holds `TEXTS = {key: {"vi": …, "en": …}}`).

Modules are found by listing this package, so a new page adds its own module without editing a
shared file; a key defined twice is an error.
"""

from __future__ import annotations

import importlib
import pkgutil


def load_texts() -> dict[str, dict[str, str]]:
    catalogue: dict[str, dict[str, str]] = {}
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for key, texts in module.TEXTS.items():
            if key in catalogue:
                raise ValueError(f"text key {key!r} is defined twice (again in {module_info.name})")
            catalogue[key] = texts
    return catalogue
