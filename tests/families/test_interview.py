"""Tests for the interview family (IV)."""
from __future__ import annotations

import pytest

from newslint.engine.rule import validate_rule_class
from newslint.rules.interview import (
    BroadcastCourtesy,
    MarkdownSpeakerLabel,
    UnattributedInterview,
)
from .helpers import run_rule

ARTICLE_END = """\
The mayor said the new bridge would open in the spring after two years of delays.
Engineers found cracks in one of the supports last autumn, the council said.
This article was last updated on March 3, 2024 at 9:15 a.m.
Share
"""

GENERATED_BLOCK = """\
**Interview with Mayor Anna Berg on the Delayed Bridge**
**Interviewer:** Thank you for joining us, Mayor Berg. Why did the bridge take so long?
**Anna Berg:** Thank you for having me. The cracks we found meant we had to rebuild a support.
**Interviewer:** What do you say to commuters who have waited two years?
**Anna Berg:** We understand their frustration and we are grateful for their patience.
**Interviewer:** Thank you, Mayor Berg, for your insights on this pressing issue.
**Anna Berg:** Thank you for the opportunity to discuss it.
"""


@pytest.mark.parametrize("rule", [UnattributedInterview, MarkdownSpeakerLabel, BroadcastCourtesy])
def test_rules_are_declared_soundly(rule):
    assert validate_rule_class(rule) == []


# --- IV101 -------------------------------------------------------------------


def test_generated_interview_after_the_article_end_fires_once_from_its_title():
    hits = run_rule(UnattributedInterview, ARTICLE_END + GENERATED_BLOCK)
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 5  # the bold title line
    assert excerpt.startswith("**Interview with Mayor")
    assert excerpt.endswith("Thank you for the opportunity to discuss it.")
    assert "'Anna Berg'" in message
    assert "names no venue, date or interviewer" in message
    assert "appended after the article's end" in message


def test_two_blocks_split_by_a_stray_line_give_two_findings():
    second = """\
A stray fragment of another paragraph that was pasted here, and it ends.
Interviewer: What happens to the ferry service in the meantime?
Anna Berg: We will keep the ferry running until the bridge is open.
Interviewer: Will fares rise?
Anna Berg: We have frozen fares for the whole of next year.
"""
    hits = run_rule(UnattributedInterview, ARTICLE_END + GENERATED_BLOCK + second)
    assert [h[0] for h in hits] == [5, 13]


def test_plain_labels_and_q_and_a_in_the_first_person_fire():
    text = """\
Farmers fear a dry summer after the wettest winter on record.

Q: How bad is the damage to your fields?

A: We lost most of the winter wheat, and I do not know if we can replant.

Q: What help do you need?

A: We need the drainage grants that were promised to us last year.
"""
    hits = run_rule(UnattributedInterview, text)
    assert len(hits) == 1
    assert hits[0][0] == 3


def test_attributed_interview_is_not_a_finding():
    text = """\
In an interview with the Evening Courier on Tuesday, Mayor Anna Berg answered readers' questions.
Interviewer: Why did the bridge take so long?
Anna Berg: The cracks we found meant we had to rebuild a support.
Interviewer: What do you say to commuters?
Anna Berg: We understand their frustration.
"""
    assert run_rule(UnattributedInterview, text) == []


@pytest.mark.parametrize(
    "lead",
    [
        "Anna Berg told reporters at the town hall:",
        "The mayor spoke to our correspondent on 3 March.",
        "She sat down with the local radio station last week.",
        "The following exchange was edited for length and clarity.",
    ],
)
def test_attribution_cues_before_the_block(lead):
    text = lead + "\n" + GENERATED_BLOCK.split("\n", 1)[1]
    assert run_rule(UnattributedInterview, text) == []


def test_named_interviewer_counts_as_attribution():
    text = """\
Jon Hale: Why did the bridge take so long?
Anna Berg: The cracks we found meant we had to rebuild a support.
Jon Hale: What do you say to commuters who have waited?
Anna Berg: We understand their frustration and we thank them.
"""
    assert run_rule(UnattributedInterview, text) == []


