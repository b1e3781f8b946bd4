"""The facilitator's own situations: reading her file, the question each makes, what she is told, the bank and
the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED_ARTICLE

import netquiz
from netquiz.article import parse_article, read_article
from netquiz.errors import SituationError
from netquiz.generate import generate_bank, generate_with_notes
from netquiz.generate.context import build_context
from netquiz.generate.links import stems_of
from netquiz.generate.situations import Situation, SituationNote, read_situations, situation_questions
from netquiz.model import Article
from netquiz.text import has_devanagari

SEED = read_article(SEED_ARTICLE)
HEADINGS = {s.id: s.title for s in SEED.headed_sections}
REKHA = ("रेखा पाँच साल से एक ही दफ़्तर में काम कर रही है और अब बाहर की किसी कंपनी में बेहतर पद चाहती है, पर उसे कोई "
         "खाली जगह की खबर ही नहीं मिलती।")
SUDHA = "सुधा की माँ अचानक बीमार पड़ गई हैं और उसे शहर में किसी अच्छे डॉक्टर का पता चाहिए।"

TIPS_EN = """# Running a stall at a weekly market

A stall at the weekly market is a cheap way to test what sells.

## Price every item before you leave home

A printed price on each item saves haggling over every sale. Buyers trust a stall where the price is written.

## Keep small change in a separate pouch

Many buyers pay with large notes in the first hour. A pouch of coins and tens means no sale is lost for want of change.

## Write down what sold at the end of the day

A notebook of what sold and what did not shows what to bring next week. Stalls that keep one waste less stock.

## Bring a sheet for the rain

A plastic sheet over the table keeps goods dry when a shower comes. Wet goods cannot be sold that day.
"""


def notes_of(article: Article, situations: list[Situation]) -> list[SituationNote]:
    """What netquiz tells her of her lines, the whole bank generated."""
    return generate_with_notes(article, situations=situations)[1]


def test_a_line_names_its_section_by_id_or_by_heading() -> None:
    text = f"\ufeff# for the seed\n\ns1: {REKHA}\n{HEADINGS['s5']}: {SUDHA}\nS5 : {SUDHA}\n"
    found = read_situations(text, SEED)
    assert found == [Situation("s1", REKHA, 3), Situation("s5", SUDHA, 4), Situation("s5", SUDHA, 5)]


def test_a_heading_with_a_colon_inside_is_matched_whole() -> None:
    article = parse_article("# T\n\nIntro text here.\n\n## Plan: the first week\n\nPlan it well. It helps.\n\n"
                            "## Plan\n\nAnother part. It helps too.\n")
    found = read_situations("Plan: the first week: Asha starts a job on Monday.", article)
    assert [(s.section, s.text) for s in found] == [("s1", "Asha starts a job on Monday.")]


@pytest.mark.parametrize("line, words", [
    ("मीना नौकरी ढूँढ रही है।", "start with a section's id or heading"),
    ("s9: मीना नौकरी ढूँढ रही है।", "start with a section's id or heading"),
    ("s0: मीना नौकरी ढूँढ रही है।", "s0 is the introduction"),
    ("s2:   ", "is empty"),
    ("s2: अगर आप नौकरी ढूँढ रही हैं", "never addresses the reader"),
])
def test_a_line_that_cannot_serve_is_named_with_its_number(line: str, words: str) -> None:
    with pytest.raises(SituationError) as error:
        read_situations(f"# first line\n{line}\n", SEED, source="mine.txt")
    assert "mine.txt line 2" in str(error.value) and words in str(error.value)


def test_the_question_offers_the_headings_and_keys_her_section() -> None:
    result = situation_questions(build_context(SEED, 0, "feminine"), [Situation("s1", REKHA, 1)])
    [question] = result.questions
    assert question.id == "s1-situation-1" and question.kind == "scenario" and question.form == "situation"
    assert question.stem.startswith(REKHA) and question.stem.endswith("?")
    assert question.options[question.answer] == HEADINGS["s1"]
    assert set(question.options) <= set(HEADINGS.values()) and len(question.options) == 4
    assert question.source in SEED.section("s1").sentences and question.source in question.feedback[question.answer]
    wrong = [f for i, f in enumerate(question.feedback) if i != question.answer]
    assert all(f.startswith("गलत।") for f in wrong) and all(question.source not in f for f in wrong)
    for index, feedback in enumerate(question.feedback):  # a wrong one says which part fits her, and what its own says
        if index != question.answer:
            assert f"‘{HEADINGS['s1']}’" in feedback and f"‘{question.options[index]}’" in feedback
    assert [n.reason for n in result.notes] == ["built"]


def test_her_words_that_repeat_headings_are_told_and_those_headings_left_out() -> None:
    told = Situation("s1", "रेखा का आत्मविश्वास तो ठीक है, पर पाँच साल से उसे नए अवसर नहीं मिले।", 7)
    result = situation_questions(build_context(SEED, 0, "feminine"), [told])
    reasons = {n.reason: n for n in result.notes}
    assert "tells_key" in reasons and "second_key" in reasons
    assert HEADINGS["s3"] in reasons["second_key"].detail
    assert all(HEADINGS["s3"] != o for q in result.questions for o in q.options)
    assert "line 7" in reasons["tells_key"].message("en") and "पंक्ति 7" in reasons["tells_key"].message("hi")


def test_too_few_other_headings_make_no_question() -> None:
    article = parse_article("# T\n\nIntro text here.\n\n## Save first\n\nSave a tenth. It adds up.\n\n"
                            "## Spend later\n\nWait a day. You buy less.\n")
    result = situation_questions(build_context(article, 0, "feminine"), [Situation("s1", "Asha gets paid.", 1)])
    assert result.questions == [] and [n.reason for n in result.notes] == ["too_few"]


def test_a_tip_article_asks_which_tip_would_help_her() -> None:
    article = parse_article(TIPS_EN)
    situation = Situation("s2", "Asha's first buyer of the morning hands her a 500-rupee note for a 40-rupee "
                                "basket.", 1)
    [question] = situation_questions(build_context(article, 0, "feminine"), [situation]).questions
    assert question.stem.endswith("Which of the article's tips would help most in this situation?")
    assert question.options[question.answer] == "Keep small change in a separate pouch"
    assert "Under this tip the article says" in question.feedback[question.answer]


def test_the_bank_keeps_her_question_first_in_its_section_and_her_names() -> None:
    situations = [Situation("s1", REKHA, 1), Situation("s5", SUDHA, 2)]
    bank = generate_bank(SEED, situations=situations)
    assert bank == generate_bank(SEED, situations=situations)  # same input, same bank
    plain = generate_bank(SEED)
    for situation in situations:
        mine = [q for q in bank.questions if q.section == situation.section]
        assert mine[0].form == "situation" and mine[0].stem.startswith(situation.text)
    others = [q for q in bank.questions if q.form != "situation" and q.kind == "scenario"]
    assert all("रेखा" not in q.stem and "सुधा" not in q.stem for q in others)  # her women are hers alone
    assert len(bank.questions) == len(plain.questions) + 2


def test_notes_name_the_question_built() -> None:
    notes = notes_of(SEED, [Situation("s1", REKHA, 3)])
    assert [n.message("en") for n in notes] == ["situation for s1 (line 3): built s1-situation-1"]
    assert notes[0].message("hi") == "s1 की स्थिति (पंक्ति 3): सवाल s1-situation-1 बना"


def run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "netquiz", *map(str, args)], capture_output=True, text=True,
                          timeout=120, env=os.environ | {"NETQUIZ_LANG": "en"})


def test_cli_generate_with_situations(tmp_path: Path) -> None:
    mine = tmp_path / "mine.txt"
    mine.write_text(f"s1: {REKHA}\n{HEADINGS['s5']}: {SUDHA}\n", encoding="utf-8")
    out = tmp_path / "bank.json"
    done = run("generate", SEED_ARTICLE, "-o", out, "--situations", mine)
    assert done.returncode == 0, done.stderr
    assert "situation for s1 (line 1): built s1-situation-1" in done.stderr
    ids = [q["id"] for q in json.loads(out.read_text(encoding="utf-8"))["questions"] if q.get("form") == "situation"]
    assert ids == ["s1-situation-1", "s5-situation-1"]


@pytest.mark.parametrize("content, words", [
    (b"s7: Meena\n", "line 1: start with a section's id or heading"),
    (b"\xff\xfe s1", "not UTF-8"),
    (None, "situations file not found"),
])
def test_cli_refuses_a_bad_situations_file(tmp_path: Path, content: bytes | None, words: str) -> None:
    mine = tmp_path / "mine.txt"
    if content is not None:
        mine.write_bytes(content)
    out = tmp_path / "bank.json"
    done = run("generate", SEED_ARTICLE, "-o", out, "--situations", mine)
    assert done.returncode == 2 and words in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and not out.exists()


def test_a_cue_of_her_words_is_told_and_one_of_the_headings_is_not() -> None:
    """The seed's s5 heading is the longest of its five: a blind reader finds any s5 key by length, which her line
    cannot change (not told); a line whose words the key repeats is told to say them otherwise."""
    shape = notes_of(SEED, [Situation("s5", SUDHA, 2)])
    assert [n.reason for n in shape] == ["built"]
    echo = Situation("s5", "सुधा को अचानक जरूरत के वक्त सहायता चाहिए, क्योंकि उसकी माँ बीमार हैं।", 4)
    [told] = [n for n in notes_of(SEED, [echo]) if n.reason == "cued_words"]
    assert "the key repeats the situation's words" in told.message("en") and "दूसरे शब्दों" in told.message("hi")


COMPOST = """# Composting at home

