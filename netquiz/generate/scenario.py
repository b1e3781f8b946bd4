"""Scenario questions about a named persona in a concrete situation, in three forms.

- **application**: she takes a step the section describes; which result does the article tie to it?
  Distractors: results the article ties to *other* steps, and plausible results it never promises.
- **diagnosis**: she wants a result the section promises; which step does the article suggest for it?
  Distractors: the article's suggestions for *other* results, and common advice it does not give.
- **belief**: a friend's advice that the article argues against (its "A से अधिक B" / "B more than A"
  comparisons); options agree / half agree / disagree for the article's reason / disagree for a wrong one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from ..language import language
from ..language.senses import share
from ..language.setting import Setting
from ..model import Section
from ..text import has_devanagari, split_sentences
from .asked import asked_candidates
from .blind import marked
from .claims import added_step_before, known_words, labelled_before, sentence_case
from .consequence import consequence_candidates
from .context import Candidate, Context, Reading
from .counter import counter_candidates
from .gates import MIN_LENGTH_BALANCE
from .keywords import content_tokens
from .keywords import stem as word_stem
from .links import (
    WITHOUT,
    akin,
    akin_word,
    all_readings,
    echo,
    echo_word,
    feature_cause,
    general,
    goes_away,
    harmful,
    obliged,
    others,
    sets_in,
    specific,
    stems_of,
    supported,
    the_topic,
)
from .listicle import heading_link_candidates, moment_heading
from .myth import myth_candidates
from .occasion import occasion_candidates
from .options import Option, length_balance, pick_parallel, shuffle
from .personas import named
from .practice import lower_opening, practice_candidates, verb_of
from .reason import reason_candidates
from .rejected import rejected_options
from .spread import remember
from .story import story_candidates
from .tips import (
    at_work,
    closing_heading,
    failing,
    foreign_heading,
    fresh,
    heading_step,
    hits_in,
    home_section,
    how_heading,
    section_steps,
    warned,
)
from .trouble import trouble_candidates
from .trouble_reading import bad

CONDITION = re.compile(r",\s*तो\s|\bif\b.*,", re.IGNORECASE)  # "अभी … नहीं है, तो …": a clause she cannot take as a step
FORM_WEIGHT = {"application": 3.0, "diagnosis": 3.0, "belief": 3.5, "advice": 1.5}
# A diagnosis whose key is the article's topic ("नियमित रूप से नेटवर्किंग करना") is answered from the title,
# and the same key across sections is learnt from the feedback: it comes after every other form.
# Once per bank at most (see netquiz.generate._choose).
TOPIC_KEY_PENALTY, TOPIC_KEY = 2.0, "topic-diagnosis"


def scenario_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """Application and diagnosis questions for every concrete step of the section, and belief checks; none
    of the article's closing words ("निष्कर्ष", "The bottom line"), which sum up the others."""
    found: list[Candidate] = []
    if closing_heading(ctx, ctx.article.section(section_id)):
        return found
    for index, reading in enumerate(ctx.readings[section_id]):
        makers = (_application, _diagnosis) if (specific(ctx, reading) or general(ctx, reading)) \
            and not harm(ctx, reading) and not _feature(ctx, reading) else ()  # "ऐसा करने से बहस …" under "… न
        # बैठें": no step to take
        for maker in makers:
            candidate = maker(ctx, reading, index)
            if candidate is not None:
                found.append(candidate)
        candidate = _heading_diagnosis(ctx, reading, index)
        if candidate is not None:
            found.append(candidate)
    found.extend(belief_candidates(ctx, section_id))
    found.extend(heading_link_candidates(ctx, section_id))
    setting = setting_frame(ctx)
    found.extend(practice_candidates(ctx, section_id, setting))
    found.extend(asked_candidates(ctx, section_id, setting,
                                  lambda reading: harm(ctx, reading) or not advised(ctx, reading)))
    found.extend(story_candidates(ctx, section_id, setting))
    found.extend(trouble_candidates(ctx, section_id, setting))
    found.extend(occasion_candidates(ctx, section_id, setting))
    found.extend(counter_candidates(ctx, section_id, setting))
    found.extend(myth_candidates(ctx, section_id, setting))
    found.extend(reason_candidates(ctx, section_id))
    found.extend(consequence_candidates(ctx, section_id, setting))
    return found


def _feature(ctx: Context, reading: Reading) -> bool:
    """True for a benefit article's cause that comes with its topic ("हर महीने तय तारीख़ पर पैसा आने से …", "शिफ्ट
    पहले से तय होने से …", "Having fixed hours …"): no step she takes (round 31's held-out aside283 told "रश्मि पैसा
    समय पर आती है" and offered "पैसा समय पर आना" as a step); its section's question is a "which benefit" one."""
    return benefit_article(ctx) and feature_cause(ctx, reading)


def _frame(ctx: Context, name: str, key: str, told: str, *parts: object) -> str:
    """A short sentence that places the persona: what the article's title says its reader is doing ("Seema is
    trying to say no to extra work …", :func:`topic_frame`) when it shares no word with the key; else, from the
    editable stock lists, before an interview when the claim is about one (``interview_frames``), or where she
    works (``frames``, for claims among colleagues), one that shares no word with the key either, so that the
    frame never points at it. Empty when the claim is not set at work (:func:`at_work`): a home, health or
    client claim gets no stock frame rather than a wrong one."""
    topic = topic_frame(ctx, setting=False)
    heading = ctx.article.section(str(parts[0])).title or "" if parts else ""
    if topic and heading and how_heading(ctx, heading) \
            and any(words in topic for words in ctx.language.lexicon.done_frames):
        topic = None  # ("… ने घर-घर दूध delivery करना शुरू किया है" before a step of "शुरुआत से पहले": she has not
        # started yet; round 30's held-out item B20 read the stem as contradicting its key)
    where = intro_setting(ctx)
    if where and stems_of(ctx, where.alone) & stems_of(ctx, key):
        where = None  # (her job would point at the key: "an HR executive" before "talk to HR")
    if topic and (not stems_of(ctx, topic) & stems_of(ctx, ctx.article.title or "") & stems_of(ctx, key)
                  or _needs_title(ctx, key) or _needs_title(ctx, told)):
        return (where.framed(topic) if where else topic).format(name=name)  # (the title's words, not "trying";
        # and where the key or the situation names the title's thing, "Link her form to a Google Sheet": without
        # the frame, "her form" is no one's; round 39's held-out C47, C49, C52, C57. A word it shares with the key
        # alone is the blind check's to weigh)
    alone = where.alone.format(name=name) if where else ""  # (who and where the article's own woman is)
    section_id = str(parts[0])
    if not at_work(ctx, section_id) or home_section(ctx, section_id):
        return alone  # (a family calendar or a folder of medical papers is set at home: no stock office)
    title = ctx.article.section(section_id).title or ""
    said = f"{key} {told} {title}".lower()
    if not any(w in said for w in ctx.stock.interview_words):  # (the claim's own
        # words, not the article's topic nor a later sentence of its section: a daycare trial before joining is no
        # step before an interview panel)
        return alone  # (a stock job, "… एक कंसल्टिंग फ़र्म में एनालिस्ट है", readers found decoration that hides
        # the article's situation, or misleads: "the next meeting" read as a work meeting, not a parent-teacher one)
    frames = list(ctx.stock.interview_frames)
    ctx.rng("frame", *parts).shuffle(frames)
    avoid = stems_of(ctx, key)
    fitting = [f for f in frames if not stems_of(ctx, f) & avoid] or frames
    return fitting[0].format(name=name) if fitting else ""


def _needs_title(ctx: Context, text: str) -> bool:
    """True when ``text`` names a thing of the article's title as hers ("her form" in an article on taking orders with
    Google Forms: the language's ``thing_pointers``, possessives, before a word of the title): the reader knows which
    only from a frame that tells the title ("the form" is :func:`_unintroduced`'s to judge)."""
    titled = {w for w in known_words(ctx.article.title or "") if len(w) > 3}
    words = [w.strip(".,;:!?।\"'“”").lower() for w in text.split()]
    pointers = set(ctx.language.lexicon.thing_pointers)
    return any(a in pointers and (b in titled or b.rstrip("s") in titled)
               for a, b in zip(words, words[1:], strict=False))


