#!/usr/bin/env python3
"""Finishes a Trunk build in dist/ for static hosting with a strict Content-Security-Policy.

`loader`: Trunk's inline module loader becomes a file of its own (named by its hash), so the
policy needs no 'unsafe-inline' and no hash of inline code. The loader waits for the first
paint of the (prerendered) page before it loads the app and preloads the content files, and
the page's own preload links go: Lighthouse showed that anything requested before the first
paint delays it on a slow network. Run before the prerender, which copies index.html into every
page.

`loader` also publishes src/language.js under a hashed name, as the first script of the head:
on an address that names no language it goes to the reader's, before the first paint. The
prerender keeps it only in pages whose address names no language.

`split`: the pages that students do not need (`src/pages/routes.rs`) become wasm modules of their
own, fetched when someone opens them. Trunk cannot cut a wasm file: this step takes the module
cargo linked for Trunk (built with the `split` feature, which keeps its relocations: src/build.rs),
cuts it with `wasm-split-cli`, and writes the app's files again, as cargo-leptos's `--split`
does: wasm-bindgen on the main part, then wasm-opt on every part. They replace Trunk's, named by
a hash of what they hold. Run right after the portal's Trunk build, before anything else links
the crate.

`minify`: the build's scripts and stylesheets lose their comments, spaces and long local names
(esbuild; neither Trunk's loader rewrite nor the split writes them minified), about 5 KiB brotli
of the first load; the pages that name a file with its integrity get the new one. Run after
`loader`, before the prerender copies index.html into every page.

`compress`: every text file of the build gets precompressed .br and .gz siblings, for servers
that serve them as is. Not the content files in data/: editors replace those without a
rebuild, and a stale .br beside a new .json would be served instead of it.

Usage: scripts/postbuild.py split|loader|minify|compress DIST
"""
import base64
import gzip
import hashlib
import json
import pathlib
import re
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).parent.parent
COMPRESSIBLE = {".html", ".js", ".wasm", ".css", ".json", ".svg", ".xml", ".ics", ".txt", ".md"}


def content_hash(data: bytes) -> str:
    """What a published file is named by (`name-HASH.ext`): a hash of its bytes, so that one name
    never holds two contents in a cache that keeps hashed names for a year
    (deploy/nginx-site.conf)."""
    return hashlib.sha256(data).hexdigest()[:16]


LOADER = """// Written by scripts/postbuild.py from Trunk's loader. The page on screen is prerendered HTML:
// the app and the content files load after its first paint, so that nothing competes with it,
// and in parallel with each other (the app's requests for the files use these preloads), with
// the wasm parts the page is drawn with: the interface words of the page's language
// (src/takeover.rs) and those the build named on <html> (src/pages/routes.rs).
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const language = location.pathname.slice(new URL(document.baseURI).pathname.length).split('/')[0];
const partFiles = PARTS;
const parts = [`words_${language}`, ...(document.documentElement.dataset.parts ?? '').split(' ')];
for (const href of [...DATA, ...new Set(parts.flatMap((part) => partFiles[part] ?? []))]) {
  const link = document.createElement('link');
  Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href });
  document.head.append(link);
}
const bindings = await import(GLUE);
const wasm = await bindings.default({ module_or_path: WASM });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
"""


def externalise_loader(dist: pathlib.Path) -> None:
    # The portal's page and the editors' (edit.html, a bundle of its own).
    for page in ("index.html", "edit.html"):
        if (dist / page).exists():
            externalise_page_loader(dist, dist / page)


def externalise_page_loader(dist: pathlib.Path, index: pathlib.Path) -> None:
    html = index.read_text(encoding="utf-8")
    match = re.search(r'<script type="module">(.*?)</script>', html, re.S)
    if not match:
        return  # already done
    trunk_loader = match.group(1)
    glue = re.search(r"import init, \* as bindings from '([^']+)'", trunk_loader)
    wasm = re.search(r"module_or_path: '([^']+)'", trunk_loader)
    if not glue or not wasm:
        sys.exit("postbuild: Trunk's loader has changed; update LOADER in scripts/postbuild.py")
    data = re.findall(r'<link rel="preload" href="(data/[^"]+)" as="fetch"[^>]*>', html)
    code = (LOADER.replace("DATA", json.dumps(data)).replace("PARTS", json.dumps(split_parts(dist, glue.group(1))))
            .replace("GLUE", json.dumps(glue.group(1)))
            .replace("WASM", json.dumps(wasm.group(1))))
    base = re.search(r'<base href="([^"]*)"', html)
    public_url = base.group(1) if base else "/"
    name = f"boot-{content_hash(code.encode())}.js"
    (dist / name).write_text(code, encoding="utf-8")
    # Low priority: it is not needed for the first paint, and on a slow network the page's own
    # HTML and CSS come first (Lighthouse's simulated first paint: 0.97 s at high, 0.76 s at low).
    html = html[: match.start()] + f'<script type="module" src="{public_url}{name}" fetchpriority="low"></script>' + html[match.end():]
    # The loader starts every download itself, after the first paint.
    html = re.sub(r'<link rel="(?:modulepreload|preload)"[^>]*>\s*', "", html)
    language = (ROOT / "src" / "language.js").read_text(encoding="utf-8")
    language_name = f"language-{content_hash(language.encode())}.js"
    (dist / language_name).write_text(language, encoding="utf-8")
    # After <base>, which it reads; a classic script, so that it runs before the first paint.
    html = re.sub(r'(<base [^>]*>)', lambda m: f'{m.group(1)}\n    <script src="{public_url}{language_name}" data-language-redirect></script>', html, count=1)
    index.write_text(html, encoding="utf-8")


