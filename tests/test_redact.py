"""redact_url: no URL is stored or printed with its credentials, and the rest stays readable."""

from __future__ import annotations

import string
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mt_audit.backends import redact_url

#: Secrets as they appear in a well-formed URL: unreserved characters and percent-escapes. Each starts
#: with ``Z``, which no other part of a generated URL holds, so any ``Z...`` left in the output leaked.
SECRET = st.text(string.ascii_letters + string.digits + "-._~%", max_size=16).map("Z".__add__)
#: Userinfo may also hold sub-delimiters, ``:`` and (unescaped, though RFC 3986 forbids it) ``@``.
USERINFO_SECRET = st.text(string.ascii_letters + string.digits + "-._~%!$&'()+,;=:@", max_size=16).map("Z".__add__)
SECRET_NAMES = ["key", "token", "secret", "password", "sig", "signature", "api-key", "api_key", "access_token"]
NAME = st.sampled_from(SECRET_NAMES).flatmap(lambda n: st.sampled_from([n, n.upper(), n.title(), quote(n)]))
PLAIN = st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=8)


@st.composite
def urls_with_secrets(draw: st.DrawFn) -> tuple[str, list[str], list[str]]:
    """A URL with a password in its userinfo and a secret parameter; those secrets; the parts to keep."""
    password, value = draw(USERINFO_SECRET), draw(SECRET)
    user = draw(PLAIN)
    scheme = draw(st.sampled_from(["http://", "https://", "//", ""]))
    host = draw(st.sampled_from(["example.org", "127.0.0.1:8000", "[::1]:9"]))
    plain = [f"{draw(PLAIN)}={draw(PLAIN)}" for _ in range(draw(st.integers(0, 2)))]
    at = draw(st.integers(0, len(plain)))
    params = [*plain[:at], f"{draw(NAME)}={value}", *plain[at:]]
    sep = draw(st.sampled_from(["?", "#", "?a=1#"]))
    url = f"{scheme}{user}:{password}@{host}/v1{sep}{'&'.join(params)}"
    return url, [password, value], [f"{host}/v1{sep}", *plain]


@given(st.text())
def test_never_raises_and_is_idempotent(text: str) -> None:
    once = redact_url(text)
    assert redact_url(once) == once


@given(urls_with_secrets())
def test_no_secret_survives_and_the_rest_stays(case: tuple[str, list[str], list[str]]) -> None:
    url, secrets, kept = case
    out = redact_url(url)
    assert not any(secret in out for secret in secrets)
    assert "Z" not in out
    assert all(part in out for part in kept)
    assert redact_url(out) == out


@pytest.mark.parametrize(
    ("url", "redacted"),
    [
        ("http://user:pw@host:8000/v1", "http://***@host:8000/v1"),
        ("https://tok@host/v1/", "https://***@host/v1/"),
        ("http://u:p@ss@host/v1", "http://***@host/v1"),
        ("user:pw@host/v1", "***@host/v1"),
        ("http://host/v1?api-version=2024-06-01&api-key=abc", "http://host/v1?api-version=2024-06-01&api-key=***"),
        ("http://host/v1?Token=abc;x=1&SIG=s#access_token=t&state=ok", "http://host/v1?Token=***;x=1&SIG=***#access_token=***&state=ok"),
        ("http://host/v1?%6Bey=abc", "http://host/v1?%6Bey=***"),
        ("http://host/path@v2/x?q=1", "http://host/path@v2/x?q=1"),
        ("http://host/v1?keyless&x=1", "http://host/v1?keyless&x=1"),
        ("https://api.openai.com/v1", "https://api.openai.com/v1"),
        ("/v2/chat/completions", "/v2/chat/completions"),
        ("", ""),
    ],
)  # fmt: skip
def test_examples(url: str, redacted: str) -> None:
    assert redact_url(url) == redacted
