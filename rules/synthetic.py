"""Synthetic rules (SY): machine-written filler and unsourced exhortation.

Text generators leave two kinds of trace in a news story. One is the
editorial voice no reporter uses in their own name: a call to unity or
urgency ("The consequences of inaction could be dire, and leaders are
urged to act swiftly") that no one is said to have made. The other is a
density of stock phrases ("it's important to note", "plays a crucial
role", "a testament to") and of the words whose frequency jumped with
language models (Kobak et al. 2024: "delve", "tapestry", "intricate").

Every rule here reads only the text outside quotation marks (a politician
may exhort; a quoted exhortation is attributed), judges phrases by their
density in a passage, never one word, and leaves translated text alone:
translation has its own stiffness (TL rules), not these phrases.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from newslint import Option, Rule, Severity
from newslint.engine import text as textutil

__all__ = ["LlmVocabularyDensity", "StockPhraseDensity", "UnsourcedExhortation"]


def unquoted_words(article, masked: str) -> list[textutil.Span]:
    """The article's words that stand outside quotations."""
    return [w for w in article.words if masked[w.start] != " "]


def labelled_lines(article) -> set[int]:
    """0-based indices of lines that open with a speaker label (a transcript's turns)."""
    return {i for i, line in enumerate(article.lines) if textutil.SPEAKER_LABEL.match(line)}


def _compile(patterns: dict[str, str]) -> regex.Pattern:
    body = "|".join(f"(?P<{name}>{pattern})" for name, pattern in patterns.items())
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])", regex.I)


# --- SY101 -------------------------------------------------------------------

