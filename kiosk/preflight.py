"""Before Qt starts: are the display and the system libraries and fonts Qt needs here?

``make run`` runs ``python -m kiosk.preflight`` before ``kiosk --demo``. On Linux it finds
what the loader cannot load (the libraries of Qt's platform plugin, EGL/GL, fontconfig,
D-Bus, ``libpulse0`` for the on-screen keyboard's QML module) and the fonts the theme
needs (an emoji font); then, as root, or with sudo after asking in an interactive
terminal, it installs the Debian packages with ``apt-get``; otherwise it stops with one
message naming the exact command. With no display it says so, and how to try the kiosk
headless, instead of Qt's abort. Elsewhere (macOS, Windows) it does nothing.

Standard library only, and nothing of ``kiosk`` or Qt: it must run where Qt cannot start,
and ``.ci/install-display-deps`` runs it with the system's ``python3`` before any venv
exists (``python3 kiosk/preflight.py --packages``), so that the package list is one.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple, TextIO

EXIT_OK = 0
EXIT_NO_DISPLAY = 2
EXIT_MISSING = 3

FONT = "font:"


class Package(NamedTuple):
    """A Debian package, what in it the kiosk needs (sonames, or ``font:<family>``) and
    when: ``all`` (any platform), ``xcb`` or ``wayland`` (that platform plugin), ``ci``
    (the display tests only: Xvfb, more fonts, the AT-SPI walk)."""

    name: str
    provides: tuple[str, ...]
    needed_for: str


# The one list (.ci/install-display-deps reads it too). Only what Qt's plugins and the
# kiosk load directly: apt brings what those depend on.
PACKAGES: tuple[Package, ...] = (
    Package("libx11-xcb1", ("libX11-xcb.so.1",), "xcb"),
    Package("libxcb-cursor0", ("libxcb-cursor.so.0",), "xcb"),
    Package("libxcb-icccm4", ("libxcb-icccm.so.4",), "xcb"),
    Package("libxcb-image0", ("libxcb-image.so.0",), "xcb"),
    Package("libxcb-keysyms1", ("libxcb-keysyms.so.1",), "xcb"),
    Package("libxcb-randr0", ("libxcb-randr.so.0",), "xcb"),
    Package("libxcb-render-util0", ("libxcb-render-util.so.0",), "xcb"),
    Package("libxcb-shape0", ("libxcb-shape.so.0",), "xcb"),
    Package("libxcb-shm0", ("libxcb-shm.so.0",), "xcb"),
    Package("libxcb-sync1", ("libxcb-sync.so.1",), "xcb"),
    Package("libxcb-util1", ("libxcb-util.so.1",), "xcb"),
    Package("libxcb-xfixes0", ("libxcb-xfixes.so.0",), "xcb"),
    Package("libxcb-xkb1", ("libxcb-xkb.so.1",), "xcb"),
    Package("libxkbcommon-x11-0", ("libxkbcommon-x11.so.0",), "xcb"),
    Package("libwayland-client0", ("libwayland-client.so.0",), "wayland"),
    Package("libwayland-cursor0", ("libwayland-cursor.so.0",), "wayland"),
    Package("libxkbcommon0", ("libxkbcommon.so.0",), "all"),
    Package("libegl1", ("libEGL.so.1",), "all"),
    Package("libgl1", ("libGL.so.1",), "all"),
    Package("libfontconfig1", ("libfontconfig.so.1",), "all"),
    Package("libdbus-1-3", ("libdbus-1.so.3",), "all"),
    Package("libglib2.0-0", ("libglib-2.0.so.0",), "all"),
    Package("libgssapi-krb5-2", ("libgssapi_krb5.so.2",), "all"),
    # Qt Multimedia links it; without it Qt Virtual Keyboard's QML module does not load
    # and the keyboard never shows.
    Package("libpulse0", ("libpulse.so.0",), "all"),
    Package("fonts-dejavu-core", (FONT + "DejaVu Sans",), "all"),
    Package("fonts-noto-color-emoji", (FONT + "Noto Color Emoji",), "all"),
    # The display tests: the X server, names in every script, the AT-SPI walk.
    Package("xvfb", (), "ci"),
    Package("fonts-noto-core", (FONT + "Noto Sans",), "ci"),
    Package("fonts-noto-cjk", (FONT + "Noto Sans CJK JP",), "ci"),
    Package("dbus", (), "ci"),
    Package("at-spi2-core", (), "ci"),
    Package("python3-pyatspi", (), "ci"),
)

# Qt's files whose dependencies the loader is asked about (ldd), beyond the list above:
# a soname nobody listed still shows up, by name.
_QT_FILES = (
    "lib/libQt6Gui.so.6",
    "lib/libQt6Multimedia.so.6",
    "lib/libQt6VirtualKeyboard.so.6",
    "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
)
_QT_ABORT_PLATFORMS = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}
_HEADLESS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "minimalegl", "vkkhrdisplay"}


def qt_platform(environ: Mapping[str, str]) -> str | None:
    """The platform plugin Qt will choose (its first choice), or None without a display."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    wayland = bool(environ.get("WAYLAND_DISPLAY"))
    if wayland and environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    if environ.get("DISPLAY"):
        return "xcb"
    return "wayland" if wayland else None