Kitchen waste can feed a balcony garden instead of a landfill.

## Keep the bin in the shade

Sun dries the pile out and kills the useful microbes. A shaded corner keeps the compost moist and working.

## Add dry leaves with every layer

What you need:

- a sack of dry leaves
- old newspaper

Dry leaves soak up extra water from peels. This keeps the bin from turning slimy and smelly.

## Turn the heap once a week

Air reaches the middle when the heap is turned. Turning it weekly makes compost ready in about two months.

## Chop peels into small bits

Small pieces rot faster than whole peels. Chopped peels turn into compost in half the time.

## Cover fresh scraps with soil

A thin layer of soil over new scraps keeps flies away. It also hides the smell of fresh peels.

## Is a smelly bin normal?

Many people think a smelly bin is normal. It is not: a bad smell means the heap is too wet.
"""


def test_feedback_quotes_what_each_part_says_not_a_label_a_list_or_a_question() -> None:
    article = parse_article(COMPOST)
    ctx = build_context(article, 0, "feminine")
    situation = Situation("s1", "Rekha's compost tub stands on a sunny terrace, and by noon the peelings are baked "
                                "hard.", 1)
    [question] = situation_questions(ctx, [situation]).questions
    quoted = " ".join(question.feedback)
    assert "What you need" not in quoted and "a sack of dry leaves" not in quoted
    assert "Many people think" not in quoted
    assert "Is a smelly bin normal?" not in question.options  # (the only question heading among instructions)
    assert question.options[question.answer] == "Keep the bin in the shade"


def test_a_section_whose_body_shares_her_words_is_no_wrong_answer() -> None:
    article = parse_article(COMPOST)
    ctx = build_context(article, 0, "feminine")
    wet = Situation("s3", "Mala's compost is slimy and smelly, and the peels at the bottom are soaked.", 1)
    result = situation_questions(ctx, [wet])
    assert all("Add dry leaves with every layer" not in q.options for q in result.questions)
    assert any(n.reason == "second_key" and "Add dry leaves" in n.detail for n in result.notes)


VOICE = """# Looking after your voice at work

Teachers and call-centre staff talk all day.

## Don't shout over the noise

Raising your voice over a noisy class feels like the easiest way to get quiet. Agree on a signal such as a clap or a bell instead. This calms the class and saves your voice.

## Keep a water bottle on the desk

Sip water through the day, especially in long talking hours. A bottle in sight reminds you to drink.

## Use a microphone in large rooms

A small clip-on microphone carries your words to the back row. You no longer have to strain.

## Rest your voice between classes

