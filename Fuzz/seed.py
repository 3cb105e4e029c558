#!/usr/bin/env python3
"""Writes the seed corpora of the four fuzz targets into Fuzz/work/corpus/<target>/ from the
repository's own scripts and data: the golden cases, the examples, the bad-input corpus, the
pilar blocks of grammar.md, the demo CSV files and a few edit scripts listed here. Seeds are named by content hash, so running
it again adds nothing twice and never removes what the fuzzer has found."""
import hashlib
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root / "Fuzz" / "work" / "corpus"
entities = ["pillars", "opds", "programmes", "indicators", "measurements"]


def write(target, data):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


# Edit statements the golden cases leave out: upsert by code, inserts with typos and unknown
# codes, updates from aggregates and other rows' fields, delete cascade of a pillar, undo past
# the start, the screen .dump. (Never .save or .dump FILE: fuzzing writes no files.)
edit_seeds = [
    b"""upsert opds {code: "DISHUB", head: null}
insert opds [{code: "NEWOPD", name: "Dinas Baru", kind: "dinas"}, {code: "NEWOPD", name: "Twice"}]
opds | where code == "NEWOPD" | update name = upper(name), head = code
.changes
.undo 3
.dump
""",
    b"""insert programmes {code: "NEW-01", name: "Trial", opd: "DISHUBB", pillar: "mobilty", horizon: "shrot",
  start_year: 2025, end_year: 2024, budget: "lots", status: "Done"}
insert indicators {code: "NEW-01.1", programme: "NOPE-1", name: "x", polarity: "postive", achievement: 1}
""",
    b"""measurements | where year == 2019 | update actual = avg(actual), target = target * 2
programmes | top 3 by budget | update budget = budget * 9223372036854775807
indicators | where polarity == "negative" | update baseline = null
.undo
.changes
""",
    b"""pillars | where code == "mobility" | delete cascade
programmes | where status == "cancelled" | delete
measurements | take 5 | delete
.undo 100
.demo
insert measurements [{indicator: "GOV-01.1", year: 2030, target: 1e308}, {indicator: "GOV-01.1", year: 2030, target: 1},]
""",
]
scripts = list(edit_seeds)
scripts += [p.read_bytes() for p in sorted(root.glob("Tests/GoldenTests/Cases/*.pilar"))]
scripts += [p.read_bytes() for p in sorted(root.glob("examples/*.pilar"))]
scripts += [p.read_bytes() for p in sorted(root.glob("Tests/GoldenTests/BadInput/*/*.pilar"))]
grammar = (root / "grammar.md").read_text(encoding="utf-8")
scripts += [m.group(1).encode() for m in re.finditer(r"```pilar(?:-error)?\n(.*?)```", grammar, re.S)]

for script in scripts:
    write("LexParseFuzzer", script)
    # The query target reads its input as choices, not text; scripts are as good a start as any.
    write("QueryFuzzer", script[:256])
    for line in script.splitlines():
        if line.strip():
            # Two cursor bytes (big-endian) then the line; the cursor at the end and mid-line.
            write("CompleterFuzzer", len(line).to_bytes(2, "big") + line)
            write("CompleterFuzzer", (len(line) // 2).to_bytes(2, "big") + line)

csv_files = sorted(root.glob("examples/data/*/*.csv")) + sorted(root.glob("Tests/GoldenTests/**/*.csv"))
for path in csv_files:
    if path.stem in entities:
        data = path.read_bytes()
        if len(data) > 20000:  # keep seeds small: the head of a big file has every shape already
            data = data[: data.rfind(b"\n", 0, 20000) + 1]
        write("LoaderFuzzer", bytes([entities.index(path.stem)]) + data)
for folder in sorted({p.parent for p in csv_files}):
    pieces = [(folder / f"{name}.csv").read_bytes()[:4000] if (folder / f"{name}.csv").exists() else b""
              for name in entities]
    write("LoaderFuzzer", bytes([5]) + b"\n----\n".join(pieces))
