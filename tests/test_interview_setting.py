"""An interviewer asks about work: a section about home and family gets no interview item."""

from __future__ import annotations

from netquiz.article import parse_article
from netquiz.generate.context import build_context
from netquiz.generate.interview import interview_candidates
from netquiz.generate.tips import home_section

ARTICLE = """# नौकरी और घर की ज़िम्मेदारियाँ

नौकरी करने वाली महिलाओं पर ऑफिस और घर दोनों का बोझ रहता है।

## ऑफिस में हफ्ते की योजना बनाएं

सोमवार सुबह मैनेजर के साथ हफ्ते के काम तय करें। इससे ऑफिस में आखिरी मिनट की भागदौड़ कम होती है।

## भाई-बहनों के साथ कैलेंडर शेयर करें

माता-पिता की दवाइयों और डॉक्टर की तारीखों का एक कैलेंडर भाई-बहनों के साथ शेयर करें। इससे सबके पास एक ही जानकारी रहती है।

## टीम के साथ काम बाँटें

टीम मीटिंग में हर सहकर्मी को एक काम दें। इससे सारा बोझ एक ही इंसान पर नहीं पड़ता।
"""


def test_a_family_section_is_home_and_gets_no_interview_item() -> None:
    ctx = build_context(parse_article(ARTICLE), 0)
    assert [home_section(ctx, s.id) for s in ctx.article.headed_sections] == [False, True, False]
    assert interview_candidates(ctx, "s2") == []
    assert interview_candidates(ctx, "s1") or interview_candidates(ctx, "s3")
