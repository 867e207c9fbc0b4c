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

Generated text also leaves plainer traces when it is pasted unread: the
chat assistant's own words around the article ("Certainly! Here is a
polished version ...", "I hope this helps") and the scaffolding of an
explainer ("Key takeaways:", "TL;DR", "In conclusion,"). A single closing
paragraph of filler in an otherwise human story is found by the density of
stock moves within a few sentences, not over the whole article.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from newslint import Option, Rule, Severity
from newslint.engine import text as textutil

__all__ = [
    "AssistantResidue", "GeneratedScaffolding", "LlmVocabularyDensity", "StockPhraseDensity", "UnsourcedExhortation",
]


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
                       r"|nations|allies|everyone|all of us|society|governments|policymakers)(?: everywhere)?"
                       r" (?:must|should|need to|have to|cannot afford to|can ill afford to|ought to)"
                       r"(?! (?:have|be said|be noted))",
    "let_us": r"let us|let['’]s (?:not )?(?:stand|work|come|unite|hope|remember|ensure|make)",
    "stakes": r"the stakes (?:could not|couldn['’]t|have never been|are) (?:be )?(?:higher|high)"
              r"|no time to (?:waste|lose)|must not be allowed to|cannot be allowed to|now more than ever"
              r"|(?:must|cannot|can['’]t|should) not stand idly by|(?:cannot|can['’]t) stand idly by",
    "only_through": r"only (?:through|by|with) [^.;!?\n]{1,60}? can (?:we|the|they|nations|leaders|europe|the world)",
    "too_late": r"before it(?:['’]s| is) too late|while there is still time",
    "owe_it": r"(?:we|they|you|leaders|governments|society) owe it to (?:future generations|our children|the next"
              r" generation|the victims|ourselves|them)",
    "part_to_play": r"(?:everyone|all of us|each of us|we all|every one of us) (?:has|have) a (?:part|role) to play",
    "stand_up": r"stand up and be counted|enough is enough|(?:action|deeds), not words|what is needed now is"
                r"|(?:must|cannot|can['’]t|should) (?:not )?look away|rise to the (?:challenge|occasion)",
    "together_we": r"together,? we can|only together can",
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
#: signatures of generated text, 0.5 for phrases reporters also use. Each
#: entry is one rhetorical move (a wrap-up, a hedge, a call to the future),
#: written as the family of its wordings, never as one text's string.
STOCK_PHRASES: dict[str, tuple[float, str]] = {
    # the signposting of an essay
    "important_to_note": (1.0, r"it(?: is|['’]s) (?:(?:also|equally|particularly) )?(?:important|crucial|essential"
                               r"|vital|worth) (?:to (?:note|remember|recogni[sz]e|consider|understand|emphasi[sz]e"
                               r"|highlight|acknowledge|mention|bear in mind)|noting|mentioning)"),
    "worth_noting": (1.0, r"(?:worth noting|noteworthy)(?= that|,)"),
    "in_conclusion": (1.0, r"(?:in conclusion|in summary|to sum up|all in all|to summari[sz]e|in closing),"),
    "ultimately": (0.5, r"(?<=(?:^|[\n.!?:])[ \t]{0,3})ultimately,"),
    "becomes_clear": (0.5, r"it(?: has| is|['’]s)? (?:become|becomes|becoming) (?:increasingly )?(?:clear|evident"
                           r"|apparent) that"),
    "key_takeaways": (1.0, r"(?:the|key|main|big) takeaways?|tl;?dr"),
    "self_reference": (1.0, r"(?:the|this) (?:story|article|piece|report) above|this (?:article|piece|post) (?:has )?"
                            r"(?:explores|explored|examines|examined|explains|explained|discusses|discussed|delves"
                            r"|looks at|looked at|covered|outlined)|in this article,? we"),
    # the age we live in
    "todays_world": (1.0, r"in today['’]s (?:[\p{L}-]+,? (?:and )?){0,3}(?:world|age|landscape|society|era"
                          r"|environment|climate|economy|marketplace)"),
    "ever_evolving": (1.0, r"ever-(?:evolving|changing) (?:world|landscape|nature|environment)|(?:rapidly|constantly"
                           r"|fast|ever) (?:evolving|changing|shifting) (?:[\p{L}-]+ )?(?:landscape|environment|world"
                           r"|marketplace)"),
    "dynamic_landscape": (1.0, r"(?:increasingly|ever more|ever-more) (?:dynamic|complex|interconnected|uncertain"
                               r"|competitive|polari[sz]ed|volatile|crowded|digital) (?:landscape|world|environment"
                               r"|era|climate|market)|dynamic landscape"),
    "in_a_world": (1.0, r"in a world (?:where|that|of|increasingly)|in an (?:age|era) (?:where|of|when)"),
    "more_than_ever": (1.0, r"(?:more|as) (?:important|urgent|relevant|critical|vital|crucial|pressing) (?:now )?than"
                            r" ever|(?:has|have) never been more (?:important|urgent|relevant|critical|vital|crucial"
                            r"|pressing|apparent)"),
    # the significance of it all
    "crucial_role": (1.0, r"play(?:s|ed|ing)? (?:a|an) (?:crucial|pivotal|vital|instrumental|integral) role"),
    "testament": (1.0, r"(?:a|stands as a|serves as a|is a) testament to"),
    "reminder": (1.0, r"serv(?:e|es|ed|ing) as (?:a |an )?(?:[\p{L}-]+ ){0,2}(?:reminder|wake-up call|cautionary tale"
                      r"|catalyst|blueprint|springboard|rallying cry|microcosm)|(?:a|is a) (?:stark|powerful|poignant"
                      r"|sobering) reminder"),
    "milestone": (1.0, r"marks? (?:a|an) (?:significant|major|important|pivotal|key|historic|crucial|defining)"
                       r" (?:milestone|moment|turning point|chapter|step)|(?:a|this) (?:pivotal|defining|watershed)"
                       r" moment"),
    "far_reaching": (0.5, r"far-reaching (?:implications|consequences|effects|ramifications)"
                          r"|wide-ranging (?:implications|consequences|effects|ramifications)"),
    "ripple_effects": (1.0, r"ripple effects?|felt far and wide"),
    "from_to": (0.5, r"from (?:boardrooms|living rooms|classrooms|kitchen tables|main street|wall street|grassroots"
                     r"|factory floors?|city halls?)(?: [\p{L}-]+)? to [\p{L}-]+(?: [\p{L}-]+)?"
                     r"|from (?:seasoned|ordinary|local|small|young|first-time|casual)(?: [\p{L}-]+)? to"
                     r" (?:[\p{L}-]+ )?"
                     r"(?:boardrooms|living rooms|classrooms|politicians|veterans|leaders|giants|fans|experts"
                     r"|professionals|communities|households|businesses)"),
    "underscore": (1.0, r"(?:underscor|highlight|emphasi[sz])(?:e|es|ed|ing) the (?:importance|need|significance"
                        r"|urgency|critical|delicate|complex|intricate)"),
    "interplay": (1.0, r"(?:intricate|complex|delicate|dynamic|fascinating|subtle) interplay"),
    "power_of": (1.0, r"the (?:power|importance|value) of (?:perseverance|community|collaboration|resilience|hope"
                      r"|unity|dialogue|teamwork|determination|innovation|kindness|storytelling|human connection"
                      r"|compassion|courage)|the (?:indomitable |resilient )?human spirit"),
    "at_heart": (1.0, r"(?:is|are|was|remains),? at (?:its|their|his|her) (?:heart|core),|at (?:its|their) (?:heart"
                      r"|core), (?:this|it|the story) is"),
    "pursuit": (1.0, r"(?:relentless|tireless|unwavering|unrelenting|ceaseless) pursuit of"),
    "deserves_attention": (1.0, r"deserves? our (?:attention|support|action|respect)"),
    # the future, the road and the stakes
    "time_will_tell": (1.0, r"only time will (?:tell|reveal|show)|time will (?:tell|reveal|show) (?:whether|if|how)"),
    "remains_seen": (0.5, r"(?:it )?remains to be seen"),
    "one_thing_certain": (1.0, r"one thing (?:is|remains) (?:certain|clear|for sure)"),
    "stakes_higher": (1.0, r"the stakes (?:have never been|could not be|couldn['’]t be|are) higher"),
    "road_ahead": (0.5, r"the (?:road|path|way|journey) (?:ahead|forward)"),
    "dust_settles": (1.0, r"(?:as|once|when|after) the dust (?:begins to |starts to |has |finally |slowly )?"
                          r"(?:settle[sd]?|settling)"),
    "coming_crucial": (1.0, r"the (?:coming|next few|next) (?:days|weeks|months|years) (?:will|could|may) (?:be|prove)"
                            r" (?:crucial|critical|pivotal|decisive)"),
    "generations": (1.0, r"for (?:generations|years|decades) to come"),
    "brighter_future": (1.0, r"(?:brighter|fairer|more (?:prosperous|sustainable|inclusive|equitable|resilient|hopeful"
                             r"|just))(?:,? (?:and )?(?:more )?(?:prosperous|sustainable|inclusive|equitable|resilient"
                             r"|hopeful|just|brighter|fairer))* future"),
    "shape_future": (0.5, r"shap(?:e|es|ed|ing) the future"),
    "pave_the_way": (0.5, r"pav(?:e|es|ed|ing) the way for"),
    "bear_fruit": (0.5, r"bear fruit|rise to the occasion"),
    "challenges_ahead": (1.0, r"(?:challenges|obstacles|hurdles|difficulties) (?:that )?lie ahead|(?:challenges|risks)"
                              r" (?:as well as|and) (?:the )?opportunities|opportunities (?:as well as|and) (?:the )?"
                              r"(?:challenges|pitfalls|risks)"),
    "fluid": (0.5, r"(?:situation|picture) (?:remains|is) (?:fluid|evolving)|the full picture"),
    "navigate": (1.0, r"navigat(?:e|es|ed|ing) (?:the|these|this|its|their|an?) (?:[\p{L}-]+ )?(?:complex(?:ities)?"
                      r"|intricacies|challenges|uncertaint(?:y|ies)|landscape|waters|terrain|maze|complicated"
                      r"|turbulent|evolving)"),
    # the balanced view and the wise hedge
    "truth_between": (1.0, r"the truth (?:likely |probably |perhaps |often )?lies somewhere (?:in between|in the middle"
                           r"|between)"),
    "so_often": (1.0, r"as is (?:so )?often the case|as with (?:many|most|any|all) such"),
    "no_easy": (1.0, r"no easy (?:answers|solutions|fixes)"),
    "answer_is": (1.0, r"the answer(?:,[^,.;\n]{0,40},)? (?:is|may be|remains) (?:nuanced|complicated|complex"
                       r"|not (?:so )?simple|far from simple|not straightforward)"),
    "what_mean": (1.0, r"what does (?:this|that|it all) mean for|what (?:this|it) means for (?:you|ordinary|everyday)"),
    "while_challenges": (1.0, r"while (?:challenges|obstacles|hurdles|questions|concerns|risks) remain"),
    "potential_benefits": (0.5, r"(?:potential|long-term) benefits (?:are|could be|remain) (?:significant|considerable"
                                r"|substantial|clear|undeniable)"),
    "both_sides": (0.5, r"(?:while|whereas) (?:supporters|proponents|advocates|some|fans|backers) (?:hail|praise|see"
                        r"|view|welcome|celebrate|argue)[^.;\n]{3,80}?(?:critics|opponents|others|sceptics|skeptics"
                        r"|detractors) (?:caution|warn|argue|say|fear|worry|point out|contend)"),
    "right_direction": (0.5, r"(?:bold|significant|important|welcome|positive) step in the right direction"),
    "delicate_balance": (0.5, r"(?:a|the) delicate balance|strik(?:e|es|ing) a (?:delicate |careful )?balance"),
    "complexities": (0.5, r"the complexities of|complex and (?:multifaceted|evolving|nuanced)|nuanced|complex issue"),
    # the values a generator praises
    "unwavering": (1.0, r"(?:remains?|remained|stands?) (?:steadfast|unwavering)|(?:unwavering|steadfast|unyielding)"
                        r" (?:support|commitment|dedication|determination|resolve|focus|belief|spirit)"),
    "unity_resolve": (1.0, r"(?:unity|solidarity) and (?:resolve|determination)|(?:resolve|determination) and unity"),
    "foster": (1.0, r"foster(?:s|ed|ing)? (?:a )?(?:sense|culture|spirit|climate) of|fostering (?:open|greater"
                    r"|meaningful|collaboration|innovation|dialogue|trust|understanding)"),
    "open_dialogue": (1.0, r"(?:open|honest|meaningful|constructive) (?:and (?:honest|open|constructive) )?"
                           r"(?:dialogue|conversations)"),
    "embrace": (1.0, r"embrac(?:e|es|ed|ing) (?:innovation|change|the future|new technologies|diversity)"),
    "potential": (1.0, r"(?:unlock|unleash|harness)(?:es|s|ed|ing)? (?:the|its|their) (?:full )?(?:potential|power)"),
    "journey": (1.0, r"embark(?:s|ed|ing)? on (?:a|this|their) journey"),
    "beacon": (1.0, r"a beacon of (?:hope|light|stability|democracy)"),
    "meaningful": (0.5, r"meaningful (?:change|impact|progress|difference)|lasting (?:impact|legacy|change)"),
    "together": (0.5, r"(?:come|coming|pull|pulling|work|working) together to|rise above|hand in hand"),
    "stakeholders": (0.5, r"stakeholders|all parties involved|everyone involved"),
    # vocabulary of the models
    "delve": (1.0, r"delv(?:e|es|ed|ing) (?:deeper )?into"),
    "tapestry": (1.0, r"(?:rich|intricate|vibrant|complex) tapestry|tapestry of"),
    "multifaceted": (1.0, r"multifaceted|meticulous(?:ly)?|commendable|intricacies"),
    "realm": (1.0, r"in the realm of"),
    "myriad": (1.0, r"a (?:myriad|plethora) of"),
    "pressing_issue": (1.0, r"(?:this|these|such|the) (?:pressing|critical) (?:issues?|matters?|concerns?|topic)"),
    "insights": (1.0, r"(?:for|sharing) your (?:valuable )?insights|valuable insights"),
    "courtesy": (1.0, r"thank you for (?:having me|joining us|the opportunity)"),
    "steadfast_words": (0.5, r"vigilant and proactive|proactive and vigilant|proactive approach|proactive measures"),
    "broader_context": (0.5, r"(?:the|a) (?:broader|wider) (?:context|implications|security context)"),
    "clear_message": (0.5, r"send(?:s|ing)? (?:a|the) (?:clear|strong|powerful|unmistakable) message"),
    "moving_forward": (0.5, r"as we (?:navigate|move forward|look ahead|look to the future)|moving forward,"),
    "step_forward": (0.5, r"(?:a|marks a) (?:significant|major|crucial|pivotal) step (?:forward|towards|toward)"),
    "landscape": (0.5, r"(?:political|geopolitical|security|media|digital|economic|global|regulatory) landscape"),
    "paramount": (0.5, r"(?:is|are|remains) (?:of )?paramount(?: importance)?"),
    "collective_call": (0.5, r"the (?:international|global) community (?:must|should|needs to|will)"),
    # the commentator's clichés: weak alone, telling in company
    "like_never_before": (0.5, r"like never before|than ever before"),
    "collaboratively": (0.5, r"work(?:ing|s)? (?:collaboratively|hand in hand|in tandem)"),
    "far_beyond": (0.5, r"(?:extend|extends|reach|reaches|resonate|resonates|go|goes) far beyond"),
    "big_questions": (0.5, r"(?:raising|raises|raise|raised) (?:important|fundamental|profound|difficult|serious"
                           r"|pressing) questions|fundamental questions about"),
    "right_balance": (0.5, r"strik(?:e|es|ing) the right balance|the right balance between"),
    "hinge": (0.5, r"will (?:ultimately )?hinge on"),
    "broader_trend": (0.5, r"(?:broader|wider|larger) trend|shows? no signs? of slowing(?: down)?"),
    "far_from_over": (0.5, r"(?:is|remains) far from over|all eyes (?:will be|are|remain) on"),
    "at_stake": (1.0, r"with so much at stake|so much (?:is )?at stake"),
    "mixed_feelings": (1.0, r"a mix(?:ture)? of (?:optimism|hope|excitement|relief|enthusiasm) and (?:skepticism"
                            r"|scepticism|caution|concern|apprehension|trepidation|anxiety)"),
    "key_to_success": (1.0, r"(?:key|crucial|essential|vital|critical) to (?:ensuring|achieving|securing)"
                            r" (?:long-term |lasting |sustained )?success|(?:the|a) key to (?:survival|success"
                            r"|unlocking)"),
    "darkest_times": (1.0, r"in the darkest (?:of )?(?:times|hours|days)|hope (?:can|will) prevail"),
    "both_sides_voices": (0.5, r"voices on both sides|on both sides of the (?:debate|argument)"),
    "world_watches": (1.0, r"as the world (?:watches|looks on)"),
    "cautionary_tale": (0.5, r"cautionary tale|bittersweet (?:moment|milestone|victory|farewell)"
                             r"|shed(?:s|ding)? (?:new )?light on"),
    "true_measure": (1.0, r"the (?:true|ultimate) (?:measure|test) of"),
    "ordinary_lives": (0.5, r"everyday (?:lives|people|citizens)|ordinary (?:people|citizens|families)"),
    "commitment_to": (1.0, r"(?:commitment|dedication) to (?:progress|excellence|transparency|innovation"
                           r"|sustainability|the community|its community)"),
    "era_defined": (1.0, r"in an? (?:era|age|world|time) (?:defined|marked|shaped|dominated) by"),
    "continues_to_evolve": (1.0, r"as (?:the|this) (?:situation|story|sector|industry|landscape|debate|conversation"
                                 r"|technology|field|market|world) continues to (?:evolve|unfold|change)"
                                 r"|as (?:events|things) continue to unfold"),
    "stay_informed": (1.0, r"staying informed|stay informed"),
    "more_than_just": (0.5, r"(?:is|was) (?:much )?more than just (?:a|an)|a (?:true )?celebration of"),
    "whatever_outcome": (0.5, r"whatever the outcome|regardless of the outcome"),
    "lasting_mark": (0.5, r"(?:leave|leaves|left|leaving) (?:a )?(?:lasting|indelible) (?:mark|impression|legacy)"),
    "adversity": (1.0, r"triumph over adversity|in the face of adversity"),
    "inspire_generations": (1.0, r"inspir(?:e|es|ing) (?:future )?generations"),
    "question_now": (1.0, r"the question (?:now )?is not (?:whether|if) [^.;\n]{1,60}? but (?:how|when|whether)"),
    "rebuild_trust": (0.5, r"(?:rebuild|restore|regain) (?:public )?trust"),
    "message_clear": (0.5, r"the message is clear|(?:complacency|inaction|failure|doing nothing|indifference) is"
                           r" not an option"),
    "as_we_know_it": (0.5, r"as we know it|redefin(?:e|es|ing) the (?:industry|game|landscape|sector|future)"),
    "history_judge": (1.0, r"(?:time|history) (?:alone )?will (?:ultimately )?(?:be the judge|judge)"
                           r"|only (?:the future|history) will tell"),
    "bold_move": (0.5, r"a bold (?:move|step|gamble|bet|vision)|game-?changer|game-changing|paradigm shift"),
    "grand_scheme": (0.5, r"in the grand scheme(?: of things)?|for better or (?:for )?worse|double-edged sword"),
    "no_secret": (1.0, r"it(?: is|['’]s) no secret that"),
    "new_chapter": (0.5, r"(?:opens|marks|begins|writes|opening|marking) a new chapter|a new chapter (?:in|for)"),
    "it_is_clear": (0.5, r"it(?: is|['’]s) (?:clear|evident|undeniable) that|needless to say"),
    "only_hope": (0.5, r"(?:one|we) can only hope"),
    "in_light_of": (0.5, r"in light of (?:these|this|recent|the recent) (?:developments|events|findings)"),
    "signals_shift": (0.5, r"signal(?:s|ling|led)? a (?:broader |major |significant |fundamental )?shift"
                           r"|reflects? a (?:broader|wider|growing) (?:trend|shift|pattern)"),
    "essential_that": (0.5, r"it(?: is|['’]s) (?:essential|vital|crucial|imperative) (?:that|for)"),
    "most_pressing": (0.5, r"remains one of the most (?:pressing|significant|important|contentious|divisive)"),
    "heated_debate": (0.5, r"(?:heated|fierce|lively|intense) debate|(?:sparked|ignited|reignited|fuelled|fueled)"
                           r" (?:a |an )?(?:wider |broader |national )?(?:debate|conversation|discussion)"),
    "path_to": (0.5, r"the (?:path|road) to (?:success|recovery|progress|peace)"),
    "uncertain_times": (0.5, r"at a time (?:when|of) (?:great |growing |unprecedented )?(?:uncertainty|upheaval"
                             r"|change|crisis)|unprecedented (?:times|challenges|era)"),
    "resonate": (0.5, r"resonat(?:e|es|ed|ing) (?:deeply |strongly )?with"),
    "stay_tuned": (1.0, r"stay tuned|(?:will|we['’]ll) (?:continue to )?(?:monitor|follow|track) (?:the situation"
                        r"|developments|this story|events)(?: closely)?|updates? as (?:they|it) (?:become|becomes)"
                        r" available|as more (?:details|information) (?:become|becomes|emerge|emerges)"),
    "topic_of_debate": (1.0, r"(?:remains|continues to be|is still) a (?:topic|subject|source|matter) of (?:intense"
                             r" |heated |ongoing |considerable |much )?(?:debate|discussion|speculation|controversy)"),
    "reminder_that": (0.5, r"(?:is|it['’]s|this is) a reminder (?:that|of)"),
    "shockwaves": (0.5, r"sen(?:t|ding|ds) shockwaves (?:through|across)"),
    "captured_hearts": (1.0, r"captur(?:e|ed|es|ing) the (?:hearts|imagination)(?: and (?:minds|imagination|hearts))?"
                             r" of"),
    "sense_of": (0.5, r"a (?:renewed |real |strong |deep )?sense of (?:unity|purpose|hope|community|belonging"
                      r"|optimism|urgency)"),
    "left_wondering": (1.0, r"leaving (?:many|fans|observers|viewers|readers|some) (?:wondering|questioning|asking)"
                            r"|(?:many|fans|observers) (?:are|were) left (?:wondering|questioning)"),
    "implications_are": (1.0, r"the implications (?:are|could be|of this are) (?:profound|far-reaching|significant"
                              r"|enormous|vast|huge)"),
    "crossroads": (1.0, r"(?:stands|is|finds itself|are|find themselves) at a crossroads"),
    "new_era": (0.5, r"(?:usher(?:s|ed|ing)? in|herald(?:s|ed|ing)?|marks?|the dawn of) a new era"),
    "future_of": (0.5, r"the future of (?:work|the industry|the sport|the sector|the region|the planet|humanity)"),
    "what_future_holds": (1.0, r"what the future (?:holds|may hold|has in store)|the future remains uncertain"),
    "fraught": (0.5, r"fraught with (?:challenges|difficulties|uncertainty|risk|danger)|(?:reason for|cautious)"
                     r" optimism"),
    "alike": (0.5, r"(?:and|as well as) (?:the )?(?:[\p{L}-]+ )?(?:experts|fans|critics|observers|residents|citizens"
                   r"|businesses|consumers|investors|policymakers|leaders|supporters|sceptics|skeptics|newcomers"
                   r"|veterans|public|industry|locals|visitors|parents|families|communities) alike"),
    "in_many_ways": (0.5, r"(?<=(?:^|[\n.!?:])[ \t]{0,3})in many ways,|all things considered,"
                          r"|when all is said and done"),
    "challenges_facing": (0.5, r"(?:wider|broader|many|myriad|complex) (?:challenges|issues|problems|pressures)"
                               r" facing"),
    "now_more_than_ever": (1.0, r"now,? more than ever"),
    "how_fragile": (1.0, r"how (?:fragile|precious|precarious|quickly things can change)"
                         r"(?: (?:progress|peace|life|democracy|trust|stability))?(?: can be| is| remains)"),
    "and_soon": (1.0, r"[-–—] and (?:soon|fast|quickly)\b|something (?:must|has to|needs to) change"),
    "could_not_be_clearer": (1.0, r"could not be clearer|couldn['’]t be clearer|has never been clearer"),
    "lasting_peace": (0.5, r"lasting (?:peace|prosperity|stability|change|impact|legacy)"),
    "the_fight_against": (0.5, r"in the (?:fight|battle|war|struggle) against"),
    "uncertain_times": (1.0, r"(?:these|such|uncertain|challenging|difficult|turbulent|unprecedented|trying)"
                             r" times|in times like these"),
    "lesson_stands_out": (1.0, r"one (?:lesson|thing|truth|fact) stands out|the lesson is clear|lessons? (?:can be"
                               r"|must be) learned"),
    "greatest_strength": (1.0, r"(?:is|are|remains) (?:our|their|its) (?:greatest|biggest) (?:strength|asset|weapon"
                               r"|hope)"),
    "story_of": (1.0, r"(?:story|journey|tale|legacy) (?:is|was|remains) (?:one|a story) of (?:[\p{L}-]+ )?"
                      r"(?:resilience|hope|courage|triumph|perseverance|determination|redemption|survival|grit)"
                      r"|above all, (?:hope|love|courage|resilience)"),
    "future_looks": (1.0, r"the future (?:looks|is looking) (?:bright|brighter|uncertain|promising)"),
    "pair_of_values": (0.5, r"(?:transparency|accountability|collaboration|innovation|inclusivity|sustainability"
                            r"|resilience|integrity|compassion|empathy) and (?:transparency|accountability"
                            r"|collaboration|innovation|inclusivity|sustainability|resilience|integrity|compassion"
                            r"|empathy|trust)"),
    "at_the_heart_of": (0.5, r"(?:must|should|will) (?:be|remain) at the (?:heart|centre|center|core|forefront) of"),
    "everyone_agrees": (0.5, r"everyone (?:agrees|can agree)|all (?:sides|parties) (?:agree|can agree)"),
    "nothing_short": (1.0, r"nothing short of (?:transformative|remarkable|historic|extraordinary|miraculous"
                           r"|revolutionary|inspiring|spectacular)"),
    "drive_growth": (0.5, r"driv(?:e|es|ing) (?:sustainable |long-term |economic )?growth|creat(?:e|es|ing) (?:lasting"
                          r" |long-term |real )?value for"),
    "what_can_be_achieved": (1.0, r"what can be achieved when|when (?:communities|people|we) come together"),
    "growing_importance": (0.5, r"(?:the )?(?:growing|increasing|critical) importance of|in (?:our|people['’]s)"
                                r" (?:daily|everyday) lives"),
    "as_it_unfolds": (0.5, r"as the (?:investigation|story|situation|crisis|saga|drama|process|season|debate)"
                           r" unfolds|as the plan takes shape|will be watching closely"),
    "broader_shift": (0.5, r"(?:a|the) (?:broader|wider|growing|fundamental|seismic) shift (?:towards|toward|in|away)"),
    "not_unnoticed": (1.0, r"(?:has|have|had) not gone unnoticed|did not go unnoticed"),
    "time_and_again": (0.5, r"time and (?:time )?again|rise to the challenge|drawing to a close"),
    "empower": (1.0, r"empower(?:s|ed|ing)? (?:young people|communities|women|individuals|people|citizens"
                     r"|students)(?= to| and|[,.])|equip(?:s|ped|ping)? (?:them|people|students|young people) with"
                     r" the skills"),
    "thrive": (0.5, r"(?:they|we|it|businesses|communities|people) need to thrive|(?:survive|compete) and thrive"),
    "holistic": (1.0, r"holistic (?:approach|view|solution|strategy)"),
    "storied": (1.0, r"storied (?:history|past|career|franchise|club)|yet another chapter"),
    "common_ground": (0.5, r"find(?:ing)? common ground|lasting solution|restore (?:public |investor )?confidence"),
    "voice_of_generation": (1.0, r"(?:voices?|talents?|artists?|minds?) of (?:her|his|their|a|this) generation"
                                 r"|genre-defying|cements? (?:her|his|their|its) (?:status|place|reputation) as"),
    "breakneck": (0.5, r"at (?:breakneck|lightning|a rapid) (?:speed|pace)|an uphill (?:battle|struggle|climb)"
                       r"|close-knit community"),
    # the voice of a social-media post addressed to its readers
    "reader_address": (1.0, r"whether you['’]re (?:a|an)(?= )|whether you are (?:a|an)(?= )|what do you think\?"
                            r"|let us know (?:in the comments|what you think|your thoughts|below)"),
    "changes_everything": (1.0, r"this changes everything|you won['’]t believe"),
    "hashtags": (1.0, r"#\p{L}[\p{L}\p{N}_]{1,40}(?:[ \t]+#\p{L}[\p{L}\p{N}_]{1,40})+"),
}
#: entries whose alternatives are different moves, kept together above only for
#: brevity: each top-level alternative counts as a kind of its own
GROUPED_MOVES = frozenset(
    """empower storied voice_of_generation breakneck common_ground time_and_again as_it_unfolds growing_importance
    drive_growth what_can_be_achieved in_many_ways fraught and_soon story_of more_than_just message_clear bold_move
    grand_scheme it_is_clear far_from_over broader_trend cautionary_tale power_of reader_address together
    multifaceted complexities key_takeaways self_reference uncertain_times lesson_stands_out signals_shift
    challenges_ahead key_to_success far_reaching milestone in_a_world more_than_ever bear_fruit ripple_effects
    from_to""".split()
)