def split_parts(dist: pathlib.Path, glue: str) -> dict:
    """The files of each wasm part, by the part's name (`words_kk`, `page_internship`): the part's
    own (`split_words_kk-<hash>.wasm`) and the chunks it needs, as the split loader of the build
    whose glue is `glue` names them; none when that build was not split (the editors' bundle)."""
    build_hash = glue.rsplit("/", 1)[-1].removesuffix(".js").rsplit("-", 1)[-1]
    loader = dist / f"split-{build_hash}.js"
    if not loader.exists():
        return {}
    split_js = loader.read_text(encoding="utf-8")
    fetched = r'makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\./([^"]+)"'
    chunks = dict(re.findall(rf'const (__chunk_\d+) = {fetched}', split_js))
    parts = {}
    for name, part, deps in re.findall(
            rf'export const __wasm_split_load_(\w+) = wrapAsyncCb\({fetched}.*?\n, \[([^\]]*)\]\)\);', split_js, re.S):
        parts[name] = [part] + [chunks[dep.strip()] for dep in deps.split(",") if dep.strip()]
    if "words_kk" not in parts:
        sys.exit("postbuild: the split loader names no words parts; update split_parts in scripts/postbuild.py")
    return parts


# The wasm-opt level of Trunk's build (index.html), and the features every part uses. Rust puts
# the stack first in memory, growing down towards 0, so the low kilobyte is never used; saying so
# lets wasm-opt fold offsets into loads and stores (1.4 KiB brotli off the app). Each pass leaves
# work for the next: the app is 276,323 bytes brotli after one, 274,518 after three, and 274,770
# once nothing more shrinks (`--converge`, longer).
WASM_OPT = ["wasm-opt", "-Os", "-Os", "-Os", "--low-memory-unused", "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int"]


def split_pages(dist: pathlib.Path) -> None:
    index = dist / "index.html"
    html = index.read_text(encoding="utf-8")
    glue = re.search(r"import init, \* as bindings from '(?:[^']*/)?([^'/]+)\.js'", html)
    if not glue:
        sys.exit("postbuild: Trunk's loader has changed; update split_pages in scripts/postbuild.py")
    trunk_stem = glue.group(1)
    linked = ROOT / "target" / "wasm32-unknown-unknown" / "release" / "partnership_portal.wasm"
    work = ROOT / "target" / "split"
    shutil.rmtree(work, ignore_errors=True)
    (work / "opt").mkdir(parents=True)
    subprocess.run(["wasm-split-cli", str(linked), str(work), "--out-name", trunk_stem], check=True)
    subprocess.run(["wasm-bindgen", "--target", "web", "--keep-lld-exports", "--no-demangle",
                    "--out-dir", str(work / "bindgen"), "--out-name", trunk_stem, str(work / f"{trunk_stem}.wasm")],
                   check=True)
    glue_js = (work / "bindgen" / f"{trunk_stem}.js").read_text(encoding="utf-8")
    if "./__wasm_split.js" not in glue_js:
        sys.exit("postbuild: wasm-bindgen's output names no split loader; is the `split` feature on?")
    glue_js = drop_stream_classes(work / "bindgen" / f"{trunk_stem}_bg.wasm", glue_js)
    glue_js = short_import_names(work / "bindgen" / f"{trunk_stem}_bg.wasm", glue_js)
    subprocess.run([*WASM_OPT, str(work / "bindgen" / f"{trunk_stem}_bg.wasm"), "-o", str(work / "opt" / "app.wasm")],
                   check=True)
    parts = sorted(part for part in work.glob("*.wasm") if part.stem != trunk_stem)
    for part in parts:
        subprocess.run([*WASM_OPT, str(part), "-o", str(work / "opt" / part.name)], check=True)
    split_js = (work / "__wasm_split.js").read_text(encoding="utf-8")
    # The files are named by what they hold together (Trunk's hash is of cargo's wasm, which this
    # step changes): a new build is never mixed with parts of an old one in a cache.
    wasms = [work / "opt" / "app.wasm", *(work / "opt" / part.name for part in parts)]
    build_hash = content_hash((glue_js + split_js).encode() + b"".join(wasm.read_bytes() for wasm in wasms))
    stem = f"{trunk_stem.rsplit('-', 1)[0]}-{build_hash}"
    loader = f"split-{build_hash}.js"
    # Only where the glue imports the loader: the wasm's import names stay as they are.
    glue_js = re.sub(r'(^import \* as \w+ from )"\./__wasm_split\.js"', rf'\1"./{loader}"', glue_js, flags=re.M)
    (dist / f"{stem}.js").write_text(glue_js, encoding="utf-8")
    shutil.copy(work / "opt" / "app.wasm", dist / f"{stem}_bg.wasm")
    # The split loader imports the glue; the glue and the wasm keep Trunk's name between them.
    if f'"./{trunk_stem}.js"' not in split_js:
        sys.exit("postbuild: the split loader does not import the glue; update split_pages")
    split_js = split_js.replace(f'"./{trunk_stem}.js"', f'"./{stem}.js"')
    for part in parts:
        name = f"{part.stem}-{build_hash}.wasm"
        shutil.copy(work / "opt" / part.name, dist / name)
        split_js = split_js.replace(f'"./{part.name}"', f'"./{name}"')
    (dist / loader).write_text(split_js, encoding="utf-8")
    for trunk_file in (f"{trunk_stem}.js", f"{trunk_stem}_bg.wasm"):
        (dist / trunk_file).unlink()
    index.write_text(html.replace(trunk_stem, stem), encoding="utf-8")


