"""netquiz: scenario quizzes generated from an article, delivered with Voilà.

The pure core (``article``, ``language``, ``generate``, ``bank``, ``export``) imports no widget,
IPython or database module.
"""

from .errors import NetquizError

__all__ = ["NetquizError", "__version__"]
__version__ = "0.1.0"
