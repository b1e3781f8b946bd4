"""Make a round's writer and reader prompts from the templates one folder up:
``python prompts.py ROUND_DIR BATCH FIRST_ASIDE "MIX" "DOMAINS"`` writes ROUND_DIR/writer_BATCH.txt (four articles
into ROUND_DIR/articles/asideN and asideN+1) and ROUND_DIR/reader_{strict,lenient}_BATCH.txt (reading
ROUND_DIR/genBATCH/items.md, rendered with ``render_items.py ROUND_DIR/genBATCH gen ARTICLES…``).

Used topics: ROUND_DIR/used_topics.txt, every test article's first line (made here when missing)."""
import sys
from pathlib import Path

READING = Path(__file__).resolve().parents[1]
ROOT = READING.parents[1]

out, batch, first, mix, domains = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
out.mkdir(parents=True, exist_ok=True)
used = out / 'used_topics.txt'
if not used.exists():
    titles = {p.read_text(encoding='utf-8').split('\n', 1)[0].lstrip('# ').strip()
              for p in (ROOT / 'tests' / 'articles').rglob('*') if p.is_file()}
    used.write_text('\n'.join(sorted(titles)) + '\n', encoding='utf-8')
files = (f'{out}/articles/aside{first}/<slug>.<lang>.md (two of the four articles) and '
         f'{out}/articles/aside{first + 1}/<slug>.<lang>.md (the other two); create the folders. Also avoid the '
         f'topics of every article already under {out}/articles (read only their first lines)')
writer = (READING / 'writer.txt').read_text(encoding='utf-8')
(out / f'writer_{batch}.txt').write_text(writer.replace('YOUR_MIX', mix).replace('YOUR_DOMAINS', domains)
                                         .replace('OUT_FILES', files).replace('/work/r20/used_topics.txt', str(used)),
                                         encoding='utf-8')
for kind in ('strict', 'lenient'):
    reader = (READING / f'reader_generated_{kind}.txt').read_text(encoding='utf-8')
    reader = reader.replace('the eight articles in /work/r20/articles2/aside203 … aside206',
                            f'the four articles in {out}/articles/aside{first} and aside{first + 1}')
    (out / f'reader_{kind}_{batch}.txt').write_text(reader.replace('/work/r20/gen2', f'{out}/gen{batch}'),
                                                    encoding='utf-8')
print('wrote', out / f'writer_{batch}.txt', 'and the two reader prompts')
