"""When each file last changed, from git history (one `git log` for the whole tree)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def last_commit_times(root: Path) -> dict[str, int]:
    """Path relative to the repository root → Unix time of the last commit that touched it.

    Empty outside a git checkout. A shallow clone only knows its own commits, so deploy workflows fetch
    the full history (fetch-depth: 0)."""
    try:
        output = subprocess.run(["git", "-C", str(root), "log", "--format=%x00%ct", "--name-only", "--no-renames"],
                                capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    times: dict[str, int] = {}
    for block in output.split("\x00")[1:]:
        lines = block.strip().splitlines()
        if not lines:
            continue
        stamp = int(lines[0])
        for name in lines[1:]:
            if name.strip():
                times.setdefault(name.strip(), stamp)  # git log lists the newest commit first
    return times