def _alternatives(pattern: str) -> list[str]:
    """A pattern's top-level alternatives (split at "|" outside any group or class)."""
    parts, depth, in_class, escaped, start = [], 0, False, False, 0
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def _split_moves(phrases: dict[str, tuple[float, str]]) -> dict[str, tuple[float, str]]:
    moves = {}
    for name, (weight, pattern) in phrases.items():
        alternatives = _alternatives(pattern) if name in GROUPED_MOVES else [pattern]
        for number, alternative in enumerate(alternatives):
            moves[name if number == 0 else f"{name}_{number}"] = (weight, alternative)
    return moves


STOCK_PHRASES = _split_moves(STOCK_PHRASES)
STOCK_PATTERN = _compile({name: pattern for name, (_, pattern) in STOCK_PHRASES.items()})


@dataclass
class PhraseMatch:
    start: int
    end: int
    name: str
    weight: float
    word_index: int  # words before the match in the article


#: abstract nouns of praise and aspiration, the stuff of a generator's
#: rhetorical triads ("courage, conviction and a relentless pursuit of ...")
ABSTRACT_NOUNS = (
    r"(?:courage|conviction|resilience|perseverance|determination|resolve|vision|teamwork|collaboration|cooperation"
    r"|innovation|creativity|ingenuity|transparency|accountability|integrity|compassion|empathy|dignity|respect"
    r"|trust|hope|unity|solidarity|passion|dedication|commitment|ambition|risk|reward|progress|prosperity"
    r"|sustainability|inclusivity|inclusion|diversity|equity|fairness|opportunity|opportunities|excellence"
    r"|leadership|strength|wisdom|humility|grace|kindness|generosity|tenacity|grit|optimism|adaptability|agility"
    r"|curiosity|imagination|purpose|belonging|connection|empowerment|heart|spirit|sacrifice|triumph|heartbreak"
    r"|pressures|expectations|realities|aspirations|priorities|uncertainties|complexities|sensitivities)"
)
_TRIAD_ITEM = rf"(?:[\p{{L}}-]+ )?{ABSTRACT_NOUNS}"
ABSTRACT_TRIAD = regex.compile(
    rf"(?<![\p{{L}}]){_TRIAD_ITEM}, {_TRIAD_ITEM},? and (?:(?:a|an|the) )?(?:[\p{{L}}-]+ )?{ABSTRACT_NOUNS}"
    r"(?![\p{L}])",
    regex.I,
)


