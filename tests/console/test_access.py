"""Every route tried as anonymous, clerk, supervisor and admin: the server enforces the roles."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.console.conftest import Console, csrf_of, sign_in

ANONYMOUS = None
ROLES = {"anonymous": ANONYMOUS, "clerk": "carol", "supervisor": "sam", "admin": "ada"}

# (method, path, roles allowed). Paths use {item}, {doc}, {art}: a reviewed item's parts.
MATRIX: list[tuple[str, str, set[str]]] = [
    ("GET", "/healthz", {"anonymous", "clerk", "supervisor", "admin"}),
    ("GET", "/login", {"anonymous", "clerk", "supervisor", "admin"}),
    ("GET", "/static/console.css", {"anonymous", "clerk", "supervisor", "admin"}),
    ("GET", "/queue", {"clerk", "supervisor", "admin"}),
    ("GET", "/queue?state=awaiting_review&sort=newest", {"clerk", "supervisor", "admin"}),
    ("GET", "/queue?q=acme", {"clerk", "supervisor", "admin"}),
    ("GET", "/audit", {"supervisor", "admin"}),
    ("GET", "/audit?item={item}", {"supervisor", "admin"}),
    ("GET", "/upload", {"clerk"}),
    ("POST", "/upload", {"clerk"}),
    ("GET", "/items/{item}", {"supervisor"}),
    ("GET", "/items/{item}/document/{doc}/1.png", {"supervisor"}),
    ("GET", "/items/{item}/input/0", {"supervisor"}),
    ("GET", "/items/{item}/artifacts/{art}", {"supervisor"}),
    ("POST", "/items/{item}/reject", {"supervisor"}),
    ("POST", "/items/{item}/return", {"supervisor"}),
    ("POST", "/items/{item}/resolve", {"supervisor"}),
    ("POST", "/items/{item}/claim", {"supervisor"}),
    ("POST", "/items/{item}/release", {"supervisor"}),
    ("POST", "/items/{item}/approve", {"supervisor"}),
    ("POST", "/items/{item}/retry", {"supervisor"}),
    ("POST", "/items/{item}/close", {"supervisor"}),
    ("GET", "/dashboard", {"supervisor", "admin"}),
    ("GET", "/admin/users", {"admin"}),
    ("POST", "/admin/users", {"admin"}),
    ("POST", "/admin/users/carol/active", {"admin"}),
    ("POST", "/admin/users/carol/role", {"admin"}),
    ("POST", "/admin/users/carol/password", {"admin"}),
    ("GET", "/admin/settings", {"admin"}),
    ("POST", "/logout", {"clerk", "supervisor", "admin"}),
]


def reviewed_item(console: Console, pdf: Any) -> dict[str, str]:
    from tradebots.queue.queries import get_item, item_artifacts

    queued = console.services.queue.enqueue("protest", [pdf], actor="carol")
    console.work()
    item = get_item(console.services.database, queued.item_id)
    assert item is not None and item.state == "awaiting_review"
    artifact = item_artifacts(console.services.database, item.id)[0]
    return {"item": str(item.id), "doc": item.inputs[0]["sha256"], "art": str(artifact.id)}


def attempt(client: httpx.Client, method: str, path: str, csrf: str) -> httpx.Response:
    if method == "GET":
        return client.get(path)
    if path == "/upload":
        return client.post(path, data={"csrf": csrf, "bot": "protest"},
                           files={"files": ("x.pdf", b"%PDF-1.4 not much", "application/pdf")})
    return client.post(path, data={"csrf": csrf, "reason": "matrix", "name": "newperson",
                                   "role": "clerk", "active": "1"})


def admitted(response: httpx.Response) -> bool:
    if response.status_code in (401, 403):
        return False
    return not (response.is_redirect and response.headers["location"].startswith("/login?"))


@pytest.mark.parametrize("role", list(ROLES))
def test_every_route_admits_exactly_the_roles_allowed(console: Console, protest_files: Any,
                                                      role: str) -> None:
    parts = reviewed_item(console, protest_files(1)[0])
    name = ROLES[role]
    client = console.client(name)
    csrf = csrf_of(client.get("/login").text) if name is None else ""
    if name is not None:
        page = "/upload" if role == "clerk" else "/dashboard"
        csrf = csrf_of(client.get(page).text)
    outcome = {}
    for method, template, _allowed in MATRIX:
        response = attempt(client, method, template.format(**parts), csrf)
        outcome[(method, template)] = admitted(response)
        if role == "anonymous" and not outcome[(method, template)]:
            # Pages send the browser to sign in; posts are refused outright.
            if method == "GET":
                assert response.status_code == 303, template
                assert response.headers["location"].startswith("/login?next=")
            else:
                assert response.status_code == 401, template
        elif not outcome[(method, template)]:
            assert response.status_code == 403, template
    expected = {(method, template): role in allowed for method, template, allowed in MATRIX}
    assert outcome == expected


def test_a_form_post_without_the_csrf_token_is_refused(console: Console,
                                                       protest_files: Any) -> None:
    parts = reviewed_item(console, protest_files(1)[0])
    sam = console.client("sam")
    for action in ("approve", "return", "resolve", "reject", "claim", "release"):
        for data in ({"reason": "no token"}, {"csrf": "forged", "reason": "forged token"}):
            response = sam.post(f"/items/{parts['item']}/{action}", data=data)
            assert response.status_code == 403, action
            assert "security token" in response.text
    from tradebots.queue.queries import get_item

    item = get_item(console.services.database, int(parts["item"]))
    assert item is not None and item.state == "awaiting_review"
    assert console.services.people.claim_of(item.id) is None
    # The sign-in form needs its token too.
    fresh = console.client()
    refused = fresh.post("/login", data={"name": "sam", "password": "whatever"})
    assert refused.status_code == 403
    # Uploads check the token before a byte of a file is written.
    carol = console.client("carol")
    upload = carol.post("/upload", data={"bot": "protest"},
                        files={"files": ("a.pdf", b"%PDF-1.4", "application/pdf")})
    assert upload.status_code == 403
    assert console.services.queue.find("protest", "x") is None


def test_sessions_are_httponly_samesite_and_end_at_sign_out(console: Console) -> None:
    client = console.client()
    response = sign_in(client, "sam", "correct horse battery staple")
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    csrf = csrf_of(client.get("/dashboard").text)
    assert client.post("/logout", data={"csrf": csrf}).status_code == 303
    assert client.get("/dashboard").status_code == 303


def test_sign_in_is_rate_limited(console: Console) -> None:
    client = console.client()
    for _ in range(5):
        assert sign_in(client, "sam", "wrong password!!").status_code == 401
    refused = sign_in(client, "sam", "correct horse battery staple")
    assert refused.status_code == 429
    assert "Too many failed sign-ins" in refused.text