def _x_socket(display: str) -> Path | None:
    """The local socket of an X display such as ``:0`` or ``unix:72.0`` (None: remote)."""
    match = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display.strip())
    return Path(f"/tmp/.X11-unix/X{match.group(1)}") if match else None


def _answers(path: Path, abstract: bool = False) -> bool:
    """Whether something listens on the socket ``path`` (or, ``abstract``, on Linux's
    abstract socket of that name too, which X servers also open)."""
    for address in (str(path), "\0" + str(path)) if abstract else (str(path),):
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            try:
                probe.connect(address)
            except OSError:
                continue
            return True
    return False


_HEADLESS_HINT = (
    "To try the kiosk without a screen: kiosk --demo --platform offscreen "
    "(or QT_QPA_PLATFORM=offscreen; with make: make run ARGS='--platform offscreen')."
)


def display_problem(environ: Mapping[str, str], system: str = sys.platform) -> str | None:
    """One line when Qt would find no display to open (instead of its abort), else None."""
    if not system.startswith("linux"):
        return None
    platform = qt_platform(environ)
    if platform is None:
        return "kiosk: no display: neither DISPLAY nor WAYLAND_DISPLAY is set. " + _HEADLESS_HINT
    if platform.split("-")[0] in _HEADLESS:
        return None
    if platform == "xcb":
        display = environ.get("DISPLAY", "")
        if not display:
            return "kiosk: no display: QT_QPA_PLATFORM=xcb but DISPLAY is not set. " + (
                _HEADLESS_HINT
            )
        sock = _x_socket(display)
        if sock is not None and not _answers(sock, abstract=True):
            return f"kiosk: no display: no X server answers on DISPLAY={display}. " + (
                _HEADLESS_HINT
            )
    elif platform.startswith("wayland"):
        name = environ.get("WAYLAND_DISPLAY", "wayland-0")
        runtime = environ.get("XDG_RUNTIME_DIR", "")
        path = Path(name) if name.startswith("/") else Path(runtime or "/nonexistent") / name
        if not _answers(path):
            return f"kiosk: no display: no Wayland compositor answers on {path}. " + (
                _HEADLESS_HINT
            )
    return None


def _loader_error_soname(message: str) -> str:
    """The soname the loader could not load, from its error text (``X: cannot open...``)."""
    head = message.split(": ")[0].strip()
    return Path(head).name if head else message


def _unloadable(sonames: Iterable[str]) -> list[str]:
    """The sonames the loader cannot load; a library that loads but lacks one of its own
    dependencies names that dependency (what is really missing)."""
    import ctypes  # here: the kiosk imports this module for display_problem at each start

    missing: list[str] = []
    for soname in sonames:
        try:
            ctypes.CDLL(soname)
        except OSError as exc:
            missing.append(_loader_error_soname(str(exc)))
    return missing


_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_LOAD_ERROR = re.compile(r"error while loading shared libraries: ([^:]+):")


def _ldd_missing(files: Iterable[Path]) -> list[str]:
    """The sonames ``ldd`` reports missing (or unloadable) for ``files``."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    missing: list[str] = []
    for path in files:
        if not path.exists():
            continue
        try:
            done = subprocess.run(
                [ldd, str(path)], capture_output=True, text=True, timeout=30, check=False
            )
        except (OSError, subprocess.SubprocessError):
            continue
        text = done.stdout + done.stderr
        missing += _NOT_FOUND.findall(text)
        missing += [Path(name.strip()).name for name in _LOAD_ERROR.findall(text)]
    return missing


def qt_dir() -> Path | None:
    """PySide6's ``Qt`` folder, found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def _installed_families() -> set[str] | None:
    """The font families fontconfig knows, or None when fc-list is not there."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        done = subprocess.run(
            [fc_list, ":", "family"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return {
        family.strip() for line in done.stdout.splitlines() for family in line.split(",")
    }


_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")


def _font_file_exists(family: str) -> bool:
    """Without fc-list: a font file named after the family (NotoColorEmoji.ttf)."""
    stem = family.replace(" ", "")
    for folder in _FONT_DIRS:
        root = Path(folder).expanduser()
        if root.is_dir() and any(root.rglob(stem + "*")):
            return True
    return False


def _missing_fonts(families: Iterable[str]) -> list[str]:
    installed = _installed_families()
    return [
        family for family in families
        if not (family in installed if installed is not None else _font_file_exists(family))
    ]


def _needed(platform: str | None) -> list[Package]:
    kind = (platform or "").split("-")[0]
    return [p for p in PACKAGES if p.needed_for in ("all", kind)]


class Missing(NamedTuple):
    packages: list[str]
    """Debian packages to install, in the list's order."""
    unknown: list[str]
    """Missing sonames nobody listed (named as they are)."""
    what: list[str]
    """Everything missing, as said to the operator (sonames, "the X font")."""