def topic_frame(ctx: Context, setting: bool = True) -> str | None:
    """The article's title told as what a persona is doing, with a ``{name}`` slot, and with who and where she is
    where the article opens on a woman's case (:func:`intro_setting`; not when ``setting`` is False); memoised per
    bank."""
    if "topic_frame" not in ctx.memo:
        body = " ".join(section.text for section in ctx.article.sections)
        frame = ctx.language.topic_frame(ctx.article.title, body)
        ctx.memo["topic_frame"] = None if frame and (ctx.story.dangling(frame.replace("{name}", "X"))
                                                     or CHOICE.search(frame)) else frame
    found: str | None = ctx.memo["topic_frame"]
    where = intro_setting(ctx) if setting else None
    if found and where and len(_words_of(ctx, where.with_frame) & _words_of(ctx, found)) >= 2:
        where = None  # ("… गर्ल्स हॉस्टल की वार्डन गीता ने गर्ल्स हॉस्टल में … लगाया है": the place twice; round 41's
        # batch D, items 52, 58)
    return where.framed(found) if found and where else found


def _words_of(ctx: Context, frame: str) -> frozenset[str]:
    """A frame's content-word stems, the article's topic word too."""
    return frozenset(word_stem(t) for t in content_tokens(frame.replace("{name}", ""), ctx.article.lang))


def setting_frame(ctx: Context) -> str | None:
    """:func:`topic_frame`; without one, who and where the woman the article opens on is, told of a persona
    ("{name} is a chartered accountant in Kochi."), or None."""
    where = intro_setting(ctx)
    return topic_frame(ctx) or (where.alone if where else None)


def intro_setting(ctx: Context) -> Setting | None:
    """Who and where the woman of the article's opening is ("हैदराबाद की एक विज्ञापन एजेंसी में कॉपीराइटर, 27 साल की
    दीपिका …"), read from the intro's first two sentences (memoised per bank); None without such an opening."""
    if "intro_setting" not in ctx.memo:
        intro = ctx.article.sections[0] if ctx.article.sections else None
        found = None
        if intro is not None and not intro.title:
            for sentence in split_sentences(intro.text.split("\n\n")[0])[:2]:
                found = ctx.language.intro_setting(sentence, ctx.all_text)
                if found:
                    break
        ctx.memo["intro_setting"] = found
    setting: Setting | None = ctx.memo["intro_setting"]
    return setting


CHOICE = re.compile(r"(?<!\S)(?:या|or)(?!\S)")  # "पहली या दूसरी नौकरी में …": the title's reader, not one woman


def interview_article(ctx: Context) -> bool:
    """True when the article is about interviews: its title, or at least half of its headed sections, name
    an ``interview_words`` word (every claim of it then is one a candidate acts on)."""
    if "interview_article" not in ctx.memo:
        words = ctx.stock.interview_words
        sections = [f"{s.title} {s.text}".lower() for s in ctx.article.headed_sections]
        title = (ctx.article.title or "").lower()
        ctx.memo["interview_article"] = any(w in title for w in words) or \
            2 * sum(any(w in text for w in words) for text in sections) >= max(len(sections), 1)
    return bool(ctx.memo["interview_article"])


def _names_any(ctx: Context, key: str, section_id: str, words: tuple[str, ...]) -> bool:
    text = f"{key} {ctx.article.section(section_id).title or ''} {ctx.article.section(section_id).text}".lower()
    return any(w in text for w in words)


def in_office(ctx: Context, key: str, section_id: str) -> bool:
    """True when the claim behind ``key`` is set among colleagues: the key or the section names one of the
    stock's ``office_words`` ("मीटिंग", "manager"); a freelancer's client is not, and an employee frame
    ("एक स्कूल में पढ़ाती है") would not fit it."""
    return _names_any(ctx, key, section_id, ctx.stock.office_words)


def office_benefits(ctx: Context) -> bool:
    """True for an article of benefits that is not about one's own trade: its text names the stock's
    ``business_words`` (customers, a stall, a shop) fewer than ``BUSINESS_HITS`` times, or its ``office_words`` as
    often. The career stock ("Ask her manager for tips", "She will get a job offer from another company") read as
    absurd beside a woman who rents a chair in a salon (round 39's held-out B12, B13)."""
    if "office_benefits" not in ctx.memo:
        text = " ".join(f"{s.title or ''} {s.text}" for s in ctx.article.sections).lower()
        trade = hits_in(text, ctx.stock.business_words)
        ctx.memo["office_benefits"] = benefit_article(ctx) \
            and (trade < BUSINESS_HITS or hits_in(text, ctx.stock.office_words) >= trade)
    return bool(ctx.memo["office_benefits"])


BUSINESS_HITS = 4


def _named(ctx: Context, frame: str, text: str, name: str) -> str:
    """``text`` with the persona's name replaced by a pronoun when the frame already named her."""
    return ctx.story.pronominalize(text, name) if frame else text


def _application(ctx: Context, reading: Reading, index: int) -> Candidate | None:
    lang, section_id = ctx.lang, reading.section.id
    name = ctx.persona(section_id, index, "application")
    situation, key = lang.situation(reading.causal, name), lang.outcome(reading.causal, name)
    situation = lowered_inside(ctx, situation, name) if situation else situation
    if not situation or not key or ctx.story.dangling(situation) or ctx.story.dangling(key) \
            or ctx.lang.step_as_subject(key) or CONDITION.search(situation) or not advised(ctx, reading) \
            or the_topic(ctx, reading.causal.cause):
        return None  # (a warning's result among benefits is the odd one out; the topic itself brings them all)
    frame = _frame(ctx, name, key, situation, section_id, index, "application")
    if frame and stems_of(ctx, situation) - stems_of(ctx, name) <= stems_of(ctx, frame):
        return None  # ("Fatima is working from home. She works from home.": the step says no more than the frame)
    source = reading.causal.sentence
    pool = [option for o in others(ctx, reading) if (option := _outcome_option(ctx, o))
            and not supported(ctx, reading.causal.cause, o.causal.effect)] if specific(ctx, reading) else []
    if at_work(ctx, section_id) and (in_office(ctx, key, section_id) or office_benefits(ctx)):
        pool += [Option(t, ctx.say("link_stock", source=source), "stock") for t in fresh(ctx, ctx.stock.outcomes)]
    # (career fillers beside a SIP's result read as absurd)
    stem = ctx.say("application_stem", frame=frame, situation=_named(ctx, frame, situation, name)).strip()
    return assemble(ctx, reading, index, "application", stem, key, pool, near=_near(ctx, situation), told=situation,
                     frame=frame)


MIN_OUTCOME_CONFIDENCE = 0.25  # (a sentence read as the heading's result for want of one, "Patient-safety guidelines
# followed by accredited hospitals ask for exactly this check", told as an outcome reads "Patient-safety will
# guideline …"; round 35's snapshot)


def _outcome_option(ctx: Context, other: Reading) -> Option | None:
    """Another reading's result as a wrong answer of an application question, or None (memoised per bank): not a
    harm ("nobody else grows …" under a "don't": the odd one out), not what a slip brings, not what the topic
    itself brings (it brings them all)."""
    key = ("outcome_option", other)
    if key not in ctx.memo:
        text = told_of(ctx, "outcome", other) if not harmful(ctx, other.causal.effect) and advised(ctx, other) \
            and other.confidence >= MIN_OUTCOME_CONFIDENCE \
            and not harm(ctx, other) and not failing(ctx, other.causal.cause) and not topic_benefit(ctx, other) \
            and not (obliged(ctx, other.causal.effect) and not goes_away(ctx, other.causal.effect)) else None
        # ("उसे attendants रखने होंगे": what more work obliges her to, no result of a step; round 39's held-out D33,
        # D37, D41 offered it thrice with "the article ties it to that step")
        ctx.memo[key] = Option(text, ctx.say("link_other", title=ctx.title(other.section.id),
                                             other=other.causal.sentence), group=other.section.id) if text else None
    found: Option | None = ctx.memo[key]
    return found


def _action_option(ctx: Context, other: Reading) -> Option | None:
    """Another reading's step as a wrong answer of a diagnosis question, or None (memoised per bank): a specific
    step the article advises, not a slip, a warning or the topic itself."""
    key = ("action_option", other)
    if key not in ctx.memo:
        text = told_of(ctx, "action", other) if specific(ctx, other) and not topic_benefit(ctx, other) else None
        if text and (failing(ctx, other.causal.cause) or not advised(ctx, other) or harm(ctx, other)):
            text = None  # (a slip or a warning is no step to offer; nor the move a "don't" section says harms,
            # "ट्रेनिंग अधूरी छोड़ना" offered as "the article's advice for another benefit": round 39's held-out D25)
        ctx.memo[key] = Option(text, ctx.say("advice_other", title=ctx.title(other.section.id),
                                             other=other.causal.sentence), group=other.section.id) if text else None
    found: Option | None = ctx.memo[key]
    return found


