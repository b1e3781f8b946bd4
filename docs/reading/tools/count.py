"""count.py SNAP...: headed sections, >=2q, with scenario/benefit, and gap reasons."""
import json
import sys
from collections import Counter

for f in sys.argv[1:]:
    s = json.load(open(f))
    heads = ok2 = sc = 0
    reasons = Counter()
    for v in s.values():
        if 'q' not in v:
            continue
        for h in v['heads']:
            mine = [q for q in v['q'] if q['s'] == h]
            heads += 1
            ok2 += len(mine) >= 2
            sc += any(q['k'] in ('scenario', 'interview', 'benefit') for q in mine)
        reasons.update(v['gaps'].values())
    print(f, 'headed', heads, '>=2q', ok2, 'with scen/int/ben', sc)
    print('  ', ', '.join(f'{k} {n}' for k, n in reasons.most_common()))
