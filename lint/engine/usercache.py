"""newslint's per-user cache folder, for data derived from installed packages
(compiled patterns, the word-frequency index) that costs start-up time to build.

``$NEWSLINT_CACHE_HOME``, else ``$XDG_CACHE_HOME/newslint``, else
``~/.cache/newslint``. Nothing in it is needed: when it cannot be written, each
user of it falls back to building its data in memory.
"""
from __future__ import annotations

import os
from pathlib import Path


def user_cache_dir() -> Path:
    explicit = os.environ.get("NEWSLINT_CACHE_HOME")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newslint"


def write_atomically(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file and a rename; False if it cannot."""
    import tempfile  # here: most runs write nothing to the user cache

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False)
        with handle:
            handle.write(data)
        os.replace(handle.name, path)
        return True
    except OSError:
        try:
            os.unlink(handle.name)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass
        return False
