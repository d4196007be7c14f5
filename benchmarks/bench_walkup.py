"""A first-time walk-up registration, timed and counted: ``python benchmarks/bench_walkup.py``.

For each screen size (1280x800 landscape and 1080x1920 portrait by default) it starts
Xvfb (a display number Xvfb picks itself) and openbox, then runs ``walkup_driver.py``
there: the real kiosk, full screen, with Qt Virtual Keyboard, registering for the main
demo conference as a person would (0.4 s per key, 1 s to find each other target). It
prints taps besides typing, keys, swipes and seconds per run, and the medians.

The bar (issue 11): at most 8 taps besides typing, no swipe, under 45 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DRIVER = HERE.parent / "tests" / "e2e" / "walkup_driver.py"


def start_xvfb(size: str, folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stderr=(folder / "xvfb.log").open("wb"),
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        xvfb.kill()
        raise SystemExit("Xvfb did not start")
    return xvfb, f":{number}"


def run_once(
    size: str, folder: Path, skip: str, language: str = "en", shots: Path | None = None
) -> dict[str, Any]:
    xvfb, display = start_xvfb(size, folder)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", LANG="C.UTF-8",
               WALKUP_SKIP=skip, WALKUP_LANGUAGE=language)
    if shots is not None:
        env["WALKUP_SHOTS"] = str(shots)
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL) if shutil.which("openbox") else None
    try:
        done = subprocess.run(
            [sys.executable, str(DRIVER), str(folder)],
            env=env, capture_output=True, text=True, timeout=300, check=False,
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if not lines:
            return {"ok": False, "error": done.stderr[-2000:]}
        return dict(json.loads(lines[-1]))
    finally:
        for process in (wm, xvfb):
            if process is not None:
                process.terminate()
                process.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", nargs="*", default=["1280x800", "1080x1920"])
    parser.add_argument("--skip", choices=("next", "enter"), default="next",
                        help="how the person passes an optional text question left empty: "
                        "Next on the screen (a tap) or the keyboard's Enter (a key)")
    parser.add_argument("--language", default="en",
                        help="the person first picks this language (ar, ja, ...) on the "
                        "start screen and types the name in its script")
    parser.add_argument("--shots", type=Path, default=None,
                        help="save the screen at every step of the first run into "
                        "SHOTS/<size>/")
    args = parser.parse_args()
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is needed: .ci/install-display-deps")
    for size in args.sizes:
        results: list[dict[str, Any]] = []
        for n in range(args.runs):
            with tempfile.TemporaryDirectory(prefix="walkup-") as tmp:
                shots = args.shots / size if args.shots is not None and n == 0 else None
                result = run_once(size, Path(tmp), args.skip, args.language, shots)
                if n == 0 and result.get("ok"):
                    shot = Path(tmp) / "walkup-end.png"
                    if shot.exists():
                        shutil.copy(shot, Path(tempfile.gettempdir()) / f"walkup-{size}.png")
            if not result.get("ok"):
                print(f"{size} run {n + 1}: FAILED {result.get('error')}")
                continue
            results.append(result)
            print(f"{size} run {n + 1}: {result['taps']} taps, {result['keys']} keys, "
                  f"{result['swipes']} swipes, {result['seconds']} s; steps {result['steps']}")
        if results:
            print(f"{size} median: {statistics.median(r['seconds'] for r in results):.1f} s, "
                  f"taps {max(r['taps'] for r in results)}, "
                  f"swipes {max(r['swipes'] for r in results)}")
            print("  " + "; ".join(results[0]["log"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