_BE = r"(?:is|are|was|were|be|being|been|remain|remains)"
_ADVERB = r"(?:(?:now|also|again|therefore|hereby|strongly|all|once again|likewise) )?"
#: the frames of a call to action: each one a signal
EXHORTATION_FRAMES = _compile({
    "passive_call": rf"{_BE} {_ADVERB}(?:urged|called upon|called on|encouraged|implored|exhorted|compelled)"
                    r" to",
    "time_for": r"(?:this|now|today|it) is (?:the |a )?(?:time|moment|hour) (?:for|to)"
                r"|the time (?:has come|is now|is ripe) (?:for|to)|now is (?:not )?the time|the time to act is now",
    "together": r"(?:stand|stands|standing|unite|uniting|rally|rallying|band|remain|remaining|stay|staying)"
                r" (?:together|united|as one|shoulder to shoulder|unified)"
                r"|(?:must|should|need to|needs to|have to|has to|ought to) (?:all )?(?:work|come|pull|act|stand"
                r"|band|rally) together",
    "in_the_face": r"in the face of (?:this|these|such|the|growing|mounting|rising|an?|any)"
                   r" (?:[\p{L}-]+ )?(?:threats?|challenges?|adversity|aggression|crisis|crises|dangers?"
                   r"|uncertainty|provocations?)",
    "imperative": r"it(?: is|['’]s) (?:now |therefore |more |all the more )?(?:imperative|crucial|essential|vital"
                  r"|critical|paramount|incumbent|high time)",
    "inaction": r"(?:consequences|cost|costs|price|dangers|risks|perils) of (?:inaction|doing nothing|complacency"
                r"|indifference)",
    "dire": r"(?:could|would|will|may|might) (?:well )?(?:be|prove) (?:dire|catastrophic|devastating|disastrous"
            r"|grave|irreversible)",
    "swift": r"(?:act|acts|acting|respond|responds|move|moving) (?:swiftly|decisively|urgently|boldly|resolutely)"
             r"|(?:swift|swiftly|decisive|decisively|urgent|urgently|bold|boldly) and (?:decisive|decisively"
             r"|swift|swiftly|united|resolute|resolutely|coordinated|concerted)",
    "collective_must": r"(?:we|the (?:international|global|world) community|the world|world leaders|leaders"
                       r"|nations|allies|everyone|all of us|society|governments|policymakers)"
                       r" (?:must|should|need to|have to|cannot afford to|can ill afford to|ought to)"
                       r"(?! (?:have|be said|be noted))",
    "let_us": r"let us|let['’]s (?:not )?(?:stand|work|come|unite|hope|remember|ensure|make)",
    "stakes": r"the stakes (?:could not|couldn['’]t|have never been|are) (?:be )?(?:higher|high)"
              r"|no time to (?:waste|lose)|must not be allowed to|cannot be allowed to|now more than ever"
              r"|(?:must|cannot|can['’]t|should) not stand idly by|(?:cannot|can['’]t) stand idly by",
    "only_through": r"only (?:through|by|with) [^.;!?\n]{1,60}? can (?:we|the|they|nations|leaders|europe|the world)",
})
#: abstract urgency and unity vocabulary: weak signals, one each at most
URGENCY_WORDS = frozenset(
    """unity solidarity collective collectively together resolute resolutely steadfast unwavering
    decisive decisively swift swiftly urgent urgently urgency inaction dire vigilant vigilance
    imperative concerted perilous unified unite united""".split()
)
#: what names a source in the sentence: a speech verb outside the quotation marks
ATTRIBUTION = regex.compile(
    r"(?<![\p{L}])(?:said|says|say|saying|told|tells|telling|added|adds|according to|wrote|writes|writing"
    r"|stated|states|noted|notes|explained|explains|argued|argues|arguing|insisted|insists|insisting"
    r"|warned|warns|warning|claimed|claims|believes|believe|believed|thinks|think|reckons|reckoned"
    r"|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|declared|declares|announced|announces|urged|urges"
    r"|urging|appealed|appeals|pleaded|pleads|called for|calls for|calling for|called on|calls on|calling on"
    r"|called upon|calls upon|calling upon"
    r"|asked|asks|vowed|vows|pledged|pledges|promised|promises|suggested|suggests|predicted|predicts"
    r"|admitted|admits|acknowledged|concluded|recommended|recommends|proposed|proposes|demanded|demands"
    r"|in a statement|in his|in her|in their|spokesman|spokeswoman|spokesperson|quoted|cited)(?![\p{L}])",
    regex.I,
)
_PASSIVE_BEFORE = regex.compile(rf"(?:{_BE}|are being|is being|were being|was being) {_ADVERB}\Z", regex.I)
_WORD = regex.compile(r"\p{L}+")


def _is_attributed(masked_sentence: str) -> bool:
    """A speech verb in active voice (a passive "are urged to" names no one)."""
    for match in ATTRIBUTION.finditer(masked_sentence):
        if match.group().lower() in ("urged", "called on", "called upon", "appealed") and _PASSIVE_BEFORE.search(
            masked_sentence[max(0, match.start() - 40): match.start()].rstrip() + " "
        ):
            after = masked_sentence[match.end(): match.end() + 40]
            if not regex.match(r"\s+by\b", after):
                continue
        return True
    return False


def exhortation_signals(masked_sentence: str) -> tuple[list[str], list[str]]:
    """(frames, urgency words) found in a sentence's unquoted text."""
    frames = []
    covered = []
    for match in EXHORTATION_FRAMES.finditer(masked_sentence):
        if match.lastgroup != "only_through":  # its middle is free text, whose words count
            covered.append(match.span())
        if match.lastgroup not in frames:
            frames.append(match.lastgroup)
    found = []
    covered_starts = [start for start, _ in covered]
    for match in _WORD.finditer(masked_sentence):
        index = bisect.bisect_right(covered_starts, match.start()) - 1
        if index >= 0 and match.start() < covered[index][1]:
            continue  # a frame's own word is not a second signal
        word = match.group()
        if word in URGENCY_WORDS and word not in found:  # lower case only: not "United Nations"
            found.append(word)
    return frames, found


