#!/usr/bin/env python3
"""Browser checks for a site built by Sitrep, in headless Chromium through Selenium 4.

Usage:
    python3 Tests/browser/test_site.py SITE_DIR [--sitrep PATH] [--screenshots DIR]

SITE_DIR is served over HTTP on 127.0.0.1 (random free port) and the index is
also opened through file://. A second site is built with --sitrep from a
hostile article written here, to check that no script from content runs.

Prints one line per check and a closing "N passed, N failed" line; exits 0
when every check passed and 1 otherwise. Needs /usr/bin/chromium and
/usr/bin/chromedriver (Debian's chromium and chromium-driver packages) and
`pip install -r Tests/browser/requirements.txt`.
"""

import argparse
import functools
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from contextlib import contextmanager
from urllib.parse import urljoin, urlparse
from urllib.request import urlopen

os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager download anything

try:
    from selenium import webdriver
    from selenium.common.exceptions import TimeoutException, WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError:
    sys.exit("selenium is missing: pip install -r Tests/browser/requirements.txt")

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
WAIT = 10  # seconds for a page to load
FILTER_WAIT = 5  # seconds for the rows to follow a filter (site.js filters at once)

HOSTILE_ARTICLE = """\
---
title: "<script>window.__pwned=1</script>"
date: 2023-03-04
source: Hostile Times
url: https://example.org/hostile-times/2023/03/04/karachi
---
Gunmen attacked a police post in Karachi on Friday, killing three officers.

<script>window.__pwned=2</script>

<img src=x onerror="window.__pwned=3">

[x](javascript:window.__pwned=4)

<iframe src="javascript:window.__pwned=5"></iframe>

Police said the attackers escaped on motorcycles.
"""

# Rows as the browser shows them: id, text, data-country and whether the row is visible.
ROWS_JS = """
return Array.prototype.map.call(
  document.querySelectorAll("table.incidents tbody tr[data-incident-id]"),
  function (row) {
    var style = getComputedStyle(row);
    return {
      id: row.getAttribute("data-incident-id"),
      text: row.textContent,
      place: row.querySelector("td.place") ? row.querySelector("td.place").textContent : "",
      country: row.getAttribute("data-country") || "",
      visible: !row.hidden && row.getClientRects().length > 0 &&
               style.display !== "none" && style.visibility !== "hidden"
    };
  });
"""

# window.__pwned in the page and in every frame it can reach (javascript: iframes share the origin).
PWNED_JS = """
var found = [];
function walk(w, path) {
  try {
    if (typeof w.__pwned !== "undefined") found.push(path + "=" + String(w.__pwned));
    for (var i = 0; i < w.frames.length; i++) walk(w.frames[i], path + ".frames[" + i + "]");
  } catch (e) { /* cross-origin frame: not ours to read */ }
}
walk(window, "window");
return found;
"""

RESET_PWNED_JS = """
(function walk(w) {
  try {
    delete w.__pwned;
    for (var i = 0; i < w.frames.length; i++) walk(w.frames[i]);
  } catch (e) { /* cross-origin frame */ }
})(window);
"""

