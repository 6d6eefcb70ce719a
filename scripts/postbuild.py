#!/usr/bin/env python3
"""Finishes a Trunk build in dist/ for static hosting with a strict Content-Security-Policy.

`loader`: Trunk's inline module loader becomes a file of its own (named by its hash), so the
policy needs no 'unsafe-inline' and no hash of inline code. Run before the prerender, which
copies index.html into every page.

`compress`: every text file of the build gets precompressed .br and .gz siblings, for servers
that serve them as is. Not the content files in data/: editors replace those without a
rebuild, and a stale .br beside a new .json would be served instead of it.

Usage: scripts/postbuild.py loader|compress DIST
"""
import gzip
import hashlib
import pathlib
import re
import subprocess
import sys

COMPRESSIBLE = {".html", ".js", ".wasm", ".css", ".json", ".svg", ".xml", ".ics", ".txt", ".md"}


def externalise_loader(dist: pathlib.Path) -> None:
    index = dist / "index.html"
    html = index.read_text(encoding="utf-8")
    match = re.search(r'<script type="module">(.*?)</script>', html, re.S)
    if not match:
        return  # already done
    base = re.search(r'<base href="([^"]*)"', html)
    public_url = base.group(1) if base else "/"
    code = match.group(1).strip() + "\n"
    name = f"boot-{hashlib.sha256(code.encode()).hexdigest()[:16]}.js"
    (dist / name).write_text(code, encoding="utf-8")
    html = html[: match.start()] + f'<script type="module" src="{public_url}{name}"></script>' + html[match.end():]
    index.write_text(html, encoding="utf-8")


def precompress(dist: pathlib.Path) -> None:
    for path in sorted(dist.rglob("*")):
        if not path.is_file() or path.suffix not in COMPRESSIBLE or "data" in path.relative_to(dist).parts[:1]:
            continue
        data = path.read_bytes()
        path.with_name(path.name + ".gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
        subprocess.run(["brotli", "--force", "--best", f"--output={path}.br", str(path)], check=True)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("loader", "compress"):
        sys.exit(__doc__)
    step, dist = sys.argv[1], pathlib.Path(sys.argv[2])
    externalise_loader(dist) if step == "loader" else precompress(dist)