class UnsourcedExhortation(Rule):
    """Finds a call to unity or urgent action that nobody in the story makes.

    What it finds: a sentence outside quotation marks that combines the
    frames of an exhortation ("This is a time for ...", "leaders are urged
    to", "must stand together", "in the face of this threat", "the
    consequences of inaction could be dire", "act swiftly and decisively")
    with each other or with abstract urgency words (unity, solidarity,
    decisive, urgent), where no speaker and no speech verb (said, urged,
    called for, according to) stand in the sentence. A passive call with no
    agent ("are urged to") names no one and does not count as a source.
    Sentences in speaker-labelled turns (a transcript) are left alone.

    Why it matters: a news report relates who called for what; it does not
    exhort its readers in its own voice. An unsourced call to action is the
    editorial filler that text generators add to the end of a paragraph, or
    an opinion passed off as reporting.

    Example: ``The consequences of inaction could be dire, and leaders are
    urged to act swiftly and decisively.``

    Use instead: attribute the call to whoever made it ("NATO's chief urged
    allies to ..."), or delete the sentence.
    """

    code = "SY101"
    name = "unsourced-exhortation"
    category = "synthetic"
    severity = Severity.warning
    confidence = 0.7
    options = {
        "min_signals": Option(2, "frames plus urgency words (at most two of these) needed in one sentence"),
        "min_frames": Option(1, "exhortation frames needed in one sentence"),
    }

    def check(self, article):
        masked = article.unquoted_text
        starts = [s.start for s in article.sentences]
        candidates = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in EXHORTATION_FRAMES.finditer(masked)})
        if not candidates:
            return
        labelled = labelled_lines(article)
        headline = article.headline
        for index in candidates:
            if index < 0:
                continue
            sentence = article.sentences[index]
            if headline is not None and headline.start <= sentence.start < headline.end:
                continue  # headlines are written in the passive ("Firms urged to act")
            if article.line_of(sentence.start) - 1 in labelled:
                continue
            unquoted = masked[sentence.start:sentence.end]
            frames, words = exhortation_signals(unquoted)
            if len(frames) < self.settings["min_frames"]:
                continue
            if len(frames) + min(len(words), 2) < self.settings["min_signals"]:
                continue
            if _is_attributed(unquoted):
                continue
            signals = ", ".join(f.replace("_", " ") for f in frames)
            confidence = min(0.9, 0.55 + 0.1 * len(frames) + 0.05 * min(len(words), 2))
            yield self.hit(
                sentence.start,
                sentence.end,
                f"unsourced exhortation {textutil.quoted(sentence.text)} ({signals}): "
                f"no one in the story is said to make this call",
                confidence=confidence,
            )


# --- SY102 -------------------------------------------------------------------

