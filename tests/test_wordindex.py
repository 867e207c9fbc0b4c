"""The word-frequency index gives exactly wordfreq's Zipf figures, built once, read cheaply."""
from __future__ import annotations

import random
import unicodedata

import wordfreq

from newslint.engine import text
from newslint.engine.wordindex import WordIndex, is_simple


def sample_words(count=3000):
    words = [w for w in wordfreq.get_frequency_dict("en", "best") if is_simple(w)]
    return random.Random(7).sample(words, count) + ["the", "government", "zzqxv"]


def count_answered_as_wordfreq_does(index, words):
    """How many of the words the index answers; each answer must be wordfreq's own figure."""
    answered = 0
    for word in words:
        found = index.lookup(word)
        if found is not None:
            answered += 1
            assert found == wordfreq.zipf_frequency(word, "en"), word
    return answered


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


def test_index_answers_listed_words_with_accents_apostrophes_and_digits(tmp_path):
    listed = [w for w in wordfreq.get_frequency_dict("en", "best") if not is_simple(w)]
    index = WordIndex(tmp_path / "zipf.sqlite")
    for word in random.Random(3).sample(listed, 2000) + ["don\u2019t", "it\u2019s", "café"]:
        assert index.lookup(word) == wordfreq.zipf_frequency(word, "en"), word
    assert index.lookup("zzqxv") == 0.0 == wordfreq.zipf_frequency("zzqxv", "en")  # unlisted plain word


def test_index_answers_hyphenated_compounds_as_wordfreq_does(tmp_path):
    index = WordIndex(tmp_path / "zipf.sqlite")
    plain = [w for w in sample_words(4000)]
    rng = random.Random(11)
    compounds = ["london-based", "year-old", "english-speaking", "kilroy-silk", "zzqxv-based", "a-b-c"]
    compounds += ["-".join(rng.sample(plain, rng.choice([2, 2, 3]))) for _ in range(3000)]
    for word in compounds:
        assert index.lookup(word) == wordfreq.zipf_frequency(word, "en"), word



def test_index_answers_latin_words_it_does_not_list_and_trailing_apostrophes(tmp_path):
    index = WordIndex(tmp_path / "zipf.sqlite")
    rng = random.Random(4)
    letters = "abcdeéèêëàâäôöòóûüùúçñßøåæœıłšžčřńśźżőűãõíìîïýÿğ"
    words = ["kühtreiber", "edwards'", "networks’", "calmette-guérin", "guillain-barré", "lüscher", "x'"]
    for _ in range(1500):
        words.append("".join(rng.choice(letters) for _ in range(rng.randint(2, 9))))
        words.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 7))) + rng.choice("'’"))
        words.append("-".join("".join(rng.choice(letters) for _ in range(rng.randint(2, 6))) for _ in range(2)))
        # with an apostrophe inside: kept whole after three letters or more, split after one or two ("d'arcy")
        words.append("".join(rng.choice(letters) for _ in range(rng.randint(1, 7))) + rng.choice("'’")
                     + "".join(rng.choice(letters) for _ in range(rng.randint(1, 5))))
    listed_latin = [w for w in wordfreq.get_frequency_dict("en", "best") if not is_simple(w) and w.isalpha()]
    for _ in range(1500):  # compounds with listed accented words ("calmette-guérin")
        words.append("-".join(rng.sample(listed_latin, 1) + [rng.choice(listed_latin + ["based", "old", "lüscher"])]))
    words += ["faustman's", "sarkozy’s", "o'brien", "d'arcy", "il'yasova", "d'onofrio", "qu'un", "l'arc"]
    for _ in range(1500):  # letters and digits: handles, model numbers
        words.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randint(2, 9))))
    words += ["quit4baby", "ian56", "mrubin1971", "g7", "mh17", "5g", "19th", "1990s", "a380", "covid19", "2020"]
    answered = count_answered_as_wordfreq_does(index, words)
    assert answered > 0.8 * len(words)
    # wordfreq is left only letter-digit words whose numbers as zeros it lists ("mh17"), words that
    # case-folding would change ("ß") and other scripts
    def latin_letters_only(word):
        return word == word.casefold() and all(not c.isalnum() or "LATIN" in unicodedata.name(c) for c in word)

    assert [w for w in words if latin_letters_only(w) and index.lookup(w) is None] == []
    assert index.lookup("faustman's") == 0.0 and index.lookup("calmette-guérin") > 0 and index.lookup("d'arcy") is not None
    assert index.lookup("quit4baby") == 0.0 and index.lookup("ian56") == 0.0
    assert index.lookup("mh17") is None and index.lookup("ααββγγδ") is None  # listed as "mh00", other scripts: wordfreq's call


