"""Sandbox detection and the portal requests as plain data: paths, tokens, vardicts, answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from backtimer import APP_ID
from backtimer.desktop.portals import (
    BackgroundAnswer,
    HandleTokens,
    InhibitFlag,
    ResponseCode,
    background_request,
    inhibit_request,
    notification,
    request_path,
    sender_element,
    window_identifier,
)
from backtimer.desktop.sandbox import is_sandboxed


@pytest.mark.parametrize(
    ("environ", "info_exists", "expected"),
    [
        ({}, False, False),
        ({"FLATPAK_ID": APP_ID}, False, True),
        ({"FLATPAK_ID": ""}, False, False),
        ({}, True, True),
    ],
    ids=["plain", "flatpak-id", "empty-id", "info-file"],
)
def test_sandbox_is_recognised_by_flatpak_id_or_info_file(
    tmp_path: Path, environ: dict[str, str], info_exists: bool, expected: bool
) -> None:
    info = tmp_path / ".flatpak-info"
    if info_exists:
        info.write_text("[Application]\nname=io.github.backtimer.Backtimer\n", encoding="utf-8")
    assert is_sandboxed(environ, info_file=info) is expected


def test_a_directory_named_like_the_info_file_is_not_a_sandbox(tmp_path: Path) -> None:
    (tmp_path / ".flatpak-info").mkdir()
    assert not is_sandboxed({}, info_file=tmp_path / ".flatpak-info")


def test_request_path_follows_the_portal_naming_rule() -> None:
    """Colon dropped, dots to underscores, token last."""
    assert sender_element(":1.42") == "1_42"
    assert request_path(":1.42", "backtimer7") == (
        "/org/freedesktop/portal/desktop/request/1_42/backtimer7"
    )


@pytest.mark.parametrize("name", ["1.42", "org.freedesktop.portal.Desktop", ":", ":1", ":1.a/b"])
def test_only_unique_bus_names_make_a_request_path(name: str) -> None:
    with pytest.raises(ValueError, match="unique bus name"):
        sender_element(name)


@pytest.mark.parametrize("token", ["", "has-dash", "a/b", "space here", "ü"])
def test_tokens_must_be_object_path_elements(token: str) -> None:
    with pytest.raises(ValueError, match="handle token"):
        request_path(":1.2", token)
    with pytest.raises(ValueError, match="handle token"):
        inhibit_request(token, reason="x")


def test_handle_tokens_are_fresh_and_valid() -> None:
    tokens = HandleTokens()
    issued = [tokens.next() for _ in range(3)]
    assert issued == ["backtimer1", "backtimer2", "backtimer3"]
    assert all(request_path(":1.5", token) for token in issued)
    with pytest.raises(ValueError, match="token prefix"):
        HandleTokens("back-timer")


def test_window_identifier_names_x11_windows_only() -> None:
    assert window_identifier("xcb", 0x3A00007) == "x11:3a00007"
    assert window_identifier("wayland", 12) == ""
    assert window_identifier("xcb", None) == ""


def test_notification_vardict() -> None:
    assert notification("Time for your back routine", "Back Basics", default_action="open") == {
        "title": "Time for your back routine",
        "body": "Back Basics",
        "priority": "normal",
        "icon": APP_ID,
        "default-action": "open",
    }
    assert "default-action" not in notification("Title", "")
    with pytest.raises(ValueError, match="title"):
        notification("  ", "body")
    with pytest.raises(ValueError, match="priority 'loud'"):
        notification("Title", "body", priority="loud")


def test_background_request_sends_the_command_only_to_turn_autostart_on() -> None:
    command = ["/app/bin/backtimer", "--data-dir", "/home/ann/My Data"]
    on = background_request("backtimer1", reason="Reminders", autostart=True, commandline=command)
    assert on == {
        "handle_token": "backtimer1",
        "reason": "Reminders",
        "autostart": True,
        "commandline": command,
    }
    off = background_request("backtimer2", reason="Reminders", autostart=False, commandline=[])
    assert off == {"handle_token": "backtimer2", "reason": "Reminders", "autostart": False}


@pytest.mark.parametrize("command", [[], [""], ["backtimer", "a\0b"]])
def test_background_request_refuses_a_command_that_cannot_run(command: list[str]) -> None:
    with pytest.raises(ValueError, match="command"):
        background_request("t1", reason="r", autostart=True, commandline=command)


def test_inhibit_request_and_flags() -> None:
    assert inhibit_request("backtimer3", reason="Following a workout") == {
        "handle_token": "backtimer3",
        "reason": "Following a workout",
    }
    assert int(InhibitFlag.IDLE) == 8
    assert int(InhibitFlag.IDLE | InhibitFlag.SUSPEND) == 12


@pytest.mark.parametrize(
    ("code", "results", "expected"),
    [
        (0, {"background": True, "autostart": True}, (ResponseCode.SUCCESS, True, True)),
        (0, {"background": True, "autostart": False}, (ResponseCode.SUCCESS, True, False)),
        (0, {}, (ResponseCode.SUCCESS, False, False)),
        (0, {"background": 1, "autostart": "yes"}, (ResponseCode.SUCCESS, False, False)),
        (1, {"background": True, "autostart": True}, (ResponseCode.CANCELLED, False, False)),
        (2, {}, (ResponseCode.ENDED, False, False)),
        (99, {"background": True}, (ResponseCode.ENDED, False, False)),
    ],
    ids=["granted", "no-autostart", "empty", "wrong-types", "cancelled", "ended", "unknown"],
)
def test_background_answer_grants_only_on_success_with_true_booleans(
    code: int, results: dict[str, object], expected: tuple[ResponseCode, bool, bool]
) -> None:
    answer = BackgroundAnswer.from_response(code, results)
    assert (answer.code, answer.allowed, answer.autostart) == expected
