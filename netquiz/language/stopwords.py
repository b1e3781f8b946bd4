"""Stopwords for key-term extraction: common function words plus verb forms and pronouns."""

from __future__ import annotations

from functools import lru_cache

HINDI = frozenset("""
अंदर अत अदि अप अपना अपनी अपने अभी अभि आदि आप आपको आपका आपकी आपके आपने आपसे आपमें इंहिं इंहें इंहों इतयादि इत्यादि
इन इनका इन्हीं इन्हें इन्हों इस इसका इसकी इसके इसमें इसी इसे इससे उंहिं उंहें उंहों उन उनका उनकी उनके उनको उन्हीं
उन्हें उन्हों उस उसके उसी उसे उससे उसका उसकी एक एवं एस ऐसे ऐसा ऐसी ओर और कई कर करता करते करना करने करें करती
करतीं कहते कहा का काफ़ी काफी कि किंहें किंहों कितना किन्हें किन्हों किया किर किस किसी किसे की कुछ कुल के को कोई
कौन कौनसा गया घर जब जहाँ जहां जा जाता जाती जाते जाना जाने जाएगा जाएगी जिंहें जिंहों जितना जिधर जिन जिन्हें जिन्हों
जिस जिसे जीधर जेसा जेसे जैसा जैसे जो तक तब तरह तिंहें तिंहों तिन तिन्हें तिन्हों तिस तिसे तो था थी थे दबारा दवारा
दिया दुसरा दूसरा दूसरे दो द्वारा न नहीं ना निहायत नीचे ने पर पहले पूरा पे फिर बनी बही बहुत बाद बाला बिलकुल भी भीतर
मगर मानो मे में यदि यह यहाँ यहां यही या यिह ये रखें रवासा रहा रहे ऱ्वासा लिए लिये लेकिन व वग़ैरह वर्ग वह वहाँ
वहां वहिं वहीं वाले वुह वे वग़ैरह संग सकता सकते सकती सबसे सभी साथ साबुत साभ सारा से सो ही हुआ हुई हुए है हैं हो
होता होती होते होना होने होगा होगी मिलता मिलती मिलेगा मिलेगी बढ़ता बढ़ती बढ़ेगा बढ़ेगी जाती जाता अगर तो ऐसे
वजह बार कैसे क्योंकि ताकि जिससे उतना उतनी जितनी जितने उतने हम मैं मुझे मेरा मेरी मेरे तुम सब इससे आइए जानते
विस्तार अधिक ज्यादा ज़्यादा कम लेकर होकर गुजरता सकती हैं अन्य कारण अच्छे अच्छा अच्छी अलावा उनसे चाहे
चाहिए तौर रूप आता सीधा सीधे बड़ा बड़ी बड़े हमेशा सारी सारे हुए जुड़े जुड़ी ऑफ पाने मिले मिलने भविष्य बारे जरूरी ज़रूरी
अलग अवगत विभिन्न पूर्ण निजी
""".split())

ENGLISH = frozenset("""
a about above after again against all am an and any are as at be because been before being below between both but
by can could did do does doing down during each few for from further had has have having he her here hers herself
him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
there these they this those through to too under until up very was we were what when where which while who whom why
will with without would you your yours yourself yourselves also can't cannot may might must one ones get gets got
make makes many much often even every like well way ways new first us let let's really always never sometimes thing
things
""".split())


@lru_cache(maxsize=8)
def stopwords(lang: str) -> frozenset[str]:
    """The stopword set for ``lang`` (from the language registry)."""
    from .registry import language

    return language(lang).stopwords
