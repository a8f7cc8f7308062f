#!/usr/bin/env python3
"""Extract the texts of the built-in catalogs (catalogs/**/*.yaml) that Skyplan shows, for lupdate.

Writes model/catalog/catalogstrings.tr.cpp: one QT_TRANSLATE_NOOP("CatalogData", "...") per
unique text, sorted, each with a translator comment that says what the text is. The file is
generated and committed; no CMakeLists compiles it, lupdate reads it (translations/update.sh and
translations/check.sh scan model/). At run time dataText() (model/catalog/datatext.h) looks the
texts up where catalog data become displayed text.

Which texts: those the interface shows, found by their place in the YAML structure (so a new
file under catalogs/ is read the same way):

  services[].description, .instance_types[].description, .instance_types[].unit,
  .dimensions[].item, .dimensions[].unit        service and instance descriptions, invoice lines
  providers[].pricing_models.<model>.label      pricing model names on invoice lines
  countries[].name                              country names in compliance findings
  regimes[].name, rules[].message, rules[].fix_text      compliance regimes and findings
  maturity_levels[].name, .criteria[].text, anti_patterns[].name, .explanation   maturity
  workload_targets.<type>.note                  the DR advice

Names of products, services and providers, region ids and region (city) names, sources, dates and
keys are not extracted: they stay as they are in every language. Templates keep their
{placeholders}; they are translated before the placeholders are filled.

Usage:
  python3 translations/extract_data_strings.py           # (re)write the file
  python3 translations/extract_data_strings.py --check   # exit 1 if the file is out of date
"""
import argparse
import os
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("extract_data_strings.py needs PyYAML (Debian: apt install python3-yaml)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGS = os.path.join(ROOT, "catalogs")
OUTPUT = os.path.join(ROOT, "model", "catalog", "catalogstrings.tr.cpp")
CONTEXT = "CatalogData"

# Defaults the catalog loader fills in when a file leaves them out (model/catalog/catalog.h and
# catalog.cpp): they are shown like the texts of the files.
BUILT_IN = [
    ("instance-hour", "unit"),
    ("server-month", "unit"),
]

TEMPLATE_NOTE = "; keep the {placeholders}"


def strings_of(doc):
    """(text, kind) pairs of one parsed YAML document."""
    found = []

    def add(value, kind):
        if isinstance(value, str) and value.strip():
            if "{" in value and "}" in value:
                kind += TEMPLATE_NOTE
            found.append((value, kind))

    def items(node, key):
        value = node.get(key) if isinstance(node, dict) else None
        return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []

    def values(node, key):
        value = node.get(key) if isinstance(node, dict) else None
        return [x for x in value.values() if isinstance(x, dict)] if isinstance(value, dict) else []

    for s in items(doc, "services"):
        add(s.get("description"), "service description")
        for t in items(s, "instance_types"):
            add(t.get("description"), "instance type description")
            add(t.get("unit"), "unit")
        for d in items(s, "dimensions"):
            add(d.get("item"), "price component (invoice line)")
            add(d.get("unit"), "unit")
    for p in items(doc, "providers"):
        for m in values(p, "pricing_models"):
            add(m.get("label"), "pricing model")
    for c in items(doc, "countries"):
        add(c.get("name"), "country")
    for r in items(doc, "regimes"):
        add(r.get("name"), "regulatory regime")
    for r in items(doc, "rules"):
        add(r.get("message"), "compliance finding")
        add(r.get("fix_text"), "compliance fix")
    for level in items(doc, "maturity_levels"):
        add(level.get("name"), "maturity level")
        for c in items(level, "criteria"):
            add(c.get("text"), "maturity criterion")
    for a in items(doc, "anti_patterns"):
        add(a.get("name"), "anti-pattern")
        add(a.get("explanation"), "anti-pattern explanation")
    for t in values(doc, "workload_targets"):
        add(t.get("note"), "DR target note")
    return found


def collect():
    kinds = {}
    for text, kind in BUILT_IN:
        kinds.setdefault(text, set()).add(kind)
    for folder, dirs, files in os.walk(CATALOGS):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith((".yaml", ".yml")):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                doc = yaml.safe_load(f)
            for text, kind in strings_of(doc):
                kinds.setdefault(text, set()).add(kind)
    return kinds


def c_string(text):
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def render(kinds):
    lines = [
        "// Generated by translations/extract_data_strings.py from the YAML files in catalogs/:",
        "// do not edit. Run `python3 translations/extract_data_strings.py` after changing a",
        "// catalog text, then translations/update.sh.",
        "//",
        "// Not compiled (no CMakeLists lists it): lupdate reads it for the texts of the built-in",
        '// catalogs, in the context "CatalogData", and dataText() (model/catalog/datatext.h)',
        "// translates them where they are shown.",
        "",
        "#include <QtGlobal>",
        "",
        "// One text a line, whatever its length: the file is read by lupdate and by people",
        "// comparing two versions of it, never by the compiler.",
        "// clang-format off",
        "",
        "namespace skyplan::catalogstrings {",
        "",
        "[[maybe_unused]] const char *const texts[] = {",
    ]
    for text in sorted(kinds):
        lines.append("    //: " + "; ".join(sorted(kinds[text])))
        lines.append(f'    QT_TRANSLATE_NOOP("{CONTEXT}", {c_string(text)}),')
    lines += [
        "};",
        "",
        "} // namespace skyplan::catalogstrings",
        "",
        "// clang-format on",
        "",
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit with status 1 if the generated file is out of date")
    args = parser.parse_args()
    kinds = collect()
    text = render(kinds)
    relative = os.path.relpath(OUTPUT, ROOT)
    if args.check:
        try:
            with open(OUTPUT, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print(f"{relative} is not up to date with catalogs/: run "
                  "python3 translations/extract_data_strings.py, then translations/update.sh",
                  file=sys.stderr)
            return 1
        print(f"{relative}: up to date ({len(kinds)} texts)")
        return 0
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {relative} ({len(kinds)} texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