def lowered_inside(ctx: Context, told: str, name: str) -> str:
    """The persona's action with a capitalised Latin word after "वह"/her name lowered where the article writes it
    lower-case elsewhere ("वह Customer का नाम लेकर …" → "वह customer का नाम …": a heading's first word, no name)."""
    starts = [(m.end(), m.group(0)) for m in re.finditer(rf"(?:^|(?<=[.।] )){re.escape(name)} |(?:^|(?<=[.।] ))वह ",
                                                            told)]
    if not starts:
        return told
    end = starts[-1][0]  # (the action is told in the stem's last sentence that opens with her)
    return told[:end] + lower_opening(ctx, told[end:])


def topic_benefit(ctx: Context, reading: Reading) -> bool:
    """True for what the activity as a whole brings, under a benefit heading ("Clear boundaries help you keep
    something back", under "More energy at the end of the day"): every step of the article leads there too,
    so it is no wrong answer for one of them."""
    causal = reading.causal  # ("Owning less makes the weekly clean quicker" under "Easier cleaning" too)
    told_of_the_topic = causal.cause_kind == "noun" or causal.pattern == "instrument"
    return (told_of_the_topic and heading_step(ctx, reading.section) is None) or the_topic(ctx, causal.cause)




CLAUSES = re.compile(r"\s*,\s*|\s+(?:ताकि|जिससे|जैसे|जिस|जिन|so that|which|such as)\s+")  # an instruction may stand
# in one clause of a sentence ("ऐसे में … रेंज बताएं, जैसे …, ताकि …")


def advised(ctx: Context, reading: Reading) -> bool:
    """True when the article advises the reading's step: an instruction, a condition ("अगर आप …"), or a
    "X करने से …" / "By doing X …" whose step is the section's heading or one of its instructions, or stands in
    a section that gives no instruction at all (a benefit listicle's "X से …"). "पहले ही इंटरव्यू में पैसों पर
    अड़ जाने से …" beside the advice "रेंज बताएं" is a warning: no key for "which step?" nor a strongest answer.
    Memoised per bank (a reading is asked as a key and again as every other question's distractor)."""
    key = ("advised", reading)
    if key not in ctx.memo:
        ctx.memo[key] = _advised(ctx, reading)
    return bool(ctx.memo[key])


def _advised(ctx: Context, reading: Reading) -> bool:
    causal, section = reading.causal, reading.section
    if causal.cause_kind in ("imperative", "reader") or causal.pattern not in HARM_PATTERNS \
            or ctx.lang.recommends(causal.sentence):
        return True
    if benefit_heading(ctx, section) or goes_away(ctx, causal.effect):
        return True  # under "A gradual start for you and your baby" the body tells how the benefit comes; "…
        # से कोई खींचतान नहीं होती" tells the advice's result in other words
    if not _section_advice(ctx, section) or own_advice(ctx, causal.cause, section):
        return True
    if section.title and warned(ctx, section.title) is not None and _instead(ctx, reading):
        return True  # (what the body advises instead of the warned step, and its result: see :func:`_instead`)
    if _asks_how(ctx, section.title or "") and not harmful(ctx, causal.effect) \
            and not failing(ctx, causal.cause) and not marked(causal.effect, ctx.article.lang, polarity=True) \
            and not bad(ctx, causal.effect):
        return True  # ("Invoice में due date लिखने से client को भी याद रहता है …" under "Payment समय पर कैसे मिले?":
        # under a question of how or which, what doing a thing brings answers it; round 27's reader called "only a
        # warning" unfair. Not under a yes-or-no question, "क्या दोपहर की झपकी लेना ठीक है?", whose answer may be no)
    if ctx.story.gains(_first_clause(ctx, causal.effect)) and not harmful(ctx, causal.effect) \
            and not failing(ctx, causal.cause):
        return True  # ("सिर्फ़ 15 मिनट पहले निकलने से सीट मिल जाती है" beside "… bus देखें": a step that gains)
    return bool(section.title) and foreign_heading(ctx, section.title or "") and heading_step(ctx, section) \
        is not None and not harmful(ctx, _known_clause(ctx, causal.effect))  # ("हफ्ते में एक बार बाहर निकलने से …"
    # under "Say Yes to One Invitation Every Week": an English tip's words cannot be matched with its Hindi body's)


def _asks_how(ctx: Context, heading: str) -> bool:
    """True for a question heading that asks how or which (the lexicon's ``method_question_words``: "कैसे", "which"),
    not whether."""
    return heading.rstrip().endswith("?") and \
        ctx.language.lexicon.any_word("method_question_words").search(heading) is not None


def _first_clause(ctx: Context, text: str) -> str:
    """The text up to its first comma, semicolon or joining word ("… सीट मिल जाती है [और …]")."""
    head = re.split(r"\s*[;,]\s*", text, maxsplit=1)[0]
    return ctx.language.lexicon.any_word("clause_joiners").split(head, maxsplit=1)[0]


def no_goal(ctx: Context, reading: Reading, of_step: bool = True) -> bool:
    """True when nobody would take the reading's step for its result, or want the result: a harm, a warning
    told as cause and result, or a burden ("advance tax भरना पड़ सके")."""
    effect = reading.causal.effect
    lower = effect.lower()  # (once, not once per word of the list)
    if _loses(ctx, lower):
        return True  # (a loss under a question heading, which no "don't" marks as a harm)
    if ctx.language.lexicon.names_someone(effect):
        return True  # ("बेहतर है कि काम बाँट लें। नागपुर की अर्चना पाटिल … ग्रुप चलाती हैं": the story that follows
        # the step, no result; "वह चाहती है कि … अर्चना पाटिल … ग्रुप चलाए" is nobody's wish)
    return harm(ctx, reading, of_step) or not advised(ctx, reading) or (obliged(ctx, effect)
                                                                         and not goes_away(ctx, effect))
    # ("… याददाश्त के भरोसे नहीं बैठना पड़ता": a burden that goes away is a goal)


def _loses(ctx: Context, lower: str) -> bool:
    """True when the lower-cased result names a loss (the lexicon's ``loss_words``), unless what grows less is a cost
    named just before it ("Premium भी थोड़ा कम पड़ता है": a gain; round 38's held-out A, insurance s7)."""
    words = ctx.language.lexicon
    for loss in words.loss_words:
        at = lower.find(loss)
        if at >= 0 and not set(lower[:at].split()[-COST_REACH:]) & set(words.cost_words):
            return True
    return False


COST_REACH = 3  # words before a loss word where a cost it lessens may be named


def _section_advice(ctx: Context, section: Section) -> list[frozenset[str]]:
    """The stems of what the section advises: its instruction heading and every instruction in its body, a
    clause at a time (memoised per bank)."""
    key = ("section_advice", section.id)
    if key not in ctx.memo:
        steps = [part for text in section.sentences for part in CLAUSES.split(text) if ctx.lang.advice(part)]
        if section.title and heading_step(ctx, section) is not None:
            steps.append(section.title)
        ctx.memo[key] = [stems_of(ctx, step) for step in steps]
    return list(ctx.memo[key])


def own_advice(ctx: Context, cause: str, section: Section) -> bool:
    """True when half the cause's words are akin to one of the section's own instructions."""
    words = stems_of(ctx, cause)
    return any(2 * sum(akin_word(word, step) for word in words) >= len(words)
               for step in _section_advice(ctx, section))


def benefit_heading(ctx: Context, section: Section) -> bool:
    """True when the section's heading names a benefit: no instruction (in its own script's language: an
    English heading over a Hindi body is read by the English rules), no question, no warning."""
    title = (section.title or "").strip()
    if not title or title.endswith("?") or warned(ctx, title) is not None:
        return False
    known = language("en") if title.isascii() else ctx.language
    if moment_heading(known, title):
        return False
    return known.rules.advice(sentence_case(title)) is None


def harm(ctx: Context, reading: Reading, of_step: bool = True) -> bool:
    """True when the reading ties a step to a harm (see :func:`_harm`; memoised per bank)."""
    key = ("harm", reading, of_step)
    if key not in ctx.memo:
        ctx.memo[key] = _harm(ctx, reading, of_step)
    return bool(ctx.memo[key])