def stock_phrases(article) -> tuple[list[PhraseMatch], int]:
    """Stock phrases (and abstract triads) outside quotations, in order, and the
    article's unquoted word count."""
    masked = article.unquoted_text
    word_starts = [w.start for w in article.words]  # quoted words count in a passage's length
    found = []
    for match in STOCK_PATTERN.finditer(masked):
        name = match.lastgroup
        found.append(PhraseMatch(match.start(), match.end(), name, STOCK_PHRASES[name][0],
                                 bisect.bisect_left(word_starts, match.start())))
    spans = [(m.start, m.end) for m in found]
    for match in ABSTRACT_TRIAD.finditer(masked):
        if any(start < match.end() and match.start() < end for start, end in spans):
            continue  # a phrase already counted covers part of the list
        found.append(PhraseMatch(match.start(), match.end(), "abstract_triad", TRIAD_WEIGHT,
                                 bisect.bisect_left(word_starts, match.start())))
    found.sort(key=lambda m: m.start)
    return found, len(unquoted_words(article, masked))


#: a triad of abstract nouns is a weak move: it never counts alone
TRIAD_WEIGHT = 0.5


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


def distinct_moves(matches: list[PhraseMatch], text: str) -> dict[str, float]:
    """The distinct wordings among ``matches`` with their weights, at most two per
    kind of move: repeating one phrase adds nothing, two wordings of a move add up."""
    moves: dict[str, float] = {}
    per_kind: dict[str, int] = {}
    for match in matches:
        wording = " ".join(text[match.start:match.end].lower().split())
        if wording in moves or per_kind.get(match.name, 0) >= 2:
            continue
        per_kind[match.name] = per_kind.get(match.name, 0) + 1
        moves[wording] = match.weight
    return moves