def test_q_and_a_explainer_in_the_third_person_is_not_an_interview():
    text = """\
Q: What is a tracker mortgage?
A: It is a loan whose rate follows the central bank's rate at a fixed margin.
Q: Who offers them?
A: Most large lenders do, although some have withdrawn them this year.
"""
    assert run_rule(UnattributedInterview, text) == []


def test_form_fields_are_not_speakers():
    text = """\
Media contact: Jane Roe, press office of the city council.
Email: press@example.org
Tel: 555 0100
Email: office@example.org
Tel: 555 0199
"""
    assert run_rule(UnattributedInterview, text) == []


def test_a_couple_of_quoted_lines_are_not_an_exchange():
    text = """\
Officials disagreed on the timing.
Mayor: The bridge opens in spring.
Engineer: Not before the summer, in my view.
"""
    assert run_rule(UnattributedInterview, text) == []


def test_inline_question_and_answer_on_one_line():
    text = """\
Our health desk answers questions.
Q: How was the study run?A: We gave 40 patients the drug for a year.
Q: What did you find?A: I was surprised: most of them improved.
"""
    hits = run_rule(UnattributedInterview, text)
    assert len(hits) == 1


STORY_WITH_DATES = """\
Harbour fees to rise

The port authority will raise mooring fees by a fifth from April, it said on Monday.

Skipper Lena Ostrow told the Coast Gazette on Wednesday that smaller boats would leave. The board has not yet set a date for a vote. Fishing groups plan a protest at the harbour.

"""


@pytest.mark.parametrize(
    "block",
    [
        # labels in capitals, as in a broadcast transcript
        "HOST: Will the smaller boats really leave?\n\nOSTROW: I think so. We cannot pay a fifth more.\n\n"
        "HOST: What would you ask the board?\n\nOSTROW: I would ask them to phase the rise in.\n",
        # a generic asker label that is neither Interviewer nor Q
        "Journalist: Will the smaller boats really leave?\nLena Ostrow: I think so, we cannot pay it.\n"
        "Journalist: What would you ask the board?\nLena Ostrow: I would ask them to phase it in.\n",
        # Q. and A. with full stops
        "Q. Will the smaller boats really leave?\nA. I think so. Our members cannot pay a fifth more.\n"
        "Q. What would you ask the board?\nA. I would ask them to phase the rise in over two years.\n",
    ],
)
def test_exchange_after_a_story_whose_last_paragraph_has_dates_fires(block):
    hits = run_rule(UnattributedInterview, STORY_WITH_DATES + block)
    assert len(hits) == 1
    assert hits[0][0] == 7
    assert "names no venue, date or interviewer" in hits[0][2]


def test_attribution_in_the_sentence_just_before_the_block_counts():
    text = STORY_WITH_DATES.rstrip() + " She spoke to our reporter at the quay on Thursday.\n\n" + (
        "Q. Will the smaller boats really leave?\nA. I think so. Our members cannot pay a fifth more.\n"
        "Q. What would you ask the board?\nA. I would ask them to phase the rise in over two years.\n"
    )
    assert run_rule(UnattributedInterview, text) == []


def test_a_mention_of_the_interview_a_paragraph_up_counts():
    text = """\
The skipper gave a long interview to the Coast Gazette about the fees.

Her crew have worked the same waters for thirty years.

OSTROW: I think so. We cannot pay a fifth more, none of us can.
GAZETTE: And will the smaller boats leave?
OSTROW: I think they will. I would ask the board to phase it in.
GAZETTE: What happens if they do not?
"""
    assert run_rule(UnattributedInterview, text) == []


