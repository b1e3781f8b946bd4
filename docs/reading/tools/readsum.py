"""readsum.py DIR...: counts from DIR/items.md and DIR/report_*.md (scenario+interview+benefit vs all)."""
import glob
import re
import sys

SC = ('scenario', 'interview', 'benefit')
for d in sys.argv[1:]:
    items = open(f'{d}/items.md').read()
    kinds = {int(m.group(1)): m.group(2) for m in re.finditer(r'### item (\d+) \(([a-z_]+)', items)}
    for rep in sorted(glob.glob(f'{d}/report_*.md')):
        acc = {}
        for m in re.finditer(r'item (\d+)\W+\s*(ACCEPTABLE|NOT)\W+GOOD\W+(yes|no)', open(rep).read(), re.I):
            acc[int(m.group(1))] = (m.group(2).upper() == 'ACCEPTABLE', m.group(3).lower() == 'yes')
        sc = [i for i in kinds if kinds[i] in SC]
        a = sum(acc.get(i, (0, 0))[0] for i in sc)
        g = sum(acc.get(i, (0, 0))[0] and acc.get(i, (0, 0))[1] for i in sc)
        alla = sum(v[0] for v in acc.values())
        print(f'{rep}: sc {len(sc)} acc {a} good {g} | all {alla}/{len(kinds)} (read {len(acc)})')