Stay silent for a few minutes between two classes. Short silences let the vocal cords recover.
"""


def test_the_keys_feedback_quotes_the_advice_not_her_problem_back() -> None:
    """reading164: the key's feedback quoted the sentence nearest her words, which told her problem back, or
    one that leaned on the sentence before it ("This calms …")."""
    article = parse_article(VOICE)
    line = Situation("s1", "Asha's class of forty is noisy after lunch, and she raises her voice to get quiet "
                           "every day.", 1)
    [question] = situation_questions(build_context(article, 0, "feminine"), [line]).questions
    assert question.source == "Agree on a signal such as a clap or a bell instead."


def test_lines_that_key_every_heading_once_are_told_of_the_striking_out_reader() -> None:
    lines = [Situation("s1", REKHA, 1), Situation("s2", "अनीता की टीम में कोई उसके काम का नाम नहीं लेता, जबकि सारा "
                                                       "हिसाब वही संभालती है।", 2),
             Situation("s3", "मीना को टीम की बैठक में बोलना हो तो उसकी आवाज़ काँपने लगती है।", 3),
             Situation("s4", "कविता को अपने काम की नई मशीनों के बारे में कुछ पता नहीं, और सब उससे पूछते हैं।", 4),
             Situation("s5", SUDHA, 5)]
    # (the whole bank seen: 1.4 ×; her five alone: 2.0 ×)
    [told] = [n for n in generate_with_notes(SEED, situations=lines)[1] if n.reason == "eliminated"]
    assert told.message("en").startswith("your situations: ") and "× chance" in told.message("en")
    assert float(told.detail) > 1.3
    assert not [n for n in notes_of(SEED, lines[:2]) if n.reason == "eliminated"]


@pytest.mark.parametrize("sentence, leans", [
    ("हर हॉस्टल इसका जवाब हाँ में ही देगा।", True),  # (reading166: quoted as feedback, "इसका" of what?)
    ("उन्होंने दो साल में पैसे जोड़ लिए।", True),  # (the article's own woman, never introduced)
    ("Interview में भी इसी को सामने रखें।", True),
    ("नियमित रूप से लोगों से मिलने से नए अवसर मिलते हैं।", False),
])
def test_a_sentence_that_needs_the_one_before_is_no_feedback_quote(sentence: str, leans: bool) -> None:
    from netquiz.generate.situation_quotes import leans as leans_outside

    ctx = build_context(SEED, 0, "feminine")
    assert leans_outside(ctx, sentence, SEED.section("s1")) is leans


def test_a_dont_key_stands_beside_another_dont_where_the_article_has_one() -> None:
    """reading166: a lone negated heading among positive ones was the key five times in five."""
    text = VOICE + ("\n## Don't clear your throat again and again\n\nClearing the throat rubs the vocal cords "
                    "together hard. Take a sip of water instead and swallow gently.\n")
    article = parse_article(text)
    line = Situation("s1", "Asha's class of forty is noisy after lunch, and she raises her voice to get quiet "
                           "every day.", 1)
    [question] = situation_questions(build_context(article, 0, "feminine"), [line]).questions
    assert question.options[question.answer] == "Don't shout over the noise"
    assert "Don't clear your throat again and again" in question.options


def test_the_template_lists_every_headed_section_and_reads_as_no_situation(tmp_path: Path) -> None:
    from netquiz.generate.situations import situations_template

    template = situations_template(SEED, "hi")
    assert read_situations(template, SEED) == []  # (all commented out: nothing to build yet)
    for section in SEED.headed_sections:
        assert f"‘{section.title}’" in template and f"# {section.id}: <नाम> …" in template
    filled = template.replace("# s3: <नाम> …", "s3: मीना को टीम की बैठक में बोलना हो तो उसकी आवाज़ काँपने लगती है।")
    assert [s.section for s in read_situations(filled, SEED)] == ["s3"]
    with pytest.raises(SituationError, match="fill in the situation"):
        read_situations(template.replace("# s2: <नाम> …", "s2: <नाम> …"), SEED)
    done = run("sections", SEED_ARTICLE, "--situations-template")
    assert done.returncode == 0 and "# s5: <Name> …" in done.stdout and "Your situations" in done.stdout


GOLD = """# सोना ख़रीदने से पहले

सोना ख़रीदना बहुत से घरों में बचत का पहला तरीका है।

## Check the hallmark

हर गहने पर BIS हॉलमार्क और छह अंकों का HUID देखें। इससे खरा सोना मिलने का भरोसा रहता है।

## Ask about making charges

दुकानदार से बनवाई का खर्च अलग से लिखवाएँ। इससे बिल में छिपा खर्च सामने आ जाता है।

## Keep the bill safe

पक्का बिल लें और संभालकर रखें। बेचते समय इससे पूरा दाम मिलता है।

## Compare buyback rates

दो-तीन दुकानों से वापसी का भाव पूछें। इससे बेचते समय कटौती कम होती है।
"""


def test_her_labels_stand_for_headings_of_another_script() -> None:
    """reading164/166: English headings over a Hindi body gave English options under her Hindi lines (13 refused);
    "s2 = …" lines give the words the options show."""
    article = parse_article(GOLD)
    line = "s2: शादी के हार का दाम सुनकर रेखा हैरान है, पर दुकानदार ने कुल रकम के सिवा कुछ नहीं बताया।"
    plain = read_situations(line, article)
    notes = notes_of(article, plain)
    assert any(n.reason == "script" and "s2 = …" in n.message("en") for n in notes)
    labels = "\n".join(["s1 = हॉलमार्क देखना", "s2 = बनवाई का खर्च पूछना", "Keep the bill safe = पक्का बिल रखना",
                        "s4 = वापसी का भाव मिलाना", line])
    found = read_situations(labels, article)
    assert [s.label for s in found] == [True, True, True, True, False]
    [question] = situation_questions(build_context(article, 0, "feminine"), found).questions
    assert question.options[question.answer] == "बनवाई का खर्च पूछना"
    assert all(has_devanagari(o) for o in question.options) and "Check the hallmark" not in " ".join(question.feedback)
    assert not [n for n in notes_of(article, found) if n.reason == "script"]


FACILITATORS = sorted((Path(__file__).parent / "situations").glob("*.situations.txt"))


def _article_of(situations: Path) -> Path:
    name = situations.name.replace(".situations.txt", ".md")
    [article] = (Path(__file__).parent / "articles").glob(f"aside*/{name}")
    return article


@pytest.mark.parametrize("path", FACILITATORS, ids=lambda p: p.name.split(".")[0])
def test_every_line_of_round_17s_facilitators_makes_a_valid_question(path: Path) -> None:
    """The lines three facilitators wrote for 32 unseen articles (round 17; read in reading163/164/166/168): each
    is read, each situation builds a question that keeps the bank contract, or is named as too few options."""
    from netquiz.bank import question_problems

    article = read_article(_article_of(path))
    situations = read_situations(path.read_text(encoding="utf-8"), article)
    lines = [s for s in situations if not s.label]
    assert lines
    result = situation_questions(build_context(article, 0, "feminine"), situations)
    too_few = [n for n in result.notes if n.reason == "too_few"]
    assert len(result.questions) + len(too_few) == len(lines)
    for question in result.questions:
        assert not question_problems(question, article), question.id
        assert question.source in article.section(question.section).sentences
        assert len(set(question.options)) == len(question.options) >= 3


def test_a_steps_number_is_left_out_of_its_option() -> None:
    """reading168 items 55, 56: the key was the only option without "Step N:"."""
    text = ("# Pomodoro\n\nPadhai ka ek tareeka.\n\n## Step 1: Decide what this round covers\n\nPick one chapter "
            "before the timer starts. This keeps the round focused.\n\n## Step 2: Put the phone in another room\n\n"
            "Keep the phone out of reach. You stop checking it every minute.\n\n## Step 3: Take a long break after "
            "four rounds\n\nRest for twenty minutes after the fourth round. Your mind stays fresh.\n\n"
            "## Sit at the same desk every day\n\nUse one desk for study only. Your mind settles faster there.\n")
    article = parse_article(text)
    line = Situation("s2", "Asha's screen lights up with messages every few minutes while she revises.", 1)
    [question] = situation_questions(build_context(article, 0, "feminine"), [line]).questions
    assert question.options[question.answer] == "Put the phone in another room"
    assert not any(o.startswith("Step") for o in question.options)


NEIGHBOURS_EN = """# A small grocery shop