def test_a_host_with_one_question_and_courtesy_formulas_fires():
    text = STORY_WITH_DATES + """\
Presenter: Welcome back to the show. Good to see you again.
Lena Ostrow: Thank you for having me on.
Presenter: So will the smaller boats leave the harbour?
Lena Ostrow: Some of them will. The rest of us will hold on and see.
Presenter: Lena Ostrow, thank you for joining us.
Lena Ostrow: It was my pleasure.
"""
    hits = run_rule(UnattributedInterview, text)
    assert len(hits) == 1 and hits[0][0] == 7
    assert "broadcast courtesy formulas" in hits[0][2]


def test_one_question_without_courtesy_is_not_an_exchange():
    text = """\
Presenter: So will the smaller boats leave the harbour?
Lena Ostrow: Some of them will. The rest of us will hold on and see.
Presenter: The board votes next week, and we will report the result.
Lena Ostrow: We will be there with our own figures for the board.
"""
    assert run_rule(UnattributedInterview, text) == []


def test_q_and_a_titled_with_a_person_is_not_an_explainer():
    text = STORY_WITH_DATES + """\
Q&A with Lena Ostrow
Question: What does the rise mean for the harbour?
Answer: Fewer boats, and fewer jobs on the quay before long.
Question: Is there a way out?
Answer: A rise spread over two years would let the smaller crews adapt.
"""
    hits = run_rule(UnattributedInterview, text)
    assert len(hits) == 1 and hits[0][0] == 7


def test_spoke_with_in_an_earlier_paragraph_is_no_attribution():
    text = """\
Harbour fees to rise

Skipper Lena Ostrow said she had spoken with other crews about the fees. Most of them were angry.

The board has not yet set a date for a vote. Fishing groups plan a protest at the harbour.

Interviewer: Will the smaller boats really leave?
Lena Ostrow: I think so. We cannot pay a fifth more.
Interviewer: What would you ask the board?
Lena Ostrow: I would ask them to phase the rise in.
"""
    assert len(run_rule(UnattributedInterview, text)) == 1


def test_lines_starting_with_an_initial_are_not_an_exchange():
    text = """\
The prize shortlist was published on Tuesday.
A. Kowal, for a novel about a flooded village?
B. Nyman, for a book of poems.
A. Kowal was also shortlisted last year, for a first novel?
C. Ruiz, for a memoir.
"""
    assert run_rule(UnattributedInterview, text) == []


# --- IV102 -------------------------------------------------------------------


def test_bold_labels_in_plain_text_fire_once_per_run_with_a_fix():
    from newslint.engine.article import Article

    text = ARTICLE_END + GENERATED_BLOCK
    hits = run_rule(MarkdownSpeakerLabel, text)
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 5
    assert "'**Interviewer:**'" in message and "6 labelled lines" in message
    article = Article(text, path="t.txt")
    hit = next(iter(MarkdownSpeakerLabel().check(article)))
    fixed = text[: hit.fix.start] + hit.fix.replacement + text[hit.fix.end:]
    assert "**" not in fixed
    assert "Interviewer: Thank you for joining us" in fixed
    assert "Interview with Mayor Anna Berg on the Delayed Bridge\n" in fixed


def test_bold_labels_in_markdown_are_fine():
    assert run_rule(MarkdownSpeakerLabel, GENERATED_BLOCK, format="markdown") == []


def test_plain_labels_are_not_markdown():
    assert run_rule(MarkdownSpeakerLabel, "Interviewer: Why?\nGuest: Because.\n") == []


# --- IV103 -------------------------------------------------------------------


def test_courtesy_formula_at_the_start_of_a_turn():
    hits = run_rule(BroadcastCourtesy, "Host: Thank you for joining us today. What brings you here?\n")
    assert len(hits) == 1
    assert hits[0][1] == "Thank you for joining us today."
    assert "'Thank you for joining us today.'" in hits[0][2]


def test_courtesy_formula_inside_a_quotation_is_fine():
    text = '"Thank you for having me," the author joked as she took the stage.\n'
    assert run_rule(BroadcastCourtesy, text) == []