def test_index_reads_words_with_hyphens_and_apostrophes_as_wordfreq_tokenizes_them(tmp_path):
    """Split at hyphens, edge apostrophes left out, a straight apostrophe after one or
    two letters and before a vowel splitting ("d'arcy"), any other kept inside ("o'neill",
    "d’arcy"): every such word of Latin letters gets wordfreq's own figure."""
    index = WordIndex(tmp_path / "zipf.sqlite")
    rng = random.Random(12)
    letters = "abcdeéèêëàâäôöòóûüùúçñøåæœhy"
    words = ["qv-", "-based", "murphy-o'connor", "o'brien-murphy", "mo'unga", "il'yasova", "d'optométrie", "wa’el",
             "bristol-myers’", "d’arcy", "l'hôpital", "qu'un", "rock'n'roll"]
    for _ in range(3000):
        pieces = []
        for _ in range(rng.randint(1, 3)):
            piece = "".join(rng.choice(letters) for _ in range(rng.randint(0, 4)))
            if rng.random() < 0.6:
                piece += rng.choice("'’") + "".join(rng.choice(letters) for _ in range(rng.randint(0, 5)))
            pieces.append(piece)
        words.append("-".join(pieces))
    with_apostrophes = [w for w in wordfreq.get_frequency_dict("en", "best") if "'" in w]
    for _ in range(1000):
        first, second = rng.sample(with_apostrophes, 2)
        words += [f"{first}-{second}", first.replace("'", "\u2019"), f"{first}-{second.replace(chr(39), chr(0x2019))}"]
    answered = count_answered_as_wordfreq_does(index, words)
    assert answered > 0.95 * len(words)  # not listed words with two apostrophes, digits or other scripts in a compound
    assert index.lookup("rock'n'roll") == wordfreq.zipf_frequency("rock'n'roll", "en")  # listed: read from the index


def _fragments_by_hand(top_words):
    """Which common word a fragment comes from, worked out word by word as the truncation rules first did."""
    tails, heads = {}, set()
    for word in top_words:
        if word.isalpha() and len(word) >= 4:
            for cut in range(2, len(word) - 1):
                tails.setdefault(word[cut:], word)
            heads.update(word[:cut] for cut in range(2, min(8, len(word) - 1)))
    return tails, heads


def test_index_finds_the_common_word_a_fragment_was_cut_from(tmp_path, monkeypatch):
    from newslint.engine import wordindex

    index = WordIndex(tmp_path / "zipf.sqlite")
    top = wordfreq.top_n_list("en", wordindex.TOP_WORDS)  # the most common first: the index must answer in this order
    tails, heads = _fragments_by_hand(top)
    rng = random.Random(5)
    words = rng.sample(top, 400) + ["estimates", "government", "café", "o'clock", "naïveté", "x", ""]
    fragments = {w[i:j] for w in words for i in range(len(w)) for j in range(i, len(w) + 1)}
    fragments |= {"".join(rng.choice("abcdeilmnorstuáé'") for _ in range(rng.randint(1, 9))) for _ in range(3000)}
    fragments |= set(rng.sample(sorted(tails), 3000)) | set(rng.sample(sorted(heads), 3000))
    assert index.word_ending_with("imates") == "estimates" and index.word_beginning_with("gover")
    # the same answers from the index, and from the dict and set a run builds when there is no cache folder
    monkeypatch.setattr(wordindex, "_top_words", lambda: top)
    in_memory = WordIndex(None)
    for fragment in fragments:
        assert index.word_ending_with(fragment) == tails.get(fragment) == in_memory.word_ending_with(fragment), fragment
        assert index.word_beginning_with(fragment) == (fragment in heads) == in_memory.word_beginning_with(fragment), fragment
