"""dbg.py ARTICLE SID: readings, all claims, scenario candidates and why they fall."""
import sys

sys.path.insert(0, str(__import__('pathlib').Path(__file__).resolve().parents[3]))
from netquiz.article import read_article
from netquiz.generate import claims
from netquiz.generate.benefit import benefit_candidates
from netquiz.generate.blind import cue_strategies
from netquiz.generate.context import build_context
from netquiz.generate.coverage import _reason, _unread
from netquiz.generate.gates import gate_problems
from netquiz.generate.scenario import scenario_candidates

art = read_article(sys.argv[1])
ctx = build_context(art, 0, 'feminine')
for sid in sys.argv[2:] or [s.id for s in art.headed_sections]:
    sec = next(s for s in art.sections if s.id == sid)
    print('=====', sid, sec.title)
    for r in ctx.readings[sid]:
        c = r.causal
        print('  READ', c.cause_kind, '|', c.cause, '=>', c.effect, '| conf', getattr(r, 'confidence', ''))
    for r in claims.all_claims(ctx.language, sec, ctx.known_title):
        print('  ALL ', r.causal.cause_kind, '|', r.causal.cause, '=>', r.causal.effect)
    for r in claims.leaning_claims(ctx.language, sec, ctx.known_title):
        print('  LEAN', r.causal.cause, '=>', r.causal.effect)
    for maker in (scenario_candidates, benefit_candidates):
        for c in maker(ctx, sid):
            q = c.question
            print('  CAND', q.kind, q.form, round(c.score, 2), '|', q.stem)
            for i, o in enumerate(q.options):
                print('      ', '*' if i == q.answer else ' ', o)
            print('      cues', cue_strategies(q, art.lang), 'gates', gate_problems(ctx, q))
    print('  refused', ctx.memo.get(('refused', sid)))
    print('  reason', _reason(ctx, sec), _unread(ctx, sec))
