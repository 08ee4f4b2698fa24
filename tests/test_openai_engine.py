"""The openai engine against a real HTTP server on 127.0.0.1 that speaks the chat-completions API.

The server answers ``"EN:" + <last user message>``, so every translation is
predictable, records each request, and misbehaves on demand (503, 429, a
hang, a 500 or 400 for one sentence, 401, a redirect) to exercise retries,
failure isolation and credential safety through real sockets.
"""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from mt_audit.translate.base import ENGINES, EngineUnavailable, TranslationFailed, get_engine
from mt_audit.translate.cache import TranslationCache
from mt_audit.translate.openai_engine import OpenAIEngine, _retry_after, clean

KEY = "sk-test-secret-0123456789"


class FakeServer(ThreadingHTTPServer):
    """A chat-completions server whose failures the test arranges per sentence."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.lock = threading.Lock()
        self.requests: list[dict[str, Any]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.delay = 0.0
        self.fail_503: dict[str, int] = {}
        self.fail_429: dict[str, int] = {}
        self.hang: dict[str, float] = {}
        self.auth_fail = False
        #: (status, Location) to answer every request with, if set.
        self.redirect: tuple[int, str] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def texts(self) -> list[str]:
        """The user text of every request received, in arrival order."""
        with self.lock:
            return [r["body"]["messages"][-1]["content"] for r in self.requests]

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that timed out closed its socket; the late answer's broken pipe is expected."""


class Handler(BaseHTTPRequestHandler):
    server: FakeServer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        """Recorded, and answered as a completion would be, so a client that follows a redirect as a GET succeeds."""
        with self.server.lock:
            self.server.requests.append({"method": "GET", "path": self.path, "headers": dict(self.headers)})
        choice = {"index": 0, "message": {"role": "assistant", "content": "EN:from GET"}, "finish_reason": "stop"}
        self._send(200, {"id": "x", "object": "chat.completion", "choices": [choice]})

    def do_POST(self) -> None:
        srv = self.server
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with srv.lock:
            srv.requests.append({"method": "POST", "path": self.path, "headers": dict(self.headers), "body": body})
        if srv.redirect:
            return self._send(srv.redirect[0], {}, {"Location": srv.redirect[1]})
        if self.path.partition("?")[0] != "/v1/chat/completions":
            return self._send(404, {"error": {"message": "no such route"}})
        text = body["messages"][-1]["content"]
        if srv.auth_fail:
            auth = self.headers.get("Authorization", "")
            return self._send(401, {"error": {"message": f"Incorrect API key provided: {auth}"}})
        if "BROKEN" in text:
            return self._send(500, {"error": {"message": "boom"}})
        if "BAD" in text:
            return self._send(400, {"object": "error", "message": "prompt rejected", "code": 400})
        with srv.lock:
            n503, n429, hang = srv.fail_503.get(text, 0), srv.fail_429.get(text, 0), srv.hang.pop(text, 0.0)
            if n503:
                srv.fail_503[text] = n503 - 1
            elif n429:
                srv.fail_429[text] = n429 - 1
        if n503:
            return self._send(503, {"error": {"message": "overloaded"}})
        if n429:
            return self._send(429, {"error": {"message": "slow down"}}, {"Retry-After": "0"})
        time.sleep(hang)
        with srv.lock:
            srv.in_flight += 1
            srv.max_in_flight = max(srv.max_in_flight, srv.in_flight)
        time.sleep(srv.delay)
        with srv.lock:
            srv.in_flight -= 1
        content, finish = "EN:" + text, "stop"
        if "QUOTE" in text:
            content = f'  "{content}"\n'
        if "THINK" in text:
            content = "<think>The user wants a translation.</think>\n" + content
        if "LONG" in text:
            finish = "length"
        choice = {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish}
        self._send(200, {"id": "x", "object": "chat.completion", "choices": [choice]})


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)


