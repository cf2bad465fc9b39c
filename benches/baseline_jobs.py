#!/usr/bin/env python3
"""The three jobs of `tahqiq extract`, as a researcher would script them with regular
expressions: quotations and the speech verb and speaker before them, reported speech (a speech
verb, `أن`/`إن` within a few words, the clause to the end of its sentence), and numbers with the
word after them as their unit and a kind (percent, money, year, count). Over every .txt file
of a folder, one JSON object a line (offsets in code points).

`baseline.py` is the lower bound (two patterns, nothing around them); this is closer to the work
tahqiq does, and still far short of it (no furniture, references, names across sentences).
Run: python3 benches/baseline_jobs.py FOLDER > out.jsonl
"""

import json
import re
import sys

from baseline import texts

VERBS = (
    "قال|قالت|يقول|تقول|أكد|أكدت|يؤكد|أوضح|أوضحت|أضاف|أضافت|ذكر|ذكرت|أشار|أشارت|أعلن|أعلنت|"
    "صرح|صرحت|شدد|شددت|لفت|لفتت|بين|بينت|كشف|كشفت|نفى|نفت|اعتبر|اعتبرت|رأى|رأت|"
    "مؤكدا|مضيفا|مشيرا|موضحا|قائلا|لافتا"
)
SPEECH = f"(?:[وف]?(?:{VERBS}))"
QUOTE = re.compile(r"«[^»]{1,2000}»|“[^”]{1,2000}”|\"[^\"\n]{1,2000}\"")
# The verb and up to four words after it, just before a quotation: the cue and the speaker.
BEFORE_QUOTE = re.compile(rf"(?:^|\s)({SPEECH})((?:\s+[^\s«“\"]+){{0,4}})[\s:،,]*$")
REPORTED = re.compile(rf"(?:^|\s)({SPEECH})((?:\s+\S+){{0,14}}?)\s+[وبف]?[أإا]ن(?:ه|ها|هم)?\s+([^.!؟?\n]+)")
NUMBER = re.compile(r"([0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*)\s*(%|٪)?(?:\s+(\S+))?")
MONEY = re.compile(r"^(?:دولار|ريال|دينار|درهم|جنيه|يورو|مليون|مليار|ألف)")
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")


def value_of(digits):
    plain = digits.translate(DIGITS).replace(",", "")
    try:
        return float(plain)
    except ValueError:
        return None


def items(text):
    for m in QUOTE.finditer(text):
        cue = BEFORE_QUOTE.search(text, max(0, m.start() - 200), m.start())
        yield {
            "kind": "quote", "start": m.start(), "end": m.end(), "text": m.group(),
            "cue": cue and cue.group(1), "speaker": cue and cue.group(2).strip(" ،,:") or None,
        }
    for m in REPORTED.finditer(text):
        yield {
            "kind": "reported", "start": m.start(3), "end": m.end(3), "text": m.group(3),
            "cue": m.group(1), "speaker": m.group(2).strip(" ،,") or None,
        }
    for m in NUMBER.finditer(text):
        unit = m.group(3)
        value = value_of(m.group(1))
        if m.group(2):
            kind = "percent"
        elif unit and MONEY.match(unit):
            kind = "money"
        elif value and 1900 <= value <= 2100 and "." not in m.group(1):
            kind = "year"
        else:
            kind = "count"
        yield {
            "kind": "number", "start": m.start(), "end": m.end(1), "text": m.group(1),
            "value": value, "unit": unit, "number_kind": kind,
        }


def main(folder):
    out = sys.stdout
    for name, text in texts(folder):
        for row in items(text):
            row["article"] = name
            out.write(json.dumps(row, ensure_ascii=False))
            out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
