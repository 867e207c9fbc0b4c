"""Second held-out batch of injected artefacts for bench/inject.py.

    python bench/inject.py --artefacts artefacts_holdout2

Written independently of the rules and of the first batch (bench/artefacts.py),
after the rules were tuned on that batch, to measure how far the tuning
generalises. Same data format as ``bench/artefacts.py``: one dict an artefact
with ``id``, ``category``, ``kind`` (a key of ``inject.INJECTORS``) and the
kind's own keys; ``needs`` restricts the hosts, ``also`` names the other
categories an editor would accept.

The texts imitate what scrapers really leave behind from many kinds of
outlet: regional and national papers, tabloids, wire services, broadcasters,
blogs, press releases, data vendors (LexisNexis, Factiva) and the English
editions of German, French, Spanish, Italian, Polish, Russian, Ukrainian,
Turkish and Arabic outlets. Every name, address, number and handle in them is
invented.
"""

from __future__ import annotations

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
          "November", "December"]
NATIONALITIES = ["British", "European", "French", "German", "American", "Spanish", "Italian", "Russian"]


def _any(words):
    return "any:" + "|".join(words)


BOILERPLATE = [
    {"id": "h2-bp-01", "category": "boilerplate", "kind": "para", "where": "middle",
     "text": "Article continues below this ad"},
    {"id": "h2-bp-02", "category": "boilerplate", "kind": "para", "where": "end",
     "text": "Want the biggest stories from across Teesside sent straight to you? Sign up to our daily "
             "newsletter here - it's free and only takes a few seconds."},
    {"id": "h2-bp-03", "category": "boilerplate", "kind": "para", "where": "late",
     "text": "Got a story? Email our newsdesk at stories@dailyherald-online.co.uk or message us on WhatsApp. "
             "We pay for exclusive pictures and videos."},
    {"id": "h2-bp-04", "category": "boilerplate", "kind": "para", "where": "top",
     "text": "Home \u203a News \u203a UK & World \u203a Business"},
    {"id": "h2-bp-05", "category": "boilerplate", "kind": "para", "where": "end",
     "text": "Share on Facebook\nShare on X\nShare via WhatsApp\nShare via Email"},
    {"id": "h2-bp-06", "category": "boilerplate", "kind": "para", "where": "middle",
     "text": "This embedded content is hosted on a third-party platform. Accept social media cookies to view "
             "it, or change your preferences at any time."},
    {"id": "h2-bp-07", "category": "boilerplate", "kind": "para", "where": "end",
     "text": "You've read all your free stories for this month. Subscribe today for just 99p for your first "
             "three months - cancel anytime."},
    {"id": "h2-bp-08", "category": "boilerplate", "kind": "para", "where": "end",
     "text": "Comments on this story are pre-moderated and will appear once approved. Please keep the debate "
             "civil and on topic."},
    {"id": "h2-bp-09", "category": "boilerplate", "kind": "para", "where": "end",
     "text": "If you notice a mistake in the text, select it with the mouse and press Ctrl+Enter."},
    {"id": "h2-bp-10", "category": "boilerplate", "kind": "para", "where": "end",
     "text": "Be the first to know: follow our English-language channel on Telegram and turn on "
             "notifications."},
    {"id": "h2-bp-11", "category": "boilerplate", "kind": "para", "where": "late",
     "text": "Follow Bosphorus Today on Google News and never miss an update."},
    {"id": "h2-bp-12", "category": "boilerplate", "kind": "para", "where": "top",
     "text": "Listen to this article \u00b7 4 min \u00b7 Audio is generated automatically and may contain "
             "errors"},
    {"id": "h2-bp-13", "category": "boilerplate", "kind": "para", "where": "end",
     "text": "-ENDS-\nNotes to editors\nFor interviews or images please contact the press office on "
             "0161 496 0000 or press@castlegate-trust.org.uk."},
    {"id": "h2-bp-14", "category": "boilerplate", "kind": "para", "where": "end",
     "text": "Reader-funded since 2009. If this reporting matters to you, chip in from as little as \u00a32 "
             "- it takes a minute and keeps this site free for everyone."},
    {"id": "h2-bp-15", "category": "boilerplate", "kind": "para", "where": "middle",
     "text": "Get breaking alerts first: download our free app from the App Store or Google Play."},
    {"id": "h2-bp-16", "category": "boilerplate", "kind": "para", "where": "lead", "also": ["metadata"],
     "text": "Posted in Business, Featured | Leave a comment"},
    {"id": "h2-bp-17", "category": "boilerplate", "kind": "prefix", "target": "body",
     "text": "ShareSave"},
    {"id": "h2-bp-18", "category": "boilerplate", "kind": "para", "where": "end",
     "text": "The post {headline} appeared first on Midlands Business Insider."},
    {"id": "h2-bp-19", "category": "boilerplate", "kind": "para", "where": "middle",
     "text": "TRENDING"},
    {"id": "h2-bp-20", "category": "boilerplate", "kind": "para", "where": "end",
     "text": "Printer-friendly version | Email to a friend | Text size A+ A-"},
    {"id": "h2-bp-21", "category": "boilerplate", "kind": "para", "where": "middle",
     "text": "Sorry, this video is not available in your location."},
    {"id": "h2-bp-22", "category": "boilerplate", "kind": "para", "where": "end", "also": ["metadata"],
     "text": "A version of this article appears in print on Page 14 of the business section with the "
             "headline: {headline}."},
    {"id": "h2-bp-23", "category": "boilerplate", "kind": "para", "where": "end", "also": ["metadata"],
     "text": "Copyright 2005 Evening Gazette Media Ltd. This material may not be published, broadcast, "
             "rewritten or redistributed without permission."},
]

