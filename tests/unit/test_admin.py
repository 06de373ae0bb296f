"""The admin password: hashing, checking, where it is configured, and the limit on failed attempts."""

from pathlib import Path

import pytest

from ntm.store import admin
from ntm.store.admin import AttemptLimiter, authenticate, hash_password, verify_password


@pytest.fixture
def configured(monkeypatch):
    encoded = hash_password("đúng-mật-khẩu", salt=b"0123456789abcdef")
    monkeypatch.setenv("NTM_ADMIN_PASSWORD_HASH", encoded)
    return encoded


def test_a_hash_checks_its_own_password_and_no_other():
    encoded = hash_password("mật khẩu")
    assert encoded.startswith("scrypt$")
    assert verify_password("mật khẩu", encoded)
    assert not verify_password("mat khau", encoded)


def test_two_hashes_of_one_password_differ_by_their_salt():
    assert hash_password("x") != hash_password("x")


@pytest.mark.parametrize(
    "encoded", ["", "plain", "scrypt$1$2", "md5$1$1$1$AA==$AA==", "scrypt$x$8$1$AA==$AA=="]
)
def test_a_malformed_hash_never_admits(encoded):
    assert not verify_password("anything", encoded)


def test_with_no_admin_configured_nobody_logs_in(monkeypatch, tmp_path):
    monkeypatch.delenv("NTM_ADMIN_PASSWORD_HASH", raising=False)
    monkeypatch.setattr(admin, "PROJECT_ROOT", tmp_path)
    assert authenticate("Lan", "x", limiter=AttemptLimiter()).outcome == "not_configured"


def test_the_hash_may_come_from_secrets_toml(monkeypatch, tmp_path):
    monkeypatch.delenv("NTM_ADMIN_PASSWORD_HASH", raising=False)
    monkeypatch.setattr(admin, "PROJECT_ROOT", tmp_path)
    (tmp_path / ".streamlit").mkdir()
    encoded = hash_password("bí mật")
    (tmp_path / ".streamlit" / "secrets.toml").write_text(f'admin_password_hash = "{encoded}"\n')
    result = authenticate("Lan", "bí mật", limiter=AttemptLimiter())
    assert (result.outcome, result.admin) == ("ok", "Lan")


def test_the_right_password_with_a_name_logs_in(configured):
    result = authenticate("  Nguyễn  Lan ", "đúng-mật-khẩu", limiter=AttemptLimiter())
    assert (result.outcome, result.admin) == ("ok", "Nguyễn Lan")


def test_a_name_is_required(configured):
    assert authenticate(" ", "đúng-mật-khẩu", limiter=AttemptLimiter()).outcome == "missing_name"


def test_after_five_failures_even_the_right_password_waits_until_the_window_passes(configured):
    limiter = AttemptLimiter(limit=5, window_s=300)
    for second in range(5):
        assert authenticate("Lan", "sai", now=1000 + second, limiter=limiter).outcome == "wrong_password"
    locked = authenticate("Lan", "đúng-mật-khẩu", now=1010, limiter=limiter)
    assert locked.outcome == "locked" and 0 < locked.wait_seconds <= 300
    assert authenticate("Lan", "đúng-mật-khẩu", now=1301, limiter=limiter).outcome == "ok"


def test_saving_the_hash_writes_secrets_toml_privately_and_keeps_other_keys(monkeypatch, tmp_path):
    monkeypatch.delenv("NTM_ADMIN_PASSWORD_HASH", raising=False)
    monkeypatch.setattr(admin, "PROJECT_ROOT", tmp_path)
    secrets_file = tmp_path / ".streamlit" / "secrets.toml"
    secrets_file.parent.mkdir()
    secrets_file.write_text('other_key = "kept"\nadmin_password_hash = "scrypt$old"\n')
    admin.save_hash(hash_password("mới"))
    text = secrets_file.read_text()
    assert (
        'other_key = "kept"' in text and "scrypt$old" not in text and text.count("admin_password_hash") == 1
    )
    assert secrets_file.stat().st_mode & 0o777 == 0o600
    assert authenticate("Lan", "mới", limiter=AttemptLimiter()).outcome == "ok"


def test_saving_the_hash_creates_secrets_toml_when_there_is_none(monkeypatch, tmp_path):
    monkeypatch.delenv("NTM_ADMIN_PASSWORD_HASH", raising=False)
    monkeypatch.setattr(admin, "PROJECT_ROOT", tmp_path)
    admin.save_hash(hash_password("một"))
    assert authenticate("Lan", "một", limiter=AttemptLimiter()).outcome == "ok"


def test_secrets_toml_is_never_committed():
    ignored = (Path(__file__).resolve().parents[2] / ".gitignore").read_text().splitlines()
    assert ".streamlit/secrets.toml" in ignored