def passage_qualifies(matches: list[PhraseMatch], text: str, min_score: float) -> bool:
    """Two kinds of move or more, whose wordings are worth ``min_score`` together."""
    return len({m.name for m in matches}) >= 2 and sum(distinct_moves(matches, text).values()) >= min_score


def filler_passages(article, found: list[PhraseMatch], window: int, min_score: float) -> list[list[PhraseMatch]]:
    """Stock moves that stand close together: every run of ``window``
    consecutive sentences (headline left out) whose distinct moves weigh
    ``min_score`` or more, overlapping runs merged into one passage."""
    if len(found) < 2:
        return []
    sentences = [s for s in article.sentences
                 if article.headline is None or not article.headline.start <= s.start < article.headline.end]
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[PhraseMatch]] = {}
    for match in found:
        index = bisect.bisect_right(starts, match.start) - 1
        if index >= 0:
            by_sentence.setdefault(index, []).append(match)
    passages: list[tuple[int, int]] = []  # sentence index ranges, inclusive
    for first in sorted(by_sentence):
        last = first + window - 1
        matches = [m for i in range(first, last + 1) for m in by_sentence.get(i, [])]
        if not passage_qualifies(matches, article.text, min_score):
            continue
        used = max(i for i in range(first, last + 1) if i in by_sentence)
        if passages and first <= passages[-1][1]:
            passages[-1] = (passages[-1][0], max(passages[-1][1], used))
        else:
            passages.append((first, used))
    return [[m for i in range(a, b + 1) for m in by_sentence.get(i, [])] for a, b in passages]