def test_courtesy_formula_mid_paragraph_is_fine():
    text = "The minister said she was grateful and added: thank you for having me.\n"
    assert run_rule(BroadcastCourtesy, text) == []


def test_courtesy_formulas_of_a_whole_exchange_are_left_to_iv001():
    assert run_rule(BroadcastCourtesy, GENERATED_BLOCK) == []


def test_courtesy_formula_closing_a_plain_article():
    text = "The council meets again in May.\n\nThank you for joining us, and see you next week.\n"
    hits = run_rule(BroadcastCourtesy, text)
    assert [h[0] for h in hits] == [3]


def test_interview_patterns_are_linear_on_adversarial_input():
    import time

    from newslint.engine.article import Article

    nasty = ("**" + "a" * 3000 + ":** " + "thank you " * 2000 + "\n") * 3
    nasty += ("Q: " + "? " * 3000 + "A: " * 3000 + "\n") * 3
    nasty += "in an " + "interview " * 3000 + "\n"
    article = Article(nasty, path="t.txt")
    started = time.perf_counter()
    for rule in (UnattributedInterview, MarkdownSpeakerLabel, BroadcastCourtesy):
        list(rule().check(article))
    assert time.perf_counter() - started < 30  # a wide bound: catastrophic backtracking takes minutes


# --- turns of other shapes (IV101) -------------------------------------------------

LIBRARY_STORY = """\
Library to close on Sundays

The county library will close on Sundays from next month to save money, the council said.

Campaigners collected 2,000 signatures against the cut. Opening hours on weekdays are unchanged.

"""


@pytest.mark.parametrize(
    "block",
    [
        # dialogue dashes, as Russian, Ukrainian, French and Spanish papers print an interview
        "— How did the readers take the news?\n\n— Badly, I must say. Many of them come every Sunday.\n\n"
        "— Is there any hope of a reversal?\n\n— I doubt it, but we will keep asking.\n",
        "– Ms Varga, how long have you run the branch?\n– Eleven years, and I have never seen this.\n"
        "– What will you do now?\n– We will open a reading room in the church hall.\n",
        # the outlet labels its own questions, the guest's surname in capitals
        "NPR: Ms Varga, were you surprised by the decision?\n\nVARGA: A little. We had heard rumours.\n\n"
        "NPR: What would you say to the council?\n\nVARGA: Think again, and talk to the readers first.\n",
        # a podcast transcript with time stamps
        "[00:14:02] HOST: So tell us how the campaign started.\n\n[00:14:09] VARGA: With a petition on the desk, "
        "really. It filled up in a day.\n\n[00:14:20] HOST: And where does it go from here?\n\n"
        "[00:14:24] VARGA: To the full council, in a fortnight.\n",
        # Spanish and Italian question and answer letters
        "P. When did you first hear about the closure?\n\nR. Two weeks ago, from a colleague.\n\n"
        "P. Will the staff lose their jobs?\n\nR. Some hours, not jobs. That is the promise so far.\n",
        "D: Why does the branch matter so much?\n\nR: Because for many old people it is the only warm room.\n\n"
        "D: Who will use it on Sundays now?\n\nR: Nobody. That is exactly the problem.\n",
        # a reporter and a named guest, with short answers
        "Reporter: Any chance of a compromise?\n\nAnna Varga: None that I can see.\n\n"
        "Reporter: So you will fight on?\n\nAnna Varga: We will.\n",
        # only the questions in bold, the answers plain
        "**Why did you start the petition?**\n\nBecause nobody else would. Someone had to.\n\n"
        "**Did you expect so many signatures?**\n\nNot at all. We hoped for a few hundred.\n",
        # every turn on one line
        "Q: Is the library busy on Sundays? A: It is the busiest day. Q: And the staff? A: We all volunteer "
        "for the shift, to be honest.\n",
    ],
)
def test_exchanges_with_other_turn_shapes_fire(block):
    hits = run_rule(UnattributedInterview, LIBRARY_STORY + block)
    assert len(hits) == 1, hits
    assert hits[0][0] == 7
    assert "names no venue, date or interviewer" in hits[0][2]


