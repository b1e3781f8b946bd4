"""What people read on screen, in Hindi and English: :mod:`~netquiz.texts.participant`,
:mod:`~netquiz.texts.live` and :mod:`~netquiz.texts.facilitator`."""