def _harm(ctx: Context, reading: Reading, of_step: bool = True) -> bool:
    """True when the reading ties a step to a harm: a "don't" step, or "X करने से … नहीं होता" / "doing X
    does not …" about something other than the section's heading ("'मैं सब कुछ कर सकती हूं' कहने से client
    को भरोसा नहीं होता" under "एक niche चुनें"): nobody wishes it. A problem that goes away under its own
    heading ("लिखित शर्तों के चलते बहस नहीं होती" under "contract लिखित में लें") is a benefit; so is every
    result under a benefit heading ("बेहतर नींद") but an illness or a bad thing that sets in ("… बीमारी तक हो सकती है").
    Under a "don't" heading, a body's result is a harm. Without
    ``of_step`` the sentence's own step is not asked about (the heading is the step)."""
    causal, section = reading.causal, reading.section
    if reading.polarity == "dont" and (of_step or done_anyway(ctx, causal.sentence)):
        return True  # ("पूरी दुकान को एक साथ उलट-पुलट न करें। ऐसा करने से पुराने ग्राहक … खीझ जाते हैं" under "मौसम
        # के हिसाब से एक कोना बदलते रहें": the harm of the warned step, never a wish for the heading's)
    if failing(ctx, causal.cause):
        return True  # "अगर आप अटैचमेंट भूल जाती हैं, तो …": a slip nobody takes as a step; what follows is a harm
    if causal.cause_kind == "imperative" or not section.title:
        return False
    if warned(ctx, section.title) is not None:  # "रात भर जागकर न पढ़ें", "When you stay the team's top individual
        return not _instead(ctx, reading)  # contributor, …" under "Don't keep doing your old job": what its body
        # says comes of it is the harm, unless it comes of the step the body advises instead
    if heading_step(ctx, section) is None and benefit_heading(ctx, section) and _standing_problem(ctx, causal.effect):
        return True  # ("laptop पर झुककर बैठने से … गर्दन में खिंचाव रहता है" under "Office की अकड़न से छुटकारा": the
        # trouble the benefit ends, whose cause is no advice; round 39's held-out F20, F29 offered it as the article's)
    if causal.pattern not in HARM_PATTERNS:
        return False
    if goes_away(ctx, causal.effect):
        return False  # "घर से डिब्बा ले जाने से chips का सहारा नहीं लेना पड़ता": a problem that goes away
    mine = own_advice(ctx, causal.cause, section)
    told = WITHOUT.sub("", _known_clause(ctx, causal.effect))  # "you stay helpful without giving up your hours":
    # no loss
    effect = told.lower()
    negative = marked(told, ctx.article.lang, polarity=True) or harmful(ctx, told) \
        or any(word in effect for word in ctx.language.lexicon.harm_words)
    arrives = sets_in(ctx, told)  # ("A wrong PD leads to headaches and eye
    # strain" under "Measure the PD Twice": the advice's word, and a harm that sets in; round 30's C39 and round 31's
    # snapshot wished for it)
    wasted = any(word in effect for word in ctx.language.lexicon.waste_words)  # ("हाथ वाले पंप से … डेढ़-दो
    # घंटे निकल जाते हैं" under "इलेक्ट्रिक पंप … रखें": time lost is nobody's wish, whatever the cause shares)
    if negative and ctx.language.lexicon.any_word("excess_words").search(causal.cause):
        return True  # ("बहुत ज़्यादा Stock रखने से … सीलन पकड़ लेते हैं" under "रोज़ कितने Kulhad का Stock रखें?": the
        # advice overdone; round 42's batch A, item 39, wished for it)
    named = {word for word in (*ctx.language.lexicon.harm_words, *ctx.language.lexicon.loss_words) if word in effect}
    if len(named) >= 2 and not marked(told, ctx.article.lang) \
            and not ctx.language.lexicon.any_word("catching_words").search(told):
        return True  # ("बहुत ज़्यादा Stock रखने से बरसात में Kulhad सीलन पकड़ लेते हैं …", "अधूरे काग़ज़ लेने से claim हफ्तों
        # अटकता है और ग्राहक का भरोसा टूटता है": two harms named, under any heading; round 42's batch A, item 39, and
        # put-aside H40 wished for them; one, "slip off a jacket", "catch most mistakes", may be none)
    if heading_step(ctx, section) is None:
        return arrives and benefit_heading(ctx, section)  # ("प्लास्टिक खाने से पेट की गंभीर बीमारी तक हो सकती है" under
        # "कम बीमारियां, कम दवा का खर्च": what the body warns of, no benefit come true; round 39's held-out E55, E57)
    return arrives or wasted or (not mine and negative)  # "Notes लेने": the advice


HARM_PATTERNS = ("gerund", "instrument", "because", "chain")


def _standing_problem(ctx: Context, effect: str) -> bool:
    """True for a result that names a bad thing and neither lessens nor ends it ("गर्दन में खिंचाव रहता है")."""
    told = _known_clause(ctx, effect)
    words = told.lower().split()
    lexicon = ctx.language.lexicon
    bad = tuple(b for b in lexicon.bad_things if b not in lexicon.cost_words)  # (a cost is spent, not suffered:
    # "शरीर की अतिरिक्त कैलोरी खर्च होती है" under "वज़न पर काबू")
    after = lexicon.postpositions
    standing = any(any(word.startswith(b) for b in bad) and (i + 1 == len(words) or words[i + 1] not in after)
                   for i, word in enumerate(words))  # (a bad thing that is the clause's subject: "गर्दन में खिंचाव
    # रहता है"; "बचत खर्च से पहले हो जाएगी" names a cost it comes before; a problem word, "ज़रूरत के वक्त कोई काम आ सकता
    # है", is no trouble that stands)
    return standing and not marked(told, ctx.article.lang, polarity=True) and not goes_away(ctx, told)



def _known_clause(ctx: Context, effect: str) -> str:
    """The main clause of a result that is knowing something ("आपको साफ दिखता है कि … margin कितना घटा", "you see
    that costs fell"): what she comes to know may be bad news, knowing it is no harm (round 28's second held-out
    batch: "Know Your Cost per Cup" read as a warning)."""
    words = ctx.language.lexicon
    for joiner in words.that_words:
        main, found, _ = effect.partition(f" {joiner} ")
        if found and words.any_word("knowing_words").search(main):
            return main
    return effect
PLAIN_OPENERS = re.compile(r"^(?:पर|लेकिन|मगर|और|but|and|yet)\s+", re.IGNORECASE)


def done_anyway(ctx: Context, sentence: str) -> bool:
    """True when the sentence tells what comes of doing the step just named ("ऐसा करने से …", "Doing so …"): after
    a "don't", of doing what it warns against."""
    told = PLAIN_OPENERS.sub("", sentence.strip().lower())
    return told.startswith(tuple(p.lower() for p in ctx.language.lexicon.doing_pointers))


def _instead(ctx: Context, reading: Reading) -> bool:
    """True when a result under a "don't" heading comes of the step its body advises instead: "By agreeing on
    priorities early, you …" under "Don't say yes to everything", "समय पर बताने से …" beside "… तुरंत बताएँ"
    under "गलती होने पर उसे छिपाएँ नहीं" (a result the article wishes, not the warned step's harm)."""
    causal = reading.causal
    if marked(causal.effect, ctx.article.lang, polarity=True) and not goes_away(ctx, causal.effect):
        return False  # "… नहीं होता", "fewer …": a loss is the warned step's
    if ctx.lang.recommends(causal.sentence) or own_advice(ctx, causal.cause, reading.section) \
            or (_after_instead(ctx, reading) and not harmful(ctx, causal.effect)):
        return True
    words = stems_of(ctx, causal.cause)  # (a long instruction, "चुप रहने की बजाय तुरंत बताएँ कि …", is no option
    if any(2 * sum(akin_word(w, stems_of(ctx, step)) for w in words) >= max(len(words), 2)
           for sentence in reading.section.sentences  # but still the step the body advises)
           for part in THAT.split(sentence)[:1] if (step := ctx.lang.advice(part))
           and ctx.language.unnegate(part) is None):
        return True
    warned_step, told = warned(ctx, reading.section.title or ""), ctx.lang.action(causal)
    if warned_step and causal.cause_kind == "verbal" and _advised_before(ctx, reading) \
            and 2 * len(stems_of(ctx, causal.cause) & stems_of(ctx, warned_step)) < len(stems_of(ctx, warned_step)) \
            and not harmful(ctx, causal.effect) and not ctx.lang.is_passive(causal.effect) \
            and not ctx.language.lexicon.any_word("harm_words").search(causal.effect):
        return True  # ("… पार्लर वालों को हर बुकिंग पर छोटा कमीशन देने से नए ग्राहक लगातार आते रहते हैं" under "सिर्फ
        # जान-पहचान वालों के भरोसे न रहें", after the body's own instruction: another step than the warned one, and
        # a result nobody fears; round 33's development batch had read it as the warned step's harm)
    return bool(warned_step and told and causal.cause_kind == "verbal"  # "खाने और चाय के बीच … अंतर रखने से आयरन
                and ctx.lang.step_verb(told) != ctx.lang.step_verb(warned_step)  # … बेहतर ढंग से मिलता है" under
                and ctx.language.lexicon.any_word("better_words").search(causal.effect)  # "खाने के साथ चाय न
                and not ctx.language.lexicon.any_word("harm_words").search(causal.effect))  # पिएँ": another
    # verb, another step, and a result it makes better (reading127: "no step it advises instead"; not "phone छीन
    # लेने से … stress बढ़ता है" under "Phone पर पूरी पाबंदी न लगाएं": the warned step in other words)


