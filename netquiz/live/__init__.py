"""Live mode, the room answering together: :mod:`~netquiz.live.state` (the round's pure state machine),
:mod:`~netquiz.live.round` (the facilitator's handle, saved in the store) and
:mod:`~netquiz.live.participant` (one participant's view and answers)."""
