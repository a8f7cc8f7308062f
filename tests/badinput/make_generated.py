#!/usr/bin/env python3
"""Regenerates the hostile (deep or explosive) files of the bad-input corpus.

The other files in corpus/ are written by hand. Every generated file stays well under 200 KB.
Run from anywhere:  python3 tests/badinput/make_generated.py
"""

from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"

SERVICE_YAML = "lake:\n  provider: aws\n  service: s3\n  region: us-east-1\n"


def json_deep_nesting(depth: int = 200) -> str:
    # Well-formed JSON, only too deep: `depth` nested arrays as the value of "services".
    return (
        "{\n"
        '  "format_version": 1,\n'
        '  "design": {"name": "Deeply nested"},\n'
        f'  "services": {"[" * depth}{"]" * depth},\n'
        '  "links": []\n'
        "}\n"
    )


def yaml_deep_flow_nesting(depth: int = 200) -> str:
    # Well-formed YAML, only too deep: `depth` nested flow sequences as a tag value.
    return (
        f"# BAD: {depth} nested flow sequences.\n"
        + SERVICE_YAML
        + f"  tags: {'[' * depth}{']' * depth}\n"
    )


def yaml_nesting_past_parser_limit(depth: int = 1000) -> str:
    # As above, but deep enough that yaml-cpp's own recursion guard (500 levels) trips before
    # Skyplan's limit of 64 is checked; the message must still say the document is too deep.
    return (
        f"# BAD: {depth} nested flow sequences, past the YAML parser's own depth guard.\n"
        + SERVICE_YAML
        + f"  tags: {'[' * depth}{']' * depth}\n"
    )


def yaml_deep_block_nesting(depth: int = 100) -> str:
    # Well-formed YAML, only too deep: `depth` nested block mappings, a service at the bottom.
    lines = [f"# BAD: {depth} nested block mappings."]
    for level in range(depth):
        lines.append("  " * level + f"level{level}:")
    indent = "  " * depth
    lines += [indent + "provider: aws", indent + "service: s3", indent + "region: us-east-1"]
    return "\n".join(lines) + "\n"


def yaml_alias_bomb(levels: int = 9, fan_out: int = 9) -> str:
    # "Billion laughs": each anchor is a list of `fan_out` aliases of the previous one, so the
    # last expands to fan_out ** levels scalars (9 ** 9 = 387,420,489) from a file of ~1 KB.
    names = [chr(ord("a") + i) for i in range(levels)]
    lines = [
        f"# BAD: a YAML alias bomb ({levels} levels of anchors, each referencing the previous "
        f"{fan_out} times).",
        SERVICE_YAML.rstrip("\n"),
        "bomb:",
        f"  {names[0]}: &{names[0]} [{', '.join(['lol'] * fan_out)}]",
    ]
    for prev, name in zip(names, names[1:]):
        lines.append(f"  {name}: &{name} [{', '.join(['*' + prev] * fan_out)}]")
    return "\n".join(lines) + "\n"


FILES = {
    "skyplan-deep-nesting.skyplan": json_deep_nesting(),
    "yaml-deep-flow-nesting.yaml": yaml_deep_flow_nesting(),
    "yaml-nesting-past-parser-limit.yaml": yaml_nesting_past_parser_limit(),
    "yaml-deep-block-nesting.yaml": yaml_deep_block_nesting(),
    "yaml-alias-bomb.yaml": yaml_alias_bomb(),
}


def main() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for name, text in FILES.items():
        data = text.encode("utf-8")
        assert len(data) < 200 * 1024, f"{name} is {len(data)} bytes"
        (CORPUS / name).write_bytes(data)
        print(f"wrote {name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