def find_missing(platform: str | None, qt: Path | None = None) -> Missing:
    """What the kiosk lacks to start Qt on ``platform`` (None: only what every platform
    needs): libraries the loader cannot load, fonts fontconfig does not know."""
    needed = _needed(platform)
    sonames = [item for p in needed for item in p.provides if not item.startswith(FONT)]
    families = [item[len(FONT):] for p in needed for item in p.provides if item.startswith(FONT)]
    qt = qt if qt is not None else qt_dir()
    files = [qt / name for name in _QT_FILES] if qt is not None else []
    plugin = _QT_ABORT_PLATFORMS.get((platform or "").split("-")[0])
    if qt is not None and plugin is not None:
        files.insert(0, qt / "plugins" / "platforms" / plugin)
    lost: list[str] = []
    for soname in _unloadable(sonames) + _ldd_missing(files):
        if soname not in lost:
            lost.append(soname)
    fonts = _missing_fonts(families)
    owner = {item: p.name for p in PACKAGES for item in p.provides}
    packages: list[str] = []
    for p in PACKAGES:
        if p.name in packages:
            continue
        if any(item in lost for item in p.provides) or any(
            FONT + family in p.provides for family in fonts
        ):
            packages.append(p.name)
    unknown = [soname for soname in lost if soname not in owner]
    what = lost + [f"the {family} font" for family in fonts]
    return Missing(packages, unknown, what)


def install_command(packages: Sequence[str], root: bool) -> list[str]:
    return [*([] if root else ["sudo"]), "apt-get", "install", "-y",
            "--no-install-recommends", *packages]


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _apt_install(packages: Sequence[str], root: bool, out: TextIO) -> bool:
    sudo = [] if root else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    out.write(f"kiosk: installing what Qt needs: {' '.join(packages)}\n")
    out.flush()
    try:
        subprocess.run([*sudo, "apt-get", "update", "-qq"], env=env, check=False)
        done = subprocess.run(install_command(packages, root), env=env, check=False)
    except OSError:
        return False
    return done.returncode == 0


def _ask(question: str, stdin: TextIO, out: TextIO) -> bool:
    out.write(question)
    out.flush()
    return stdin.readline().strip().lower() in ("y", "yes")


def run(
    environ: Mapping[str, str],
    *,
    install: bool = True,
    stdin: TextIO = sys.stdin,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    system: str = sys.platform,
) -> int:
    """The whole preflight: 0 when Qt can start, else after one message on ``err``."""
    if not system.startswith("linux"):
        return EXIT_OK
    problem = display_problem(environ, system)
    if problem is not None:
        err.write(problem + "\n")
        return EXIT_NO_DISPLAY
    platform = qt_platform(environ)
    missing = find_missing(platform)
    if not missing.what:
        return EXIT_OK
    root = _is_root()
    has_apt = shutil.which("apt-get") is not None
    if missing.packages and has_apt and install:
        command = " ".join(install_command(missing.packages, root))
        interactive = stdin.isatty() and out.isatty() and shutil.which("sudo") is not None
        if root or (
            interactive
            and _ask(f"Qt needs {', '.join(missing.what)}. Run `{command}` now? [y/N] ",
                     stdin, out)
        ):
            _apt_install(missing.packages, root, out)
            missing = find_missing(platform)
            if not missing.what:
                return EXIT_OK
    lacking = ", ".join(missing.what)
    if missing.packages and has_apt:
        command = " ".join(install_command(missing.packages, root))
        if not root and shutil.which("sudo") is None:  # Debian without sudo: root's password
            command = f"su -c '{command.removeprefix('sudo ')}'"
        extra = (
            f" and the packages that provide {', '.join(missing.unknown)}"
            if missing.unknown else ""
        )
        err.write(f"kiosk: Qt cannot start without {lacking}. Install with: {command}{extra}\n")
    else:
        err.write(
            f"kiosk: Qt cannot start without {lacking}. Install the packages that "
            "provide them with the system's package manager.\n"
        )
    return EXIT_MISSING


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.preflight",
        description="Check (and install, when allowed) what Qt needs before the kiosk starts.",
    )
    parser.add_argument("--no-install", action="store_true",
                        help="never run apt-get: print the command instead")
    parser.add_argument("--packages", action="store_true",
                        help="print every Debian package of the list (CI installs them all)")
    parser.add_argument("--platform", help="the platform the kiosk will be given")
    # `make run ARGS=...` passes the kiosk's own options too: ignored here.
    args, _ = parser.parse_known_args(argv)
    if args.packages:
        sys.stdout.write("".join(p.name + "\n" for p in PACKAGES))
        return EXIT_OK
    environ = dict(os.environ)
    if args.platform:
        environ["QT_QPA_PLATFORM"] = args.platform
    # KIOSK_PREFLIGHT_INSTALL=no: never install (tests, and operators who manage packages).
    install = not args.no_install and environ.get("KIOSK_PREFLIGHT_INSTALL", "") != "no"
    return run(environ, install=install)


if __name__ == "__main__":
    sys.exit(main())
