"""One woman per question: no persona name in two scenario or benefit questions of one bank."""

from __future__ import annotations

from collections import Counter

from conftest import ROOT, SEED_ARTICLE

from netquiz.article import read_article
from netquiz.generate import generate_bank
from netquiz.generate.context import PERSONAS
from netquiz.generate.personas import distinct_personas
from netquiz.model import Question


def _names_per_bank(path) -> Counter:
    article = read_article(path)
    text = "\n".join(s.text for s in article.sections)
    free = [n for n in PERSONAS[article.lang] if n not in text]
    stems = [q.stem for q in generate_bank(article).questions if q.kind in ("scenario", "benefit")]
    return Counter(n for stem in stems for n in free if n in stem.split() or f"{n}'s" in stem or f"{n}," in stem
                   or f"{n}." in stem)


def test_no_persona_serves_two_questions_of_a_bank() -> None:
    paths = [SEED_ARTICLE, *sorted((ROOT / "tests" / "articles").glob("**/*.*"))]
    for path in paths:
        twice = [n for n, count in _names_per_bank(path).items() if count > 1]
        assert not twice, (path.name, twice)


def test_a_repeated_name_is_changed_everywhere_in_its_question() -> None:
    def question(name: str) -> Question:
        return Question(id="q", section="s1", kind="scenario", stem=f"{name} is new. What should {name} do?",
                        options=(f"{name}'s way", "b", "c"), answer=0, feedback=(f"Yes, {name}.", "", ""),
                        explanation="", source="")
    first, second = distinct_personas([question("Priya"), question("Priya")], "en", "Meera Nair said so.")
    assert first.stem.count("Priya") == 2
    assert "Priya" not in second.stem + "".join(second.options) + "".join(second.feedback)
    assert "Meera" not in second.stem  # (a name of the article is never given to a persona)
