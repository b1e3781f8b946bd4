"""Who and where the woman an article opens on is, told of a persona: the setting a scenario stem opens with in
place of the title alone (readers of round 15: "the title pasted in, not a situation")."""

from __future__ import annotations

from pathlib import Path

import pytest

from netquiz.article import read_article
from netquiz.generate import generate_bank
from netquiz.language import en_setting, hi_setting

LATER = " Later the article names her again: दीपिका ने, Kavya found, नसरीन ने, Anjali said, वंदना ने, Kavita said."


@pytest.mark.parametrize(("sentence", "with_frame", "alone"), [
    ("हैदराबाद की एक विज्ञापन एजेंसी में कॉपीराइटर, 27 साल की दीपिका रेड्डी के पास हर हफ़्ते एक सवाल आता था।",
     "हैदराबाद की एक विज्ञापन एजेंसी में कॉपीराइटर {name}", "{name} हैदराबाद की एक विज्ञापन एजेंसी में कॉपीराइटर है।"),
    ("लखनऊ के एक निजी स्कूल में पढ़ाने वाली नसरीन ख़ान के ससुर को पिछली सर्दियों में चोट लगी।",
     "लखनऊ के एक निजी स्कूल में पढ़ाने वाली {name}", "{name} लखनऊ के एक निजी स्कूल में पढ़ाती है।"),
    ("इंदौर के एक सरकारी स्कूल में गणित पढ़ाने वाली 41 साल की वंदना तिवारी पिछली सर्दियों में लड़खड़ाईं।",
     "इंदौर के एक सरकारी स्कूल में गणित पढ़ाने वाली {name}", "{name} इंदौर के एक सरकारी स्कूल में गणित पढ़ाती है।"),
])
def test_a_hindi_opening_case_gives_her_job_and_town(sentence: str, with_frame: str, alone: str) -> None:
    found = hi_setting.intro_setting(sentence, sentence + LATER)
    assert found is not None
    assert (found.with_frame, found.alone) == (with_frame, alone)


@pytest.mark.parametrize(("sentence", "alone"), [
    ("Kavya Menon, a 29-year-old chartered accountant in Kochi, used to lose two days a month to migraines.",
     "{name} is a chartered accountant in Kochi."),
    ("Last October, Kavya Menon, an HR executive at a knitwear export unit in Tiruppur, noticed the flu.",
     "{name} is an HR executive at a knitwear export unit in Tiruppur."),
    ("Anjali Menon works as an HR executive in Kochi from Monday to Friday.", "{name} is an HR executive in Kochi."),
    ("Kavita Joshi runs a cosmetics and bangle shop near Rajwada in Indore.",
     "{name} runs a cosmetics and bangle shop near Rajwada in Indore."),
])
def test_an_english_opening_case_gives_her_job_and_town(sentence: str, alone: str) -> None:
    found = en_setting.intro_setting(sentence, sentence + LATER)
    assert found is not None and found.alone == alone
    assert found.framed("{name} is managing migraines at work.").startswith("{name}, a") or "who" in found.with_frame


@pytest.mark.parametrize(("module", "sentence"), [
    (hi_setting, "जयपुर के मानसरोवर में सुनीता यादव की stationery की छोटी-सी दुकान है।"),  # (a place, no job)
    (hi_setting, "पुणे की एक IT कंपनी में QA engineer स्नेहा कुलकर्णी ने home loan लिया।"),  # (not named again)
    (hi_setting, "आज बहुत-सी कामकाजी महिलाएँ ऑफिस के साथ-साथ माता-पिता की देखभाल भी कर रही हैं।"),  # (no woman)
    (en_setting, "Two years, roughly 700 hours of live lectures, and a full-time job running alongside."),
    (en_setting, "Meena Rao, a friend of mine, says so."),  # (not named again)
])
def test_no_setting_without_a_named_woman_with_a_job(module: object, sentence: str) -> None:
    later = LATER.replace("Kavya", "X").replace("दीपिका", "X").replace("नसरीन", "X")
    assert module.intro_setting(sentence, sentence + later) is None  # type: ignore[attr-defined]


PANEL = Path(__file__).parent / "articles" / "aside135" / "preparing-for-a-panel-interview.en.md"


def test_scenario_stems_of_an_article_that_opens_on_a_case_tell_who_and_where_the_persona_is() -> None:
    bank = generate_bank(read_article(PANEL), seed=0)  # ("When Farah Siddiqui, a 34-year-old procurement analyst
    stems = [q.stem for q in bank.questions if q.kind == "scenario"]  # in Chennai, was shortlisted …")
    assert stems, "the tip sections make scenario questions"
    assert all(", a procurement analyst in Chennai, is preparing for a panel interview." in s for s in stems), stems
    assert not any("Farah" in s for s in stems)  # (the persona is another woman; the article's own is not retold)
