"""Language identification, cheap first and a detector only when needed.

Most English paragraphs are recognised by their share of English function
words alone; only the rest go to langdetect, which is loaded lazily (its
profiles ship inside the package: nothing is downloaded) and seeded, since
it is otherwise nondeterministic.
"""
from __future__ import annotations

from functools import lru_cache

from .text import STOPWORDS, words

ENGLISH_FUNCTION_WORD_SHARE = 0.22
MIN_WORDS_FOR_DETECTOR = 6


def english_share(text: str) -> float:
    tokens = [w.text.lower() for w in words(text)]
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if t in STOPWORDS) / len(tokens)


@lru_cache(maxsize=4096)
def detect(text: str) -> str:
    """ISO 639-1 code of a passage's language, or 'und' when unsure."""
    if english_share(text) >= ENGLISH_FUNCTION_WORD_SHARE:
        return "en"
    if len(words(text)) < MIN_WORDS_FOR_DETECTOR:
        return "und"
    return _detector()(text)


def detect_article_language(text: str) -> str:
    sample = text[:4000]
    return detect(sample)


@lru_cache(maxsize=1)
def _detector():
    from langdetect import DetectorFactory, LangDetectException, detect as _detect

    DetectorFactory.seed = 0

    def run(text: str) -> str:
        try:
            return _detect(text)
        except LangDetectException:
            return "und"

    return run