THAT = re.compile(r"\s+(?:कि|that)\s+")


def _advised_before(ctx: Context, reading: Reading) -> bool:
    """True when a sentence of the section before the reading's advises a step (a positive instruction)."""
    sentences = reading.section.sentences
    if reading.causal.sentence not in sentences:
        return False
    return any(ctx.lang.advice(s) and ctx.language.unnegate(s) is None
               for s in sentences[:sentences.index(reading.causal.sentence)])


def _after_instead(ctx: Context, reading: Reading) -> bool:
    """True for a result told after the body's "Instead, …" / "इसकी जगह …": it comes of the step advised instead
    ("Instead, tell the customer the expected delivery window … When you give a realistic range, the customer stops
    blaming you …" under "Don't promise a delivery date"; round 31's development batch)."""
    sentences = reading.section.sentences
    if reading.causal.sentence not in sentences:
        return False
    openers = tuple(o.lower() for o in ctx.language.lexicon.instead_openers)
    return any(s.strip().lower().startswith(openers) for s in sentences[:sentences.index(reading.causal.sentence)])


def _diagnosis(ctx: Context, reading: Reading, index: int) -> Candidate | None:
    lang, section_id = ctx.lang, reading.section.id
    if lang.is_passive(reading.causal.effect) or no_goal(ctx, reading):
        return None
    name = ctx.persona(section_id, index, "diagnosis")
    wish, key = lang.wish(reading.causal, name), lang.action(reading.causal)
    if key and len(key.split()) > LONG_STEP and (tip := heading_step(ctx, reading.section)) \
            and not _labelled_step(reading):  # (a step under a run-in label is its own, not the heading's: D13)
        key = tip  # (the body's long instruction, "Send the group a short message asking what tools …", beside the
        # other tips' headings is the longest option: its own heading names it as they do; reading119, training s1)
    key = first_step(key) if key else key
    key = (ctx.lang.contrast_kept(key) or key) if key else key  # (a key that names its own wrong answer, "…
    # instead of trusting a printed size chart": the move set against it is a wrong answer, see rejected_options)
    if not wish or not key or ctx.story.dangling(wish) or ctx.story.dangling(key) or lang.holds_means(wish):
        return None
    wish = _unechoed(ctx, wish, key)
    frame = _frame(ctx, name, key, wish, section_id, index, "diagnosis")
    source = reading.causal.sentence
    pool = [option for o in others(ctx, reading) if (option := _action_option(ctx, o))
            and not supported(ctx, o.causal.cause, reading.causal.effect)] if specific(ctx, reading) else []
    # (for the activity in general, the article's other steps are it too)
    if specific(ctx, reading):
        pool += _other_tips(ctx, reading, key, wish) + rejected_options(ctx, reading.section)
    if at_work(ctx, section_id) and (in_office(ctx, key, section_id) or office_benefits(ctx)):
        pool += [Option(t, ctx.say("advice_stock", source=source), "stock") for t in fresh(ctx, ctx.stock.actions)]
    stem = ctx.say("diagnosis_stem", frame=frame, wish=_named(ctx, frame, wish, name)).strip()
    candidate = assemble(ctx, reading, index, "diagnosis", stem, key, pool, near=_near(ctx, wish), told=wish,
                          frame=frame)
    if candidate is None or specific(ctx, reading):
        return candidate
    return replace(candidate, score=candidate.score - TOPIC_KEY_PENALTY, stem_kind=TOPIC_KEY)


def _unechoed(ctx: Context, wish: str, key: str) -> str:
    """The wish told by its first clause where only a later one repeats a word of the key ("… मोलभाव कम हो [और
    ग्राहक खुद अपनी जेब के हिसाब से पैकेज चुन ले]" for "रेट कार्ड में तीन पैकेज तय करना"): a whole wish of its own,
    and no word a reader would match; the wish whole where its first clause echoes too, or ends on no verb."""
    if not echo(ctx, wish, key, []):
        return wish
    words = ctx.language.lexicon
    for joiner in words.list_joiners:
        head, found, _ = wish.partition(f" {joiner} ")
        ends = head.split()[-1] if head.split() else ""
        if found and ends in words.subjunctive_ends and len(head.split()) >= MIN_WISH_WORDS \
                and not echo(ctx, head, key, []) and not words.any_word("hedging_words").search(head):  # ("चाहती है
            # कि कुपोषण अक्सर चुपचाप शुरू हो": a fact of how things go, which the clause after turns into a result)
            return head + wish.rstrip()[-1] if wish.rstrip()[-1] in SENTENCE_ENDS else head
    return wish


SENTENCE_ENDS = "।.?!"
MIN_WISH_WORDS = 6  # ("नेहा चाहती है कि मोलभाव कम हो": the frame's four words and two of her own)
LONG_STEP = 12  # words: a step longer than this is told by its heading when it has one
SHORT_STEP = 9  # words: a step longer than this is told by its first part, when that is a step of its own
STEP_PARTS = re.compile(r",\s+(?:और|या|फिर|and|or|then)\s+|\s+और फिर\s+|;\s+", re.IGNORECASE)


def first_step(step: str) -> str:
    """A long step told by its first part, when that is a step of three words or more ("पूरा पन्ना, अच्छी रोशनी
    में और सीधा स्कैन करना[, और अपलोड से पहले एक बार ज़ूम करके पढ़ लेना]", "खुद लॉगिन करना[, या …]"): beside the
    other sections' headings the whole is the longest option, a cue and a lot to compare on a phone."""
    if len(step.split()) <= SHORT_STEP:
        return step
    head = STEP_PARTS.split(step, maxsplit=1)[0].strip(" ,")
    listed = head.split(", ")
    if head.isascii() and len(listed) > 1 and len(listed[0].split()) >= 3 \
            and all(language("en").rules.advice(part) for part in listed[1:]):
        head = listed[0]  # ("Ask for five or ten sample pages[, time herself], and then quote …": steps listed with
        # commas, the first of them; held-out B52 read "…, time herself" as a broken fragment)
    ends = head.split()[-1] if head.split() else ""
    infinitive = ends.endswith(("ना", "ने")) if has_devanagari(ends) else True
    return head if head != step and len(head.split()) >= 3 and infinitive and head.count('"') % 2 == 0 else step


def _heading_diagnosis(ctx: Context, reading: Reading, index: int) -> Candidate | None:
    """Diagnosis told in the headings' words: she wants the section's result; which step? The key is the
    section's imperative heading as an action ("हफ्ते का मेन्यू पहले से तय करना"), the distractors the other
    sections' headings and the steps the article warns against, said as actions ("पूरे हफ्ते का राशन एक दिन
    में खरीदना"): short, parallel options that only a reader of the article can tell apart."""
    section = reading.section
    key = heading_step(ctx, section)
    if key is None or reading.causal.sentence not in section.sentences or no_goal(ctx, reading, of_step=False) \
            or _own_step(ctx, reading, key):
        # (a warning's result is no wish: "हर मेल में सबको CC करने से इनबॉक्स भर जाता है" under "CC का सोच-समझकर
        # इस्तेमाल करें")
        return None  # (a passive result is fine: the heading, not the result, tells her what to do)
    name = ctx.persona(section.id, index, "heading-diagnosis")
    if reading.causal.cause_kind == "verbal" and ctx.lang.situation(reading.causal, name) is None \
            and any(f"{reading.causal.cause} {mark} " in reading.causal.sentence
                    for mark in ctx.language.lexicon.upon_marks):
        return None  # (what befalls a thing, "भार पड़ने पर छत का बीच वाला हिस्सा सबसे ज़्यादा झुकता है": a fact of how
        # things go, no result of the heading's step; round 44's batch A wished for the sagging)
    wish = ctx.lang.wish(reading.causal, name)
    if not wish or ctx.story.dangling(wish) or ctx.lang.holds_means(wish):
        return None  # (a word shared by the key and the wish is left to the blind check: distractors may echo too)
    wish = _unechoed(ctx, wish, key)
    pool = []
    for other in ctx.article.headed_sections:  # a step that shares words with the wish tempts a skimmer; one the
        step = heading_step(ctx, other) if other.id != section.id else None  # article ties to it would be right
        if step and other.sentences and not akin(_object_words(ctx, step), _object_words(ctx, key)) \
                and not supported(ctx, step, reading.causal.effect) and not _ties(ctx, other, reading):
            pool.append(Option(step, advice_elsewhere(ctx, other, benefit_sentence(ctx, other)), group=other.id))
    pool += rejected_options(ctx, section)  # what its body advises against, for the same goal
    pool += _body_steps(ctx, reading, key)  # (never a "don't" heading turned round: readers judged "Let anyone
    # announce her room number", "हर छोटी बात पर वीडियो कॉल करना" absurd, a wrong answer nobody would pick)
    frame = _frame(ctx, name, key, wish, section.id, index, "heading-diagnosis")
    stem = ctx.say("diagnosis_stem", frame=frame, wish=_named(ctx, frame, wish, name)).strip()
    candidate = assemble(ctx, reading, index, "diagnosis", stem, key, pool, near=_near(ctx, wish), told=wish,
                          frame=frame)
    return None if candidate is None else replace(candidate, score=candidate.score + 0.5)