def leb128(data: bytes, at: int) -> tuple[int, int]:
    """The unsigned LEB128 number at `at` in `data`, and where it ends."""
    number = shift = 0
    while True:
        byte = data[at]
        at += 1
        number |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return number, at


def to_leb128(number: int) -> bytes:
    out = bytearray()
    while True:
        byte, number = number & 0x7F, number >> 7
        out.append(byte | (0x80 if number else 0))
        if not number:
            return bytes(out)


# The JavaScript classes wasm-streams exports (for streamed server-function bodies): leptos
# always builds server_fn with its browser feature, and the portal calls no server function.
STREAM_CLASSES = ("IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource")


def drop_stream_classes(wasm: pathlib.Path, glue_js: str) -> str:
    """Exports are never dropped as unused, so the three classes' code stayed in the app (1.4 KB
    brotli, with the code they reach), and their wrappers in the glue. Drops their exports from
    the wasm, for wasm-opt to remove the code, and the classes from the glue; returns the glue.
    Nothing else names them: the build stops if it does."""
    for name in STREAM_CLASSES:
        glue_js, classes = re.subn(
            rf"^export class {name} {{\n.*?^}}\nif \(Symbol\.dispose\) {name}\.prototype\[.*?;\n",
            "", glue_js, flags=re.M | re.S)
        glue_js, registries = re.subn(rf"^const {name}Finalization = .*?\);\n", "", glue_js,
                                      flags=re.M | re.S)
        if classes != 1 or registries != 1 or name in glue_js:
            sys.exit(f"postbuild: wasm-bindgen's glue writes {name} otherwise; update drop_stream_classes")
    glue_js = glue_js.replace('const __wbindgen_enum_ReadableStreamType = ["bytes"];\n', "")
    prefixes = tuple(name.lower().encode() for name in STREAM_CLASSES)
    data = wasm.read_bytes()
    out, at = bytearray(data[:8]), 8
    while at < len(data):
        section, body_at = data[at], at + 1
        size, body_at = leb128(data, body_at)
        body = data[body_at:body_at + size]
        at = body_at + size
        if section == 7:  # exports: name, kind, index
            count, i = leb128(body, 0)
            kept = []
            for _ in range(count):
                start = i
                length, i = leb128(body, i)
                name = body[i:i + length]
                _, i = leb128(body, i + length + 1)
                if not name.removeprefix(b"__wbg_").startswith(prefixes):
                    kept.append(body[start:i])
            if len(kept) == count:
                sys.exit("postbuild: the wasm exports no stream class; update drop_stream_classes")
            body = to_leb128(len(kept)) + b"".join(kept)
        out += bytes([section]) + to_leb128(len(body)) + body
    wasm.write_bytes(bytes(out))
    return glue_js


