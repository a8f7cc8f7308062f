#!/usr/bin/env bash
# Brings the .ts files up to date with the source (new messages come in unfinished, messages
# gone from the source are dropped). Not a build; run it from anywhere, then translate what is
# new (translations/README.md) and check with translations/check.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
sources=(app widgets canvas model)
# The texts of the catalog YAML files, for lupdate (model/catalog/catalogstrings.tr.cpp).
python3 translations/extract_data_strings.py
for lang in de fr; do
    "$lupdate" -silent -no-obsolete -locations none -source-language en -target-language "$lang" \
        "${sources[@]}" -ts "translations/skyplan_$lang.ts"
done
# English needs only its plural forms ("%n error(s)" -> "1 error" / "2 errors").
"$lupdate" -silent -no-obsolete -locations none -pluralonly -source-language en \
    -target-language en "${sources[@]}" -ts translations/skyplan_en.ts
