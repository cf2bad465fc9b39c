#!/usr/bin/env python3
"""The hand-written script a researcher would use instead of tahqiq: regular expressions for
quotations in the common marks and for numbers written with digits, over every .txt file of a
folder, one JSON object a line (article, kind, start, end, text; offsets in code points).

It finds far less than tahqiq (no reported speech, speakers, cues, units, furniture), so it is
a lower bound on the time such a script takes. Run: python3 benches/baseline.py FOLDER > out.jsonl
"""

import json
import os
import re
import sys

QUOTE = re.compile(r"«[^»]{1,2000}»|“[^”]{1,2000}”|\"[^\"\n]{1,2000}\"")
NUMBER = re.compile(r"[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*%?")


def texts(folder):
    """Every .txt file of `folder`, in name order, as (name, text)."""
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            yield name, f.read()


def main(folder):
    out = sys.stdout
    for name, text in texts(folder):
        for kind, pattern in (("quote", QUOTE), ("number", NUMBER)):
            for m in pattern.finditer(text):
                row = {"article": name, "kind": kind, "start": m.start(), "end": m.end(), "text": m.group()}
                out.write(json.dumps(row, ensure_ascii=False))
                out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