A small shop lives on what it has on its shelves and on what its buyers remember.

## Full shelves before the evening rush

Shelves of rice, dal and oil are filled before five, when office workers stop by on the way home. An empty shelf
at six sends a buyer of rice and dal to the next shop.

## Weekly stock count on Sunday

Counting the rice, dal and oil on the shelves every Sunday shows what runs out first. The count tells the owner
what to order before the shelves are empty.

## Orders to the wholesaler by phone

A call to the wholesaler on Monday brings rice, dal and oil by Tuesday. The shelves are full again before the
week's busy days.

## Greeting regular buyers by name

A buyer greeted by name comes back. Regular families feel at home and tell their neighbours about the shop.

## Paying the electricity bill online

The power bill paid online on the first of the month saves a trip to the office. No late fee is charged.

## Keeping the floor clean and dry

A swept floor near the door makes the shop look cared for. A dry floor also keeps anyone from slipping.
"""


def test_wrong_parts_about_neighbouring_things_come_before_unrelated_ones() -> None:
    article = parse_article(NEIGHBOURS_EN)  # (her words share none of the parts': their likeness to hers decides)
    situation = Situation("s1", "At a quarter past six Kavya finds nothing left for the people who come straight "
                                "from their desks.", 1)
    [question] = situation_questions(build_context(article, 0, "feminine"), [situation]).questions
    assert question.options[question.answer] == "Full shelves before the evening rush"
    assert {"Weekly stock count on Sunday", "Orders to the wholesaler by phone"} <= set(question.options)


def test_two_headings_of_the_key_s_form_are_topped_up_to_four_options() -> None:
    article = parse_article("# Saving at home\n\nA few habits make saving easy.\n\n"
                            "## Why keep a cash jar?\n\nA cash jar shows the children what saving looks like.\n\n"
                            "## Why open a recurring deposit?\n\nA recurring deposit grows every month by itself.\n\n"
                            "## How much should the jar hold?\n\nOne week of milk money is enough for the jar.\n\n"
                            "## A family budget meeting\n\nOnce a month the family sits down to plan the spending.\n\n"
                            "## Bills paid on the first\n\nRent and power bills paid early leave no late fee.\n")
    situation = Situation("s2", "Meera wants her savings to grow without having to remember it every month.", 1)
    [question] = situation_questions(build_context(article, 0, "feminine"), [situation]).questions
    assert question.options[question.answer] == "Why open a recurring deposit?"
    assert len(question.options) == 4  # (two other questions and one heading of another form)
    assert sum(option.endswith("?") for option in question.options) == 3


def test_the_key_s_feedback_quotes_the_answer_not_her_problem_or_what_points_back() -> None:
    article = parse_article("# Breakfast on workdays\n\nMany women go to work hungry.\n\n"
                            "## Breakfast without cooking\n\nMost of us grew up believing that a proper breakfast is "
                            "hot parathas or fresh poha. On a weekday, that belief is what makes women skip it "
                            "altogether. A bowl of curd with a leftover roti, sprouts tossed with onion and lemon, or a glass of milk "
                            "with a fruit are all complete breakfasts.\n\n"
                            "## Carry a tiffin\n\nA small box of poha in the bag saves the day when there is no time "
                            "at home.\n\n## Sleep on time\n\nSleeping by ten leaves time to eat in the morning.\n\n"
                            "## Drink water first\n\nA glass of water on waking settles the stomach for food.\n")
    situation = Situation("s1", "Every morning Lata has no time to light the stove, so she leaves with nothing "
                                "inside her.", 1)
    [question] = situation_questions(build_context(article, 0, "feminine"), [situation]).questions
    assert question.options[question.answer] == "Breakfast without cooking"
    assert question.source.startswith("A bowl of curd")


@pytest.mark.parametrize("lang, sentence, told", [
    ("en", "Most people leave the summary box empty.", True),
    ("en", "Many women hold back unless they tick every box.", True),
    ("en", "Most of the form takes two minutes.", False),
    ("hi", "बहुत-से बुज़ुर्गों को रात में दो-तीन बार बाथरूम जाना पड़ता है।", True),
    ("hi", "ज़्यादातर लोग dentist के पास तभी जाते हैं जब दर्द बढ़ जाए।", True),
    ("hi", "रात में बाथरूम तक की राह में एक छोटी लाइट लगाएं।", False),
])
def test_a_sentence_of_what_many_people_do_is_told_apart(lang: str, sentence: str, told: bool) -> None:
    from netquiz.language import language

    assert language(lang).story.group_habit(sentence) is told


LOCKER_EN = ("# Before you take a bank locker\n\nA locker keeps gold and papers safer than a cupboard at home.\n\n"
             "## Understand the rent and the deposit\n\nThe bank may ask for a fixed deposit that covers three years "
             "of rent. A small locker in a town branch costs a few hundred rupees a year, while a large one in a metro "
             "costs several thousand. Ask the manager for the charges in writing.\n\n"
             "## A list of what is inside\n\nLakshmi Natarajan lost two bangles in 2019 and had nothing to show "
             "what she kept. A list with photographs of each piece settles such questions quickly.\n\n"
             "## Name a nominee\n\nFill in the nominee column of the form. With a nominee, the family opens the "
             "locker without a succession certificate.\n\n"
             "## Visit it once a year\n\nOpen the locker at least once a year. Pay the rent on time, because three "
             "years of unpaid rent lets the bank break it open.\n")


def test_the_key_s_feedback_quotes_the_sentence_that_tells_her_case() -> None:
    article = parse_article(LOCKER_EN)
    line = Situation("s1", "A metro branch wants eight thousand from Gauri for a large locker, while her aunt in a "
                           "small town pays a few hundred.", 1)
    [question] = situation_questions(build_context(article, 0, "feminine"), [line]).questions
    assert question.options[question.answer] == "Understand the rent and the deposit"
    assert "A small locker in a town branch costs a few hundred rupees" in question.feedback[question.answer]


def test_no_feedback_quotes_one_woman_s_story() -> None:
    article = parse_article(LOCKER_EN)
    lines = [Situation("s1", "A metro branch asks Gauri for eight thousand a year for a large locker.", 1),
             Situation("s3", "Usha lives alone and worries her daughter will wait years for the family gold.", 2)]
    questions = situation_questions(build_context(article, 0, "feminine"), lines).questions
    assert questions and all("Lakshmi" not in feedback for q in questions for feedback in q.feedback)


def test_a_moment_its_own_sentence_names_is_no_pointer() -> None:
    from netquiz.language import hi_story

    sentence = "लॉकर खुलते ही बैंक एसएमएस भेजता है, जिससे ख़बर आपको उसी समय मिल जाती है।"
    assert not hi_story.leans_on_context(sentence) and not hi_story.dangling(sentence)
    assert hi_story.dangling("उसी समय फ़ोन करें।")


def test_a_dont_heading_is_also_a_wrong_answer_not_only_the_key() -> None:
    article = parse_article(TIPS_EN + "\n## Don't leave goods in the sun\n\nColours fade on a table in the afternoon "
                                      "sun. Faded cloth sells for half.\n")
    lines = [Situation("s1", "Every buyer at Asha's table argues over what each thing costs.", 1),
             Situation("s2", "Asha's first buyer of the morning hands her a 500-rupee note for a 40-rupee basket.", 2),
             Situation("s3", "Asha cannot remember which baskets sold last Sunday.", 3),
             Situation("s4", "Dark clouds gather over the market while Asha's cloth lies open.", 4)]
    questions = situation_questions(build_context(article, 0, "feminine"), lines).questions
    wrong = [o for q in questions for i, o in enumerate(q.options) if i != q.answer]
    assert "Don't leave goods in the sun" in wrong  # (kept out, it would be the key wherever it was shown)
    assert all(sum(o.startswith("Don't") for o in q.options) <= 1 for q in questions)


def test_a_list_the_question_never_shows_is_no_quote() -> None:
    from netquiz.generate.situation_quotes import THAT_THING

    assert THAT_THING.search("दूसरी सूची की चीज़ों में खराबी अक्सर बाहर से नहीं दिखती।")
    assert THAT_THING.search("Keep this list on the fridge.") and not THAT_THING.search("Make a list of what sold.")


MILLETS = """# मोटे अनाज के फ़ायदे