TRUNCATION = [
    {"id": "h2-tr-01", "category": "truncation", "kind": "cut_start_word", "para": 1},
    {"id": "h2-tr-02", "category": "truncation", "kind": "cut_start_word", "para": "middle"},
    {"id": "h2-tr-03", "category": "truncation", "kind": "cut_start_word", "para": "last"},
    {"id": "h2-tr-04", "category": "truncation", "kind": "cut_start_word", "para": 3},
    {"id": "h2-tr-05", "category": "truncation", "kind": "cut_start_words", "para": 2},
    {"id": "h2-tr-06", "category": "truncation", "kind": "cut_start_words", "para": "late"},
    {"id": "h2-tr-07", "category": "truncation", "kind": "cut_start_words", "para": "last"},
    {"id": "h2-tr-08", "category": "truncation", "kind": "cut_end", "para": "last", "mode": "midword"},
    {"id": "h2-tr-09", "category": "truncation", "kind": "cut_end", "para": "last", "mode": "function"},
    {"id": "h2-tr-10", "category": "truncation", "kind": "cut_end", "para": "middle", "mode": "comma"},
    {"id": "h2-tr-11", "category": "truncation", "kind": "cut_end", "para": 2, "mode": "word"},
    {"id": "h2-tr-12", "category": "truncation", "kind": "cut_end", "para": "late", "mode": "midword"},
    {"id": "h2-tr-13", "category": "truncation", "kind": "hard_wrap", "para": 1, "lines": 2},
    {"id": "h2-tr-14", "category": "truncation", "kind": "hard_wrap", "para": "middle", "lines": 3},
    {"id": "h2-tr-15", "category": "truncation", "kind": "hard_wrap", "para": "last", "lines": 2},
    {"id": "h2-tr-16", "category": "truncation", "kind": "append", "para": "middle",
     "text": "It is understood that talks between the two sides will resume once"},
    {"id": "h2-tr-17", "category": "truncation", "kind": "append", "para": "last",
     "text": "The figures, which were published on"},
    {"id": "h2-tr-18", "category": "truncation", "kind": "para", "where": "middle",
     "text": "and that the final decision would rest with the board, not with ministers."},
    {"id": "h2-tr-19", "category": "truncation", "kind": "para", "where": "late",
     "text": "ised by the committee last week, according to people familiar with the matter."},
]