def test_dashed_exchange_introduced_as_an_interview_is_quiet():
    text = LIBRARY_STORY + (
        "The branch librarian spoke to the Evening Courier on Friday.\n\n"
        "— How did the readers take the news?\n\n— Badly, I must say. Many of them come every Sunday.\n\n"
        "— Is there any hope of a reversal?\n\n— I doubt it, but we will keep asking.\n"
    )
    assert run_rule(UnattributedInterview, text) == []


def test_dashed_list_is_not_an_exchange():
    text = LIBRARY_STORY + (
        "The savings include:\n\n– shorter hours on Saturdays;\n\n– fewer new books;\n\n"
        "– a smaller mobile library service;\n\n– no more late openings.\n"
    )
    assert run_rule(UnattributedInterview, text) == []


def test_initial_letters_of_a_list_are_not_spanish_labels():
    text = LIBRARY_STORY + (
        "P. Kovacs, who chairs the friends of the library?\n\nR. Hale, the treasurer.\n\n"
        "P. Nagy and the staff?\n\nR. Hale again, with the vicar.\n"
    )
    # lines that start with the initial of a surname, not with a question or answer letter
    assert run_rule(UnattributedInterview, text) == []


def test_outlet_questions_after_an_attributed_lead_are_quiet():
    text = LIBRARY_STORY + (
        "Ms Varga told NPR's weekend programme about the campaign.\n\n"
        "NPR: Were you surprised by the decision?\n\nVARGA: A little. We had heard rumours.\n\n"
        "NPR: What would you say to the council?\n\nVARGA: Think again, and talk to the readers first.\n"
    )
    assert run_rule(UnattributedInterview, text) == []


def test_bold_questions_of_an_explainer_are_quiet():
    text = LIBRARY_STORY + (
        "**What does the cut mean for borrowers?**\n\nLoans can still be returned through the drop box.\n\n"
        "**Which branches are affected?**\n\nAll twelve branches of the county service close on Sundays.\n"
    )
    assert run_rule(UnattributedInterview, text, format="markdown") == []


def test_the_most_telling_is_no_attribution():
    text = LIBRARY_STORY.rstrip() + " The silence of the councillors was the most telling.\n\n" + (
        "P. When did you first hear about the closure?\n\nR. Two weeks ago, from a colleague.\n\n"
        "P. Will the staff lose their jobs?\n\nR. Some hours, not jobs. That is the promise so far.\n"
    )
    assert len(run_rule(UnattributedInterview, text)) == 1


def test_named_guest_on_a_french_spaced_colon_fires():
    text = LIBRARY_STORY + (
        "Q : Will the library ever open on Sundays again?\n\nR : I hope so. We have not given up.\n\n"
        "Q : What would change the council's mind?\n\nR : Numbers. If people turn up on Saturdays, we win.\n"
    )
    assert len(run_rule(UnattributedInterview, text)) == 1


# --- IV104 -------------------------------------------------------------------

from newslint.rules.interview import TranscriptSignOff, UnlabelledInterview  # noqa: E402


def test_unlabelled_questions_and_spoken_answers_fire():
    text = LIBRARY_STORY + (
        "Why fight for a few hours at the weekend?\n\nBecause those hours are all some people have. "
        "I see the same faces every week.\n\n"
        "Will you keep the petition open?\n\nOf course. Until the council listens.\n"
    )
    hits = run_rule(UnlabelledInterview, text)
    assert len(hits) == 1
    line, excerpt, message = hits[0]
    assert line == 7 and excerpt.startswith("Why fight")
    assert "'Why fight for a few hours at the weekend?'" in message


def test_q_and_a_title_with_a_guest_starts_the_finding():
    text = LIBRARY_STORY + (
        "Five questions for Anna Varga\n\nWhat is your earliest memory of the library?\n\n"
        "The smell of the old card index, and my mother reading in the corner.\n\n"
        "Which book would you save from a fire?\n\nAn atlas. It holds the whole world.\n"
    )
    hits = run_rule(UnlabelledInterview, text)
    assert [h[0] for h in hits] == [7]


