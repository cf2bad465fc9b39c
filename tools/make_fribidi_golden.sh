#!/usr/bin/env bash
# Regenerates the FriBidi golden files in tests/fixtures/fribidi/ from the seed articles and the
# hand-written mixed-direction cases. Needs GNU FriBidi's command (Debian: libfribidi-bin).
# Run from the repository root: tools/make_fribidi_golden.sh
set -euo pipefail
command -v fribidi >/dev/null || { echo "fribidi is not installed (apt-get install libfribidi-bin)" >&2; exit 2; }
out=tests/fixtures/fribidi
mkdir -p "$out"
for f in assets/articles/*.txt tests/fixtures/bidi_cases.txt; do
  fribidi --nopad --nobreak --reordernsm < "$f" > "$out/$(basename "$f")"
done
echo "wrote $(ls "$out" | wc -l) files to $out ($(fribidi --version | head -1))"