INTERVIEW = [
    {"id": "h2-iv-01", "category": "interview", "kind": "turns", "where": "end",
     "turns": ["Q: How would you sum up the last twelve months?",
               "A: Difficult, honestly. But we learned a great deal about ourselves.",
               "Q: And what comes next?",
               "A: We keep our heads down and get on with the job."]},
    {"id": "h2-iv-02", "category": "interview", "kind": "turns", "where": "end", "needs": ["person"],
     "turns": ["Question: Critics say you moved too slowly. Is that fair?",
               "{name}: I understand the frustration, but we had to get the details right.",
               "Question: Would you do anything differently?",
               "{name}: With hindsight, perhaps communicate more often. That's a lesson for all of us."]},
    {"id": "h2-iv-03", "category": "interview", "kind": "turns", "where": "middle",
     "turns": ["\u2014 What was your first reaction when you heard the news?",
               "\u2014 To be honest, surprise. Nobody had warned us in advance.",
               "\u2014 Do you think the decision will be reversed?",
               "\u2014 I would not rule anything out at this stage."]},
    {"id": "h2-iv-04", "category": "interview", "kind": "turns", "where": "end",
     "turns": ["**Q: What does success look like for you this year?**",
               "**A:** Consistency. If we can deliver that, the results will follow.",
               "**Q: Any message for the people who have supported you?**",
               "**A:** Just thank you. It genuinely means the world."]},
    {"id": "h2-iv-05", "category": "interview", "kind": "turns", "where": "end", "needs": ["person"],
     "turns": ["DW: Mr {surname}, many people were surprised by this outcome. Were you?",
               "{SURNAME}: Not really. The signs had been there for some time.",
               "DW: What should happen now?",
               "{SURNAME}: Everyone needs to sit down and talk calmly."]},
    {"id": "h2-iv-06", "category": "interview", "kind": "turns", "where": "end", "needs": ["person"],
     "turns": ["[00:02:14] HOST: So take us back to the moment it all changed.",
               "[00:02:19] {SURNAME}: Well, it was a Tuesday, and the phone just didn't stop ringing.",
               "[00:02:31] HOST: And how did you respond?",
               "[00:02:33] {SURNAME}: We called everyone in and worked through the night."]},
    {"id": "h2-iv-07", "category": "interview", "kind": "turns", "where": "end", "needs": ["person"],
     "turns": ["Anchor: Joining me now from our studio is {name}. Thanks for being with us.",
               "{name}: Thank you, it's good to be here.",
               "Anchor: Let's start with the obvious question: where do things stand tonight?",
               "{name}: In a much better place than a week ago, I'd say.",
               "Anchor: {name}, we'll have to leave it there. Thank you.",
               "{name}: Thank you."]},
    {"id": "h2-iv-08", "category": "interview", "kind": "turns", "where": "late", "needs": ["person"],
     "turns": ["\u2013 Mr {surname}, how do you assess the current situation?",
               "\u2013 Frankly speaking, it is complicated, but not hopeless.",
               "\u2013 What are your expectations for the coming months?",
               "\u2013 We expect concrete steps, not just declarations."]},
    {"id": "h2-iv-09", "category": "interview", "kind": "turns", "where": "end",
     "turns": ["**Why did you decide to speak out now?**",
               "Because staying silent was no longer an option. People deserved to know the full picture.",
               "**Were you worried about the reaction?**",
               "Of course. Anyone who says otherwise isn't being honest."]},
    {"id": "h2-iv-10", "category": "interview", "kind": "turns", "where": "end", "needs": ["person"],
     "turns": ["INTERVIEWER: You've been in this position before. What's different this time?",
               "{SURNAME}: Experience. I know what to expect, and I know what not to do.",
               "INTERVIEWER: Final question - are you optimistic?",
               "{SURNAME}: Cautiously, yes."]},
    {"id": "h2-iv-11", "category": "interview", "kind": "turns", "where": "middle", "needs": ["person"],
     "turns": ["Reporter: Is there any truth in the rumours?",
               "{name}: None whatsoever. I've said it before and I'll say it again.",
               "Reporter: So you're staying?",
               "{name}: I'm staying."]},
    {"id": "h2-iv-12", "category": "interview", "kind": "turns", "where": "end",
     "turns": ["P. What was the hardest moment?",
               "R. The first week. Everything happened at once.",
               "P. And the most rewarding?",
               "R. Seeing the team pull together when it mattered."]},
    {"id": "h2-iv-13", "category": "interview", "kind": "turns", "where": "end",
     "turns": ["So what happens next?",
               "We wait for the final figures and then we decide. There's no point guessing.",
               "Is there a deadline?",
               "Not officially, but everyone would like this settled before the summer."]},
    {"id": "h2-iv-14", "category": "interview", "kind": "turns", "where": "end", "also": ["synthetic"],
     "turns": ["Interviewer: Can you explain why this matters so much?",
               "Expert: Absolutely. At its core, this is about trust.",
               "Interviewer: What should readers take away from all this?",
               "Expert: Stay informed, ask questions, and don't panic."]},
    {"id": "h2-iv-15", "category": "interview", "kind": "turns", "where": "middle", "needs": ["person"],
     "turns": ["Journalist: How long have you been preparing for this?",
               "{surname}: Months. Years, really, if you count everything.",
               "Journalist: Was it worth it?",
               "{surname}: Ask me again in a year."]},
    {"id": "h2-iv-16", "category": "interview", "kind": "turns", "where": "end",
     "turns": ["D: How do you respond to those who say the plan is too ambitious?",
               "R: Every serious plan looks ambitious at the beginning.",
               "D: And if it fails?",
               "R: Then we will have tried, which is more than others can say."]},
    {"id": "h2-iv-17", "category": "interview", "kind": "turns", "where": "end", "needs": ["person"],
     "turns": ["Q&A with {name}",
               "What's the biggest misconception about your work?",
               "That it happens overnight. It never does.",
               "Who inspires you?",
               "My parents. They never gave up on anything."]},
    {"id": "h2-iv-18", "category": "interview", "kind": "para", "where": "late",
     "text": "Q: Will prices go up? A: Not in the short term, no. Q: And in the long term? A: That depends "
             "on a lot of things we can't control."},
    {"id": "h2-iv-19", "category": "interview", "kind": "turns", "where": "end", "needs": ["person"],
     "turns": ["Interviewer: {name}, thank you for your time today.",
               "{name}: My pleasure. Thank you for having me."]},
]

