"""Render items for readers. Usage: render.py OUTDIR (her|gen) ARTICLES..."""
import json
import os
import subprocess
import sys

out, mode, arts = sys.argv[1], sys.argv[2], sys.argv[3:]
NQ = '/work/main/.venv/bin/netquiz'
lines, cli = [], []
n = 0
for art in arts:
    name = os.path.basename(art)[:-3]
    bank = os.path.abspath(os.path.join(out, name + '.json'))
    cmd = [NQ, 'generate', os.path.abspath(art), '-o', bank, '--seed', '0']
    if mode == 'her':
        situ = os.environ.get('SITU', 'situ')  # a folder under /work/r20, or an absolute path
        cmd += ['--situations', os.path.join(situ if situ.startswith('/') else f"/work/r20/{situ}",
                                             f"{name}.situations.txt")]
    r = subprocess.run(cmd, capture_output=True, text=True, cwd='/work/main')
    cli.append(f'=== {name}\n{r.stdout}{r.stderr}')
    b = json.load(open(bank))
    lines.append(f'\n## {name}.md\n')
    titles = {}
    for q in b['questions']:
        if mode == 'her' and q.get('form') != 'situation':
            continue
        n += 1
        lines.append(f"### item {n} ({q['kind']}{'/' + q['form'] if q.get('form') else ''}, section {q['section']})\n")
        lines.append(q['stem'] + '\n')
        for i, (o, f) in enumerate(zip(q['options'], q['feedback'], strict=True)):
            lines.append(f"- {'**(key)** ' if i == q['answer'] else ''}{o}\n  - feedback: {f}")
        lines.append(f"- source sentence: {q.get('source', '')}\n")
open(os.path.join(out, 'items.md'), 'w').write('\n'.join(lines))
open(os.path.join(out, 'cli.txt'), 'w').write('\n'.join(cli))
print(n, 'items')
