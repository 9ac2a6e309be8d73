#!/usr/bin/env python3
"""Real-browser check of a built Debrief site, with the standard library only.

Loads every page of DIR through file:// in headless Chromium (driven over the
DevTools protocol with a tiny WebSocket client) at 390 and 1280 px, light and
dark, and saves full-page screenshots of a few to the artifacts folder. Fails
when a page logs a console error, throws, fails to load a resource, scrolls
sideways, holds an element wider than the viewport (outside a scrolling
wrapper), when two labels of a visible chart overlap (or a label covers a
point), measured with getBoundingClientRect, when the charts draw nothing (no
timeline markers, no bars, no dots), when the timeline does not fill its
figure, when sorting the table by a header fails, when the ledger's filters do
not hide the right rows, or when a search on the index (served over HTTP for
the page's fetch) finds nothing.

usage: Scripts/browser-check.py [DIR] [--out artifacts] [--incident SLUG] [--short SLUG] [--long SLUG]
"""
import argparse
import base64
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time


class WebSocket:
    """Just enough RFC 6455 for the DevTools protocol: text frames, client masking."""

    def __init__(self, url, timeout=30):
        m = re.match(r"ws://([^:/]+):(\d+)(/.*)", url)
        host, port, path = m.group(1), int(m.group(2)), m.group(3)
        self.sock = socket.create_connection((host, port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            response += chunk
        if b" 101 " not in response.split(b"\r\n", 1)[0]:
            raise ConnectionError("DevTools refused the WebSocket: " + response.split(b"\r\n", 1)[0].decode())
        self.buffer = response.split(b"\r\n\r\n", 1)[1]

    def send(self, text):
        payload = text.encode()
        header = bytes([0x81])
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise ConnectionError("DevTools connection closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def receive(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(n)
            opcode = b0 & 0x0F
            if opcode == 8:
                raise ConnectionError("DevTools closed the connection")
            if opcode in (0, 1, 2):
                message += payload
                if b0 & 0x80:
                    return message.decode()


class Browser:
    def __init__(self, binary):
        self.profile = tempfile.mkdtemp(prefix="debrief-chromium-")
        args = [binary, "--headless", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--no-default-browser-check", "--disable-dev-shm-usage", "--remote-debugging-port=0", f"--user-data-dir={self.profile}",
                "about:blank"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            args.insert(1, "--no-sandbox")
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 60
        url = None
        while time.time() < deadline and url is None:
            line = self.process.stderr.readline()
            if not line and self.process.poll() is not None:
                break
            m = re.search(r"DevTools listening on (ws://\S+)", line)
            if m:
                url = m.group(1)
        if url is None:
            self.close()
            raise RuntimeError("Chromium did not start a DevTools endpoint")
        self.ws = WebSocket(url)
        self.next_id = 0
        self.events = []

    def call(self, method, params=None, session=None, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.ws.send(json.dumps(message))
        deadline = time.time() + timeout
        while time.time() < deadline:
            reply = json.loads(self.ws.receive())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)
        raise TimeoutError(method)

    def wait_for(self, method, session, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i, event in enumerate(self.events):
                if event.get("method") == method and event.get("sessionId") == session:
                    return self.events.pop(i)
            self.events.append(json.loads(self.ws.receive()))
        raise TimeoutError(method)

    def close(self):
        try:
            self.process.terminate()
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


# Measurements taken inside the page; each returns plain JSON.
PAGE_FACTS = r"""
(() => {
  const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const facts = {
    overflowX: document.documentElement.scrollWidth - window.innerWidth,
    markers: [...document.querySelectorAll("svg.debrief-timeline .marker")].filter(visible).length,
    bars: [...document.querySelectorAll("svg.debrief-bars rect.bar")].filter(visible).length,
    dots: [...document.querySelectorAll("svg.debrief-strip circle")].filter(visible).length,
    sortButtons: document.querySelectorAll("table.sortable th .sort").length,
    background: getComputedStyle(document.body).backgroundColor,
  };
  // Elements reaching past the viewport, unless a scrolling (or clipping) ancestor holds them.
  const clipped = el => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") return true;
    }
    return false;
  };
  facts.tooWide = [...document.body.querySelectorAll("*")].filter(el => {
    if (!visible(el)) return false;
    const r = el.getBoundingClientRect();
    // Wholly off-screen (a skip link waiting for focus) scrolls nothing and is left alone.
    return (r.right > window.innerWidth + 1 || (r.left < -1 && r.right > 0)) && !clipped(el);
  }).slice(0, 5).map(el => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} ${Math.round(el.getBoundingClientRect().width)}px`);
  // Overlapping chart labels: every pair of visible <text> boxes in one SVG, and texts over points.
  const overlaps = [];
  const inter = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  for (const svg of document.querySelectorAll("svg.debrief-chart")) {
    if (!visible(svg)) continue;
    const texts = [...svg.querySelectorAll("text")].filter(t => visible(t) && t.textContent.trim());
    const boxes = texts.map(t => t.getBoundingClientRect());
    const dots = [...svg.querySelectorAll("circle.point")].map(c => c.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (inter(boxes[i], boxes[j])) overlaps.push(`${svg.id || svg.getAttribute("aria-labelledby")}: "${texts[i].textContent}" / "${texts[j].textContent}"`);
      }
      for (const d of dots) if (inter(boxes[i], d)) overlaps.push(`${svg.getAttribute("aria-labelledby")}: "${texts[i].textContent}" covers a point`);
    }
  }
  facts.overlaps = overlaps.slice(0, 8);
  const timeline = document.querySelector("figure.chart-timeline");
  if (timeline) {
    const svg = [...timeline.querySelectorAll("svg")].find(visible);
    const style = getComputedStyle(timeline);
    const inner = timeline.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    facts.timelineFill = svg.getBoundingClientRect().width / inner;
  }
  return JSON.stringify(facts);
})()
"""

# Sorts the incident table by TTR (ascending, then descending) and says whether it worked.
SORT_CHECK = r"""
(() => {
  const table = document.querySelector("table.sortable");
  if (!table) return JSON.stringify({ok: true, skipped: true});
  const th = [...table.tHead.rows[0].cells].find(c => c.textContent.trim().startsWith("TTR"));
  const values = () => [...table.tBodies[0].rows].map(r => parseFloat(r.cells[th.cellIndex].dataset.value));
  th.querySelector("button").click();
  const up = values();
  th.querySelector("button").click();
  const down = values();
  const sorted = (a, sign) => a.every((v, i) => i === 0 || sign * (v - a[i - 1]) >= 0);
  return JSON.stringify({ok: sorted(up, 1) && sorted(down, -1) && th.getAttribute("aria-sort") === "descending", up, down});
})()
"""


# Filters the action-item ledger (ledger.js): open items at load, then done ones, then none.
FILTER_CHECK = r"""
(() => {
  const form = document.getElementById("ledger-filters");
  if (!form) return JSON.stringify({ok: true, skipped: true});
  if (form.hidden) return JSON.stringify({ok: false, why: "ledger.js did not show the filters"});
  const rows = [...document.querySelectorAll("table.ledger tbody tr")];
  const shown = () => rows.filter(r => !r.hidden).map(r => r.dataset.status);
  const initial = shown();
  form.elements.status.value = "done"; form.dispatchEvent(new Event("input"));
  const done = shown();
  form.elements.status.value = ""; form.elements.q.value = "no item says this"; form.dispatchEvent(new Event("input"));
  const none = shown();
  const ok = initial.length > 0 && initial.every(s => s === "open") && done.every(s => s === "done")
    && done.length === rows.filter(r => r.dataset.status === "done").length && none.length === 0;
  return JSON.stringify({ok, initial: initial.length, done: done.length, none: none.length});
})()
"""

# Types a query into the index's search box (search.js fetches search.json: HTTP only).
SEARCH_QUERY = r"""
(() => {
  const input = document.getElementById("search-query");
  if (!input) return "no search box";
  input.focus(); input.value = "checkout"; input.dispatchEvent(new Event("input"));
  return "typed";
})()
"""

SEARCH_FACTS = r"""
JSON.stringify({results: document.querySelectorAll(".search-results li a").length,
                status: (document.querySelector(".search-status") || {}).textContent || ""})
"""


def check_page(browser, url, name, scheme, width, out_dir, expect, screenshot=True):
    problems = []
    target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log"):
        browser.call(f"{domain}.enable", session=session)
    browser.call("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600}, session=session)
    browser.call("Emulation.setEmulatedMedia",
                 {"features": [{"name": "prefers-color-scheme", "value": scheme}]}, session=session)
    browser.events.clear()
    browser.call("Page.navigate", {"url": url}, session=session)
    browser.wait_for("Page.loadEventFired", session)
    time.sleep(0.3)  # let deferred scripts and late console messages land

    if "search" in expect:
        browser.call("Runtime.evaluate", {"expression": SEARCH_QUERY, "returnByValue": True}, session=session)
        time.sleep(0.8)  # the index is fetched on first use
        found = json.loads(browser.call("Runtime.evaluate", {"expression": SEARCH_FACTS, "returnByValue": True},
                                        session=session)["result"]["value"])
        if found["results"] == 0:
            problems.append(f"searching for 'checkout' found nothing: {found['status']!r}")
    facts = json.loads(browser.call("Runtime.evaluate", {"expression": PAGE_FACTS, "returnByValue": True},
                                    session=session)["result"]["value"])
    if "filter" in expect:
        result = json.loads(browser.call("Runtime.evaluate", {"expression": FILTER_CHECK, "returnByValue": True},
                                         session=session)["result"]["value"])
        if not result["ok"]:
            problems.append(f"filtering the ledger did not hide the right rows: {result}")
        browser.call("Page.reload", session=session)
        browser.wait_for("Page.loadEventFired", session)
        time.sleep(0.2)
    if "sort" in expect:
        result = json.loads(browser.call("Runtime.evaluate", {"expression": SORT_CHECK, "returnByValue": True},
                                         session=session)["result"]["value"])
        if not result["ok"]:
            problems.append(f"sorting by TTR did not order the rows: {result}")
        # Put the page back the way it loaded before the screenshot.
        browser.call("Page.reload", session=session)
        browser.wait_for("Page.loadEventFired", session)
        time.sleep(0.2)

    for event in list(browser.events):
        if event.get("sessionId") != session:
            continue
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            problems.append(f"console.{params['type']}: {text}")
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description", details.get("text", ""))
            problems.append("uncaught exception: " + text.splitlines()[0] if text else "uncaught exception")
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            if entry.get("url", "").endswith("/favicon.ico"):
                continue  # the browser asks the server for one unasked; the site has none
            problems.append(f"console error ({entry.get('source')}): {entry.get('text')} {entry.get('url', '')}".strip())

    if facts["overflowX"] > 1:
        problems.append(f"page is {facts['overflowX']} px wider than the {width} px viewport (sideways scrolling)")
    for element in facts["tooWide"]:
        problems.append(f"{element} reaches past the {width} px viewport")
    for overlap in facts["overlaps"]:
        problems.append(f"chart labels overlap: {overlap}")
    if "markers" in expect and facts["markers"] == 0:
        problems.append("the timeline chart has no drawn markers")
    if "markers" in expect and facts.get("timelineFill", 0) < 0.98:
        problems.append(f"the timeline chart fills {facts.get('timelineFill', 0):.0%} of its figure's width")
    if "bars" in expect and facts["bars"] == 0:
        problems.append("the incidents-per-month chart has no drawn bars")
    if "dots" in expect and facts["dots"] == 0:
        problems.append("the TTR strip chart has no drawn dots")
    if "sort" in expect and facts["sortButtons"] == 0:
        problems.append("sort.js did not turn the table headers into buttons")

    summary = ", ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in facts.items()
                        if k not in ("background", "tooWide", "overlaps"))
    if not screenshot:
        browser.call("Target.closeTarget", {"targetId": target})
        print(f"  {name} {scheme} {width}px: {summary}")
        return [f"{name} ({scheme}, {width} px): {p}" for p in dict.fromkeys(problems)]
    metrics = browser.call("Page.getLayoutMetrics", session=session)
    height = int(min(metrics.get("cssContentSize", metrics.get("contentSize"))["height"], 12000))
    browser.call("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}, session=session)
    shot = browser.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session=session)
    path = os.path.join(out_dir, f"{name}-{scheme}-{width}.png")
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    browser.call("Target.closeTarget", {"targetId": target})
    print(f"  {name} {scheme} {width}px: {summary} -> {path}")
    # The page loads twice when the sort check runs; report each problem once.
    return [f"{name} ({scheme}, {width} px): {p}" for p in dict.fromkeys(problems)]


def check_search(browser, site, out_dir):
    """The index over HTTP (a file:// page may not fetch search.json): a query finds incidents."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", site],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        problems = []
        for scheme, width in (("light", 1280), ("light", 390)):
            problems += check_page(browser, f"http://127.0.0.1:{port}/index.html", "index-search", scheme, width, out_dir, {"search"})
        return problems
    finally:
        server.terminate()
        server.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", nargs="?", default="Output")
    parser.add_argument("--out", default="artifacts")
    parser.add_argument("--incident", help="slug of the incident page to screenshot (default: the one with most timeline markers)")
    parser.add_argument("--short", help="slug of a short incident to screenshot as well")
    parser.add_argument("--long", help="slug of a long incident to screenshot as well")
    args = parser.parse_args()

    site = os.path.abspath(args.site)
    binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not binary:
        print("browser-check: Chromium not found (install Debian's 'chromium')", file=sys.stderr)
        return 2
    incidents = os.path.join(site, "incidents")
    slugs = sorted(d for d in os.listdir(incidents) if os.path.isfile(os.path.join(incidents, d, "index.html"))) \
        if os.path.isdir(incidents) else []
    if args.incident:
        slug = args.incident
    elif slugs:
        # The busiest timeline exercises label layout the most.
        def markers(s):
            with open(os.path.join(incidents, s, "index.html"), encoding="utf-8") as f:
                return f.read().count('class="marker')
        slug = max(slugs, key=lambda s: (markers(s), s))
    else:
        print(f"browser-check: no incident pages under {incidents}", file=sys.stderr)
        return 1
    os.makedirs(args.out, exist_ok=True)
    # The pages named here are screenshotted and hold their charts to account; every other page is measured too.
    named = {
        os.path.join(site, "index.html"): ("index", {"bars", "dots", "sort"}),
        os.path.join(site, "incidents", slug, "index.html"): ("incident", {"markers"}),
    }
    for extra, label in ((args.short, "incident-minutes"), (args.long, "incident-long")):
        if extra:
            named.setdefault(os.path.join(site, "incidents", extra, "index.html"), (label, {"markers"}))
    ledger = os.path.join(site, "actions", "index.html")
    if os.path.isfile(ledger):
        named[ledger] = ("ledger", {"filter"})
    digest = os.path.join(site, "digest", "latest", "index.html")
    if os.path.isfile(digest):
        named[digest] = ("digest", {"bars"})
    pages = []
    for folder, _, files in os.walk(site):
        for f in sorted(files):
            path = os.path.join(folder, f)
            if f.endswith(".html"):
                label, expect = named.get(path, (os.path.relpath(path, site).replace(os.sep, "_")[:-5], set()))
                pages.append((label, path, expect, path in named))
    pages.sort(key=lambda p: (not p[3], p[1]))
    print(f"browser-check: {os.path.basename(binary)} on {site} (incident: {slug})")
    browser = Browser(binary)
    problems = []
    try:
        for name, path, expect, shoot in pages:
            url = "file://" + path
            for scheme, width in (("light", 1280), ("dark", 1280), ("light", 390), ("dark", 390)):
                problems += check_page(browser, url, name, scheme, width, args.out, expect, screenshot=shoot)
        problems += check_search(browser, site, args.out)
    finally:
        browser.close()
    if problems:
        print(f"browser-check: {len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print(f"browser-check: ok; screenshots in {args.out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