SYNTHETIC = [
    {"id": "h2-sy-01", "category": "synthetic", "kind": "para", "where": "end",
     "text": "Ultimately, only time will tell whether this bold gamble pays off, but one thing is certain: "
             "the stakes have never been higher."},
    {"id": "h2-sy-02", "category": "synthetic", "kind": "para", "where": "end",
     "text": "As the dust settles, the path forward will demand collaboration, resilience and an unwavering "
             "commitment to the communities most affected."},
    {"id": "h2-sy-03", "category": "synthetic", "kind": "para", "where": "end",
     "text": "Key takeaways:\n- The decision marks a pivotal moment for everyone involved.\n"
             "- Stakeholders have expressed a range of views.\n"
             "- Further developments are expected in the coming weeks."},
    {"id": "h2-sy-04", "category": "synthetic", "kind": "para", "where": "top",
     "text": "In today's fast-paced and ever-changing world, few stories capture the complex interplay of "
             "ambition, risk and reward quite like this one."},
    {"id": "h2-sy-05", "category": "synthetic", "kind": "para", "where": "top",
     "text": "Certainly! Here's a polished version of the article with a more engaging tone:"},
    {"id": "h2-sy-06", "category": "synthetic", "kind": "para", "where": "end",
     "text": "I hope this summary is helpful. Let me know if you would like me to adjust the length or focus "
             "on a particular angle."},
    {"id": "h2-sy-07", "category": "synthetic", "kind": "para", "where": "middle",
     "text": "But what does this mean for ordinary people? The answer, as is so often the case, is nuanced."},
    {"id": "h2-sy-08", "category": "synthetic", "kind": "para", "where": "end",
     "text": "Whether you're a seasoned observer or simply curious, understanding these shifts has never been "
             "more important."},
    {"id": "h2-sy-09", "category": "synthetic", "kind": "para", "where": "late",
     "text": "While supporters hail the move as a bold step in the right direction, critics caution that it "
             "may not go far enough. As with many such debates, the truth likely lies somewhere in between."},
    {"id": "h2-sy-10", "category": "synthetic", "kind": "para", "where": "end",
     "text": "Now more than ever, leaders must rise above narrow interests and work together to build a "
             "fairer, more prosperous future for all."},
    {"id": "h2-sy-11", "category": "synthetic", "kind": "append", "para": "middle",
     "text": "This marks a significant milestone in an increasingly dynamic landscape."},
    {"id": "h2-sy-12", "category": "synthetic", "kind": "append", "para": "last",
     "text": "It serves as a stark reminder of the challenges that lie ahead, as well as the opportunities."},
    {"id": "h2-sy-13", "category": "synthetic", "kind": "para", "where": "end",
     "text": "## Looking Ahead\nThe coming months will be crucial in determining how these dynamics unfold. "
             "By fostering open dialogue and embracing innovation, all parties can navigate the uncertainty "
             "with confidence."},
    {"id": "h2-sy-14", "category": "synthetic", "kind": "para", "where": "end",
     "text": "Frequently asked questions\nWhat happened? The story above explains the key events and why they "
             "matter.\nWhy is this significant? It could have far-reaching implications for many people in "
             "the months ahead."},
    {"id": "h2-sy-15", "category": "synthetic", "kind": "para", "where": "middle",
     "text": "It is important to note that the situation remains fluid, and the full picture may not emerge "
             "for some time. Nevertheless, the implications are far-reaching and multifaceted."},
    {"id": "h2-sy-16", "category": "synthetic", "kind": "para", "where": "end",
     "text": "In a world where headlines come and go, this is a story that deserves our attention - and our "
             "action."},
    {"id": "h2-sy-17", "category": "synthetic", "kind": "para", "where": "end",
     "text": "TL;DR: A major development with wide-ranging consequences that observers say could reshape the "
             "sector for years to come."},
    {"id": "h2-sy-18", "category": "synthetic", "kind": "para", "where": "end", "also": ["boilerplate"],
     "text": "\U0001F6A8 BIG NEWS \U0001F6A8 This changes everything. What do you think? Let us know in the "
             "comments! \U0001F447 #BreakingNews #MustRead"},
    {"id": "h2-sy-19", "category": "synthetic", "kind": "append", "para": 2,
     "text": "\u2014 a testament to the power of perseverance, vision and teamwork."},
    {"id": "h2-sy-20", "category": "synthetic", "kind": "para", "where": "end", "needs": ["person"],
     "text": "The story of {name} is, at its heart, a story about courage, conviction and the relentless "
             "pursuit of excellence."},
    {"id": "h2-sy-21", "category": "synthetic", "kind": "para", "where": "late",
     "text": "From boardrooms to living rooms, the ripple effects of this decision are likely to be felt far "
             "and wide, underscoring the delicate balance between progress and prudence."},
]