मोटा अनाज फिर से थाली में लौट रहा है।

## हड्डियों और ख़ून को क्या मिलता है?

देश की 15 से 49 साल की आधी से ज़्यादा महिलाओं में ख़ून की कमी है, और उम्र के साथ हड्डियाँ कमज़ोर होती हैं। रागी उन \
गिने-चुने अनाजों में है जिनमें कैल्शियम भरपूर होता है। बाजरे के साथ नींबू या आँवला लेने पर आयरन बेहतर तरीके से शरीर \
में लगता है।

## क्या बाज़ार के मिलेट बिस्कुट भी अच्छे हैं?

दुकानों में मिलेट बिस्कुट, नूडल्स और चिप्स भरे पड़े हैं। पैकेट पर सामग्री की सूची देखें: जो चीज़ सबसे पहले लिखी है, वही \
सबसे ज़्यादा मात्रा में है। असली फ़ायदा घर में बने साबुत अनाज के खाने से ही मिलता है।
"""


def test_the_key_quotes_the_sentence_of_her_rare_word_not_of_a_common_one() -> None:
    """reading184 item 64: a line about calcium got the sentence it shared "साल" with (a word of every article); a
    word of one sentence of the article ("कैल्शियम") weighs more than a common one."""
    from netquiz.generate.situation_quotes import quoted_passage

    article = parse_article(MILLETS)
    ctx = build_context(article, 0, "feminine")
    line = "पचास साल की शारदा को डॉक्टर ने कैल्शियम बढ़ाने को कहा है, पर वह रोज़ गोलियाँ नहीं खाना चाहती।"
    said = stems_of(ctx, line) - stems_of(ctx, article.title or "")
    passage, _ = quoted_passage(ctx, article.section("s1"), said)
    assert any("कैल्शियम" in sentence for sentence in passage)
    assert not any("49 साल" in sentence for sentence in passage)


def test_a_correlative_pronoun_after_its_relative_clause_leans_on_nothing() -> None:
    """"जो चीज़ सबसे पहले लिखी है, वही …": the relative clause names what "वही" is (reading184 item 65)."""
    from netquiz.generate.situation_quotes import leans

    article = parse_article(MILLETS)
    ctx = build_context(article, 0, "feminine")
    section = article.section("s2")
    assert not leans(ctx, "पैकेट पर सामग्री की सूची देखें: जो चीज़ सबसे पहले लिखी है, वही सबसे ज़्यादा मात्रा में है।",
                     section)
    assert leans(ctx, "वही सबसे ज़्यादा मात्रा में है।", section)


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_the_common_stems_are_common_in_the_test_articles(lang: str) -> None:
    """Each of the language's ``common_stems`` is in at least one test article in ten (the list was drawn at
    15 % over the test articles; an entry that is not common would make a rare word of hers weigh little)."""
    from netquiz.generate.keywords import content_tokens, stem
    from netquiz.language.lexicon import lexicon

    paths = sorted(p for p in (Path(__file__).parent / "articles").rglob(f"*.{lang}.*") if p.is_file())
    stems_per_article = [{stem(t.lower()) for s in read_article(p).sections
                          for t in content_tokens(f"{s.title or ''} {s.text}", lang)} for p in paths]
    own = set(json.loads((Path(netquiz.__file__).parent / "language" / "words" / f"{lang}.json")
                         .read_text(encoding="utf-8"))["common_stems"])
    assert len(own) > 100 and own <= set(lexicon(lang).common_stems)
    rare = [w for w in own if 10 * sum(w in words for words in stems_per_article) < len(paths)]
    assert not rare


@pytest.mark.parametrize("sentence, advises", [
    ("हल किया हुआ पेपर जाँचते समय उन सवालों की अलग सूची बना लें जिनमें अंक कटे या जिनमें आप अटकीं।", True),
    ("इन्हें जोड़ने के लिए एक शपथ-पत्र बनवा लें, जिसमें लिखा हो कि दोनों नाम एक ही व्यक्ति के हैं।", True),
    ("लॉकर में जो भी रखें, उसकी एक सूची बनाएँ।", True),
    ("पुरानी डिग्रियाँ और मार्कशीट पुराने नाम से ही रहेंगे, जिनमें पिता का नाम भी लिखा होता है।", False),
])
def test_an_instruction_before_its_relative_clause_is_advice(sentence: str, advises: bool) -> None:
    """ab19d: "… सूची बना लें जिनमें …" was passed over as no advice, and the key's feedback quoted the section's
    hook instead (reading184 item 6); new better in 8 of 9 changed quotes, poor 0 against 6."""
    from netquiz.generate.situation_quotes import _advises

    assert _advises(build_context(SEED, 0, "feminine"), sentence) is advises


PREGNANCY = """# Working through pregnancy

