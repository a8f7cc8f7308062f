#!/usr/bin/env bash
# CTest `translations_complete`: every message the source has today is translated in every
# .ts file (lupdate on copies, so the tree is never touched), lrelease finds nothing
# unfinished, and the generated catalog texts match catalogs/. Fails with the count and the
# language otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${QT_BIN:-/usr/lib/qt6/bin}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sources=(app widgets canvas model)
status=0
# The catalog texts (model/catalog/catalogstrings.tr.cpp) are generated from catalogs/: a catalog
# text added or changed without regenerating them would never be offered for translation.
if ! python3 translations/extract_data_strings.py --check; then
    status=1
fi
for lang in de fr en; do
    cp "translations/skyplan_$lang.ts" "$work/"
    extra=()
    [ "$lang" = en ] && extra=(-pluralonly)
    "$bin/lupdate" -silent -no-obsolete -locations none "${extra[@]}" -source-language en \
        -target-language "$lang" "${sources[@]}" -ts "$work/skyplan_$lang.ts"
    result=$("$bin/lrelease" "$work/skyplan_$lang.ts" -qm "$work/skyplan_$lang.qm" 2>&1)
    echo "$lang: $(tail -1 <<<"$result" | sed 's/^ *//')"
    if ! grep -q " 0 unfinished" <<<"$result" || grep -q "Ignored [1-9]" <<<"$result"; then
        echo "translations/skyplan_$lang.ts is not complete: run translations/update.sh and translate the new messages" >&2
        status=1
    fi
    if ! cmp -s "translations/skyplan_$lang.ts" "$work/skyplan_$lang.ts"; then
        echo "translations/skyplan_$lang.ts is not up to date with the source: run translations/update.sh" >&2
        status=1
    fi
done
exit $status
