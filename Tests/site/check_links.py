#!/usr/bin/env python3
"""Internal link check for a built Sitrep site.

Usage: check_links.py PUBLIC_DIR

Every href/src that points inside the site must resolve to a file, every #fragment to an id on
the target page, and every page must be reachable from index.html. Exit 1 on any problem.
"""
import os, sys
from html.parser import HTMLParser
from urllib.parse import urlsplit, unquote


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key) is not None and not (tag == "link" and a.get("rel") == "canonical"):
                self.links.append(a[key])


def parse(path):
    page = Page()
    with open(path, encoding="utf-8") as f:
        page.feed(f.read())
    return page


def main(root):
    root = os.path.abspath(root)
    pages = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".html"):
                full = os.path.join(folder, name)
                pages[full] = parse(full)
    problems, edges = [], {p: set() for p in pages}
    for path, page in sorted(pages.items()):
        if os.path.basename(path) == "404.html" and os.path.dirname(path) == root:
            continue  # served at any address, so its links are root-absolute by design
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//") or link.startswith("mailto:"):
                continue
            target = os.path.normpath(os.path.join(os.path.dirname(path), unquote(parts.path))) if parts.path else path
            if os.path.isdir(target):
                target = os.path.join(target, "index.html")
            rel = os.path.relpath(path, root)
            if not target.startswith(root):
                problems.append(f"{rel}: link leaves the site: {link}")
            elif not os.path.isfile(target):
                problems.append(f"{rel}: broken link: {link}")
            else:
                if parts.fragment and target in pages and parts.fragment not in pages[target].ids:
                    problems.append(f"{rel}: missing anchor: {link}")
                if target in pages:
                    edges[path].add(target)
    start = os.path.join(root, "index.html")
    seen, todo = {start}, [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    for path in sorted(set(pages) - seen):
        if os.path.basename(path) != "404.html":
            problems.append(f"{os.path.relpath(path, root)}: not reachable from index.html")
    for p in problems:
        print(p)
    print(f"checked {len(pages)} pages: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "public"))