def _labelled_step(reading: Reading) -> bool:
    """True when the reading's result follows a run-in label within a few sentences (see ``labelled_before``)."""
    sentences = reading.section.sentences
    return reading.causal.sentence in sentences \
        and labelled_before(reading.section, sentences.index(reading.causal.sentence))


def _own_step(ctx: Context, reading: Reading, heading: str) -> bool:
    """True when the body ties the result to an instruction of its own that is not the heading's ("घर या ऑफ़िस
    के पास का डे-केयर चुनें, ताकि भागदौड़ कम हो" under "Start your search early"): the heading is no key for it."""
    if reading.causal.cause_kind != "imperative" or reading.step_from != "sentence" \
            or reading.causal.pattern not in ("purpose", "imperative", "linked"):
        return False
    if reading.causal.pattern == "linked":  # ("साथ ही पेपर जाम निकालना … खुद सीख लें। इससे हर छोटी दिक्कत के लिए मैकेनिक
        # का इंतज़ार नहीं करना पड़ता" under "… AMC करवाएं": a step added to the heading's, keyed to the AMC in round 28's
        # third held-out batch, item 17; any other instruction before a result that points back restates the heading)
        sentences = reading.section.sentences
        heading_words = _own_words(ctx, heading)
        return reading.causal.sentence in sentences and (
            added_step_before(ctx.language, reading.section, sentences.index(reading.causal.sentence))
            or _labelled_step(reading)  # (a step under a run-in label: "उधार का हिसाब: … हिसाब WhatsApp पर भेज दें।
            # इससे …" under "हर बिक्री एक कॉपी में लिखें", round 35's held-out D13)
            or _second_step(ctx, reading, heading_words))
    cause = without_while(ctx, reading.causal.cause)
    return not akin(_own_words(ctx, cause), _own_words(ctx, heading)) or _other_doing(ctx, cause, heading)
    # ("करवट देते समय पीठ के पीछे एक तकिया लगा दें, ताकि …" under "हर दो घंटे में करवट बदलवाएं": the pillow, not the
    # turning, is the step; the turning is when)


def _other_doing(ctx: Context, step: str, heading: str) -> bool:
    """True when ``step`` does something else to a thing the heading names: another verb, and less than half its
    other words the heading's ("हर राउंड के बाद फ्लास्क को गर्म पानी से धोएं, ताकि … महक …" under "अच्छे थर्मस फ्लास्क में
    चाय ले जाएं": the washing, not the flask, keeps the smell away; round 40's batch B keyed the heading); "एक ही lot का
    कपड़ा लें" under "पूरा कपड़ा एक ही Lot से खरीदें" is the heading's own."""
    if stems_of(ctx, verb_of(step)) & stems_of(ctx, verb_of(heading)):
        return False
    mine, its = _object_words(ctx, step), _object_words(ctx, heading)
    return 2 * len(mine & its) < min(len(mine), len(its))


def _second_step(ctx: Context, reading: Reading, heading_words: frozenset[str]) -> bool:
    """True when an earlier instruction of the section names more of the heading's words than the one the result
    points back to ("एक ही lot का कपड़ा लें, ताकि …" before "Cotton कपड़े को cutting से पहले एक बार धोकर सुखा लें। ऐसा
    करने से … masks छोटे नहीं होते" under "पूरा कपड़ा एक ही Lot से खरीदें"): the heading's step was told already, this
    is a second one (round 37's held-out F7 keyed the shrinking masks to the lot)."""
    sentences = reading.section.sentences
    at = sentences.index(reading.causal.sentence)
    told = len(_own_words(ctx, reading.causal.cause) & heading_words)
    steps = {r.causal.sentence: r.causal.cause for r in ctx.readings[reading.section.id] if r is not reading}
    return any(len(_own_words(ctx, steps.get(earlier, earlier)) & heading_words) > told
               for earlier in sentences[:max(0, at - 1)] if earlier in steps or ctx.lang.advice(earlier))


def without_while(ctx: Context, step: str) -> str:
    """The step without its "while" clause ("करवट देते समय [पीठ के पीछे एक तकिया लगा दें]", "While you turn her,
    [put a pillow …]"): when, not what, to do; the step whole where it has none."""
    words = ctx.language.lexicon
    if "," in step and step.lower().startswith(words.while_openers):
        return step.split(",", 1)[1].strip()
    end = next((marker for marker in words.while_ends if marker in step), None)
    return step.split(end, 1)[1].strip() if end else step


def _own_words(ctx: Context, step: str) -> frozenset[str]:
    """The step's words but the title's: two steps about "her emergency fund" are not one step."""
    return stems_of(ctx, step) - stems_of(ctx, ctx.article.title or "")


def _object_words(ctx: Context, step: str) -> frozenset[str]:
    """:func:`_own_words` but the step's own verb (an English step's first word, a Hindi one's last): "Keep puris
    fresh in small batches" is no second "Keep the pani in a covered steel container" (round 39's golgappa stall,
    whose headings mostly open on "Keep", had no scenario for two of them); its words alone when it has no other."""
    kept = _own_words(ctx, step) - stems_of(ctx, verb_of(step)) if len(step.split()) > 1 else _own_words(ctx, step)
    return kept or _own_words(ctx, step)


def _near(ctx: Context, wish: str) -> Callable[[Option], int]:
    """How near a distractor's section is to the wish: the words its body shares with it, at most two (a step
    whose section talks of the same things, "manager", "HR", tempts one who skimmed; one the section ties to
    the wish itself is refused before, see :func:`supported`), and more for a step of the wish's field of meaning
    (:mod:`netquiz.language.senses`)."""
    wanted = stems_of(ctx, wish)

    def near(option: Option) -> int:
        if option.group.startswith("instead-"):
            return 5  # what the key's own section advises against: the wrong move for the very same goal (above any
            # other's nearness, a field's lure included)
        if not option.group or option.group.startswith("warned-"):
            return 0
        lure = SENSE_LURE if share(wish, option.text, ctx.article.lang) else 0
        return lure + min(2, len(stems_of(ctx, ctx.article.section(option.group).text) & wanted))
    return near


SENSE_LURE = 2  # a wrong step of the wish's own field of meaning ("Take an advance" for a wish about bargaining):
# one who picks by common sense no longer finds the key alone (round 33's strict readers: "'पैसों को लेकर बहस' →
# the only money option 'Fees का Package'", the commonest reason an acceptable item was not good)


def _body_steps(ctx: Context, reading: Reading, key: str) -> list[Option]:
    """Short steps other sections' bodies tie to their own results ("Put a choice into words before she acts"),
    for articles with few instruction headings; never one tied to this result."""
    found = []
    for other in all_readings(ctx):
        if other.section.id == reading.section.id or not specific(ctx, other) or harm(ctx, other) \
                or topic_benefit(ctx, other) or closing_heading(ctx, other.section):  # (the closing words sum up:
            # "Toy selling rewards patience" is no step; round 36's development snapshot)
            continue  # ("Own less" under "Easier cleaning": the article's topic, a second key to every wish)
        step = told_of(ctx, "action", other)
        if step and len(step.split()) <= MAX_BODY_STEP_WORDS and not ctx.story.dangling(step) \
                and not akin(_object_words(ctx, step), _object_words(ctx, key)) \
                and not supported(ctx, step, reading.causal.effect) and not _ties(ctx, other.section, reading):
            found.append(Option(step, ctx.say("advice_other", title=ctx.title(other.section.id),
                                              other=other.causal.sentence), group=other.section.id))
    return found