Most women keep working through a healthy pregnancy.

## How do you manage tiredness at your desk?

Small habits help more than you would expect:
- keep dry snacks such as roasted chana in your drawer, and eat a little every two hours;
- stand up and walk for a few minutes every hour;
- rest your feet on a footrest or a box to ease swelling;
- step out for fresh air when the smell from the pantry gets too much.
Eating small amounts often stops nausea from building up on an empty stomach.

## When should you tell your manager?

Tell your manager before the news spreads on its own. Follow the conversation with an email to HR as well.

## Who will do your work while you are away?

Start the handover about two months before your leave, not in the last week.
"""


def test_the_key_quotes_the_list_item_that_tells_her_case_with_its_lead_in() -> None:
    """reading186 items 6, 35, 44: her case was a list item ("rest your feet … to ease swelling"), and the feedback
    quoted the sentence beside the list (about nausea); blind A/B on the 32 changed quotes: new better 28, old 3."""
    from netquiz.generate.situation_quotes import quoted_passage

    article = parse_article(PREGNANCY)
    ctx = build_context(article, 0, "feminine")
    line = "Seven months along, Jyoti's ankles swell by evening after eight hours in her chair at the tax office."
    said = stems_of(ctx, line) - stems_of(ctx, article.title or "")
    passage, source = quoted_passage(ctx, article.section("s1"), said)
    assert "rest your feet on a footrest or a box to ease swelling" in passage
    assert passage[0] == "Small habits help more than you would expect:" and source in article.section("s1").sentences
    other = "Meera keeps forgetting what she agreed with her manager in their chat."  # (no item of hers: none quoted)
    passage, _ = quoted_passage(ctx, article.section("s1"), stems_of(ctx, other))
    assert not any(p.startswith(("keep dry", "stand up", "rest your", "step out")) for p in passage)


def test_a_step_that_goes_on_from_the_one_before_is_quoted_with_it() -> None:
    """reading188 item 30: "फिर उसमें cutting, finishing और packing का समय जोड़ें।" quoted alone (in what?); and
    item 54: "उसकी बेटी ने ख़ुद ही …" (the article's woman's family) is a story, no advice to quote."""
    from netquiz.generate.situation_quotes import _story, quoted_passage

    article = parse_article("# पहला bulk order\n\nपहला बड़ा order खुशी देता है।\n\n## हाँ कहने से पहले capacity गिनें\n\n"
                            "रोज़ कितने pieces तैयार कर सकते हैं, यह पिछले हफ़्ते के असली काम से निकालें। फिर उसमें cutting, "
                            "finishing और packing का समय जोड़ें।\n\n## Advance लें\n\nआधा पैसा पहले लें।\n\n"
                            "## Sample approve करवाएँ\n\nपहले एक sample भेजें।\n")
    ctx = build_context(article, 0, "feminine")
    line = "निशा ने 200 दुपट्टों का order ले लिया, पर packing और finishing का समय उसने गिना ही नहीं।"
    passage, _ = quoted_passage(ctx, article.section("s1"), stems_of(ctx, line))
    assert passage[0].startswith("रोज़ कितने pieces") and passage[-1].startswith("फिर उसमें")
    assert _story(ctx, "उसकी बेटी ने ख़ुद ही दो subscriptions बंद कर दिए।")
    assert not _story(ctx, "खुलकर बात करने से बोझ पूरे घर में बँट जाता है।")


def test_a_list_item_that_is_also_the_advice_is_quoted_once() -> None:
    """reading190 item 29: her list item was the section's advice too, and the feedback quoted it twice."""
    from netquiz.generate.situation_quotes import quoted_passage

    path = Path(__file__).parent / "articles" / "aside196" / "parivar-ke-saath-raat-ke-khane-ke-fayde.hi.md"
    article = read_article(path)
    ctx = build_context(article, 0, "feminine")
    line = ("Kavya के पति railway में हैं और हफ़्ते में तीन रात duty पर बाहर रहते हैं; उन शामों को dinner पर सबको उनकी "
            "कमी खलती है।")
    passage, source = quoted_passage(ctx, article.section("s6"), stems_of(ctx, line))
    assert len(passage) == len(set(passage)) and any("video call" in p for p in passage)


def test_she_names_the_sentences_the_key_quotes_after_a_bar() -> None:
    """"s3: … | a few of its words | …": the key's feedback quotes those sentences, in the article's order, and the
    first is the question's source; words that are in no sentence of the section, in two, or too few are refused with
    the line's number (rounds 18–19: the quote the tool chose missed her case in 8–13 of ~75 questions per unseen
    batch, where her words were not the article's; situ27's facilitator named 30 of 80)."""
    article = parse_article(TIPS_EN)
    asha = "Asha's stall ran out of coins by ten and she turned two buyers away."
    [plain] = read_situations(f"s2: {asha}", article)
    [named] = read_situations(f"s2: {asha} | “Many buyers pay with LARGE notes”", article)
    assert plain.quotes == () and named.text == asha
    assert named.quotes == ("Many buyers pay with large notes in the first hour.",)
    [both] = read_situations(f"s2: {asha} | a pouch of coins | many buyers pay", article)
    for situation, shown in [(named, [named.quotes[0]]), (both, [named.quotes[0], "A pouch of coins and tens"])]:
        bank = generate_bank(article, situations=[situation])
        [question] = [q for q in bank.questions if q.id == "s2-situation-1"]
        assert question.source == situation.quotes[0]
        feedback = question.feedback[question.answer]
        assert all(words in feedback for words in shown)
        assert ("A pouch" in feedback) == (situation is both)  # (nothing she did not name)
    assert both.quotes[0].startswith("A pouch") and question.feedback[question.answer].index("Many buyers") < \
        question.feedback[question.answer].index("A pouch")  # (in the article's order)
    for line, words in [(f"s2: {asha} | buyers trust a stall", "it is in s1"),
                        (f"s2: {asha} | pay with notes", "is not in s2"),
                        (f"s2: {asha} | many buyers pay | coins", "at least 3 words")]:
        with pytest.raises(SituationError) as error:
            read_situations(f"# mine\n{line}\n", article, source="mine.txt")
        assert "mine.txt line 2" in str(error.value) and words in str(error.value)
    two = parse_article(TIPS_EN.replace("Wet goods cannot be sold that day.",
                                        "Wet goods cannot be sold that day. Dry goods can be sold that day."))
    with pytest.raises(SituationError, match="in 2 sentences of s4"):
        read_situations("s4: Meena's table got soaked. | be sold that day", two)