def test_explainer_subheadings_with_third_person_answers_are_quiet():
    text = LIBRARY_STORY + (
        "What happens to the Sunday staff?\n\nThe council says they will be offered weekday shifts at the same rate.\n\n"
        "When does the change start?\n\nThe first Sunday closure is planned for the start of next month.\n"
    )
    assert run_rule(UnlabelledInterview, text) == []


def test_column_with_question_subheadings_is_quiet():
    text = LIBRARY_STORY + (
        "What Is The Point Of A Library?\n\nI have asked myself this many times over the years, and my answer has "
        "changed with every decade of my life and every town I lived in.\n\n"
        "Who Pays For It All?\n\nWe all do, through the council tax, and we rarely stop to ask what we get for it "
        "in return, which is a pity.\n"
    )
    assert run_rule(UnlabelledInterview, text) == []


def test_unlabelled_exchange_introduced_by_an_interview_line_is_quiet():
    text = LIBRARY_STORY + (
        "Anna Varga told the Evening Courier on Friday why she started the campaign.\n\n"
        "Why fight for a few hours on a Sunday?\n\nBecause those hours are all some people have.\n\n"
        "Will you keep the petition open?\n\nOf course. Until the council listens.\n"
    )
    assert run_rule(UnlabelledInterview, text) == []


def test_readers_questions_in_quotation_marks_are_quiet():
    text = LIBRARY_STORY + (
        '"Why close on the one day families can come?"\n\nThat was the question most readers asked us.\n\n'
        '"Who decided this?"\n\nThe cabinet member for culture, according to the minutes.\n'
    )
    assert run_rule(UnlabelledInterview, text) == []


# --- IV105 -------------------------------------------------------------------


def test_sign_off_exchange_fires_with_a_fix():
    text = LIBRARY_STORY + "Host: Anna Varga, thanks so much for your time.\n\nAnna Varga: My pleasure. Thanks for having me.\n"
    hits = run_rule(TranscriptSignOff, text)
    assert len(hits) == 1
    assert hits[0][0] == 7
    assert "'Host'" in hits[0][2] and "'Anna Varga'" in hits[0][2]


def test_sign_off_inside_a_full_interview_is_left_to_iv101():
    text = STORY_WITH_DATES + """\
Presenter: Welcome back to the show. Good to see you again.
Lena Ostrow: Thank you for having me on.
Presenter: So will the smaller boats leave the harbour?
Lena Ostrow: Some of them will. The rest of us will hold on and see.
Presenter: Lena Ostrow, thank you for joining us.
Lena Ostrow: It was my pleasure.
"""
    assert run_rule(TranscriptSignOff, text) == []


def test_a_single_thank_you_line_is_no_exchange():
    text = LIBRARY_STORY + "Anna Varga: Thank you for having me.\n\nThe council meets on Tuesday.\n"
    assert run_rule(TranscriptSignOff, text) == []


def test_explainer_titled_q_and_a_with_short_answers_is_quiet():
    text = LIBRARY_STORY + (
        "Q&A: the weekend closures\n\nWill the mobile library still run?\n\nYes. The county says the van keeps its "
        "weekend rounds.\n\nCan fines be paid online?\n\nNo. They are paid at the desk during opening hours.\n"
    )
    assert run_rule(UnlabelledInterview, text) == []


