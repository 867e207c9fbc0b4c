"""The word-frequency index gives exactly wordfreq's Zipf figures, built once, read cheaply."""
from __future__ import annotations

import random

import wordfreq

from newslint.engine import text
from newslint.engine.wordindex import WordIndex, is_simple


def sample_words(count=3000):
    words = [w for w in wordfreq.get_frequency_dict("en", "best") if is_simple(w)]
    return random.Random(7).sample(words, count) + ["the", "government", "zzqxv"]


def test_index_equals_wordfreq(tmp_path):
    index = WordIndex(tmp_path / "zipf.sqlite")
    assert (tmp_path / "zipf.sqlite").exists() and index.memory is None
    for word in sample_words():
        assert index.zipf(word) == wordfreq.zipf_frequency(word, "en"), word
    reopened = WordIndex(tmp_path / "zipf.sqlite")  # a second process reads, never rebuilds
    assert reopened.zipf("the") == wordfreq.zipf_frequency("the", "en")


def test_unwritable_cache_falls_back_to_memory(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    index = WordIndex(blocked / "zipf.sqlite")
    assert index.db is None and index.zipf("government") == wordfreq.zipf_frequency("government", "en")


def test_text_zipf_frequency_matches_wordfreq_for_any_word():
    for word in ["The", "Zelenskyy", "naïve", "don't", "COVID-19", "Kyiv", "qwzx"]:
        assert text.zipf_frequency(word) == wordfreq.zipf_frequency(word.lower(), "en"), word