TIPS_HI = """# घर पर मरीज़ की देखभाल

घर पर मरीज़ की देखभाल की नौकरी में पहले हफ़्ते की आदतें आगे तक चलती हैं।

## काम की सूची पहले दिन ही तय कर लें

परिवार के साथ बैठकर लिख लें कि आपको क्या करना है और क्या नहीं। इससे बाद में कोई बहस नहीं होती।

## दवा पर्ची देखकर ही दें

हर खुराक पर्ची से मिलाकर दें। इससे गलत गोली देने का डर नहीं रहता।

## मरीज़ को उठाने का सही तरीका सीखें

घुटने मोड़कर और पीठ सीधी रखकर उठाएँ। इससे आपकी कमर बची रहती है।

## अपनी नींद पूरी करें

हफ़्ते में एक दिन पूरी रात की छुट्टी माँगें। इससे थकान में गलतियाँ नहीं होतीं।
"""


def test_the_asks_own_words_beside_a_heading_are_not_blamed_on_her_line() -> None:
    """The Hindi ask ends "… सबसे ज़्यादा काम आएगी?": beside a key heading with "काम" the stem-overlap reader finds the
    key, but no line of hers can mend that; she is told only of her own words (situ27's facilitator got the note on a
    line that shared no word with any heading)."""
    article = parse_article(TIPS_HI)
    line = Situation("s1", "रिंकी को घर वालों ने बर्तन और कपड़े धोने को भी कह दिया।", 1)
    notes = notes_of(article, [line])
    assert [n.reason for n in notes] == ["built"]
    told = Situation("s1", "रिंकी को रोज़ नया काम थमा दिया जाता है।", 2)  # (her own "काम": the note stays)
    assert "cued_words" in [n.reason for n in notes_of(article, [told])] or \
        "tells_key" in [n.reason for n in notes_of(article, [told])]


def test_she_chooses_the_wrong_answers_after_the_id() -> None:
    """"s2 (s1, s4): …": her question shows her section's heading and those two, whatever netquiz would have
    chosen (readers of reading192 found fewer than two tempting wrong headings in most of 80 questions; rarity of
    shared words did not choose better, ab20b 29 vs 36); a heading the article may support for her words is still
    told; other ids, her own section, or one or four are refused with the line's number."""
    article = parse_article(TIPS_EN)
    asha = "Asha's stall ran out of coins by ten and she turned two buyers away."
    [chosen] = read_situations(f"s2 (s1, S4): {asha} | many buyers pay", article)
    assert chosen.wrong == ("s1", "s4") and chosen.text == asha and chosen.quotes
    bank, notes = generate_with_notes(article, situations=[chosen])
    question = bank.question("s2-situation-1")
    titles = {s.id: s.title for s in article.headed_sections}
    assert sorted(question.options) == sorted([titles["s2"], titles["s1"], titles["s4"]])
    assert question.options[question.answer] == titles["s2"]
    [defended] = read_situations("s2 (s1, s3): Asha forgot to write down what sold at the end of the day.", article)
    told = {n.reason: n.detail for n in notes_of(article, [defended])}
    assert titles["s3"] in told["chosen_second_key"]  # (s3 is about writing down what sold)
    assert "second_key" not in told  # (not "left out": she chose it)
    started = parse_article(TIPS_EN + "\n## How to get started\n\nBuy a table and a sheet. Ask the market office "
                                      "for a spot.\n")
    [how] = read_situations(f"s2 (s1, s5): {asha}", started)  # (how to begin serves every situation: reading195
    assert "How to get started" in {n.reason: n.detail for n in notes_of(started, [how])}["chosen_second_key"]
    # item 33, "Certificate कैसे बनवाएं?" beside a vendor who may have none)
    cheap = parse_article(TIPS_HI + "\n## कम लागत में शुरुआत\n\nइस काम में पहले महीने कोई खर्च नहीं होता। "
                                    "वर्दी भी परिवार देता है।\n")
    [start] = read_situations("s1 (s2, s5): रिंकी को घर वालों ने बर्तन और कपड़े धोने को भी कह दिया।", cheap)
    assert "chosen_second_key" not in {n.reason for n in notes_of(cheap, [start])}  # (a benefit named "शुरुआत"
    # is no how-to: reading196's facilitator)
    for line, words in [(f"s2 (s1, s9): {asha}", "s9 in"), (f"s2 (s2, s1): {asha}", "is the right answer"),
                        (f"s2 (s1): {asha}", "list 2 or 3"), (f"s2 (s0, s1): {asha}", "s0 in"),
                        (f"s2 (s1, s3, s4, s1, s3): {asha}", "")]:
        if not words:
            assert read_situations(line, article)[0].wrong == ("s1", "s3", "s4")  # (once each)
            continue
        with pytest.raises(SituationError) as error:
            read_situations(f"# mine\n{line}\n", article, source="mine.txt")
        assert "mine.txt line 2" in str(error.value) and words in str(error.value)


def test_with_wrong_and_with_named_rewrite_her_line() -> None:
    from netquiz.generate.situation_lines import naming_words, with_named, with_wrong

    article = parse_article(TIPS_EN)
    title = article.section("s2").title
    assert with_wrong("s2: Asha … | many buyers", article, ["s1", "s4"]) == "s2 (s1, s4): Asha … | many buyers"
    assert with_wrong("s2 (s3, s1): Asha …", article, ["s4", "s1"]) == "s2 (s4, s1): Asha …"
    assert with_wrong(f"{title}: Asha …", article, ["s1", "s3"]) == "s2 (s1, s3): Asha …"  # (by heading: its id)
    assert with_wrong("s2 = coins", article, ["s1", "s3"]) == "s2 = coins"  # (a label chooses nothing)
    assert with_named("s2 (s1, s4): Asha … | old words | more", "new words") == "s2 (s1, s4): Asha … | new words"
    section = parse_article(TIPS_EN).section("s2")
    words = naming_words(section, section.sentences[1])
    assert section.sentences[1].startswith(words) and len(words.split()) >= 5


