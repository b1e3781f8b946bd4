"""A participant's self-paced quiz: :mod:`~netquiz.quiz.session` (state, grading, score) and
:mod:`~netquiz.quiz.order` (her seeded question and option order)."""
