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
    from langdetect import DetectorFactory, LangDetectException
    from langdetect.detector_factory import PROFILES_DIRECTORY

    DetectorFactory.seed = 0
    factory = DetectorFactory()
    factory.langlist, factory.word_lang_prob_map = _load_profiles(PROFILES_DIRECTORY)

    def run(text: str) -> str:
        # what langdetect.detect does, with this factory in place of its own
        try:
            detector = factory.create()
            detector.append(text)
            return detector.detect()
        except LangDetectException:
            return "und"

    return run


def _load_profiles(directory: str) -> tuple[list[str], ProfileTable]:
    """The languages and the n-gram table that ``DetectorFactory.load_profile(directory)`` builds,
    with the table's rows built on first look-up (see ``ProfileTable``)."""
    import json
    import os

    names = os.listdir(directory)
    languages, profiles = [], []
    for name in names:  # in listing order, as load_profile numbers the languages
        path = os.path.join(directory, name)
        if name.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as file:
            profile = json.load(file)
        if profile["name"] in languages:
            raise ValueError(f"duplicate language profile {profile['name']!r} in {directory}")
        languages.append(profile["name"])
        profiles.append((profile["freq"], profile["n_words"]))
    return languages, ProfileTable(profiles, len(names))


class ProfileTable:
    """langdetect's n-gram table (n-gram -> probability in each language), each row built when
    the detector first asks for it.

    ``DetectorFactory.add_profile`` builds a list of 55 probabilities for each of the 87,000
    n-grams of the profiles when the detector loads (about 0.25 s); a detection looks up a
    few hundred. A row here holds the same floats, computed the same way, and the detector
    only asks ``n-gram in table`` and ``table[n-gram]``.
    """

    def __init__(self, profiles: list[tuple[dict[str, int], list[int]]], width: int) -> None:
        self._profiles = profiles  # (n-gram counts, number of n-grams of each length) per language
        self._width = width  # load_profile's row length: the number of entries of the folder
        self._rows: dict[str, list[float]] = {}

    def __contains__(self, ngram: str) -> bool:
        return self._row(ngram) is not None

    def __getitem__(self, ngram: str) -> list[float]:
        row = self._row(ngram)
        if row is None:
            raise KeyError(ngram)
        return row

    def _row(self, ngram: str) -> list[float] | None:
        """The n-gram's probabilities in each language; None for an n-gram of no profile."""
        row = self._rows.get(ngram)
        if row is not None:
            return row
        length = len(ngram)
        for index, (counts, totals) in enumerate(self._profiles):
            count = counts.get(ngram)
            if count is not None:
                if row is None:
                    row = [0.0] * self._width
                if 1 <= length <= 3:
                    row[index] = 1.0 * count / totals[length - 1]
        if row is not None:
            self._rows[ngram] = row
        return row