#: stock phrases of machine-written prose, each weighted: 1.0 for the
#: signatures of generated text, 0.5 for phrases reporters also use
STOCK_PHRASES: dict[str, tuple[float, str]] = {
    "important_to_note": (1.0, r"it(?: is|['’]s) (?:(?:also|equally|particularly) )?(?:important|crucial|essential"
                               r"|vital|worth) (?:to (?:note|remember|recogni[sz]e|consider|understand|emphasi[sz]e"
                               r"|highlight|acknowledge|mention)|noting|mentioning)"),
    "worth_noting": (1.0, r"(?:worth noting|noteworthy)(?= that|,)"),
    "todays_world": (1.0, r"in today['’]s (?:fast-paced|digital|modern|ever-changing|interconnected|rapidly changing"
                          r"|complex|globali[sz]ed) (?:world|age|landscape|society|era|environment)"),
    "ever_evolving": (1.0, r"ever-(?:evolving|changing) (?:world|landscape|nature)|(?:rapidly|constantly) evolving"
                           r" landscape"),
    "crucial_role": (1.0, r"play(?:s|ed|ing)? (?:a|an) (?:crucial|pivotal|vital|instrumental|integral) role"),
    "testament": (1.0, r"(?:a|stands as a|serves as a|is a) testament to"),
    "time_will_tell": (1.0, r"only time will tell"),
    "reminder": (0.5, r"serves? as a (?:stark |powerful |poignant |sobering |timely )?reminder"),
    "delve": (1.0, r"delv(?:e|es|ed|ing) (?:deeper )?into"),
    "tapestry": (1.0, r"(?:rich|intricate|vibrant|complex) tapestry|tapestry of"),
    "navigate": (1.0, r"navigat(?:e|es|ed|ing) (?:the|these|this|its|their) (?:complex(?:ities)?|intricacies"
                      r"|challenges|complicated|uncertain|turbulent|evolving)"),
    "underscore": (1.0, r"(?:underscor|highlight|emphasi[sz])(?:e|es|ed|ing) the (?:importance|need|significance"
                        r"|urgency|critical)"),
    "pressing_issue": (1.0, r"(?:this|these|such|the) (?:pressing|critical) (?:issues?|matters?|concerns?|topic)"),
    "insights": (1.0, r"(?:for|sharing) your (?:valuable )?insights|valuable insights"),
    "beacon": (1.0, r"a beacon of (?:hope|light|stability|democracy)"),
    "realm": (1.0, r"in the realm of"),
    "myriad": (1.0, r"a (?:myriad|plethora) of"),
    "foster": (1.0, r"foster(?:s|ed|ing)? (?:a )?(?:sense|culture|spirit|climate) of"),
    "broader_context": (0.5, r"(?:the|a) (?:broader|wider) (?:context|implications|security context)"),
    "potential": (1.0, r"(?:unlock|unleash|harness)(?:es|s|ed|ing)? (?:the|its|their) (?:full )?(?:potential|power)"),
    "journey": (1.0, r"embark(?:s|ed|ing)? on (?:a|this|their) journey"),
    "in_conclusion": (1.0, r"(?:in conclusion|in summary|to sum up|all in all),"),
    "clear_message": (0.5, r"send(?:s|ing)? (?:a|the) (?:clear|strong|powerful|unmistakable) message"),
    "become_clear": (0.5, r"it(?: has|['’]s) become (?:increasingly )?clear that"),
    "proactive": (0.5, r"vigilant and proactive|proactive and vigilant|proactive approach|proactive measures"),
    "unity_resolve": (1.0, r"(?:unity|solidarity) and (?:resolve|determination)|(?:resolve|determination) and unity"),
    "steadfast": (1.0, r"(?:remains?|remained|stands?) (?:steadfast|unwavering)|unwavering (?:support|commitment"
                       r"|dedication|resolve)|steadfast (?:support|commitment|resolve)"),
    "multifaceted": (1.0, r"multifaceted|meticulous(?:ly)?|commendable|intricacies"),
    "courtesy": (1.0, r"thank you for (?:having me|joining us|the opportunity)"),
    "moving_forward": (0.5, r"as we (?:navigate|move forward|look ahead|look to the future)|moving forward,"),
    "step_forward": (0.5, r"(?:a|marks a) (?:significant|major|crucial|pivotal) step (?:forward|towards|toward)"),
    "delicate_balance": (0.5, r"(?:a|the) delicate balance|strik(?:e|es|ing) a (?:delicate |careful )?balance"),
    "complexities": (0.5, r"the complexities of|complex and (?:multifaceted|evolving|nuanced)|nuanced"),
    "landscape": (0.5, r"(?:political|geopolitical|security|media|digital|economic|global|regulatory) landscape"),
    "paramount": (0.5, r"(?:is|are|remains) (?:of )?paramount(?: importance)?"),
    "collective_call": (0.5, r"the (?:international|global) community (?:must|should|needs to|will)"),
}
STOCK_PATTERN = _compile({name: pattern for name, (_, pattern) in STOCK_PHRASES.items()})