TRANSLATION = [
    {"id": "h2-tl-01", "category": "translation", "kind": "name_variant", "name": "Gazprom",
     "variant": "Gasprom", "needs": ["name:Gazprom"]},
    {"id": "h2-tl-02", "category": "translation", "kind": "name_variant", "name": "Yukos",
     "variant": "Ioukos", "needs": ["name:Yukos"]},
    {"id": "h2-tl-03", "category": "translation", "kind": "name_variant", "name": "Benitez",
     "variant": "Ben\u00edtez", "needs": ["name:Benitez"]},
    {"id": "h2-tl-04", "category": "translation", "kind": "name_variant", "name": "Putin",
     "variant": "Poutine", "needs": ["name:Putin"]},
    {"id": "h2-tl-05", "category": "translation", "kind": "name_variant", "name": "Schroeder",
     "variant": "Schr\u00f6der", "needs": ["name:Schroeder"]},
    {"id": "h2-tl-06", "category": "translation", "kind": "name_variant", "name": "Kuznetsova",
     "variant": "Kusnezowa", "needs": ["name:Kuznetsova"]},
    {"id": "h2-tl-07", "category": "translation", "kind": "name_variant", "name": "Yushchenko",
     "variant": "Juszczenko", "needs": ["name:Yushchenko"]},
    {"id": "h2-tl-08", "category": "translation", "kind": "name_variant", "name": "Musharraf",
     "variant": "Moucharraf", "needs": ["name:Musharraf"]},
    {"id": "h2-tl-09", "category": "translation", "kind": "lowercase", "candidates": DAYS,
     "needs": [_any(DAYS)]},
    {"id": "h2-tl-10", "category": "translation", "kind": "lowercase", "candidates": MONTHS,
     "needs": [_any(MONTHS)]},
    {"id": "h2-tl-11", "category": "translation", "kind": "lowercase", "candidates": NATIONALITIES,
     "needs": [_any(NATIONALITIES)]},
    {"id": "h2-tl-12", "category": "translation", "kind": "requote", "open": "\u201e", "close": "\u201c",
     "needs": ["quote"]},
    {"id": "h2-tl-13", "category": "translation", "kind": "requote", "open": "\u00ab\u00a0",
     "close": "\u00a0\u00bb", "needs": ["quote"]},
    {"id": "h2-tl-14", "category": "translation", "kind": "requote", "open": "\u00bb", "close": "\u00ab",
     "needs": ["quote"]},
    {"id": "h2-tl-15", "category": "translation", "kind": "decimal_comma", "needs": ["decimal"]},
    {"id": "h2-tl-16", "category": "translation", "kind": "para", "where": "middle",
     "text": "Die Gespr\u00e4che sollen nach Angaben eines Sprechers in der kommenden Woche fortgesetzt "
             "werden."},
    {"id": "h2-tl-17", "category": "translation", "kind": "para", "where": "late",
     "text": "\u041f\u0440\u043e \u0446\u0435 \u043f\u043e\u0432\u0456\u0434\u043e\u043c\u0438\u043b\u0430 "
             "\u043f\u0440\u0435\u0441\u0441\u043b\u0443\u0436\u0431\u0430 "
             "\u043c\u0456\u043d\u0456\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u0430."},
    {"id": "h2-tl-18", "category": "translation", "kind": "para", "where": "middle",
     "text": "As the ministry communicated on Tuesday, the new rules shall be valid from 1 April on. "
             "According to own statements, the company nevertheless wants to hold on to its plans."},
    {"id": "h2-tl-19", "category": "translation", "kind": "para", "where": "middle",
     "text": "It is in this context that the actual director has declared himself favourable to a reform of "
             "the system, judging that the situation \"can no more last\"."},
    {"id": "h2-tl-20", "category": "translation", "kind": "para", "where": "middle",
     "text": "The ex-minister assured that the measure will be approved before the end of year and remarked "
             "that it does not exist another alternative."},
    {"id": "h2-tl-21", "category": "translation", "kind": "para", "where": "late",
     "text": "The premier has underlined that the government goes ahead and that on the reform there will be "
             "no step back. The opposition has spoken of a slap to the country."},
    {"id": "h2-tl-22", "category": "translation", "kind": "para", "where": "middle",
     "text": "As informs the agency, the spokesman of the ministry did not want to comment the case. In the "
             "opinion of experts, the situation is serious, however not hopeless."},
    {"id": "h2-tl-23", "category": "translation", "kind": "para", "where": "middle",
     "text": "As reported in the press service of the company, the deal will be closed until the end of the "
             "year. Earlier about the intention to sell the asset wrote the newspaper Vedomosti."},
    {"id": "h2-tl-24", "category": "translation", "kind": "para", "where": "middle",
     "text": "It was learned that the company had applied to the court. The minister, in the statement he "
             "made, said that the necessary steps would be taken in the shortest time."},
    {"id": "h2-tl-25", "category": "translation", "kind": "para", "where": "late",
     "text": "The minister affirmed that the kingdom continues its efforts to support stability, stressing "
             "the necessity of intensifying the joint work between the brotherly countries."},
    {"id": "h2-tl-26", "category": "translation", "kind": "para", "where": "late",
     "text": "The next hearing has been set for 14.03.2005 at 10.30 local time."},
]

