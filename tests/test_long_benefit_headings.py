"""A benefit heading may run long when it opens on a comparative ("Less Back Pain by the End of the Shift"); a
benefit shown in a sentence whose cause points back ("A stronger core shares that load, so …") is told by its
result alone."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate import generate_bank
from netquiz.generate.benefit import _parts
from netquiz.generate.listicle import _short
from netquiz.language import language

ARTICLE = """# 5 Benefits of a Core-Strengthening Routine for Women on Long Shifts

Standing for eight hours wears the back down.

## Less Back Pain by the End of the Shift

When the core is weak, the lower back carries the load of standing. A stronger core shares that load, so the \
familiar evening ache starts later and settles faster after you sit down.

## Better Posture Without Constant Reminders

Trained muscles hold you upright for longer, so you no longer slump over the counter by the afternoon.

## Steadier Balance on Wet or Crowded Floors

Core and hip muscles keep your body centred over your feet, so you recover quickly from a slip on a wet floor.

## Fewer Leave Days

Meena used to take two days off every month. With a stronger back, she now works through the festive rush without a \
single sick day.

## Better Bladder Control

Pelvic floor exercises strengthen the muscles that hold urine, so you can laugh or sneeze without worrying.
"""


def test_a_long_heading_that_opens_on_a_comparative_names_a_benefit() -> None:
    assert _short("Less Back Pain by the End of the Shift")
    assert _short("Steadier Balance on Wet or Crowded Floors")
    assert not _short("What to Do When Your Manager Asks You to Stay Late")  # (a long heading of another kind)


def test_a_result_clause_is_told_alone_where_its_cause_points_back() -> None:
    these = language("en").lexicon.demonstratives
    parts = _parts("A stronger core shares that load, so the familiar evening ache starts later and settles faster.",
                   these)
    assert parts[0] == "The familiar evening ache starts later and settles faster."
    assert _parts("Trained muscles hold you upright for longer, so you no longer slump by the afternoon.", these)[0] \
        .startswith("Trained muscles")


def test_the_long_headed_benefit_gets_its_which_benefit_question() -> None:
    bank = generate_bank(parse_article(ARTICLE), seed=0)
    back = [q for q in bank.questions if q.kind == "benefit"
            and q.options[q.answer] == "Less Back Pain by the End of the Shift"]
    assert back and "that load" not in back[0].stem and "evening ache starts later" in back[0].stem
