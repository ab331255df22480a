"""The freedesktop portal requests Backtimer makes, as plain data: no D-Bus and no Qt here.

Inside a sandbox (see ``sandbox.py``) notifications, start at login and keeping the screen on
go through ``org.freedesktop.portal.Desktop``. This module builds what those calls carry (the
option dictionaries and handle tokens), predicts where the portal will put the request object
and reads its answer; ``backtimer.ui.desktop.portal_client`` sends them over QtDBus.

Request objects: a call such as ``RequestBackground`` returns the path of an
``org.freedesktop.portal.Request`` whose ``Response`` signal carries the answer. The path is
``/org/freedesktop/portal/desktop/request/SENDER/TOKEN``, SENDER being the caller's unique bus
name without its colon and with dots as underscores, TOKEN the ``handle_token`` option. Knowing it
in advance lets the client listen before calling, so a quick answer is never missed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum, IntFlag

from backtimer import APP_ID

BUS_NAME = "org.freedesktop.portal.Desktop"
OBJECT_PATH = "/org/freedesktop/portal/desktop"
NOTIFICATION = "org.freedesktop.portal.Notification"
BACKGROUND = "org.freedesktop.portal.Background"
INHIBIT = "org.freedesktop.portal.Inhibit"
REQUEST = "org.freedesktop.portal.Request"
REQUEST_PATH_PREFIX = f"{OBJECT_PATH}/request"

PRIORITIES = ("low", "normal", "high", "urgent")

INHIBIT_INTROSPECTION = f"""<interface name="{INHIBIT}">
  <method name="Inhibit">
    <arg type="s" name="window" direction="in"/>
    <arg type="u" name="flags" direction="in"/>
    <annotation name="org.qtproject.QtDBus.QtTypeName.In2" value="QVariantMap"/>
    <arg type="a{{sv}}" name="options" direction="in"/>
    <arg type="o" name="handle" direction="out"/>
  </method>
</interface>"""
"""The Inhibit method as the portal documents it, with the Qt type of its vardict spelled out
(portals before xdg-desktop-portal 1.19.1 leave that annotation out of their introspection)."""

_PATH_ELEMENT = re.compile(r"[A-Za-z0-9_]+")
_UNIQUE_NAME = re.compile(r":[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)+")


class InhibitFlag(IntFlag):
    """What ``Inhibit`` holds off (the portal's ``flags`` argument)."""

    LOGOUT = 1
    USER_SWITCH = 2
    SUSPEND = 4
    IDLE = 8


class ResponseCode(IntEnum):
    """How the user interaction behind a ``Request`` ended."""

    SUCCESS = 0
    CANCELLED = 1
    ENDED = 2


def _path_element(text: str, what: str) -> str:
    if not _PATH_ELEMENT.fullmatch(text):
        raise ValueError(f"{what} {text!r} is not a valid object path element (A–Z, a–z, 0–9, _)")
    return text


def sender_element(unique_name: str) -> str:
    """``:1.42`` → ``1_42``: the caller's part of a request path."""
    if not _UNIQUE_NAME.fullmatch(unique_name):
        raise ValueError(f"{unique_name!r} is not a unique bus name such as ':1.42'")
    return unique_name[1:].replace(".", "_")


def request_path(unique_name: str, token: str) -> str:
    """Where the portal puts the request made by ``unique_name`` with ``handle_token=token``."""
    sender = sender_element(unique_name)
    return f"{REQUEST_PATH_PREFIX}/{sender}/{_path_element(token, 'handle token')}"


class HandleTokens:
    """Fresh handle tokens, ``backtimer1``, ``backtimer2``…: unique for one bus connection,
    which is all the portal asks (the sender is part of the path)."""

    def __init__(self, prefix: str = "backtimer") -> None:
        self._prefix = _path_element(prefix, "token prefix")
        self._numbers: Iterator[int] = itertools.count(1)

    def next(self) -> str:
        return f"{self._prefix}{next(self._numbers)}"


def window_identifier(platform_name: str, window_id: int | None) -> str:
    """The ``parent_window``/``window`` argument: ``x11:HEX`` on X11, else empty.

    Wayland needs an exported xdg-foreign handle that Qt does not offer publicly; an empty
    identifier is allowed and only means a dialog may not sit on top of our window.
    """
    if platform_name == "xcb" and window_id:
        return f"x11:{window_id:x}"
    return ""


def notification(
    title: str,
    body: str,
    *,
    default_action: str | None = None,
    priority: str = "normal",
    icon: str = APP_ID,
) -> dict[str, object]:
    """The ``AddNotification`` vardict. ``default_action`` names the action reported back in
    ``ActionInvoked`` when the notification is clicked; the icon is a themed-icon name."""
    if not title.strip():
        raise ValueError("A notification needs a title")
    if priority not in PRIORITIES:
        raise ValueError(
            f"Notification priority {priority!r} is not one of {', '.join(PRIORITIES)}"
        )
    options: dict[str, object] = {
        "title": title,
        "body": body,
        "priority": priority,
        "icon": icon,
    }
    if default_action is not None:
        options["default-action"] = default_action
    return options


def background_request(
    token: str, *, reason: str, autostart: bool, commandline: Sequence[str]
) -> dict[str, object]:
    """The ``RequestBackground`` vardict: may Backtimer keep running, and start at login?

    ``commandline`` is the command inside the sandbox (the portal wraps it in ``flatpak run``);
    it is sent only with ``autostart``, since turning autostart off removes the entry."""
    options: dict[str, object] = {
        "handle_token": _path_element(token, "handle token"),
        "reason": reason,
        "autostart": autostart,
    }
    if autostart:
        command = [str(part) for part in commandline]
        if not command or not command[0]:
            raise ValueError("Start at login needs a command to run")
        if any("\0" in part for part in command):
            raise ValueError("A command to start at login cannot contain NUL characters")
        options["commandline"] = command
    return options


def inhibit_request(token: str, *, reason: str) -> dict[str, object]:
    """The ``Inhibit`` vardict; the flags go beside it (``InhibitFlag.IDLE`` for a workout)."""
    return {"handle_token": _path_element(token, "handle token"), "reason": reason}


@dataclass(frozen=True)
class BackgroundAnswer:
    """What the desktop decided about running in the background and starting at login."""

    code: ResponseCode
    allowed: bool
    autostart: bool

    @classmethod
    def from_response(cls, code: int, results: Mapping[str, object]) -> BackgroundAnswer:
        """Read a ``Response`` signal; anything but success means neither was granted."""
        try:
            response = ResponseCode(code)
        except ValueError:
            response = ResponseCode.ENDED
        if response is not ResponseCode.SUCCESS:
            return cls(response, allowed=False, autostart=False)
        return cls(
            response,
            allowed=results.get("background") is True,
            autostart=results.get("autostart") is True,
        )
