"""Every broken import file of tests/fixtures/broken/import/ gives its own message and changes nothing."""

import hashlib
from pathlib import Path

import pytest

from ntm.importing.importer import import_file
from ntm.store.versions import published_dir, versions_dir
from tests.fixtures.materialise import FIXTURES, materialise

CASES_DIR = FIXTURES / "broken" / "import"
CASES = sorted(p for p in CASES_DIR.iterdir() if p.suffix not in (".expected", ".py") and p.is_file())


def _expected(case: Path) -> dict[str, str]:
    lines = case.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    return dict(line.split(": ", 1) for line in lines if line)


def folder_digest(folder: Path) -> str:
    """A hash of every file's name and bytes under the folder (CURRENT and versions included)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != ".lock"):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def test_the_corpus_has_a_file_for_every_promised_problem():
    assert len(CASES) >= 25
    for case in CASES:
        assert case.with_suffix(".expected").is_file(), case.name


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_broken_file_gives_its_message_and_leaves_the_data_unchanged(case, tmp_path, monkeypatch):
    expected = _expected(case)
    if "env" in expected:
        name, value = expected["env"].split("=", 1)
        monkeypatch.setenv(name, value)
    root = materialise(tmp_path / "data")
    before = folder_digest(root)

    result = import_file(root, case.name, case.read_bytes(), admin="Kiểm thử")

    assert not result.ok and result.version is None
    matching = [
        p
        for p in result.problems
        if expected["en"] in p.render("en")
        and expected["vi"] in p.render("vi")
        and ("row" not in expected or p.row == int(expected["row"]))
        and ("column" not in expected or p.column == expected["column"])
        and ("sheet" not in expected or p.sheet == expected["sheet"])
    ]
    assert matching, "\n".join(p.render_bilingual() for p in result.problems)
    assert folder_digest(root) == before
    assert published_dir(root) == root
    assert not versions_dir(root).exists() or not [p for p in versions_dir(root).iterdir() if p.is_dir()]
