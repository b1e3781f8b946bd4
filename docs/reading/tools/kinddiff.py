"""kinddiff.py A B [n]: counts per kind/form and up to n changed items."""
import json
import sys
from collections import Counter

a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
n = int(sys.argv[3]) if len(sys.argv) > 3 else 20


def kinds(s):
    c = Counter()
    for v in s.values():
        for q in v.get('q', []):
            c[q['k'] + ('/' + q['f'] if q['f'] else '')] += 1
    return c


ka, kb = kinds(a), kinds(b)
for k in sorted(set(ka) | set(kb)):
    if ka[k] != kb[k]:
        print(f'{k:30} {ka[k]:6} -> {kb[k]:6} ({kb[k]-ka[k]:+})')
print('total', sum(ka.values()), '->', sum(kb.values()))
changed = [p for p in sorted(set(a) | set(b)) if a.get(p) != b.get(p)]
print(len(changed), 'banks changed')
shown = 0
for p in changed:
    qa = {(q['s'], q['k'], q['stem'], tuple(q['o'])) for q in a.get(p, {}).get('q', [])}
    qb = {(q['s'], q['k'], q['stem'], tuple(q['o'])) for q in b.get(p, {}).get('q', [])}
    for tag, items in (('-', qa - qb), ('+', qb - qa)):
        for it in sorted(items):
            if shown < n:
                options = ' / '.join(o[:60] for o in it[3])
                print(tag, p.split('/')[-1][:40], it[0], it[1], '|', it[2][:200], '|', options)
                shown += 1