def test_new_turn_shapes_are_linear_on_adversarial_input():
    import time

    from newslint.engine.article import Article

    nasty = ("— " + "a? " * 3000 + "\n") * 20
    nasty += ("[00:00:00] " * 2000 + "HOST: x\n") * 3
    nasty += ("P. " * 3000 + "\n") * 3 + ("Q: a? A: b. " * 3000 + "\n")
    nasty += ("**" + "a? " * 90 + "**\n\nI did.\n\n") * 200
    nasty += ("Aa " * 3000 + ": x\n") * 3 + ("Why?\n\nYes. I did.\n\n") * 1000
    article = Article(nasty, path="t.txt")
    started = time.perf_counter()
    for rule in (UnattributedInterview, UnlabelledInterview, TranscriptSignOff):
        list(rule().check(article))
    assert time.perf_counter() - started < 30  # a wide bound: catastrophic backtracking takes minutes


def test_one_scan_finds_the_lines_that_open_turns_as_a_match_per_line():
    import random

    from newslint.rules.interview import _OPENER, _OPENER_AT_LINES

    pieces = ["Q:", "A:", "Q.", "P.", "R)", "HOST :", "Jane Doe:", "JANE (00:01):", "Question 2:", "Interviewer —",
              "**Q: Why?**", "**bold question?**", "_italic_", "—", "--", "- ", ">> ", "[00:12] ", "Who", "what?",
              " ", "\t", "\r", ":", "*", "_", "“Yes”", "¿Por qué?", "Б:", "x", "\u2028", "__Name:__", "**Name**:"]
    generator = random.Random(3)
    for _ in range(2000):
        text = "".join(generator.choice(pieces) + generator.choice(["", " ", "\n", "\n\n"])
                       for _ in range(generator.randint(1, 12)))
        starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
        one_scan = {sum(start <= m.start() for start in starts) - 1 for m in _OPENER_AT_LINES.finditer(text)}
        per_line = {i for i, line in enumerate(text.split("\n")) if _OPENER.match(line)}
        assert one_scan == per_line, repr(text)


def _runs_with_every_kind_first(article, max_answer_paragraphs=2):
    """``question_answer_runs`` as it was written before: every paragraph's kind first."""
    from newslint.rules.interview import _paragraph_kind

    paragraphs, headline = list(article.paragraphs), article.headline
    kinds = ["other" if headline is not None and p.start <= headline.start < p.end else _paragraph_kind(article, p)
             for p in paragraphs]
    runs, i = [], 0
    while i < len(paragraphs):
        if kinds[i] != "question":
            i += 1
            continue
        pairs, j = [], i
        while j < len(paragraphs) and kinds[j] == "question":
            k, answers = j + 1, []
            while k < len(paragraphs) and kinds[k] == "answer" and len(answers) < max_answer_paragraphs:
                answers.append(paragraphs[k])
                k += 1
            if not answers:
                break
            pairs.append((paragraphs[j], answers))
            j = k
        if len(pairs) >= 2:
            runs.append(pairs)
            i = j
        else:
            i += 1
    return runs


def test_question_answer_runs_work_out_only_the_kinds_they_need():
    import random

    from newslint.engine.article import Article
    from newslint.rules.interview import question_answer_runs

    pieces = ["What went wrong?", "Will you stand again?", "We misjudged it. I take the blame.", "Not this time.",
              "Why Now?", "A Subhead", "she asked?", "Q: Why?", "— Why?", "“Why?”", "he said.", "Yes", "?",
              "My family comes first.", "What Is The Problem Here?", "Is it? Really? Truly?", "Did you expect it?",
              "How do you feel?", "I did. We all did.", "Of course.", "Of course. I was there."]
    generator = random.Random(7)
    with_runs = 0
    for _ in range(1500):
        text = "".join(generator.choice(pieces) + generator.choice(["\n\n", "\n\n", "\n\n", "\n", " "])
                       for _ in range(generator.randint(1, 14)))
        article = Article(text, path="t.txt")
        found = [[(q.start, [a.start for a in answers]) for q, answers in run] for run in question_answer_runs(article)]
        expected = [[(q.start, [a.start for a in answers]) for q, answers in run]
                    for run in _runs_with_every_kind_first(Article(text, path="t.txt"))]
        assert found == expected, repr(text)
        with_runs += bool(found)
    assert with_runs >= 20
