"""What the generator needs from a language: a cause→effect reading of a sentence and rewrites."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Causal:
    """A sentence read as cause → effect.

    ``cause_kind`` says who acts in the cause: ``reader`` (the reader is the subject: आप/you),
    ``noun`` (an instrument: "नेटवर्किंग के जरिए"), ``verbal`` (a gerund: "बात करने से"),
    ``imperative`` (advice: "बात करें"). ``setting`` holds words before the connective.
    """

    sentence: str
    setting: str
    cause: str
    effect: str
    pattern: str
    cause_kind: str
