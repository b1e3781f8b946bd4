"""Snapshot every test article's bank, to diff after a change: ``python snap.py OUT.json [GLOB ...]``.

Each bank: its questions (section, kind, form, stem, options, key), its coverage gaps (section → reason), its
headed sections and language. Two processes; the repository's ``tests/articles`` and ``data/articles`` by default
(never an article kept aside: run on those only when they are read)."""
import glob
import json
import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))


def one(path):
    from netquiz.article import read_article
    from netquiz.generate import generate_with_notes
    from netquiz.generate.coverage import coverage_gaps
    try:
        art = read_article(path)
        bank, _ = generate_with_notes(art, seed=0)
        gaps = {g.section.id: g.reason for g in coverage_gaps(bank)}
    except Exception as error:  # noqa: BLE001 (a snapshot records what broke and goes on)
        return path, {'error': repr(error)}
    questions = [{'s': q.section, 'k': q.kind, 'f': q.form or '', 'stem': q.stem, 'o': list(q.options),
                  'a': q.answer} for q in bank.questions]
    return path, {'q': questions, 'gaps': gaps, 'heads': [s.id for s in art.headed_sections], 'lang': art.lang}


if __name__ == '__main__':
    patterns = sys.argv[2:] or [f'{ROOT}/tests/articles/**/*.md', f'{ROOT}/tests/articles/**/*.txt',
                                f'{ROOT}/data/articles/*']
    paths = sorted({p for pattern in patterns for p in glob.glob(pattern, recursive=True)})
    with Pool(2) as pool:
        banks = dict(pool.map(one, paths, chunksize=8))
    json.dump(banks, open(sys.argv[1], 'w'), ensure_ascii=False)
    print(len(banks), 'banks', sum(len(v.get('q', [])) for v in banks.values()), 'questions',
          sum('error' in v for v in banks.values()), 'errors')
