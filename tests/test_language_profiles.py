"""The language detector's n-gram table, built row by row on first look-up (engine.language.ProfileTable),
answers exactly as the table langdetect's DetectorFactory.load_profile builds in full."""
from __future__ import annotations

import random

import pytest

langdetect = pytest.importorskip("langdetect")

from langdetect import DetectorFactory, LangDetectException  # noqa: E402
from langdetect.detector_factory import PROFILES_DIRECTORY  # noqa: E402

from newslint.engine import language  # noqa: E402

SAMPLES = [
    "Die Lage an der Front ist sehr ernst, sagte der Minister am Montag in Berlin.",
    "Le gouvernement a annoncé une nouvelle réforme des retraites pour la fin de l'année.",
    "El presidente dijo que la economía del país crecerá más de lo previsto este año.",
    "Il ministro ha detto che la situazione è sotto controllo e che non ci sono pericoli.",
    "Prezydent powiedział, że rząd przygotuje nową ustawę o podatkach do końca roku.",
    "Президент заявил, что правительство подготовит новый закон до конца года.",
    "Міністр сказав, що ситуація на фронті залишається складною, але контрольованою.",
    "Bakan, hükümetin yıl sonuna kadar yeni bir yasa hazırlayacağını söyledi.",
    "وقال الوزير إن الحكومة ستعد قانونا جديدا قبل نهاية العام الحالي في البلاد.",
    "De minister zei dat de regering voor het einde van het jaar een nieuwe wet maakt.",
    "O presidente disse que a economia do país vai crescer mais do que o previsto.",
    "Ministern sade att regeringen kommer att lägga fram ett nytt lagförslag i år.",
    "The minister said the government would bring forward a new law before the end of the year.",
    "東京都は新しい計画を発表しました。来年から実施される予定です。",
    "政府宣布了新的经济计划，将于明年开始实施。",
    "Ο υπουργός δήλωσε ότι η κυβέρνηση θα φέρει νέο νόμο μέχρι το τέλος του έτους.",
]


@pytest.fixture(scope="module")
def tables():
    stock = DetectorFactory()
    stock.load_profile(PROFILES_DIRECTORY)
    languages, table = language._load_profiles(PROFILES_DIRECTORY)
    return stock, languages, table


def test_every_row_and_language_as_load_profile_builds_them(tables):
    stock, languages, table = tables
    assert languages == stock.langlist
    for ngram, row in stock.word_lang_prob_map.items():
        assert ngram in table
        assert table[ngram] == row, ngram


def test_ngrams_outside_the_profiles_are_absent(tables):
    stock, _languages, table = tables
    rng = random.Random(7)
    alphabet = "abcxyzäöüßçñéłżжщяαβγ一二三 .-'0"
    for _ in range(5000):
        ngram = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
        assert (ngram in table) == (ngram in stock.word_lang_prob_map), ngram
        if ngram not in stock.word_lang_prob_map:
            with pytest.raises(KeyError):
                table[ngram]


def test_detection_as_langdetect_detect():
    rng = random.Random(11)
    words = " ".join(SAMPLES).split()
    texts = list(SAMPLES)
    for _ in range(100):
        texts.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))))
    texts += ["", "12345 678", "!!! ???", "a"]
    DetectorFactory.seed = 0
    detect = language._detector()
    for text in texts:
        try:
            expected = langdetect.detect(text)
        except LangDetectException:
            expected = "und"
        assert detect(text) == expected, text