# What in the DOM could run script: inline or foreign scripts, on* handlers, javascript: URLs.
DANGER_JS = """
var bad = [];
Array.prototype.forEach.call(document.querySelectorAll("script"), function (s) {
  var src = s.getAttribute("src") || "";
  var type = (s.getAttribute("type") || "").trim().toLowerCase();
  if (!src && (type === "application/ld+json" || type === "application/json")) {
    // A data block never runs, but one that does not parse was cut short by markup in it.
    try { JSON.parse(s.textContent); } catch (e) { bad.push("broken " + type + " block: " + s.textContent.slice(0, 80)); }
    return;
  }
  if (!/(^|\\/)assets\\/site\\.js$/.test(src)) bad.push("script " + (src || s.textContent.slice(0, 60)));
});
Array.prototype.forEach.call(document.querySelectorAll("*"), function (el) {
  Array.prototype.forEach.call(el.attributes, function (a) {
    var name = a.name.toLowerCase(), value = a.value.replace(/[\\s\\u0000-\\u001f]/g, "").toLowerCase();
    if (name.indexOf("on") === 0) bad.push("<" + el.tagName.toLowerCase() + " " + a.name + ">");
    if (["href", "src", "action", "formaction", "data", "xlink:href"].indexOf(name) !== -1 &&
        (value.indexOf("javascript:") === 0 || value.indexOf("vbscript:") === 0 ||
         value.indexOf("data:text/html") === 0))
      bad.push("<" + el.tagName.toLowerCase() + " " + a.name + "=" + a.value.slice(0, 60) + ">");
  });
});
Array.prototype.forEach.call(document.querySelectorAll("iframe, object, embed, frame"), function (el) {
  bad.push("<" + el.tagName.toLowerCase() + ">");
});
return bad;
"""


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"PASS {name}" + (f" ({detail})" if detail else ""), flush=True)
        else:
            self.failed += 1
            print(f"FAIL {name}" + (f": {detail}" if detail else ""), flush=True)
        return ok

    def run(self, name, fn):
        """Runs a group of checks; an exception in it is one failure, and the run goes on."""
        try:
            fn()
        except Exception as e:  # noqa: BLE001 - report and keep going
            self.check(name, False, f"{type(e).__name__}: {str(e).strip().splitlines()[0] if str(e).strip() else ''}")
            print("".join(traceback.format_tb(e.__traceback__)[-2:]), end="", file=sys.stderr)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory):
    """Serves directory on 127.0.0.1 at a free port in a daemon thread; returns (server, base URL)."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@contextmanager
def socket_port():
    """A free port on 127.0.0.1 (free once the block ends)."""
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    try:
        yield s.getsockname()[1]
    finally:
        s.close()


def start_browser(download_dir):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps",
                # No name resolves except the loopback: a click on an off-site link goes nowhere.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1"):
        options.add_argument(arg)
    # A click on a CSV link must not leave files in ~/Downloads.
    options.add_experimental_option("prefs", {"download_restrictions": 3,
                                              "download.default_directory": str(download_dir),
                                              "download.prompt_for_download": False})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    return driver


class Browser:
    def __init__(self, driver, results, screenshots):
        self.d = driver
        self.r = results
        self.screenshots = screenshots

    # -- helpers ---------------------------------------------------------------------------

    def wait(self, condition, message, timeout=WAIT):
        return WebDriverWait(self.d, timeout).until(condition, message)

    def loaded(self):
        self.wait(lambda d: d.execute_script("return document.readyState") == "complete",
                  "page did not finish loading")

    def open(self, url):
        self.d.get(url)
        self.loaded()

    def console_errors(self, label, js_only=False, ignore=None):
        """Checks the console since the last call; js_only counts only script errors (uncaught
        exceptions, console.error); ignore: a URL whose own failure is expected (a 404 page's)."""
        entries = self.d.get_log("browser")
        severe = [e for e in entries if e.get("level") == "SEVERE"
                  and not (ignore and e.get("message", "").startswith(ignore + " "))]
        if js_only:
            severe = [e for e in severe if e.get("source") in ("javascript", "console-api")
                      or "Uncaught" in e.get("message", "")]
        self.r.check(f"no console errors: {label}", not severe,
                     "; ".join(f"[{e.get('source')}] {e.get('message')}" for e in severe))

    def shot(self, name, width=None):
        if not self.screenshots:
            return
        path = Path(self.screenshots) / f"{name}.png"
        self.d.execute_script("if (document.activeElement) document.activeElement.blur()")
        if width:
            # Under device emulation: the emulated screen, as a phone shows it.
            self.r.check(f"screenshot {path}", self.d.save_screenshot(str(path)))
            return
        # Full page: grow the window to the document height, then restore it.
        height = self.d.execute_script(
            "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
        self.d.set_window_size(1280, min(max(int(height), 900), 6000))
        try:
            self.r.check(f"screenshot {path}", self.d.save_screenshot(str(path)))
        finally:
            self.d.set_window_size(1280, 900)

    def rows(self):
        return self.d.execute_script(ROWS_JS)

    def visible_ids(self):
        return [r["id"] for r in self.rows() if r["visible"]]

    def wait_visible(self, expected_ids, what):
        expected = sorted(expected_ids)
        try:
            self.wait(lambda d: sorted(self.visible_ids()) == expected, what, timeout=FILTER_WAIT)
            return True
        except TimeoutException:
            return False

    # -- the index ---------------------------------------------------------------------------

    def check_index(self, url, label, screenshot=False):
        self.open(url)
        rows = self.rows()
        if not self.r.check(f"[{label}] index lists incidents", len(rows) >= 1, f"{len(rows)} rows"):
            self.console_errors(f"{label} index")
            return None
        all_ids = [r["id"] for r in rows]
        self.r.check(f"[{label}] all rows visible before filtering",
                     self.wait_visible(all_ids, "rows hidden on load"),
                     f"{len(self.visible_ids())} of {len(all_ids)} visible")

        panel_shown = True
        try:
            self.wait(EC.visibility_of_element_located((By.CSS_SELECTOR, ".filters")),
                      ".filters stayed hidden: site.js did not run")
        except TimeoutException as e:
            panel_shown = False
            self.r.check(f"[{label}] filters shown by site.js", False, e.msg)
        if panel_shown:
            self.r.check(f"[{label}] filters shown by site.js", True)
            self.check_search(rows, label)
            self.check_country(rows, label)
        marks = self.d.find_elements(By.CSS_SELECTOR, "table.incidents .review")
        self.r.check(f"[{label}] rows with doubtful facts say 'needs review'",
                     bool(marks) and all(m.is_displayed() and m.text == "needs review" for m in marks),
                     f"{len(marks)} marks")
        if screenshot:
            self.shot("index")
        self.console_errors(f"{label} index")
        return rows

    def check_search(self, rows, label):
        total = len(rows)
        word = None
        # A word of a row's place that matches some rows but not all.
        for row in rows:
            for candidate in row["place"].replace(",", " ").split():
                if len(candidate) < 3:
                    continue
                hits = [r for r in rows if candidate.lower() in r["text"].lower()]
                if 0 < len(hits) < total:
                    word = candidate
                    break
            if word:
                break
        if not self.r.check(f"[{label}] found a place word that narrows the list", word is not None,
                            "every place word matches every row" if word is None else repr(word)):
            return
        expected = [r["id"] for r in rows if word.lower() in r["text"].lower()]
        box = self.wait(EC.element_to_be_clickable((By.CSS_SELECTOR, "input[type=search]#q")),
                        "search box #q not usable")
        box.click()
        box.send_keys(word.lower())
        ok = self.wait_visible(expected, f"search for {word!r} did not filter the rows")
        now = self.rows()
        shown = [r for r in now if r["visible"]]
        self.r.check(f"[{label}] search {word.lower()!r} filters rows",
                     ok and 0 < len(shown) < total,
                     f"{len(shown)} of {total} visible, expected {len(expected)}")
        stray = [r["id"] for r in shown if word.lower() not in r["text"].lower()]
        self.r.check(f"[{label}] every visible row contains {word.lower()!r}", shown and not stray,
                     f"rows without it: {stray}" if stray else "")
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(Keys.BACKSPACE)
        ok = self.wait_visible([r["id"] for r in rows], "clearing the search did not restore the rows")
        self.r.check(f"[{label}] clearing the search restores all rows", ok,
                     f"{len(self.visible_ids())} of {total} visible")

    def check_country(self, rows, label):
        total = len(rows)
        element = self.d.find_element(By.CSS_SELECTOR, "select[data-filter=country]")
        select = Select(element)
        # The option's value property is its text when it has no value attribute.
        options = [(i, o.get_property("value")) for i, o in enumerate(select.options)]

        def has(row, country):
            return country in row["country"].split("|")

        countries = [(i, c) for i, c in options if c and 0 < sum(has(r, c) for r in rows) < total]
        if not self.r.check(f"[{label}] country filter has a country that narrows the list", bool(countries),
                            f"options {[c for _, c in options]}"):
            return
        index, country = countries[0]
        expected = [r["id"] for r in rows if has(r, country)]
        select.select_by_index(index)
        ok = self.wait_visible(expected, f"country {country!r} did not filter the rows")
        shown = [r for r in self.rows() if r["visible"]]
        others = [r["id"] for r in shown if not has(r, country)]
        self.r.check(f"[{label}] country {country!r} hides other countries", ok and not others and shown,
                     f"{len(shown)} of {total} visible, expected {len(expected)}"
                     + (f"; other countries still shown: {others}" if others else ""))
        all_index = next((i for i, c in options if not c), 0)
        select.select_by_index(all_index)
        ok = self.wait_visible([r["id"] for r in rows], "resetting the country filter did not restore the rows")
        self.r.check(f"[{label}] country 'All' restores all rows", ok)

    def check_view_in_address(self, index_url, rows):
        """The search is kept in the address: a view can be shared, and opening it filters."""
        word = next((w for r in rows for w in r["place"].replace(",", " ").split()
                     if len(w) >= 3 and 0 < sum(w.lower() in x["text"].lower() for x in rows) < len(rows)), None)
        if not self.r.check("a place word to search by", word is not None):
            return
        self.open(index_url)
        box = self.wait(EC.element_to_be_clickable((By.CSS_SELECTOR, "input#q")), "search box not usable")
        box.send_keys(word.lower())
        try:
            self.wait(lambda d: "q=" + word.lower() in d.current_url, "the address did not take the search",
                      timeout=FILTER_WAIT)
            self.r.check("the search is kept in the address", True, self.d.current_url.split("/")[-1])
        except TimeoutException as e:
            self.r.check("the search is kept in the address", False, e.msg)
            return
        shared = self.d.current_url
        self.open("about:blank")
        self.open(shared)
        expected = [r["id"] for r in rows if word.lower() in r["text"].lower()]
        ok = self.wait_visible(expected, "opening the address did not filter")
        value = self.d.find_element(By.CSS_SELECTOR, "input#q").get_attribute("value")
        self.r.check("opening a shared address shows the same view", ok and value == word.lower(),
                     f"box {value!r}, {len(self.visible_ids())} rows")
        self.console_errors("index with a view in the address")

    def check_search_other_names(self, index_url):
        """A group's other name ("TTP") finds the incident though the row does not show it, and
        so does the site attacked ("Crocus")."""
        self.open(index_url)
        box = self.wait(EC.element_to_be_clickable((By.CSS_SELECTOR, "input#q")), "search box not usable")
        box.send_keys("a")  # loads the search index
        self.wait(lambda d: d.execute_script("return !!window.SITREP_INDEX"), "search index not loaded")
        pick = self.d.execute_script("""
            var rows = window.SITREP_INDEX;
            for (var i = 0; i < rows.length; i++) {
              var shown = (rows[i][2] + " " + rows[i][3] + " " + rows[i][5] + " " + rows[i][6] + " " + rows[i][11]).toLowerCase();
              var words = (rows[i][12] || "").split(/[|\s]+/);
              for (var j = 0; j < words.length; j++)
                if (words[j].length >= 3 && shown.indexOf(words[j].toLowerCase()) === -1) return [rows[i][0], words[j]];
            }
            return null;""")
        if not self.r.check("an incident known by a name its row does not show", pick is not None):
            return
        site = self.d.execute_script("""
            var rows = window.SITREP_INDEX;
            for (var i = 0; i < rows.length; i++) {
              var words = (rows[i][13] || "").split(/\s+/).filter(function (w) { return w.length >= 4; });
              if (words.length) return [rows[i][0], words[words.length - 1]];
            }
            return null;""")
        self.r.check("an incident with a site to search by", site is not None)
        for (incident, name), what in ((pick, "another name"), (site or pick, "its site")):
            box.send_keys(Keys.CONTROL, "a")
            box.send_keys(name)
            try:
                self.wait(lambda d: incident in self.visible_ids(), f"searching {name!r} did not find {incident}",
                          timeout=FILTER_WAIT)
                self.r.check(f"search by {what} {name!r} finds its incident", True)
            except TimeoutException as e:
                self.r.check(f"search by {what} {name!r} finds its incident", False, e.msg)

    def check_without_javascript(self, index_url):
        """With JavaScript off the index still lists every incident and shows no dead controls."""
        self.d.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
        try:
            self.open(index_url)
            panel = self.d.find_element(By.CSS_SELECTOR, ".filters")
            self.r.check("without JavaScript the filter panel is hidden", not panel.is_displayed())
            rows = [r for r in self.rows() if r["visible"]]
            self.r.check("without JavaScript every row of the page shows", bool(rows), f"{len(rows)} rows")
        finally:
            self.d.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})

    def check_phone_index(self, index_url):
        """At a phone's width each incident is a card, its headline (the link to the brief)
        first and on screen, and nothing scrolls sideways."""
        self.d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
        try:
            self.open(index_url)
            cards = self.d.execute_script("""
                return Array.prototype.slice.call(document.querySelectorAll("table.incidents tbody tr"), 0, 20)
                  .map(function (tr) {
                    var first = tr.querySelector("td"), link = first && first.querySelector("a[href*='briefs/']");
                    var box = link ? link.getBoundingClientRect() : null;
                    return { headlineFirst: !!link, onScreen: !!box && box.left >= 0 && box.right <= 390,
                             block: getComputedStyle(tr).display === "block" };
                  });""")
            self.r.check("at 390 px index rows are cards", cards and all(c["block"] for c in cards), f"{len(cards)} rows")
            self.r.check("at 390 px each card starts with its headline link, on screen",
                         cards and all(c["headlineFirst"] and c["onScreen"] for c in cards))
            width = self.d.execute_script("return document.documentElement.scrollWidth")
            self.r.check("at 390 px the index does not scroll sideways", width <= 390, f"scrollWidth {width}")
            self.shot("index-phone", width=390)
        finally:
            self.d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def check_not_found_in_subfolder(self, base, folder):
        """The 404 page of a site published in a sub-folder keeps its styles and links."""
        self.open(urljoin(base, f"{folder}/404.html"))
        styled = self.d.execute_script(
            "return Array.prototype.some.call(document.styleSheets, function (s) {"
            " try { return s.cssRules.length > 0; } catch (e) { return false; } })")
        self.r.check("404 page in a sub-folder is styled", styled)
        home = self.d.find_element(By.CSS_SELECTOR, "main a").get_attribute("href")
        self.r.check("404 page links stay inside the site's folder", home.startswith(urljoin(base, f"{folder}/")), home)
        self.console_errors("404 page in a sub-folder")

    def check_serve_errors(self, sitrep):
        """`sitrep serve` heads every page with the content errors the build went on past."""
        with tempfile.TemporaryDirectory(prefix="sitrep-serve-browser-") as tmp:
            work = Path(tmp)
            subprocess.run(["cp", "-r", str(REPO / "content"), str(work / "content")], check=True)
            (work / "content" / "broken-date.md").write_text(
                "---\ndate: 2023-02-30\n---\nGunmen attacked a police post in Karachi on Friday.\n")
            with socket_port() as port:
                pass
            server = subprocess.Popen([sitrep, "serve", "--port", str(port)], cwd=work,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                url = f"http://127.0.0.1:{port}/"
                self.wait(lambda d: self._reachable(url + "__sitrep/version"), "serve did not start", timeout=60)
                for page in ("", "briefs/no-such-brief/"):
                    self.open(url + page)
                    banners = self.d.find_elements(By.CSS_SELECTOR, ".sitrep-errors")
                    self.r.check(f"serve shows the content error on /{page}",
                                 bool(banners) and banners[0].is_displayed() and "broken-date.md" in banners[0].text,
                                 banners[0].text[:120] if banners else "no banner")
                    self.console_errors(f"serve with a content error, /{page}", ignore=url + page)
            finally:
                server.terminate()
                server.wait(timeout=10)

    @staticmethod
    def _reachable(url):
        try:
            with urlopen(url, timeout=1) as response:
                return response.status == 200
        except OSError:
            return False

    # -- other pages -----------------------------------------------------------------------

    def check_brief(self, index_url):
        self.open(index_url)
        links = self.d.find_elements(By.CSS_SELECTOR, "table.incidents tbody tr[data-incident-id] a[href*='briefs/']")
        if not self.r.check("index has brief links", bool(links), f"{len(links)} links"):
            return
        start = self.d.current_url
        href = links[0].get_attribute("href")
        links[0].click()
        self.wait(lambda d: d.current_url != start, "clicking a brief link did not navigate")
        self.loaded()
        self.r.check("brief link opens the brief", self.d.current_url == href, self.d.current_url)
        h1 = self.d.find_elements(By.TAG_NAME, "h1")
        self.r.check("brief has an h1", bool(h1) and h1[0].text.strip() != "", h1[0].text if h1 else "no h1")
        tables = self.d.find_elements(By.CSS_SELECTOR, "main table")
        self.r.check("brief has a facts table", bool(tables) and bool(tables[0].find_elements(By.TAG_NAME, "td")),
                     f"{len(tables)} tables in main")
        headings = [h.text.strip() for h in self.d.find_elements(By.CSS_SELECTOR, "h2, h3")]
        self.r.check("brief has a Sources heading", any(h.lower() == "sources" for h in headings),
                     f"headings: {headings}")
        self.check_evidence()
        self.shot("brief")
        self.console_errors("brief " + self.d.current_url)

    def check_evidence(self):
        """Each fact's sentences open in a <details> with the fact's words marked, and its
        footnote markers lead to a source in the list."""
        details = self.d.find_elements(By.CSS_SELECTOR, "table.facts td details")
        if not self.r.check("facts have evidence to open", bool(details), f"{len(details)} <details>"):
            return
        quote = details[0].find_element(By.CSS_SELECTOR, "blockquote")
        self.r.check("evidence is closed at first", not quote.is_displayed())
        details[0].find_element(By.TAG_NAME, "summary").click()
        self.wait(lambda d: quote.is_displayed(), "clicking Evidence did not show the quote")
        marks = details[0].find_elements(By.TAG_NAME, "mark")
        self.r.check("the fact's words are marked in the quote", any(m.text.strip() for m in marks),
                     f"{len(marks)} <mark>")
        refs = self.d.find_elements(By.CSS_SELECTOR, "table.facts sup.ref a")
        targets = [r.get_attribute("href").split("#")[-1] for r in refs]
        missing = [t for t in targets if not self.d.find_elements(By.ID, t)]
        self.r.check("footnote markers lead to sources", bool(refs) and not missing, f"missing: {missing}")
        body = self.d.find_element(By.TAG_NAME, "main").text
        self.r.check("no file paths shown to readers", "content/" not in body and ".txt" not in body)

    def check_phone_brief(self, index_url):
        """At a phone's width a brief fits the screen, and its table of reports keeps every
        column (the index hides one of its own columns there, and only its own)."""
        self.open(index_url)
        hrefs = [a.get_attribute("href") for a in
                 self.d.find_elements(By.CSS_SELECTOR, "table.incidents tbody tr a[href*='briefs/']")]
        self.d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
        try:
            for href in hrefs[:20]:
                self.open(href)
                tables = self.d.find_elements(By.CSS_SELECTOR, "main table:not(.facts)")
                if not tables:
                    continue
                shown = [th.text.strip().lower() for th in tables[0].find_elements(By.TAG_NAME, "th") if th.is_displayed()]
                self.r.check("at 390 px the table of reports shows every column",
                             shown == ["report", "source", "killed", "injured"], f"{shown}")
                width = self.d.execute_script("return document.documentElement.scrollWidth")
                self.r.check("at 390 px a brief does not scroll sideways", width <= 390, f"scrollWidth {width}")
                return
            self.r.check("a brief with a table of reports to look at", False, "no brief has one")
        finally:
            self.d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def check_timeline(self, base):
        self.open(urljoin(base, "history/index.html"))
        h1 = self.d.find_elements(By.TAG_NAME, "h1")
        self.r.check("timeline loads", bool(h1), self.d.title)
        svgs = self.d.find_elements(By.CSS_SELECTOR, "svg")
        self.r.check("timeline has an svg chart", bool(svgs) and svgs[0].is_displayed(), f"{len(svgs)} svg")
        self.shot("timeline")
        self.console_errors("timeline")

    def check_listing(self, base, folder, label):
        """Opens FOLDER/index.html and the first page it links to inside FOLDER/."""
        self.open(urljoin(base, f"{folder}/index.html"))
        self.r.check(f"{label} index loads", bool(self.d.find_elements(By.TAG_NAME, "h1")), self.d.title)
        prefix = urljoin(base, f"{folder}/")
        own = urljoin(base, f"{folder}/index.html")
        links = [a for a in self.d.find_elements(By.CSS_SELECTOR, "main a[href]")
                 if (a.get_attribute("href") or "").startswith(prefix) and a.get_attribute("href") != own]
        self.console_errors(f"{label} index")
        if not self.r.check(f"{label} index links to a {label} page", bool(links)):
            return
        href = links[0].get_attribute("href")
        links[0].click()
        self.wait(lambda d: d.current_url == href, f"clicking {href} did not navigate")
        self.loaded()
        h1 = self.d.find_elements(By.TAG_NAME, "h1")
        self.r.check(f"{label} page loads", bool(h1) and h1[0].text.strip() != "",
                     f"{href} h1={h1[0].text if h1 else None!r}")
        self.console_errors(f"{label} page {href}")

    # -- hostile content -------------------------------------------------------------------

    def pwned(self):
        self.loaded()
        time.sleep(0.3)  # let error handlers of failed images and javascript: frames fire
        return self.d.execute_script(PWNED_JS)

    def severe_js(self):
        return [f"[{e.get('source')}] {e.get('message')}" for e in self.d.get_log("browser")
                if e.get("level") == "SEVERE" and (e.get("source") in ("javascript", "console-api")
                                                   or "Uncaught" in e.get("message", ""))]

    def click(self, link):
        """Clicks like a person: a link shown only on focus (the skip link) is focused first."""
        self.d.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
        if not link.is_displayed():
            self.d.execute_script("arguments[0].focus()", link)
        try:
            link.click()
        except WebDriverException:
            self.d.execute_script("arguments[0].click()", link)

    def check_page_is_inert(self, url, label):
        found = self.pwned()
        self.r.check(f"no content script ran: {label}", not found, ", ".join(found))
        danger = self.d.execute_script(DANGER_JS)
        self.r.check(f"no script-capable markup: {label}", not danger, ", ".join(danger[:10]))
        self.console_errors(label, js_only=True)

    def check_hostile(self, base):
        host = urlparse(base).netloc
        self.open(base + "index.html")
        self.check_page_is_inert(base + "index.html", "hostile index")
        briefs = sorted({a.get_attribute("href") for a in self.d.find_elements(By.CSS_SELECTOR, "a[href*='briefs/']")})
        if not self.r.check("hostile article produced a brief", bool(briefs), f"{len(briefs)} briefs"):
            return
        for brief in briefs:
            self.open(brief)
            self.check_page_is_inert(brief, f"hostile brief {urlparse(brief).path}")
            count = len(self.d.find_elements(By.CSS_SELECTOR, "a[href]"))
            clicked, off_site, ran, errors = [], [], [], []
            for i in range(count):
                if self.d.current_url != brief:
                    self.open(brief)
                links = self.d.find_elements(By.CSS_SELECTOR, "a[href]")
                if i >= len(links):
                    break
                link = links[i]
                written = link.get_dom_attribute("href") or ""
                target = urlparse(link.get_attribute("href") or "")
                label = f"{written!r} ({link.get_attribute('textContent').strip()[:40]!r})"
                if target.scheme in ("http", "https", "mailto") and target.netloc != host:
                    off_site.append(label)  # nothing of ours runs there; never leave the machine
                    continue
                try:
                    # What a load set was reported above; count only what this click runs.
                    self.d.execute_script(RESET_PWNED_JS)
                    self.click(link)
                    found = self.pwned()
                except WebDriverException as e:
                    errors.append(f"{label}: {getattr(e, 'msg', None) or e}")
                    continue
                clicked.append(label)
                if found:
                    ran.append(f"{label} -> {', '.join(found)}")
                errors.extend(f"{label}: {m}" for m in self.severe_js())
            path = urlparse(brief).path
            self.r.check(f"clicking every link of {path} runs no content script", clicked and not ran,
                         f"{len(clicked)} clicked, {len(off_site)} off-site not followed {off_site}"
                         if not ran else "; ".join(ran))
            self.r.check(f"no script errors after clicking the links of {path}", not errors, "; ".join(errors))


def build_hostile_site(sitrep, workdir):
    if not Path(sitrep).is_file():
        raise RuntimeError(f"sitrep binary {sitrep} not found (pass --sitrep PATH)")
    content = Path(workdir) / "content"
    output = Path(workdir) / "site"
    content.mkdir()
    (content / "2023-03-04-hostile-karachi.md").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    cmd = [str(sitrep), "build", "--content", str(content), "--output", str(output), "--quiet"]
    if (REPO / "templates").is_dir():
        cmd += ["--templates", str(REPO / "templates")]
    proc = subprocess.run(cmd, cwd=str(REPO), capture_output=True, text=True, timeout=60)
    if proc.returncode != 0 or not (output / "index.html").exists():
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip() or proc.stdout.strip()}")
    return output