class StockPhraseDensity(Rule):
    """Finds a passage dense with the stock phrases of machine-written prose.

    What it finds: text outside quotation marks where the stock moves of
    generated prose stand close together: the essay's signposts ("it's
    important to note", "in conclusion,", "key takeaways"), the wrap-up of
    the future ("only time will tell", "one thing is certain", "the road
    ahead", "as the dust settles", "for generations to come"), hollow
    significance ("a testament to", "serves as a stark reminder", "marks a
    significant milestone", "underscores the importance of"), the wise
    hedge ("the truth lies somewhere in between", "as is so often the
    case", "while challenges remain"), praise of values ("an unwavering
    commitment", "fostering open dialogue", a triad of abstract nouns such
    as "courage, conviction and resilience") and a post's address to its
    readers ("whether you're a ...", hashtags). Two measures, either one
    enough: a passage of up to three sentences holding two kinds of move or
    more, worth 1 point together (signature moves 1, moves reporters also
    use 0.5), or a longer run whose phrases reach 3 points at 4 or more
    points per thousand words. One phrase is never enough, and neither is
    one move said twice.

    Why it matters: these phrases carry no information; a paragraph made of
    them is padding that a text generator wrote, often a closing paragraph
    added to a human story. Edited news uses them rarely: in 2,225 BBC News
    articles no three sentences hold two of them.

    Example: ``As the dust settles, only time will tell whether the plan
    works, but one thing is certain: the road ahead will demand courage.``

    Use instead: cut the filler and keep the facts, or check where the
    passage came from.
    """

    code = "SY102"
    name = "stock-filler-density"
    category = "synthetic"
    severity = Severity.warning
    confidence = 0.65
    options = {
        "passage_score": Option(1.0, "weighted moves (two kinds or more) needed within a few sentences"),
        "passage_sentences": Option(3, "sentences a passage spans"),
        "min_score": Option(3.0, "weighted phrases needed in a longer run"),
        "min_density": Option(4.0, "weighted phrases per thousand words of a longer run"),
        "min_window": Option(250, "shortest run, in words, a density is measured over"),
        "max_gap": Option(300, "most words between two phrases of one run"),
    }

    def check(self, article):
        found, _ = stock_phrases(article)
        reported: list[tuple[int, int]] = []
        for passage in filler_passages(article, found, self.settings["passage_sentences"],
                                       self.settings["passage_score"]):
            score = sum(distinct_moves(passage, article.text).values())
            reported.append((passage[0].start, passage[-1].end))
            yield self._hit(article, passage, f"in {self._lines(article, passage)}",
                            min(0.85, 0.45 + 0.1 * score))
        for cluster in phrase_clusters(found, self.settings["max_gap"]):
            score = cluster_score(cluster)
            if score < self.settings["min_score"] or len({m.name for m in cluster}) < 2:
                continue
            span_words = cluster[-1].word_index - cluster[0].word_index + 1
            density = 1000 * score / max(span_words, self.settings["min_window"])
            if density < self.settings["min_density"]:
                continue
            if any(start < cluster[-1].end and cluster[0].start < end for start, end in reported):
                continue  # already reported as a passage
            yield self._hit(article, cluster, f"in {span_words} words", min(0.9, 0.5 + 0.05 * score))

    @staticmethod
    def _lines(article, passage) -> str:
        count = len({article.line_of(m.start) for m in passage})
        return "one line" if count == 1 else f"{count} lines"

    def _hit(self, article, matches, where: str, confidence: float):
        examples = []
        for match in matches:
            phrase = textutil.shorten(article.text[match.start:match.end], 40)
            if phrase.lower() not in (e.lower() for e in examples):
                examples.append(phrase)
        shown = ", ".join(repr(e) for e in examples[:4]) + (", …" if len(examples) > 4 else "")
        return self.hit(
            matches[0].start,
            matches[-1].end,
            f"{len(matches)} stock phrases of machine-written prose {where} ({shown})",
            confidence=confidence,
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


# --- SY104 -------------------------------------------------------------------

#: what a chat assistant says to the person who asked it, never to a reader
ASSISTANT_PATTERNS = {
    "acknowledgement": r"(?:certainly|sure|of course|absolutely|great question|happy to help)[!,.][ \t]*"
                       r"(?:here(?:['’]s| is| are)|below is|below are|i(?:['’]ve| have)|i(?:['’]d| would) be)",
    "deliverable": r"(?:here|below)(?:['’]s| is) (?:a|an|the|your) (?:[\p{L}-]+,? ){0,4}(?:version|rewrite|summary"
                   r"|draft"
                   r"|revision|paraphrase|translation|overview) of (?:the|this|your|that) (?:[\p{L}-]+ )?(?:article"
                   r"|text|story|piece|post|passage|content|news|report)"
                   r"|(?:this|the) (?:rewritten|revised|polished|edited|paraphrased|reworded) (?:version|article|text)",
    "self_report": r"i(?:['’]ve| have) (?:rewritten|revised|edited|polished|summari[sz]ed|condensed|shortened"
                   r"|expanded|restructured|paraphrased|reworded) (?:the|your|this) (?:article|text|story|piece|draft"
                   r"|passage|content)",
    "hope_helps": r"i hope (?:this|that|the above|these) (?:[\p{L}-]+ ){0,2}(?:helps|is helpful|was helpful|is useful"
                  r"|meets your|works for you|gives you)",
    "offer_more": r"let me know if you(?:['’]d| would) like (?:me to|any|a|an|further|more|to)(?= )"
                  r"|let me know if (?:you need|there['’]s anything|you have any)"
                  r"|(?:would you like|do you want) me to (?:expand|adjust|rewrite|shorten|continue|add|revise|make"
                  r"|focus|elaborate|summari[sz]e|translate|change|include|tailor|write)"
                  r"|(?:shall|should) i (?:expand|adjust|rewrite|shorten|continue|add|revise|elaborate|tailor)",
    "ai_identity": r"as an ai(?: language model| model| assistant)?(?=[ ,])|as a (?:large )?language model"
                   r"|i(?:['’]m| am) (?:just )?an ai(?: language model| assistant)?(?=[ ,.])"
                   r"|i (?:do not|don['’]t|cannot|can['’]t) (?:have )?(?:access to |browse )(?:real-time"
                   r"|the internet"
                   r"|current events|live data)|my (?:knowledge|training(?: data)?) cut-?off"
                   r"|as of my (?:last|latest) (?:update|training|knowledge)",
    "placeholder": r"\[(?:insert|add|your|name of|link to) [^\]\n]{1,40}\]",
}
ASSISTANT = _compile(ASSISTANT_PATTERNS)


class AssistantResidue(Rule):
    """Finds words a chat assistant addressed to the person who asked it.

    What it finds: outside quotation marks, the frame of a chat reply left
    around an article: an acknowledgement ("Certainly! Here's ..."), the
    announcement of the deliverable ("Here is a rewritten version of the
    article"), a report on the work ("I have condensed the text"), a
    closing offer ("I hope this helps", "Let me know if you'd like me to
    adjust the tone", "Would you like me to expand ..."), the model's
    identity ("As an AI language model", "my knowledge cutoff") or a
    template placeholder ("[insert source]").

    Why it matters: it proves the text, or part of it, was produced by a
    language model and pasted unread; a reader must never see it, and the
    article around it deserves checking line by line.

    Example: ``Sure! Here is a shorter version of the article. I hope this
    helps.``

    Use instead: delete the sentence and check the article's facts against
    its sources.
    """

    code = "SY104"
    name = "assistant-residue"
    category = "synthetic"
    severity = Severity.error
    confidence = 0.9

    def check(self, article):
        masked = article.unquoted_text
        reported_sentences: set[int] = set()
        starts = [s.start for s in article.sentences]
        for match in ASSISTANT.finditer(masked, timeout=5.0):
            index = bisect.bisect_right(starts, match.start()) - 1
            if index in reported_sentences:
                continue
            reported_sentences.add(index)
            sentence = article.sentences[index] if index >= 0 else None
            start, end = (sentence.start, sentence.end) if sentence and sentence.end >= match.end() else match.span()
            yield self.hit(
                start,
                end,
                f"chat assistant's words {textutil.quoted(article.text[start:end])} "
                f"({match.lastgroup.replace('_', ' ')}): the text was pasted from a language model's reply",
            )


# --- SY105 -------------------------------------------------------------------

#: the section labels of a generated explainer; kept to those news copy does
#: not use (press releases and abstracts use "Bottom line", "Key points",
#: "Background" and "Conclusions", so those are left alone)
SCAFFOLD_LABEL = regex.compile(
    r"^[ \t#*_>•·\-–—]*(?P<label>(?:key|main|the|quick) takeaways?|tl;? ?dr|tldr|frequently asked questions"
    r"|faqs?|final thoughts|closing thoughts|in summary|in conclusion|to sum up|summing up|wrapping up)"
    r"[ \t*_]*(?::|[ \t*_]*$)"
    r"|^[ \t]*(?:#{1,4}[ \t]+(?:\*\*)?|\*\*)(?P<label>conclusion|introduction|summary|the bottom line)(?:\*\*)?[ \t]*:?"
    r"[ \t]*$",
    regex.I | regex.M,
)
#: an essay's wrap-up opening a sentence
WRAP_UP = regex.compile(
    r"(?<=(?:^|[\n.!?:])[ \t*_]{0,3})(?:in conclusion|in summary|to sum up|to summari[sz]e|in closing|in short,"
    r" it is clear)(?=,)",
    regex.I,
)


class GeneratedScaffolding(Rule):
    """Finds the section labels and wrap-ups of a generated explainer.

    What it finds: outside quotation marks, a line opened by the label of
    a summary box or a question list that generators attach to an article
    ("Key takeaways:", "TL;DR:", "Frequently asked questions", "FAQ",
    "Final thoughts"), or a sentence opening with an essay's wrap-up ("In
    conclusion,", "In summary,", "To sum up,"). Labels that press releases
    and study abstracts use ("Bottom line", "Key points", "Conclusions")
    are left alone.

    Why it matters: news copy neither sums itself up nor answers its own
    frequently asked questions; these are the scaffolding of a text a
    language model produced (or of an SEO page), usually followed by
    platitudes that repeat the story.

    Example: ``Key takeaways: the vote was close, and more talks are
    expected.``

    Use instead: delete the scaffolding and whatever repeats the story; keep
    any new fact and check its source.
    """

    code = "SY105"
    name = "generated-scaffolding"
    category = "synthetic"
    severity = Severity.warning
    confidence = 0.75

    def check(self, article):
        masked = article.unquoted_text
        headline = article.headline
        seen_lines: set[int] = set()
        found = [(m.start("label"), m.end("label")) for m in SCAFFOLD_LABEL.finditer(masked)]
        found += [m.span() for m in WRAP_UP.finditer(masked)]
        for start, end in sorted(found):
            line = article.line_of(start)
            if line in seen_lines or (headline is not None and headline.start <= start < headline.end):
                continue
            seen_lines.add(line)
            line_start, line_end = article.line_span(line)
            shown = article.text[line_start:line_end].strip()
            yield self.hit(
                start,
                end,
                f"summary scaffolding {textutil.quoted(article.text[start:end])} in {textutil.quoted(shown)}: "
                f"news copy does not sum itself up; a generated explainer does",
            )
