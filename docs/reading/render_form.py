"""Render one form's questions over every test article for a reader (``reader_form.txt``).

Usage: render_form.py OUTDIR FORM[,FORM…] — the questions of those forms, shuffled, each naming its article;
``key_forms.json`` keeps each item's form (the reader is not told it).
"""
import glob
import json
import os
import random
import sys

sys.path.insert(0, "/work/main")
from netquiz.article import read_article  # noqa: E402
from netquiz.generate import generate_bank  # noqa: E402

out, forms = sys.argv[1], set(sys.argv[2].split(","))
os.makedirs(out, exist_ok=True)
arts = sorted(glob.glob("/work/main/tests/articles/**/*.md", recursive=True))
arts += sorted(glob.glob("/work/main/tests/articles/*.txt"))
items = [(a, q) for a in arts if "/aside/" not in a
         for q in generate_bank(read_article(a), seed=0).questions if q.form in forms]
random.seed(28)
random.shuffle(items)
lines = ["# Items to judge\n"]
for n, (a, q) in enumerate(items, 1):
    lines.append(f"### item {n} ({q.kind}, article {a}, section {q.section})\n")
    lines.append(q.stem + "\n")
    for i, (o, f) in enumerate(zip(q.options, q.feedback, strict=True)):
        lines.append(f"- {'**(key)** ' if i == q.answer else ''}{o}\n  - feedback: {f}")
    lines.append(f"- source sentence: {q.source}\n")
with open(os.path.join(out, "items.md"), "w") as handle:
    handle.write("\n".join(lines))
with open(os.path.join(out, "key_forms.json"), "w") as handle:
    json.dump([(a, q.form, q.id) for a, q in items], handle)
print(len(items), "items")
