"""Record (and block) every request a page makes outside its own origin.

``outside_requests(page, origin)`` before the page loads returns a live list
of every URL the page or any frame in it (component iframes, CSS @import,
fonts, the favicon, fetches, workers, web sockets) asks of another origin.
Each such request is aborted by a route, so nothing leaves the machine and
the check needs no network: Chromium still issues it (the event fires).
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["outside_requests", "origin_of"]

_DEFAULT_PORT = {"http": 80, "https": 443, "ws": 80, "wss": 443}
_WS_AS_HTTP = {"ws": "http", "wss": "https"}
_NOT_NETWORK = {
    "data",
    "blob",
    "about",
    "javascript",
    "chrome",
    "chrome-extension",
    "devtools",
}


def origin_of(url: str) -> str | None:
    """scheme://host:port (ws/wss folded into http/https); None if not network."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in _NOT_NETWORK or not parts.hostname:
        return None
    port = parts.port or _DEFAULT_PORT.get(scheme)
    return f"{_WS_AS_HTTP.get(scheme, scheme)}://{parts.hostname.lower()}:{port}"


def outside_requests(page, origin: str, *, block: bool = True) -> list[str]:
    """Start recording requests of ``page`` (all frames) that leave ``origin``.

    Call it before navigating.  Returns a list that collects each outside URL
    as it is issued (in order, duplicates kept).  With ``block`` (default) such
    requests are aborted, so nothing leaves the machine.
    """
    home = origin_of(origin)
    seen: list[str] = []

    def outside(url: str) -> bool:
        o = origin_of(url)
        return o is not None and o != home

    def on_request(request) -> None:
        if outside(request.url):
            seen.append(request.url)

    def on_websocket(ws) -> None:
        if outside(ws.url):
            seen.append(ws.url)

    page.on("request", on_request)
    page.on("websocket", on_websocket)
    if block:

        def route(r) -> None:
            if outside(r.request.url):
                r.abort("blockedbyclient")
            else:
                r.fallback()

        page.route("**/*", route)
    return seen