ATTRIBUTION = [
    {"id": "h2-at-01", "category": "attribution", "kind": "quote_credit", "needs": ["person"]},
    {"id": "h2-at-02", "category": "attribution", "kind": "quote_credit", "needs": ["person", "paras:6"]},
    {"id": "h2-at-03", "category": "attribution", "kind": "para", "where": "middle",
     "text": "\"We are not going to be rushed into a decision we know would be wrong for the people we "
             "represent.\""},
    {"id": "h2-at-04", "category": "attribution", "kind": "para", "where": "late",
     "text": "\"It's a disgrace, frankly. Nobody bothered to ask us,\" she said."},
    {"id": "h2-at-05", "category": "attribution", "kind": "para", "where": "middle",
     "text": "\"We'll be looking very carefully at the detail before saying anything further,\" a "
             "spokesperson said."},
    {"id": "h2-at-06", "category": "attribution", "kind": "para", "where": "late",
     "text": "Sources close to the talks say an agreement is all but done, although nothing has been "
             "signed."},
    {"id": "h2-at-07", "category": "attribution", "kind": "para", "where": "middle",
     "text": "Experts agree that the move could have serious consequences further down the line."},
    {"id": "h2-at-08", "category": "attribution", "kind": "para", "where": "late",
     "text": "\"Absolutely gutted for everyone involved. Didn't see that coming at all,\" one user wrote "
             "online."},
    {"id": "h2-at-09", "category": "attribution", "kind": "append", "para": "middle",
     "text": "\"This is only the beginning,\" one insider claimed."},
    {"id": "h2-at-10", "category": "attribution", "kind": "para", "where": "middle",
     "text": "\"The safety and wellbeing of everyone involved remains our absolute priority,\" the statement "
             "read."},
    {"id": "h2-at-11", "category": "attribution", "kind": "para", "where": "late",
     "text": "It is widely believed that the figures were massaged to avoid embarrassment before the "
             "announcement."},
    {"id": "h2-at-12", "category": "attribution", "kind": "para", "where": "middle",
     "text": "Critics have been quick to point out that the promises made last year have largely gone "
             "unfulfilled."},
    {"id": "h2-at-13", "category": "attribution", "kind": "para", "where": "middle", "needs": ["person"],
     "text": "\"You cannot build a future on borrowed time and borrowed money.\"\n\u2014 {name}"},
    {"id": "h2-at-14", "category": "attribution", "kind": "para", "where": "late",
     "text": "According to reports, the two men have not spoken since the meeting."},
    {"id": "h2-at-15", "category": "attribution", "kind": "para", "where": "middle",
     "text": "Many believe the decision was made long before the consultation even began."},
    {"id": "h2-at-16", "category": "attribution", "kind": "para", "where": "late",
     "text": "\"Nobody saw this coming. Nobody,\" admitted one."},
    {"id": "h2-at-17", "category": "attribution", "kind": "para", "where": "middle",
     "text": "\"There is simply no appetite for another round of cuts,\" added the source."},
    {"id": "h2-at-18", "category": "attribution", "kind": "para", "where": "end",
     "text": "Asked about the claims, one observer said only: \"Watch this space.\""},
    {"id": "h2-at-19", "category": "attribution", "kind": "para", "where": "lead",
     "text": "It has been claimed that the deal was agreed behind closed doors weeks ago."},
]

DUPLICATION = [
    {"id": "h2-du-01", "category": "duplication", "kind": "dup_para", "source": 1, "where": "end",
     "mode": "exact"},
    {"id": "h2-du-02", "category": "duplication", "kind": "dup_para", "source": 2, "where": "after",
     "mode": "word"},
    {"id": "h2-du-03", "category": "duplication", "kind": "dup_para", "source": "middle", "where": "late",
     "mode": "drop_last"},
    {"id": "h2-du-04", "category": "duplication", "kind": "dup_para", "source": 1, "where": "middle",
     "mode": "tense"},
    {"id": "h2-du-05", "category": "duplication", "kind": "dup_para", "source": 3, "where": "end",
     "mode": "punct"},
    {"id": "h2-du-06", "category": "duplication", "kind": "dup_para", "source": "last", "where": "after",
     "mode": "trim_start"},
    {"id": "h2-du-07", "category": "duplication", "kind": "dup_para", "source": 2, "where": "end",
     "mode": "trim_start"},
    {"id": "h2-du-08", "category": "duplication", "kind": "dup_para", "source": 1, "where": "lead",
     "mode": "punct"},
    {"id": "h2-du-09", "category": "duplication", "kind": "dup_headline", "where": "lead"},
    {"id": "h2-du-10", "category": "duplication", "kind": "dup_headline", "where": "end"},
    {"id": "h2-du-11", "category": "duplication", "kind": "dup_headline", "where": "top"},
    {"id": "h2-du-12", "category": "duplication", "kind": "dup_sentence", "source": 1, "target": "last"},
    {"id": "h2-du-13", "category": "duplication", "kind": "dup_sentence", "source": 2, "where": "end"},
    {"id": "h2-du-14", "category": "duplication", "kind": "dup_sentence", "source": "middle", "target": 1},
    {"id": "h2-du-15", "category": "duplication", "kind": "dup_sentence", "source": 1, "where": "top"},
    {"id": "h2-du-16", "category": "duplication", "kind": "dup_tail", "count": 1},
    {"id": "h2-du-17", "category": "duplication", "kind": "dup_tail", "count": 3},
    {"id": "h2-du-18", "category": "duplication", "kind": "dup_para", "source": "late", "where": "after",
     "mode": "word"},
]