@dataclass
class PhraseMatch:
    start: int
    end: int
    name: str
    weight: float
    word_index: int  # words before the match in the article


def stock_phrases(article) -> tuple[list[PhraseMatch], int]:
    """Stock phrases outside quotations, and the article's unquoted word count."""
    masked = article.unquoted_text
    word_starts = [w.start for w in article.words]  # quoted words count in a passage's length
    found = []
    for match in STOCK_PATTERN.finditer(masked):
        name = match.lastgroup
        found.append(PhraseMatch(match.start(), match.end(), name, STOCK_PHRASES[name][0],
                                 bisect.bisect_left(word_starts, match.start())))
    return found, len(unquoted_words(article, masked))


def phrase_clusters(found: list[PhraseMatch], max_gap: int) -> list[list[PhraseMatch]]:
    """Runs of phrase matches with at most ``max_gap`` words between neighbours."""
    clusters: list[list[PhraseMatch]] = []
    for match in found:
        if clusters and match.word_index - clusters[-1][-1].word_index <= max_gap:
            clusters[-1].append(match)
        else:
            clusters.append([match])
    return clusters


def cluster_score(cluster: list[PhraseMatch]) -> float:
    """Summed weights, each phrase counted at most twice."""
    seen: dict[str, int] = {}
    score = 0.0
    for match in cluster:
        seen[match.name] = seen.get(match.name, 0) + 1
        if seen[match.name] <= 2:
            score += match.weight
    return score


class StockPhraseDensity(Rule):
    """Finds a passage dense with the stock phrases of machine-written prose.

    What it finds: a run of text, outside quotation marks, where phrases
    typical of generated text ("it's important to note", "plays a crucial
    role", "a testament to", "navigate the complexities", "this pressing
    issue", "unity and resolve", "only time will tell") come at a density
    that edited news does not reach: by default phrases worth at least 3
    points (signature phrases 1, phrases reporters also use 0.5), of at
    least two kinds, at 4 or more points per thousand words of the passage.
    One phrase is never enough.

    Why it matters: these phrases carry no information; a passage made of
    them is padding that a text generator wrote, often around facts taken
    from the story itself. Edited news uses them rarely (calibrated on BBC
    News, where no article reaches the threshold).

    Example: ``It's important to note that the figures are hard to verify.
    The alliance must show unity and resolve on this pressing issue, and
    only time will tell whether it does.``

    Use instead: cut the filler and keep the facts, or check where the
    passage came from.
    """

    code = "SY102"
    name = "stock-filler-density"
    category = "synthetic"
    severity = Severity.warning
    confidence = 0.65
    options = {
        "min_score": Option(3.0, "weighted phrases needed in one passage"),
        "min_density": Option(4.0, "weighted phrases per thousand words of the passage"),
        "min_window": Option(250, "shortest passage, in words, a density is measured over"),
        "max_gap": Option(300, "most words between two phrases of one passage"),
    }

    def check(self, article):
        found, _ = stock_phrases(article)
        for cluster in phrase_clusters(found, self.settings["max_gap"]):
            score = cluster_score(cluster)
            if score < self.settings["min_score"] or len({m.name for m in cluster}) < 2:
                continue
            span_words = cluster[-1].word_index - cluster[0].word_index + 1
            density = 1000 * score / max(span_words, self.settings["min_window"])
            if density < self.settings["min_density"]:
                continue
            examples = []
            for match in cluster:
                phrase = textutil.shorten(article.text[match.start:match.end], 40)
                if phrase.lower() not in (e.lower() for e in examples):
                    examples.append(phrase)
            shown = ", ".join(repr(e) for e in examples[:4]) + (", …" if len(examples) > 4 else "")
            yield self.hit(
                cluster[0].start,
                cluster[-1].end,
                f"{len(cluster)} stock phrases of machine-written prose in {span_words} words ({shown})",
                confidence=min(0.9, 0.5 + 0.05 * score),
            )