def short_import_names(wasm: pathlib.Path, glue_js: str) -> str:
    """wasm-bindgen names each function the glue gives the wasm with a hash
    (`__wbg_then_3a4f899454bcf8c9`), written in the wasm's imports and in the glue: 16 hex digits
    each, which brotli cannot shorten, 3.9 KB of the first load for some 200 imports. Each
    becomes its name alone (`__wbg_then`, numbered when names meet), in both: rewrites the
    wasm's import section and returns the glue."""
    data = wasm.read_bytes()
    out, at, renamed = bytearray(data[:8]), 8, {}
    while at < len(data):
        section, body_at = data[at], at + 1
        size, body_at = leb128(data, body_at)
        body = data[body_at:body_at + size]
        at = body_at + size
        if section == 2:  # imports: module, name, then what is imported
            count, i = leb128(body, 0)
            imports = bytearray(to_leb128(count))
            for _ in range(count):
                length, i = leb128(body, i)
                module, i = body[i:i + length], i + length
                length, i = leb128(body, i)
                name, i = body[i:i + length].decode(), i + length
                start, kind = i, body[i]
                i += 1
                if kind == 0:  # a function: its type
                    _, i = leb128(body, i)
                elif kind in (1, 2):  # a table (its type first) or a memory: limits
                    i += kind == 1
                    flags, i = body[i], i + 1
                    _, i = leb128(body, i)
                    if flags & 1:
                        _, i = leb128(body, i)
                elif kind == 3:  # a global: its type and mutability
                    i += 2
                else:
                    sys.exit(f"postbuild: an import of kind {kind}; update short_import_names")
                hashed = re.fullmatch(r"(__wbg_\w+?)_[0-9a-f]{16}", name)
                if hashed:
                    short, number = hashed.group(1), 1
                    while short in renamed.values() or re.search(rf"\b{short}\b", glue_js):
                        short, number = f"{hashed.group(1)}{number}", number + 1
                    renamed[name] = short
                    name = short
                imports += to_leb128(len(module)) + module + to_leb128(len(name.encode())) + name.encode()
                imports += body[start:i]
            body = bytes(imports)
        out += bytes([section]) + to_leb128(len(body)) + body
    for hashed, short in renamed.items():
        if hashed not in glue_js:
            sys.exit(f"postbuild: wasm-bindgen's glue does not name {hashed}; update short_import_names")
        glue_js = glue_js.replace(hashed, short)
    wasm.write_bytes(bytes(out))
    return glue_js


def minify(dist: pathlib.Path) -> None:
    files = sorted(str(path) for path in dist.glob("*") if path.suffix in (".js", ".css"))
    # UTF-8 as written: esbuild's default escapes every Cyrillic letter as \uXXXX. wasm-bindgen's
    # glue names the split loader once per import, in one object: the last wins, minified or not.
    subprocess.run(["esbuild", *files, "--minify", "--charset=utf8", "--log-level=warning",
                    "--log-override:duplicate-object-key=silent", f"--outdir={dist}", "--allow-overwrite"],
                   check=True)
    # A stylesheet's name follows what it holds (Trunk's is of the file before): a reader's
    # browser keeps a hashed name for a year, and an older copy would fail its integrity.
    renamed = {}
    for css in sorted(dist.glob("*.css")):
        named = re.fullmatch(r"(.+)-[0-9a-f]{16}\.css", css.name)
        if named:
            renamed[css.name] = f"{named.group(1)}-{content_hash(css.read_bytes())}.css"
            css.rename(dist / renamed[css.name])

    def integrity(tag: re.Match) -> str:
        name = tag.group(1).rsplit("/", 1)[-1]
        digest = base64.b64encode(hashlib.sha384((dist / name).read_bytes()).digest()).decode()
        return re.sub(r'integrity="sha384-[^"]*"', f'integrity="sha384-{digest}"', tag.group(0))

    for page in (dist / "index.html", dist / "edit.html"):
        if not page.exists():
            continue
        html = page.read_text(encoding="utf-8")
        for old, new in renamed.items():
            html = html.replace(f'/{old}"', f'/{new}"')
        html = re.sub(r'<(?:link|script)\b[^>]*(?:href|src)="([^"]+\.(?:css|js))"[^>]*\bintegrity="sha384-[^"]*"[^>]*>', integrity, html)
        page.write_text(html, encoding="utf-8")


def precompress(dist: pathlib.Path) -> None:
    for path in sorted(dist.rglob("*")):
        if not path.is_file() or path.suffix not in COMPRESSIBLE or "data" in path.relative_to(dist).parts[:1]:
            continue
        data = path.read_bytes()
        path.with_name(path.name + ".gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
        subprocess.run(["brotli", "--force", "--best", f"--output={path}.br", str(path)], check=True)


if __name__ == "__main__":
    steps = {"split": split_pages, "loader": externalise_loader, "minify": minify, "compress": precompress}
    if len(sys.argv) != 3 or sys.argv[1] not in steps:
        sys.exit(__doc__)
    steps[sys.argv[1]](pathlib.Path(sys.argv[2]))
