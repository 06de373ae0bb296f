"""Who may change data: the admin password (a salted scrypt hash in one string) and a limit on failed attempts.

Viewing needs no login; importing, rolling back and editing thresholds check `authenticate` first.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
import threading
import time
import tomllib
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from ntm.settings import PROJECT_ROOT
from ntm.store.tables_io import write_atomically

SCHEME = "scrypt"
# scrypt cost: ~50 ms per check on one core, so a guess costs an attacker what it costs us.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MAX_FAILED_ATTEMPTS = 5
FAILED_ATTEMPTS_WINDOW_S = 300.0


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, salt: bytes | None = None) -> str:
    """`scrypt$N$r$p$<salt>$<hash>`: everything needed to check a password, in one string."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, n, r, p, salt, expected = encoded.strip().split("$")
        if scheme != SCHEME:
            return False
        salt_bytes, expected_bytes = base64.b64decode(salt), base64.b64decode(expected)
        digest = hashlib.scrypt(
            password.encode("utf-8"),
            salt=salt_bytes,
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected_bytes),
            maxmem=2**27,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected_bytes)


def configured_hash() -> str | None:
    """The admin password hash from NTM_ADMIN_PASSWORD_HASH, else `.streamlit/secrets.toml`; None when unset."""
    from_env = os.environ.get("NTM_ADMIN_PASSWORD_HASH", "").strip()
    if from_env:
        return from_env
    try:
        with secrets_path().open("rb") as handle:
            value = tomllib.load(handle).get("admin_password_hash", "")
    except (FileNotFoundError, tomllib.TOMLDecodeError):
        return None
    return str(value).strip() or None


def secrets_path() -> Path:
    return PROJECT_ROOT / ".streamlit" / "secrets.toml"


_HASH_LINE = re.compile(r"^\s*admin_password_hash\s*=.*$", re.MULTILINE)


def save_hash(encoded: str, secrets_file: Path | None = None) -> Path:
    """Writes `admin_password_hash = "…"` into `.streamlit/secrets.toml` (git-ignored; other keys kept),
    readable by its owner only. The app reads it at each login: no restart needed."""
    path = Path(secrets_file or secrets_path())
    line = f'admin_password_hash = "{encoded}"'
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    new = (
        _HASH_LINE.sub(line, old, count=1)
        if _HASH_LINE.search(old)
        else (old.rstrip("\n") + "\n" + line).lstrip("\n")
    )
    write_atomically(path, lambda temporary: temporary.write_text(new + "\n", encoding="utf-8"))
    path.chmod(0o600)
    return path


class AttemptLimiter:
    """At most `limit` failed attempts in any `window_s` seconds (per process), then a wait."""

    def __init__(self, limit: int = MAX_FAILED_ATTEMPTS, window_s: float = FAILED_ATTEMPTS_WINDOW_S):
        self.limit, self.window_s = limit, window_s
        self._failures: deque[float] = deque()
        self._lock = threading.Lock()

    def _forget_old(self, now: float) -> None:
        while self._failures and self._failures[0] <= now - self.window_s:
            self._failures.popleft()

    def wait_seconds(self, now: float) -> int:
        with self._lock:
            self._forget_old(now)
            if len(self._failures) < self.limit:
                return 0
            return max(1, int(self._failures[0] + self.window_s - now + 0.999))

    def record_failure(self, now: float) -> None:
        with self._lock:
            self._forget_old(now)
            self._failures.append(now)

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()


LIMITER = AttemptLimiter()


@dataclass(frozen=True)
class LoginResult:
    outcome: str  # ok / wrong_password / locked / not_configured / missing_name
    admin: str | None = None
    wait_seconds: int = 0


def authenticate(
    admin_name: str, password: str, now: float | None = None, limiter: AttemptLimiter = LIMITER
) -> LoginResult:
    encoded = configured_hash()
    if not encoded:
        return LoginResult("not_configured")
    now = time.monotonic() if now is None else now
    wait = limiter.wait_seconds(now)
    if wait:
        return LoginResult("locked", wait_seconds=wait)
    name = " ".join((admin_name or "").split())
    if not name:
        return LoginResult("missing_name")
    if not verify_password(password or "", encoded):
        limiter.record_failure(now)
        return LoginResult("wrong_password")
    return LoginResult("ok", admin=name[:80])