MAX_BODY_STEP_WORDS = 9
# Fillers from the stock lists per item: none beside a step of a tip article (readers judged every such item
# unacceptable: "placement agency" beside the article's own steps is skipped at sight), nor for a claim about
# the activity in general; any number in an article of benefits (see benefit_article), whose own claims are too
# few to offer wrong answers at all.
STOCK_CAP, STOCK_CAP_GENERAL, STOCK_CAP_BENEFITS = 0, 0, 3


def benefit_article(ctx: Context) -> bool:
    """True when most headed sections name a benefit rather than a step ("नए अवसरों के दरवाजे खुलेंगे",
    "आत्मविश्वास को बढ़ाएगा"): the article gives one activity and what it brings, no steps to tell apart."""
    if "benefit_article" not in ctx.memo:
        sections = ctx.article.headed_sections
        benefits = sum(benefit_heading(ctx, s) for s in sections)  # (an English heading over a Hindi body
        ctx.memo["benefit_article"] = 2 * benefits > len(sections)  # is read by the English rules)
    return bool(ctx.memo["benefit_article"])
EVENT = re.compile(r"(?:शुरू|खत्म|ख़त्म|पूरा|पूरी|पूरे) होना$|^(?:Begin|End|Finish)s?$")  # "Appraisal cycle शुरू होना":
# something that happens, not a step she takes


def _ties(ctx: Context, other: Section, reading: Reading) -> bool:
    """True when a claim of ``other`` has a result that holds half the reading's result words (its step would
    be a second key)."""
    effect = stems_of(ctx, reading.causal.effect)
    return any(2 * len(stems_of(ctx, r.causal.effect) & effect) >= max(len(effect), 1) for r in ctx.readings[other.id])


def benefit_sentence(ctx: Context, section: Section) -> str:
    """The sentence that tells what the section's advice brings (its first claim that is no harm), else "": the
    feedback of a distractor quotes it."""
    return next((r.causal.sentence for r in ctx.readings[section.id] if not harm(ctx, r, of_step=False)), "")


def advice_elsewhere(ctx: Context, section: Section, sentence: str) -> str:
    """A distractor's feedback: the article's advice under ``section``'s heading, for the benefit ``sentence``
    tells; without one, only that it is not for this goal (round 25's held-out batch: a section's first sentence,
    "Older first-time users are a favourite target of fraud calls", quoted as its "other benefit")."""
    if sentence:
        return ctx.say("advice_other", title=ctx.title(section.id), other=sentence)
    return ctx.say("advice_other_bare", title=ctx.title(section.id))


def _result_of(ctx: Context, section: Section, sentence: str) -> str:
    """The sentence that tells what the instruction ``sentence`` brings: a claim read from it (its own "…, जिससे
    …"), else one read from the sentence after it ("इससे …"); "" when the section ties it to none (the feedback then
    quotes no "other benefit": round 32's held-out item D4 quoted the step "कोई फ़र्क़ दिखे तो … बताएं" as one)."""
    sentences = section.sentences
    after = sentences[sentences.index(sentence) + 1] if sentence in sentences[:-1] else None
    for said in (sentence, after):
        found = next((r.causal.sentence for r in ctx.readings[section.id]
                      if r.causal.sentence == said and not harm(ctx, r, of_step=False)
                      and (said == sentence or r.causal.pattern == "linked")), None)  # (the sentence after tells
        # this step's result only where it points back: "Charging a little extra for same-day work is common and
        # fair" after "Before accepting, check how many records …" is a step of its own; held-out B52, B64)
        if found:
            return found
    return ""


def _other_tips(ctx: Context, reading: Reading, key: str, wish: str) -> list[Option]:
    """Steps other sections advise (their headings and instructions) that share no word with this step or
    its result: advice of the article's own, for other goals, so a reader must know which goes with which."""
    taken = stems_of(ctx, key) | stems_of(ctx, wish) | stems_of(ctx, reading.causal.sentence)
    found = []
    for section in ctx.article.headed_sections:
        if section.id == reading.section.id:
            continue
        for index, (step, sentence) in enumerate(section_steps(ctx, section)[:2]):  # the heading's and the first
            # instruction (the heading's told by the benefit its section names: its first sentence may be a premise)
            told = benefit_sentence(ctx, section) if index == 0 and step == heading_step(ctx, section) \
                else _result_of(ctx, section, sentence)
            if not akin(stems_of(ctx, step), taken) and not supported(ctx, step, reading.causal.effect) \
                    and not any(akin(stems_of(ctx, said), stems_of(ctx, reading.causal.effect))
                                for said in {sentence, told} if said):  # "ठंडे कमरे में
                # नींद गहरी आती है, इसलिए AC … रखें" for a wish of sleep: a second key
                found.append(Option(step, advice_elsewhere(ctx, section, told), group=section.id))
    return found


def told_of(ctx: Context, what: str, reading: Reading) -> str | None:
    """Another link's result (told about the persona already named: "उसे …", "she …") or step, which do
    not depend on the persona's name; None when it leans on words outside it ("Do it week after week");
    memoised per bank."""
    key = (what, reading)
    if key not in ctx.memo:
        told = ctx.lang.outcome(reading.causal, "X") if what == "outcome" else ctx.lang.action(reading.causal)
        told = first_step(told) if told and what == "action" else told
        told = (ctx.lang.contrast_kept(told) or told) if told and what == "action" else told  # (as its key is told)
        ctx.memo[key] = None if told and (ctx.story.dangling(told) or EVENT.search(told) or story_name(ctx, told)
                                          or (what == "outcome" and ctx.lang.step_as_subject(told))) else told
    found: str | None = ctx.memo[key]
    return found


def story_name(ctx: Context, text: str) -> bool:
    """True when ``text`` names a woman of the article's own story ("वही गलती पकड़ में आ जाएगी जो सीमा से हुई थी")."""
    return any(named(name, text) for name in ctx.story_names)


def assemble(ctx: Context, reading: Reading, index: int, form: str, stem: str, key: str,
              pool: list[Option], near: Callable[[Option], int] = lambda option: 0, told: str = "",
              frame: str = "") -> Candidate | None:
    """The question, when three distractors fit: few enough fillers, and none of the told situation's or
    wish's words in the key alone (``clang``); else with two of the article's own and no filler, three options
    in all (three serve as well as four, Rodriguez 2005; a filler serves worse than none)."""
    source = reading.causal.sentence
    right = Option(key, ctx.say("right_source", source=source))
    stem_words = stems_of(ctx, stem)

    pool = [o for o in pool if has_devanagari(o.text) == has_devanagari(key)]  # an English heading among Hindi
    # steps stands out by its script alone (a Hinglish one, "Desk drawer में … रखना", does not)
    known = known_words(frame)  # (a noun of the title, "the group", is known only where the frame names it)
    if any(len(w) > 3 for w in known & known_words(ctx.article.title or "")):
        known |= known_words(ctx.known_title) | _trade_things(ctx)  # (a frame in the trade knows its things: "the
        # hub", "the label", and what two sections name: "the rollers" of a juice stall, round 38's held-out A)
    unknown = next((the.group(0) for text in (told, key) if _unintroduced(ctx, text, known)
                    for the in [THE_NOUN.search(text)] if the), None)
    if unknown is not None:
        ctx.memo.setdefault(("refused", reading.section.id), Counter())["unintroduced", unknown] += 1
        return None
    if _leans(ctx, key, known):
        ctx.memo.setdefault(("refused", reading.section.id), Counter())["leans", key] += 1
        return None
    pool = [o for o in pool if not _unintroduced(ctx, o.text, known) and not _leans(ctx, o.text, known)]
    rng = ctx.rng(reading.section.id, "scenario", index, form)  # (seeded only for a key that stands: it is fresh
    # for each question, so where it is made changes no draw)

    situation = stems_of(ctx, told) - stems_of(ctx, ctx.article.title or "")

    def pick(options: list[Option], count: int) -> list[Option]:
        return pick_parallel(right, options, count, rng, lambda text: marked(text, ctx.article.lang),
                             lambda text: len(stems_of(ctx, text) & stem_words), near,
                             lambda text: bool(situation and stems_of(ctx, text) & situation))

    distractors = pick(pool, 3)
    if length_balance([key, *(o.text for o in distractors)]) < MIN_LENGTH_BALANCE:
        even = _of_like_length(key, [o for o in pool if o.origin != "stock"])
        two = pick(even, 2) if len({o.group or o.text for o in even}) >= 2 else []
        if len(two) == 2 and length_balance([key, *(o.text for o in two)]) >= MIN_LENGTH_BALANCE:
            distractors = two  # (three options of like length rather than four the length gate refuses: "Tell a
            # mother on Tuesday that her baby's … dose is due on Friday" beside "Meet her ANM every week", round 37)
    cap = STOCK_CAP_BENEFITS if benefit_article(ctx) else STOCK_CAP_GENERAL if general(ctx, reading) else STOCK_CAP
    refused = refusal(ctx, told, key, distractors, cap)
    own_pool = [o for o in pool if o.origin != "stock"] if refused is not None and refused[0] in ("few", "fillers") \
        else []
    even_pool = _of_like_length(key, own_pool)
    own_pool = even_pool if len({o.group or o.text for o in even_pool}) >= 2 else own_pool  # (of like length first)
    if len({o.group or o.text for o in own_pool}) >= 2:  # (one per section: two sections at least)
        own = pick(own_pool, 2)
        if len(own) == 2 and not echo(ctx, told, key, [o.text for o in own]):
            distractors, refused = own, None
        elif len(own) == 2:  # (two of the article's own were there: the key's echo of the wish refused them, not
            # their number; readers found "only 2 … two are needed" self-contradictory)
            refused = "clang", echo_word(ctx, told, key)
    if refused is not None:
        ctx.memo.setdefault(("refused", reading.section.id), Counter())[refused] += 1
        return None  # (the facilitator is told the commonest reason of the section, see generate/coverage.py)
    options, answer = shuffle(right, distractors, rng)
    question = ctx.question(reading.section.id, "scenario", stem, [(o.text, o.feedback) for o in options],
                            answer, source, form=form)
    remember(ctx, question, right, distractors, pool, near, reading.section.id, "scenario", index, form)
    articles = sum(o.origin == "article" for o in distractors)
    score = FORM_WEIGHT[form] + length_balance(list(question.options)) + 0.3 * articles
    score -= max(0, len(stem.split()) - 45) * 0.05 + THREE_OPTIONS_PENALTY * (len(options) < 4)
    return Candidate(question, score, form)


