import json, re, sys
key = json.load(open('/work/r20/ab2/key.json'))
new = old = same = 0; tn = to = 0.0; sk_new = sk_old = 0; n = 0
for f in sys.argv[1:]:
    for line in open(f):
        m = re.match(r'\W*pair (\d+): (A|B|same)\s*[—-]+\s*tempting A (\d), B (\d)\s*[—-]+\s*second key A (yes|no), B (yes|no)', line)
        if not m: continue
        p, w, ta, tb, sa, sb = m.groups(); k = key[p]; n += 1
        if w == 'same': same += 1
        elif w == k: new += 1
        else: old += 1
        tnew, told = (int(ta), int(tb)) if k == 'A' else (int(tb), int(ta))
        tn += tnew; to += told
        snew, sold = (sa, sb) if k == 'A' else (sb, sa)
        sk_new += snew == 'yes'; sk_old += sold == 'yes'
print(f'n={n} new better {new}, old better {old}, same {same}; tempting mean new {tn/n:.2f} old {to/n:.2f}; second keys new {sk_new} old {sk_old}')
