#!/bin/sh
# Refresh the Chinese catalogue from the GUI sources, then build the .qm the program loads.
# After running it, translate every new or changed message (Qt Linguist: .venv/bin/pyside6-linguist)
# and run it again; tests/gui/test_translations.py fails while any message is untranslated.
set -eu
cd "$(dirname "$0")/../.."
BIN="${VENV_BIN:-.venv/bin}"
TS=resources/translations/mediation_zh_CN.ts
QM=resources/translations/mediation_zh_CN.qm
SOURCES=$(find mediation_app/gui -name '*.py' | sort)
# shellcheck disable=SC2086
"$BIN/pyside6-lupdate" -no-obsolete -locations none -target-language zh_CN $SOURCES -ts "$TS"
# Built beside and renamed into place: a running program or test never reads a half-written catalogue.
"$BIN/pyside6-lrelease" -silent "$TS" -qm "$QM.part" && mv -f "$QM.part" "$QM"
# English needs only its plural forms ("%n case(s)" → "1 case", "2 cases"), filled in from the source strings.
EN_TS=resources/translations/mediation_en.ts
EN_QM=resources/translations/mediation_en.qm
# shellcheck disable=SC2086
"$BIN/pyside6-lupdate" -no-obsolete -locations none -pluralonly -target-language en $SOURCES -ts "$EN_TS" >/dev/null
"$BIN/python" resources/translations/english_plurals.py "$EN_TS"
"$BIN/pyside6-lrelease" -silent "$EN_TS" -qm "$EN_QM.part" && mv -f "$EN_QM.part" "$EN_QM"