OWN_WRONG_EN = TIPS_EN.replace(
    "A pouch of coins and tens means no sale is lost for want of change.",
    "A pouch of coins and tens means no sale is lost for want of change. Do not borrow change from the next stall, "
    "since it runs short by ten too.").replace(
    "Wet goods cannot be sold that day.", "Wet goods cannot be sold that day. Fold the sheet small and pack it first.")


def test_she_writes_wrong_answers_of_her_own_in_quotation_marks() -> None:
    """"s2 (s1, "…"): …": beside the headings she chose, a move she might make that the article rules out (both
    readers of reading195–196 put 42–54 of 78 items down to heading options a reader matches by topic, and 11–16 to
    wrong headings that tempt nobody); the ask is "which of these", its feedback quotes the article's sentence on
    it, a warning first; quotation marks may hold commas, colons and parentheses."""
    article = parse_article(OWN_WRONG_EN)
    asha = "Asha's stall ran out of coins by ten and she turned two buyers away."
    [line] = read_situations(f's2 (s1, "Borrow change from the next stall (it is quicker)"): {asha}', article)
    assert line.wrong == ("s1",) and line.own_wrong == ("Borrow change from the next stall (it is quicker)",)
    [curly] = read_situations(f"s2 (“Ask a buyer: any coins?”, “Round every price up, to ₹10”): {asha}", article)
    assert curly.wrong == () and curly.own_wrong == ("Ask a buyer: any coins?", "Round every price up, to ₹10")
    bank, notes = generate_with_notes(article, situations=[line])
    question = bank.question("s2-situation-1")
    assert "which of these" in question.stem and question.stem.startswith(asha)
    own = question.options.index(line.own_wrong[0])
    assert own != question.answer and "Do not borrow change from the next stall" in question.feedback[own]
    assert sorted(question.options) == sorted([article.section("s2").title, article.section("s1").title,
                                               line.own_wrong[0]])
    assert "own_unruled" not in {n.reason for n in notes}
    told = {n.reason: n.detail for n in notes_of(article, read_situations(
        f's2 ("Fold the sheet small and pack it first", "Sing to the buyers"): {asha}', article))}
    assert "Fold the sheet small" in told["own_advised"]  # (the article advises it: a reader could defend it)
    assert told["own_unruled"] == "Sing to the buyers"  # (no sentence speaks of it: its feedback names the key only)
    paired = {n.reason: n.detail for n in notes_of(article, read_situations(
        f's2 ("Keep small change in your pocket", "Borrow change from the next stall"): {asha}', article))}
    assert paired["own_pairs_key"] == "Keep small change in your pocket"  # (the key turned round: reading198)
    for text, words in [(f's2 (s1, ""): {asha}', "is empty"), (f's2 (s1, "Keep it") extra: {asha}', "start with"),
                        (f's2 (s1, "Keep it", s3, s4): {asha}', "list 2 or 3"),
                        (f's2 ("Keep it"): {asha}', "list 2 or 3"), (f"s2 (s1, nope): {asha}", "“nope”"),
                        (f's2 (s1, "{article.section("s3").title}"): {asha}', "heading of s3")]:
        with pytest.raises(SituationError) as error:
            read_situations(text, article, source="mine.txt")
        assert "mine.txt line 1" in str(error.value) and words in str(error.value), (text, str(error.value))


def test_with_wrong_writes_her_own_wrong_answers_in_quotation_marks() -> None:
    from netquiz.generate.situation_lines import with_wrong

    article = parse_article(TIPS_EN)
    written = with_wrong("s2 (s3, s1): Asha …", article, ["s4"], ["Borrow change", 'Say “no change”'])
    assert written == 's2 (s4, “Borrow change”, "Say “no change”"): Asha …'
    assert read_situations(written, article)[0].own_wrong == ("Borrow change", "Say “no change”")


def test_a_story_told_on_with_a_pronoun_is_not_what_a_wrong_heading_quotes() -> None:
    """"पहले वह अपना सारा माल एक ठेकेदार को देती थीं, …" after "लखनऊ की शबनम बानो …" is her story, no claim of the
    part: a wrong heading's feedback quotes the part's own statement (reading199's facilitator found the story)."""
    from netquiz.generate.situation_quotes import quoted_sentence

    article = parse_article(
        "# Artisan Card के फायदे\n\nपरिचय का वाक्य यहाँ है।\n\n## Bazaar में अपना Stall\n\nलखनऊ की शबनम बानो पंद्रह साल "
        "से चिकनकारी कर रही हैं। पहले वह अपना सारा माल एक ठेकेदार को देती थीं, जो एक कुर्ते के 300 रुपये देता। Card बनने "
        "के बाद उन्हें दिल्ली के एक Crafts Bazaar में Stall मिला। Exhibitions में Card वाले कारीगरों को Stall अक्सर मुफ्त "
        "या बहुत कम किराये पर मिलता है।\n\n## Loan में आसानी\n\nCard दिखाने पर बैंक कम ब्याज पर loan देते हैं।\n")
    told = quoted_sentence(build_context(article, 0), article.section("s1"))
    assert told.startswith("Exhibitions में Card वाले कारीगरों"), told


def test_a_quote_under_a_run_in_label_after_the_first_paragraph_is_told_as_an_aside() -> None:
    """reading198 items 40, 60: her case was told only in a labelled aside ("छोटी सी trick: …") that the key heading
    does not name, and readers refused both; a first paragraph's label ("The basics: …") or labelled stages (two or
    more) are the part's own content."""
    from netquiz.generate.situations import run_in_label

    article = parse_article(
        "# Pumping at work\n\nIntro here.\n\n## Pump by the baby's feeding times\n\nPump every three hours. Pumping at "
        "the baby's feed times keeps the supply up.\nA small trick: Look at the baby's photo while pumping. The milk "
        "lets down faster.\n\n## Late registration\n\nThe basics: register early. It costs nothing.\n21 to 30 days: "
        "pay a small fee.\nAfter a year: an order from the magistrate is needed.\n\n## Pack the bag the night before"
        "\n\nPut the pump, bottles and ice pack in one bag at night. The morning rush then forgets nothing.\n")
    aside, stages = article.section("s1"), article.section("s2")
    assert run_in_label(aside, "Look at the baby's photo while pumping.") == "A small trick"
    assert run_in_label(aside, "Pump every three hours.") is None
    assert run_in_label(stages, "pay a small fee.") is None and run_in_label(stages, "register early.") is None
    [line] = read_situations("s1: Rekha's milk takes twenty minutes to come in the office pump room. | Look at the "
                             "baby's photo", article)
    told = {n.reason: n.detail for n in notes_of(article, [line])}
    assert told.get("aside") == "A small trick", told