def resolve_sitrep(path):
    p = Path(path)
    if p.is_absolute():
        return p
    return p.resolve() if p.exists() else (REPO / p)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", help="folder of a built site")
    parser.add_argument("--sitrep", default=".build/release/sitrep",
                        help="sitrep binary for the hostile-content site (default: .build/release/sitrep)")
    parser.add_argument("--screenshots", help="folder for index.png, index-phone.png, brief.png and timeline.png")
    args = parser.parse_args()

    site = Path(args.site).resolve()
    if not (site / "index.html").is_file():
        sys.exit(f"{site}/index.html not found")
    if args.screenshots:
        Path(args.screenshots).mkdir(parents=True, exist_ok=True)

    started = time.monotonic()
    results = Results()
    server, base = serve(site)
    # The same site as published in a sub-folder of a server (for its 404 page).
    parent_server, parent_base = serve(site.parent)
    servers = [server, parent_server]
    driver = None
    scratch_dir = tempfile.TemporaryDirectory(prefix="sitrep-browser-")
    scratch = Path(scratch_dir.name)
    try:
        driver = start_browser(scratch)
        b = Browser(driver, results, args.screenshots)
        rows = []
        results.run("index over http",
                    lambda: rows.extend(b.check_index(base + "index.html", "http", screenshot=True) or []))
        results.run("view in the address", lambda: b.check_view_in_address(base + "index.html", rows))
        results.run("search by other names", lambda: b.check_search_other_names(base + "index.html"))
        results.run("index without JavaScript", lambda: b.check_without_javascript(base + "index.html"))
        results.run("index on a phone", lambda: b.check_phone_index(base + "index.html"))
        results.run("index over file://", lambda: b.check_index((site / "index.html").as_uri(), "file"))
        results.run("brief", lambda: b.check_brief(base + "index.html"))
        results.run("brief on a phone", lambda: b.check_phone_brief(base + "index.html"))
        results.run("timeline", lambda: b.check_timeline(base))
        results.run("404 in a sub-folder", lambda: b.check_not_found_in_subfolder(parent_base, site.name))
        results.run("serve's error banner", lambda: b.check_serve_errors(resolve_sitrep(args.sitrep)))
        results.run("groups", lambda: b.check_listing(base, "groups", "group"))
        results.run("places", lambda: b.check_listing(base, "places", "place"))

        def hostile():
            with tempfile.TemporaryDirectory(prefix="sitrep-hostile-") as tmp:
                hostile_site = build_hostile_site(resolve_sitrep(args.sitrep), tmp)
                hostile_server, hostile_base = serve(hostile_site)
                servers.append(hostile_server)
                b.check_hostile(hostile_base)
        results.run("hostile content", hostile)
    except WebDriverException as e:
        results.check("browser starts", False, e.msg)
    finally:
        if driver is not None:
            driver.quit()
        for s in servers:
            s.shutdown()
            s.server_close()
        scratch_dir.cleanup()

    print(f"{results.passed} passed, {results.failed} failed")
    print(f"# {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0 if results.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