@contextlib.contextmanager
def running() -> Iterator[FakeServer]:
    """A fake server on its own port (so two of them are two origins)."""
    srv = FakeServer()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with running() as srv:
        yield srv


def make(server: FakeServer, **options: Any) -> OpenAIEngine:
    options = {"model": "tiny-llm", "base_url": server.url, "backoff": 0.01, "timeout": 2.0, **options}
    return OpenAIEngine(**options)


def test_results_in_input_order_and_blanks_never_sent(server: FakeServer) -> None:
    engine = make(server)
    sentences = ["Zdanie drugie.", "", "   ", "Zdanie pierwsze.", "Zdanie drugie."]
    out = engine.translate_many(sentences, "pl")
    assert [t.text for t in out] == ["EN:Zdanie drugie.", "", "", "EN:Zdanie pierwsze.", "EN:Zdanie drugie."]
    assert all(t.ok and not t.cached for t in out)
    assert sorted(server.texts()) == ["Zdanie drugie.", "Zdanie pierwsze."]
    assert engine.translate(["Trzecie."], "pl") == ["EN:Trzecie."]


def test_request_asks_for_a_literal_translation(server: FakeServer) -> None:
    make(server).translate(["مرحبا بالعالم"], "ar")
    (req,) = server.requests
    body = req["body"]
    assert req["path"] == "/v1/chat/completions"
    assert "Authorization" not in req["headers"]
    assert body["model"] == "tiny-llm"
    assert body["temperature"] == 0.0 and body["seed"] == 0 and body["max_tokens"] == 512
    system, user = body["messages"]
    assert system["role"] == "system" and user == {"role": "user", "content": "مرحبا بالعالم"}
    assert "Arabic" in system["content"] and "literal" in system["content"]
    assert "exactly as they appear" in system["content"]


def test_no_seed_when_none(server: FakeServer) -> None:
    make(server, seed=None, temperature=0.3).translate(["Hola."], "es")
    body = server.requests[0]["body"]
    assert "seed" not in body and body["temperature"] == 0.3