# --- SY103 -------------------------------------------------------------------

#: words whose frequency jumped with language models (Kobak et al. 2024,
#: Liang et al. 2024), weighted: 1.0 where edited news before 2020 hardly
#: uses them, 0.5 where it does now and then
LLM_WORDS: dict[str, float] = {
    **dict.fromkeys(
        """delve delves delved delving tapestry tapestries commendable meticulous meticulously intricate
        intricately intricacies multifaceted underscore underscores underscored underscoring realm realms
        unwavering noteworthy nuanced holistic invaluable resonate resonates resonated elevate elevates
        elevating steadfast insights fostering bolstering bolsters robustly transformative showcasing
        garner garnering synergy synergies unparalleled""".split(),
        1.0,
    ),
    **dict.fromkeys(
        """crucial pivotal foster fosters bolster navigate navigates navigating landscape landscapes robust
        leverage leveraging comprehensive enhance enhances enhancing profound notably vibrant paramount
        seamless seamlessly testament groundbreaking showcase showcases""".split(),
        0.5,
    ),
}


def llm_vocabulary(article) -> tuple[list[textutil.Span], float, int]:
    """(matched words, weighted count of distinct words, unquoted word count) of an article.

    Each distinct word counts once: a text that repeats one word is about that
    thing ("comprehensive care"), not written in a model's idiom.
    """
    masked = article.unquoted_text
    all_words = unquoted_words(article, masked)
    matched = [
        w for w in all_words
        if w.text.lower() in LLM_WORDS and (w.text.islower() or textutil.sentence_initial(masked, w.start))
    ]  # a capitalised word mid-sentence is a name: Foster, Paramount
    distinct = {w.text.lower() for w in matched}
    return matched, sum(LLM_WORDS[w] for w in distinct), len(all_words)


class LlmVocabularyDensity(Rule):
    """Finds an article unusually rich in the vocabulary of language models.

    What it finds: an article whose text outside quotation marks uses words
    whose frequency jumped with language models ("delve", "tapestry",
    "intricate", "multifaceted", "underscore", "unwavering", "fostering",
    and less strongly "crucial", "pivotal", "landscape", "robust") at a
    density edited news does not reach: by default at least three distinct
    words worth 3 points (1 for rare ones, 0.5 for common ones; each word
    counts once), at 3 or more points per thousand words. Capitalised words
    in mid-sentence are names (Foster, Paramount) and do not count.

    Why it matters: a weak signal that the text was generated or heavily
    rewritten by a model; worth a look together with SY101 and SY102, never
    proof on its own (hence severity info).

    Example: ``The report delves into the intricate, multifaceted landscape of
    regional security and underscores the unwavering resolve of the allies.``
    """

    code = "SY103"
    name = "llm-vocabulary-density"
    category = "synthetic"
    severity = Severity.info
    confidence = 0.4
    options = {
        "min_score": Option(3.0, "weighted words needed in the article"),
        "min_distinct": Option(3, "distinct words needed"),
        "min_density": Option(3.0, "weighted distinct words per thousand words"),
        "min_words": Option(300, "shortest text, in words, a density is measured over"),
    }

    def check(self, article):
        matched, score, total = llm_vocabulary(article)
        distinct = sorted({w.text.lower() for w in matched}, key=lambda w: (-LLM_WORDS[w], w))
        if score < self.settings["min_score"] or len(distinct) < self.settings["min_distinct"]:
            return
        density = 1000 * score / max(total, self.settings["min_words"])
        if density < self.settings["min_density"]:
            return
        shown = ", ".join(repr(w) for w in distinct[:5]) + (", …" if len(distinct) > 5 else "")
        yield self.hit(
            matched[0].start,
            matched[-1].end,
            f"{len(matched)} words typical of language models ({shown}), {density:.1f} per thousand words",
        )