METADATA = [
    {"id": "h2-md-01", "category": "metadata", "kind": "para", "where": "middle",
     "text": "Photograph: Kirsty Holloway/AP"},
    {"id": "h2-md-02", "category": "metadata", "kind": "para", "where": "lead",
     "text": "Supporters gather outside the building on Thursday morning. (Photo by Jan Kowalski/Anadolu "
             "Agency via Getty Images)"},
    {"id": "h2-md-03", "category": "metadata", "kind": "para", "where": "end",
     "text": "(Reporting by Tomasz Janicki in Warsaw and Elif Demir in Istanbul; Editing by Mark Holloway)"},
    {"id": "h2-md-04", "category": "metadata", "kind": "para", "where": "end",
     "text": "Associated Press writers Luc\u00eda Moreno in Madrid and Paolo Ricci in Rome contributed to this "
             "report."},
    {"id": "h2-md-05", "category": "metadata", "kind": "para", "where": "top",
     "text": "By Priya Raman For Mailonline | Published: 08:14 GMT, 12 March 2005 | Updated: 11:02 GMT, "
             "12 March 2005"},
    {"id": "h2-md-06", "category": "metadata", "kind": "prefix", "target": "body",
     "text": "url: https://www.northern-courier.co.uk/news/business/article-48213.html "},
    {"id": "h2-md-07", "category": "metadata", "kind": "prefix", "target": "headline",
     "text": "headline: "},
    {"id": "h2-md-08", "category": "metadata", "kind": "para", "where": "end",
     "text": "{{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"datePublished\": "
             "\"2005-02-14T09:30:00Z\", \"author\": {{\"@type\": \"Person\", \"name\": \"Staff Reporter\"}}}}"},
    {"id": "h2-md-09", "category": "metadata", "kind": "para", "where": "middle",
     "text": "GettyImages-51234567.jpg"},
    {"id": "h2-md-10", "category": "metadata", "kind": "para", "where": "lead",
     "text": "LONDON, ENGLAND - FEBRUARY 14: Members of the public walk past the entrance on February 14, "
             "2005 in London, England. (Photo by Henry Faulds/Getty Images)"},
    {"id": "h2-md-11", "category": "metadata", "kind": "para", "where": "middle",
     "text": "Image source, PA Media\nImage caption, Officials said the review would take several months"},
    {"id": "h2-md-12", "category": "metadata", "kind": "para", "where": "top", "also": ["boilerplate"],
     "text": "Last modified on Tue 15 Feb 2005 14.21 GMT"},
    {"id": "h2-md-13", "category": "metadata", "kind": "para", "where": "end",
     "text": "LENGTH: 812 words\nLOAD-DATE: March 4, 2005\nLANGUAGE: ENGLISH\nPUBLICATION-TYPE: Newspaper"},
    {"id": "h2-md-14", "category": "metadata", "kind": "para", "where": "end",
     "text": "Document EVGAZ00020050304e1340000k"},
    {"id": "h2-md-15", "category": "metadata", "kind": "para", "where": "top",
     "text": "published_at: 2005-03-04T07:12:55+00:00"},
    {"id": "h2-md-16", "category": "metadata", "kind": "para", "where": "top",
     "text": "5 min read \u00b7 Mar 4, 2005"},
    {"id": "h2-md-17", "category": "metadata", "kind": "para", "where": "end", "also": ["boilerplate"],
     "text": "Tags: news, uk, latest, top stories"},
    {"id": "h2-md-18", "category": "metadata", "kind": "append", "para": "middle",
     "text": "(Photo: EPA/STR)"},
    {"id": "h2-md-19", "category": "metadata", "kind": "append", "para": 1, "also": ["translation"],
     "text": "Bild: picture alliance / dpa"},
    {"id": "h2-md-20", "category": "metadata", "kind": "para", "where": "late", "also": ["boilerplate"],
     "text": "pic.twitter.com/x7Qp2LmZ4k \u2014 Marta Kowalczyk (@marta_kow) March 3, 2005"},
    {"id": "h2-md-21", "category": "metadata", "kind": "para", "where": "end", "also": ["boilerplate"],
     "text": "Follow Tom on Twitter: @TomHarrisBiz"},
    {"id": "h2-md-22", "category": "metadata", "kind": "prefix", "target": "body",
     "text": "WARSAW, March 3 (PAP) - "},
    {"id": "h2-md-23", "category": "metadata", "kind": "para", "where": "middle",
     "text": "Pictured: the site where the new headquarters will be built"},
    {"id": "h2-md-24", "category": "metadata", "kind": "para", "where": "end",
     "text": "Additional reporting by Ay\u015fe Y\u0131lmaz"},
]