def test_bearer_key_from_environment(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    make(server).translate(["Hallo."], "de")
    assert server.requests[0]["headers"]["Authorization"] == f"Bearer {KEY}"


def test_base_url_from_environment(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.url + "/")
    engine = OpenAIEngine(model="tiny-llm", backoff=0.01)
    assert engine.translate(["Ciao."], "it") == ["EN:Ciao."]
    assert OpenAIEngine(model="m", base_url=server.url + "/chat/completions").endpoint == engine.endpoint


def test_503_is_retried(server: FakeServer) -> None:
    server.fail_503["Ahoj."] = 2
    assert make(server).translate(["Ahoj.", "Nazdar."], "cs") == ["EN:Ahoj.", "EN:Nazdar."]
    assert server.texts().count("Ahoj.") == 3
    assert server.texts().count("Nazdar.") == 1


def test_429_honours_retry_after(server: FakeServer) -> None:
    server.fail_429["Hej."] = 2
    t0 = time.perf_counter()
    assert make(server, backoff=5.0).translate(["Hej."], "sv") == ["EN:Hej."]
    assert time.perf_counter() - t0 < 2.0, "Retry-After: 0 should replace the 5 s backoff"
    assert server.texts().count("Hej.") == 3


def test_timeout_is_retried(server: FakeServer) -> None:
    server.hang["Hei."] = 4.0
    t0 = time.perf_counter()
    assert make(server, timeout=0.3).translate(["Hei."], "fi") == ["EN:Hei."]
    assert server.texts().count("Hei.") == 2
    assert time.perf_counter() - t0 < 3.0  # it gave up on the hanging request instead of waiting 4 s


def test_a_failing_sentence_fails_alone(server: FakeServer) -> None:
    engine = make(server, max_retries=2)
    out = engine.translate_many(["Eins.", "Zwei BROKEN.", "Drei."], "de")
    assert [t.ok for t in out] == [True, False, True]
    assert [t.text for t in out] == ["EN:Eins.", "", "EN:Drei."]
    assert out[0].note is None and out[2].note is None
    assert "HTTP 500: boom (after 3 attempts)" in out[1].note
    texts = server.texts()
    assert texts.count("Zwei BROKEN.") == 3, "retried max_retries times, and not again by the per-sentence retry"
    assert texts.count("Eins.") == 1 and texts.count("Drei.") == 1
    with pytest.raises(TranslationFailed, match="HTTP 500"):
        engine.translate(["Zwei BROKEN."], "de")


def test_other_4xx_is_not_retried(server: FakeServer) -> None:
    out = make(server).translate_many(["Ein BAD Satz.", "Gut."], "de")
    assert [t.ok for t in out] == [False, True]
    assert "HTTP 400" in out[0].note and "prompt rejected" in out[0].note
    assert server.texts().count("Ein BAD Satz.") == 1


def test_truncated_response_is_a_failure(server: FakeServer) -> None:
    (out,) = make(server).translate_many(["Sehr LONG."], "de")
    assert not out.ok and "max_tokens=512" in out.note


def test_401_raises_at_once_without_the_key(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    server.auth_fail = True
    with pytest.raises(EngineUnavailable, match="HTTP 401") as info:
        make(server).translate_many(["Bonjour."], "fr")
    assert len(server.requests) == 1
    assert "Incorrect API key" in str(info.value)
    assert KEY not in str(info.value)


def test_unreachable_server_stops_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    engine = OpenAIEngine(model="m", base_url=f"http://127.0.0.1:{port}/v1", max_retries=1, backoff=0.01)
    with pytest.raises(EngineUnavailable, match="cannot reach") as info:
        engine.translate_many(["Bonjour.", "Salut."], "fr")
    assert f"127.0.0.1:{port}" in str(info.value) and "2 attempts" in str(info.value)
    assert KEY not in str(info.value)


def test_concurrency_is_bounded(server: FakeServer) -> None:
    server.delay = 0.05
    sentences = [f"Frase {i}." for i in range(12)]
    out = make(server, concurrency=3).translate(sentences, "es")
    assert out == [f"EN:{s}" for s in sentences]
    assert 1 < server.max_in_flight <= 3


def test_reply_cleanup(server: FakeServer) -> None:
    out = make(server).translate(["Ein QUOTE.", "Ein THINK."], "de")
    assert out == ["EN:Ein QUOTE.", "EN:Ein THINK."]
    assert clean('"Hello."', "Hallo.") == "Hello."
    assert clean("«Hello.»", "Hallo.") == "Hello."
    assert clean('"Hello."', "„Hallo.“") == '"Hello."'
    assert clean('"Hello," he said.', "Hallo, sagte er.") == '"Hello," he said.'
    assert clean("<think>\nhm\n</think>\n\n Hello. ", "Hallo.") == "Hello."


def test_signature(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    a = make(server).signature("ar")
    assert a.startswith("openai:tiny-llm@127.0.0.1:") and "/v1|src:ar|" in a
    assert "temperature:0.0" in a and "seed:0" in a and "|prompt:" in a
    assert make(server, model="other").signature("ar") != a
    assert make(server, seed=1).signature("ar") != a
    assert make(server).signature("fa") != a
    assert KEY not in a
    creds = OpenAIEngine(model="m", base_url="http://user:hunter2@example.org:8000/v1/").signature()
    assert creds == creds.replace("hunter2", "") and "example.org:8000/v1|" in creds


def test_cache_answers_the_second_run(server: FakeServer, tmp_path: Any) -> None:
    cache = TranslationCache(tmp_path / "cache.sqlite")
    sentences = ["Prvi.", "Drugi.", "Prvi."]
    first = make(server).translate_many(sentences, "hr", cache=cache)
    assert [t.cached for t in first] == [False, False, False]
    sent = len(server.requests)
    assert sent == 2
    second = make(server).translate_many(sentences, "hr", cache=cache)
    assert [t.text for t in second] == [t.text for t in first]
    assert all(t.cached for t in second)
    assert len(server.requests) == sent
    make(server, model="other").translate_many(sentences, "hr", cache=cache)
    assert len(server.requests) == sent + 2
    cache.close()


def test_missing_model() -> None:
    with pytest.raises(EngineUnavailable, match="--model") as info:
        OpenAIEngine()
    assert any("--engine openai --model NAME" in g for g in info.value.get)


def test_registered(server: FakeServer) -> None:
    assert ENGINES.get("openai") is OpenAIEngine
    engine = get_engine("openai", model="tiny-llm", base_url=server.url, device="cpu")
    assert engine.translate(["Tere."], "et") == ["EN:Tere."]
    assert engine.max_batch == 16 and engine.max_input_tokens == 256


def test_retry_after_parsing() -> None:
    assert _retry_after("3") == 3.0
    assert _retry_after(None) is None and _retry_after("soon") is None
    future = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 20))
    assert 15 < (_retry_after(future) or 0) <= 20


@pytest.mark.parametrize("userinfo", ["", "me:pw-9876@"])
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_to_another_origin_is_not_followed(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch, status: int, userinfo: str
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    with running() as other:
        where = f"127.0.0.1:{other.server_address[1]}/v1/chat/completions?sig=s1g"
        server.redirect = (status, f"http://{userinfo}{where}")
        error: EngineUnavailable | None = None
        try:
            make(server).translate_many(["Bonjour."], "fr")
        except EngineUnavailable as exc:
            error = exc
        received = list(other.requests)
    assert not any("Authorization" in r["headers"] for r in received), "the key went to another origin"
    assert not any(r["method"] == "GET" for r in received), "the POST was re-sent as a GET"
    assert received == []
    assert len(server.requests) == 1, "a redirect is not retried"
    message = str(error)
    assert error is not None and f"HTTP {status} redirect to" in message
    assert f"http://{'***@' if userinfo else ''}{where.replace('s1g', '***')} not followed" in message
    assert "--base-url" in message
    assert not any(secret in message for secret in (KEY, "pw-9876", "s1g"))


def test_same_origin_redirect_is_not_followed_either(server: FakeServer) -> None:
    server.redirect = (308, "/v2/chat/completions")
    with pytest.raises(EngineUnavailable, match="HTTP 308 redirect to /v2/chat/completions"):
        make(server).translate_many(["Hola."], "es")
    assert [r["path"] for r in server.requests] == ["/v1/chat/completions"]


def test_credentials_in_the_url_become_basic_auth_and_are_never_shown(server: FakeServer) -> None:
    port = server.server_address[1]
    engine = make(server, base_url=f"http://me:p%40ss-4242@127.0.0.1:{port}/v1/?api-version=7&api-key=k-777")
    assert engine.translate(["Hallo."], "de") == ["EN:Hallo."]
    (req,) = server.requests
    assert req["headers"]["Authorization"] == "Basic " + base64.b64encode(b"me:p@ss-4242").decode()
    assert req["path"] == "/v1/chat/completions?api-version=7&api-key=k-777"
    shown = [engine.signature("de"), engine.where, engine.endpoint]
    assert not any(secret in text for text in shown for secret in ("p%40ss-4242", "p@ss-4242", "me:", "k-777"))
    assert engine.where == f"127.0.0.1:{port}/v1?api-version=7&api-key=***"


def test_the_api_key_wins_over_url_credentials(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    make(server, base_url=server.url.replace("http://", "http://me:pw@")).translate(["Hallo."], "de")
    assert server.requests[0]["headers"]["Authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize("url", ["ftp://me:hunter22@example.org/v1", "http://me:hunter22@[::1/v1", "me:hunter22@x"])
def test_a_bad_base_url_is_reported_redacted(url: str) -> None:
    with pytest.raises(EngineUnavailable, match="not an http") as info:
        OpenAIEngine(model="m", base_url=url)
    assert "hunter22" not in str(info.value)