def _of_like_length(key: str, options: list[Option]) -> list[Option]:
    """The options whose length beside the key's passes the length gate."""
    return [o for o in options if length_balance([key, o.text]) >= MIN_LENGTH_BALANCE]


def _trade_things(ctx: Context) -> frozenset[str]:
    """The words "the" names in two sections or more (their headings or bodies) of an English article: the trade's
    own things, which a frame in the trade introduces (memoised per bank)."""
    if "trade_things" not in ctx.memo:
        seen: Counter[str] = Counter()
        for section in ctx.article.sections:
            text = f"{section.title or ''} {section.text}"
            seen.update({m.group(0).split()[-1].lower() for m in THE_NOUN.finditer(text)} if text.isascii() else ())
        ctx.memo["trade_things"] = frozenset(word for word, count in seen.items() if count >= 2)
    return frozenset(ctx.memo["trade_things"])


def _unintroduced(ctx: Context, text: str, known: frozenset[str]) -> bool:
    """True for an English text that names "the group", "the gap" where the question does not introduce it (the
    claims were read knowing the title and heading, which a question's stem does not show)."""
    return text.isascii() and language("en").story.leans_on_context(text, known)


def _leans(ctx: Context, text: str, known: frozenset[str]) -> bool:
    """True for an option that points to something the question does not show ("उसी meeting में", "ये चीज़ें",
    "फिर …", "the list"), asked of the language its letters are written in (memoised per bank: the article's
    other steps come up in every pool)."""
    key = ("option_leans", text, known)
    if key not in ctx.memo:
        ctx.memo[key] = language("hi" if has_devanagari(text) else "en").story.option_leans(text, known)
    return bool(ctx.memo[key])


THE_NOUN = re.compile(r"\bthe\s+[A-Za-z-]+", re.IGNORECASE)
THREE_OPTIONS_PENALTY = 0.5  # four options first, where the article offers them


def refusal(ctx: Context, told: str, key: str, distractors: list[Option], cap: int) -> tuple[str, str] | None:
    """Why three distractors do not make a question, as (reason, detail), or None when they do: too few of
    the article's own ("few", how many), the rest fillers from the common-advice list beside an on-topic key
    ("fillers"), or a word of the wish that only the key repeats ("clang", the word)."""
    own = sum(o.origin != "stock" for o in distractors)
    if len(distractors) < 3:
        return "few", str(own)
    if sum(o.origin == "stock" for o in distractors) > cap:
        return "fillers", str(own)
    if echo(ctx, told, key, [o.text for o in distractors]):
        return "clang", echo_word(ctx, told, key)
    return None


def belief_candidates(ctx: Context, section_id: str) -> list[Candidate]:
    """A friend's advice that one of the section's comparisons argues against."""
    found = []
    section = ctx.article.section(section_id)
    weighing = ctx.language.lexicon.any_word("weighing_words")
    for index, sentence in enumerate(section.sentences):
        if not weighing.search(sentence):
            continue  # (a comparison of what counts more: "guests value a local host more than a hotel lobby" made
            # "Her friend tells her to focus on a hotel lobby", round 33's development item 54; no belief of 4 such
            # items in round 32's readings was acceptable)
        for a, b in ctx.story.contrast_pairs(sentence):
            a, b = ctx.story.persona_phrase(a), ctx.story.persona_phrase(b)
            if ctx.story.dangling(a) or ctx.story.dangling(b) or not _nameable(ctx, a) or not _nameable(ctx, b):
                continue  # ("बस इसका असर लड़ाई पर ध्यान दो": whose effect?)
            candidate = _belief(ctx, section_id, index, sentence, a, b)
            if candidate is not None:
                found.append(candidate)
    return found


def _nameable(ctx: Context, side: str) -> bool:
    """True for a side of a comparison a friend could name: not a clause cut from its sentence ("a core that
    matters") nor "the rest" of something the question does not name (reading99, "focus on the rest")."""
    words = ctx.language.lexicon
    bare = not stems_of(ctx, words.any_of("pointing_words", "move_pointers").sub(" ", side))
    return not words.any_word("relative_words").search(side) and not words.any_word("remainder_words").search(side) \
        and not bare  # ("झुंड के आकार से कहीं ज़्यादा इस पर …": "इस" alone names nothing; round 23)


def _third_factor(ctx: Context, section_id: str, a: str, b: str) -> str | None:
    """Something else that plausibly counts, for "disagree for a wrong reason": a means the article names
    elsewhere ("नियमित पढ़ाई"), else the first stock entry ("मेहनत") that shares no word with the article."""
    taken = stems_of(ctx, f"{a} {b}")
    for reading in all_readings(ctx):
        cause = reading.causal.cause
        if reading.causal.cause_kind == "noun" and len(cause.split()) <= 3 and stems_of(ctx, cause) \
                and not stems_of(ctx, cause) & taken and not ctx.story.dangling(cause):
            return ctx.story.persona_phrase(cause[:1].lower() + cause[1:])
    return ctx.stock.measures[0] if ctx.stock.measures else None


def _belief(ctx: Context, section_id: str, index: int, source: str, a: str, b: str) -> Candidate | None:
    rng = ctx.rng(section_id, "belief", index, a)
    c = _third_factor(ctx, section_id, a, b)
    if c is None:
        return None
    name = ctx.persona(section_id, index, "belief")
    setting = next((text for r in ctx.readings[section_id] if r.causal.sentence == source
                    and r.causal.cause_kind == "reader" and (text := ctx.lang.situation(r.causal, name))),
                   ctx.say("belief_setting", name=name))
    values = {"a": a, "b": b, "c": c, "source": source}
    options = [
        Option(ctx.say("belief_key", **values), ctx.say("right_source", source=source)),
        Option(ctx.say("belief_agree", **values), ctx.say("belief_agree_feedback", **values)),
        Option(ctx.say("belief_partly", **values), ctx.say("belief_partly_feedback", **values)),
        Option(ctx.say("belief_wrong_reason", **values), ctx.say("belief_wrong_reason_feedback", **values)),
    ]
    ordered, answer = shuffle(options[0], options[1:], rng)
    stem = ctx.say("belief_stem", setting=setting, a=a)
    question = ctx.question(section_id, "scenario", stem, [(o.text, o.feedback) for o in ordered], answer,
                            source, form="belief")
    return Candidate(question, FORM_WEIGHT["belief"], "belief")
