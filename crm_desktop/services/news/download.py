"""A feed's bytes from the web (or a file:// URL), asked for conditionally.

The validators of the last answer (ETag, Last-Modified) are sent back, so an unchanged
feed costs the server a 304 and us nothing. Redirects are followed (urllib's own
handler); every way a fetch can fail becomes one sentence (:class:`FeedUnavailable`),
so one feed's failure is told on its row and the others go on.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from crm_desktop import __version__
from crm_desktop.errors import DomainError

#: the schemes a subscription may use
SCHEMES = ("http", "https", "file")
#: a feed bigger than this is refused (a feed is a few hundred kilobytes at most)
MAX_BYTES = 20 * 1024 * 1024
USER_AGENT = f"CRM-Desktop/{__version__} (feed reader)"


class FeedUnavailable(DomainError):
    """The feed could not be fetched; the message says why."""


@dataclass(frozen=True)
class Download:
    """A server's answer: the feed's bytes, or None when it did not change."""

    body: bytes | None
    content_type: str
    etag: str | None
    last_modified: str | None


def check_url(url: str) -> str:
    """``url`` trimmed, or FeedUnavailable when it is not an address a feed can be at."""
    url = url.strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in SCHEMES or not (parts.netloc or parts.scheme == "file"):
        raise FeedUnavailable(
            "“%1” is not the address of a feed (it must start with http://, https:// "
            "or file://).",
            url
        )
    return url


def download(
    url: str, etag: str | None = None, last_modified: str | None = None, *, timeout: float = 20.0
) -> Download:
    """The feed at ``url``; its body is None when the server says it is unchanged (304)."""
    request = urllib.request.Request(check_url(url), headers={"User-Agent": USER_AGENT})
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            body = answer.read(MAX_BYTES + 1)
            headers = answer.headers
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 304:
            return Download(None, "", etag, last_modified)
        raise _http_problem(exc.code, exc.reason) from None
    except urllib.error.URLError as exc:
        raise _connection_problem(exc.reason, url, timeout) from None
    except (OSError, http.client.HTTPException) as exc:
        raise _connection_problem(exc, url, timeout) from None
    if len(body) > MAX_BYTES:
        raise FeedUnavailable("The feed is bigger than %1 MB.", MAX_BYTES // (1024 * 1024))
    return Download(
        body,
        headers.get("Content-Type", "") or "",
        headers.get("ETag"),
        headers.get("Last-Modified"),
    )


def _http_problem(code: int, reason: object) -> FeedUnavailable:
    if code == 404:
        return FeedUnavailable("The server has no feed at this address (404 Not Found).")
    if code in (401, 403):
        return FeedUnavailable("The server refuses to give this feed (%1 %2).", code, reason)
    return FeedUnavailable("The server answered %1 %2.", code, reason)


def _connection_problem(reason: object, url: str, timeout: float) -> FeedUnavailable:
    host = urllib.parse.urlsplit(url).hostname or ""
    if isinstance(reason, socket.gaierror):
        return FeedUnavailable("The server “%1” was not found.", host)
    if isinstance(reason, ConnectionRefusedError):
        return FeedUnavailable("The server “%1” refused the connection.", host)
    if isinstance(reason, TimeoutError | socket.timeout):
        return FeedUnavailable(
            "The server “%1” did not answer within %2 seconds.", host, f"{timeout:g}"
        )
    if isinstance(reason, ssl.SSLCertVerificationError):
        return FeedUnavailable(
            "The certificate of “%1” is not valid (%2).", host, reason.verify_message
        )
    if isinstance(reason, FileNotFoundError):
        return FeedUnavailable("There is no file at this address.")
    if isinstance(reason, http.client.HTTPException | ConnectionError):
        return FeedUnavailable(
            "The server “%1” closed the connection before sending the feed.", host
        )
    return FeedUnavailable("The feed could not be fetched: %1.", reason)
