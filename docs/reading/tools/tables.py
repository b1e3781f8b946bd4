"""tables.py FIRST LAST: the closing note's per-section table (questions/scenario-or-benefit, the gap reason) and
blind figures for the seed and every test article in tests/articles/asideFIRST … asideLAST (read ones only)."""
import glob
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from netquiz.article import read_article  # noqa: E402
from netquiz.generate import generate_with_notes  # noqa: E402
from netquiz.generate.blind import GUESSERS, blind_report  # noqa: E402
from netquiz.generate.coverage import coverage_gaps  # noqa: E402

first, last = int(sys.argv[1]), int(sys.argv[2])
paths = [str(ROOT / 'data' / 'articles' / 'networking.hi.txt')] + sorted(
    p for n in range(first, last + 1) for p in glob.glob(str(ROOT / 'tests' / 'articles' / f'aside{n}' / '*.md')))
for path in paths:
    article = read_article(path)
    bank, _ = generate_with_notes(article, seed=0)
    gaps = {g.section.id: g.reason for g in coverage_gaps(bank)}
    cells = []
    for section in article.sections:
        mine = [q for q in bank.questions if q.section == section.id]
        situations = sum(q.kind in ('scenario', 'interview', 'benefit') for q in mine)
        cells.append(f"{section.id} {len(mine)}/{situations}" + (f" ({gaps[section.id]})" if section.id in gaps else ""))
    report = blind_report(bank.questions, article.lang)
    best = max(GUESSERS, key=lambda k: report[k])
    print(f"| {path.split('/')[-1][:48]} | {'; '.join(cells)} | n={int(report['n'])} longest {report['longest']:.2f}, "
          f"feedback {report['feedback']:.2f}, elimination {report['elimination']:.2f}, best {best} {report[best]:.2f} |")