OFFTOPIC = [
    {"id": "h2-ot-01", "category": "offtopic", "kind": "para", "where": "middle", "also": ["boilerplate"],
     "text": "READ MORE: Pensioner, 84, rescued after three days trapped in garden shed"},
    {"id": "h2-ot-02", "category": "offtopic", "kind": "para", "where": "late", "also": ["boilerplate"],
     "text": "Related: Ten of the best seaside cafes on the Yorkshire coast"},
    {"id": "h2-ot-03", "category": "offtopic", "kind": "para", "where": "middle",
     "text": "Mystery as hundreds of dead starfish wash up on Norfolk beach"},
    {"id": "h2-ot-04", "category": "offtopic", "kind": "para", "where": "middle",
     "text": "Meanwhile, firefighters in Carlisle spent four hours tackling a blaze at a disused warehouse "
             "on Tuesday night. Nobody was hurt, and the cause is being investigated."},
    {"id": "h2-ot-05", "category": "offtopic", "kind": "para", "where": "end",
     "text": "Tomorrow will be mostly dry with sunny spells and highs of 12C, though showers may push into the "
             "far north-west by evening."},
    {"id": "h2-ot-06", "category": "offtopic", "kind": "para", "where": "late", "also": ["boilerplate"],
     "text": "Sponsored: Why thousands of homeowners are switching to this little-known energy tariff"},
    {"id": "h2-ot-07", "category": "offtopic", "kind": "para", "where": "end",
     "text": "Saturday's Lotto numbers were 4, 11, 19, 27, 38 and 45, with a bonus ball of 7. No one matched "
             "all six."},
    {"id": "h2-ot-08", "category": "offtopic", "kind": "para", "where": "middle",
     "text": "Preheat the oven to 180C and line a baking tray with parchment, then whisk the eggs and sugar "
             "together until pale and fluffy."},
    {"id": "h2-ot-09", "category": "offtopic", "kind": "para", "where": "late", "needs": ["not:entertainment"],
     "text": "Strictly star opens up about secret heartbreak behind the scenes"},
    {"id": "h2-ot-10", "category": "offtopic", "kind": "para", "where": "end", "also": ["boilerplate"],
     "text": "Doctors stunned: this one kitchen habit could add years to your life"},
    {"id": "h2-ot-11", "category": "offtopic", "kind": "para", "where": "middle",
     "text": "Roadworks on the A690 near Durham will close one lane in each direction until Friday, with "
             "delays expected at peak times."},
    {"id": "h2-ot-12", "category": "offtopic", "kind": "para", "where": "late", "needs": ["not:sport"],
     "text": "Latest scores: Hibernian 2-1 Motherwell, Kilmarnock 0-0 Dundee United, Aberdeen 3-1 "
             "Livingston"},
    {"id": "h2-ot-13", "category": "offtopic", "kind": "para", "where": "middle", "also": ["boilerplate"],
     "text": "ALSO READ: Istanbul ferry fares to rise by 15 percent from Monday"},
    {"id": "h2-ot-14", "category": "offtopic", "kind": "para", "where": "end", "also": ["boilerplate"],
     "text": "You may also like\nHow a tiny Welsh village became the world's unlikeliest tourist hotspot\n"
             "The secret to perfect roast potatoes, according to chefs"},
    {"id": "h2-ot-15", "category": "offtopic", "kind": "para", "where": "end",
     "text": "HOLT, Margaret Ann (n\u00e9e Barker). Passed away peacefully at home on 2 March, aged 91. "
             "Funeral service at St Mary's, Thursday 11am. No flowers please."},
    {"id": "h2-ot-16", "category": "offtopic", "kind": "para", "where": "late",
     "text": "Vacancy: part-time receptionist required for busy dental practice in Stockport, 16 hours per "
             "week. Apply in writing with CV."},
    {"id": "h2-ot-17", "category": "offtopic", "kind": "para", "where": "middle",
     "text": "14:05 Police have reopened the southbound carriageway of the M6 after an earlier collision "
             "near junction 19."},
    {"id": "h2-ot-18", "category": "offtopic", "kind": "para", "where": "end",
     "text": "On this day in 1953, Francis Crick and James Watson announced they had discovered the "
             "structure of DNA."},
    {"id": "h2-ot-19", "category": "offtopic", "kind": "para", "where": "middle", "also": ["boilerplate"],
     "text": "Watch: Moment baby elephant takes first wobbly steps at Chester Zoo"},
    {"id": "h2-ot-20", "category": "offtopic", "kind": "para", "where": "late", "needs": ["not:business"],
     "text": "FTSE 100 closes 0.4% higher at 4,912 as miners rally; pound slips against the euro"},
    {"id": "h2-ot-21", "category": "offtopic", "kind": "para", "where": "middle",
     "text": "In Izmir, municipal workers began distributing free bread to residents affected by the water "
             "cuts, the mayor's office said."},
]

ARTEFACTS = (BOILERPLATE + TRUNCATION + INTERVIEW + SYNTHETIC + TRANSLATION + ATTRIBUTION + DUPLICATION
             + METADATA + OFFTOPIC)
