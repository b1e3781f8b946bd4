"""Un-blind a judge's A/B report. Usage: KEY=/path/key.json score_ab.py REPORT...

Lines: `pair N: A|B|same — tempting A n, B n — second key A yes/no, B yes/no[ — giveaway A yes/no, B yes/no] — …`;
``key.json`` maps each pair to the set ("A"/"B") that was the new version."""
import json
import os
import re
import sys

key = json.load(open(os.environ.get('KEY', '/work/r20/ab2/key.json')))
LINE = re.compile(r'\W*pair (\d+): (A|B|same)\s*[—-]+\s*tempting A (\d), B (\d)\s*[—-]+\s*second key A (yes|no), '
                  r'B (yes|no)(?:\s*[—-]+\s*giveaway A (yes|no), B (yes|no))?')
new = old = same = n = 0
tn = to = 0.0
counts = {'second_new': 0, 'second_old': 0, 'give_new': 0, 'give_old': 0}
for path in sys.argv[1:]:
    for line in open(path):
        m = LINE.match(line)
        if not m:
            continue
        p, w, ta, tb, sa, sb, ga, gb = m.groups()
        k = key[p]
        n += 1
        if w == 'same':
            same += 1
        elif w == k:
            new += 1
        else:
            old += 1
        tnew, told = (int(ta), int(tb)) if k == 'A' else (int(tb), int(ta))
        tn += tnew
        to += told
        snew, sold = (sa, sb) if k == 'A' else (sb, sa)
        counts['second_new'] += snew == 'yes'
        counts['second_old'] += sold == 'yes'
        if ga:
            gnew, gold = (ga, gb) if k == 'A' else (gb, ga)
            counts['give_new'] += gnew == 'yes'
            counts['give_old'] += gold == 'yes'
print(f'n={n} new better {new}, old better {old}, same {same}; tempting mean new {tn / n:.2f} old {to / n:.2f}; '
      f'second keys new {counts["second_new"]} old {counts["second_old"]}; giveaways new {counts["give_new"]} '
      f'old {counts["give_old"]}')
