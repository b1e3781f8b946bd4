"""Pairs for a blind A/B judge: her questions whose options changed between two rendered folders.

Usage: ``python build_ab.py OLD_DIR NEW_DIR OUT_DIR ARTICLES_ROOT`` (OLD_DIR, NEW_DIR: ``render_items.py … her``
outputs of the same articles, before and after a change of her lines' brackets). Writes ``OUT_DIR/items_1.md`` (each
pair: her line, a neutral ask, set A and set B, the key marked) and ``OUT_DIR/key.json`` (which set is the new one),
the order random but fixed; ``score_ab.py`` un-blinds a judge's report with it (round 22, ``/work/r22/ab``).
"""

from __future__ import annotations

import glob
import json
import os
import random
import re
import sys

ASK = "Which option would help her most in this situation, according to the article?"


def _options(question: dict) -> str:
    return "\n".join(f"  - {'(key) ' if i == question['answer'] else ''}{o}"
                     for i, o in enumerate(question["options"]))


def _situations(path: str) -> dict[str, dict]:
    questions = json.load(open(path, encoding="utf-8"))["questions"]
    return {q["id"]: q for q in questions if "situation" in q["id"]}


def main(old_dir: str, new_dir: str, out_dir: str, articles: str) -> int:
    """Write the pairs and the key; return how many pairs."""
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(22)
    pairs, key = [], {}
    for path in sorted(glob.glob(f"{old_dir}/*.json")):
        name = os.path.basename(path)
        old, new = _situations(path), _situations(f"{new_dir}/{name}")
        article = glob.glob(f"{articles}/*/{name[:-5]}.md")[0]
        for qid, before in old.items():
            after = new.get(qid)
            if after is None or sorted(after["options"]) == sorted(before["options"]):
                continue
            flip = rng.random() < 0.5
            a, b = (after, before) if flip else (before, after)
            key[str(len(pairs) + 1)] = "A" if flip else "B"
            line = re.sub(r"\s*[^।.!?]*\?\s*$", "", before["stem"]).strip()  # (her line without the tool's ask)
            pairs.append(f"### pair {len(pairs) + 1} (article: {article}, section {before['section']})\n{line} {ASK}\n"
                         f"- Set A:\n{_options(a)}\n- Set B:\n{_options(b)}\n")
    with open(f"{out_dir}/items_1.md", "w", encoding="utf-8") as out:
        out.write("\n".join(pairs))
    with open(f"{out_dir}/key.json", "w", encoding="utf-8") as out:
        json.dump(key, out, indent=0)
    return len(pairs)


if __name__ == "__main__":
    print(main(*sys.argv[1:5]), "pairs")
