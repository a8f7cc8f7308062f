#!/usr/bin/env python3
"""Check skyplan_de.ts and skyplan_fr.ts against their sources.

For every message: finished (no type="unfinished"), the same %1..%n placeholders, the same number of
& accelerators (&& is a literal ampersand), the same line breaks, leading/trailing spaces, endings
(..., :, .) and HTML tags. The suffix "% off every charge" intentionally starts with a no-break space
in the translations (typography, see README.md). Exit status 1 if anything is wrong.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LEADING_NBSP_OK = {"% off every charge"}


def accelerators(s):
    return len(re.findall(r"&", s.replace("&&", "")))


def placeholders(s):
    return Counter(re.findall(r"%(?:L?\d+|n)", s))


def tags(s):
    return len(re.findall(r"</?[a-zA-Z][^>]*>", s))


def problems(src, t):
    found = []
    if not t.strip():
        found.append("empty")
    if placeholders(src) != placeholders(t):
        found.append(f"placeholders {dict(placeholders(src))} vs {dict(placeholders(t))}")
    if accelerators(src) != accelerators(t):
        found.append(f"& count {accelerators(src)} vs {accelerators(t)}")
    if src.count("\n") != t.count("\n"):
        found.append("line breaks")
    if src.startswith(" ") != t.startswith(" ") and src not in LEADING_NBSP_OK:
        found.append("leading space")
    if src.endswith(" ") != t.endswith(" "):
        found.append("trailing space")
    for end in ("...", "…", ":", "."):
        if src.rstrip().endswith(end) and not t.rstrip().endswith(end):
            found.append("ending " + end)
    if tags(src) != tags(t) and src != "<opened>":
        found.append("HTML tags")
    return found


def main():
    bad = 0
    for lang in ("de", "fr"):
        root = ET.parse(os.path.join(HERE, f"skyplan_{lang}.ts")).getroot()
        count = unfinished = 0
        for context in root.iter("context"):
            name = context.find("name").text
            for m in context.iter("message"):
                count += 1
                src = m.find("source").text or ""
                tr = m.find("translation")
                if tr.get("type") in ("unfinished", "vanished", "obsolete"):
                    unfinished += 1
                if m.get("numerus") == "yes":
                    forms = [f.text or "" for f in tr.findall("numerusform")]
                    if len(forms) != 2:
                        bad += 1
                        print(f"{lang} {name}: {src!r}: {len(forms)} plural forms, expected 2")
                else:
                    forms = [tr.text or ""]
                for t in forms:
                    found = problems(src, t)
                    if found:
                        bad += 1
                        print(f"{lang} {name}: {src[:60]!r} -> {t[:60]!r}: {', '.join(found)}")
        bad += unfinished
        print(f"{lang}: {count} messages, {unfinished} unfinished")
    print(f"problems: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
