"""Artefacts for the held-out recall bench (``bench/inject.py``).

Written for the bench, in the bench author's own words, after the way
scraped, syndicated, machine-translated and machine-written news copy looks
in the wild. Nothing here is copied from the evaluation corpora: the host
articles are read at run time and never stored in the project.

Each artefact is a dict:

``id``        unique, stable (the random position of an artefact is seeded by it)
``category``  the ground-truth category (one of the nine)
``kind``      how it is injected (see ``inject.INJECTORS``)
``also``      other categories an editor would accept (optional)
``where``     position for inserted paragraphs: ``top`` (right after the
              headline), ``lead`` (after the first body paragraph),
              ``middle``, ``late`` (before the last paragraph), ``end``
``needs``     what the host must offer (optional): ``person``, ``quote``,
              ``decimal``, ``name:<word>``, ``any:<w1>|<w2>``,
              ``paras:<n>`` (at least n body paragraphs), ``not:<topic>``

Text templates may use ``{name}`` / ``{surname}`` (a person the host names),
``{headline}`` (the host's headline) and ``{tail}`` (the tail of a long word of
the host's own vocabulary, for spliced fragments).
"""

from __future__ import annotations

BOILERPLATE = [
    dict(id="bp-advert", kind="para", where="middle", text="Advertisement"),
    dict(id="bp-newsletter", kind="para", where="late",
         text="Sign up for our morning briefing and get the day's top stories delivered straight to your inbox."),
    dict(id="bp-share", kind="para", where="lead",
         text="Share this article: Facebook | Twitter | WhatsApp | Email"),
    dict(id="bp-most-popular", kind="para", where="end", text="Most Popular"),
    dict(id="bp-copyright", kind="para", where="end",
         text="© 2023 Example Media Ltd. All rights reserved."),
    dict(id="bp-cookies", kind="para", where="middle",
         text="We use cookies to give you the best possible experience on our site. By continuing to browse, "
              "you agree to our use of cookies. Find out more in our Privacy Policy."),
    dict(id="bp-also-read", kind="para", where="middle", also=["offtopic"],
         text="Also read: Ministers under fire over delayed rail upgrade in the north"),
    dict(id="bp-last-modified", kind="para", where="end", also=["metadata"],
         text="Last modified: 14:32 GMT, Thursday 9 March"),
    dict(id="bp-story-continues", kind="para", where="lead",
         text="Story continues below advertisement"),
    dict(id="bp-youtube", kind="para", where="end",
         text="Click here to subscribe to our YouTube channel for the latest videos and analysis."),
    dict(id="bp-have-your-say", kind="para", where="end",
         text="Have your say: join the conversation in the comments section below."),
    dict(id="bp-follow-us", kind="para", where="late",
         text="Follow us on Facebook, Twitter and Instagram to stay up to date with the latest news."),
    dict(id="bp-skip", kind="para", where="top", text="Skip to main content"),
    dict(id="bp-javascript", kind="para", where="lead",
         text="Please enable JavaScript in your browser to view this content."),
    dict(id="bp-app", kind="para", where="middle",
         text="Don't miss out – download our free app for breaking news alerts on your phone."),
    dict(id="bp-related-articles", kind="para", where="late", text="RELATED ARTICLES"),
    dict(id="bp-continue-reading", kind="para", where="lead", text="Continue reading the main story"),
    dict(id="bp-comments-count", kind="para", where="end", text="Comments (12)"),
    dict(id="bp-print-email", kind="para", where="end", text="Print this page | Email a friend | Report an error"),
    dict(id="bp-paywall", kind="para", where="middle",
         text="This content is available to subscribers only. Already a subscriber? Log in here."),
    dict(id="bp-listen", kind="para", where="top", text="Listen to this article · 4 min"),
    dict(id="bp-media-playback", kind="para", where="lead", text="Media playback is unsupported on your device"),
]

TRUNCATION = [
    # a paragraph whose beginning was lost inside a word the article itself uses
    dict(id="tr-midword-2", kind="cut_start_word", para=2),
    dict(id="tr-midword-mid", kind="cut_start_word", para="middle"),
    dict(id="tr-midword-last", kind="cut_start_word", para="last"),
    dict(id="tr-midword-3", kind="cut_start_word", para=3),
    # spliced fragments from another copy of the page, starting inside a word
    dict(id="tr-fragment-a", kind="para", where="middle", needs=["tail"],
         text="{tail} in the months ahead, although no figures were given at the time."),
    dict(id="tr-fragment-b", kind="para", where="late", needs=["tail"],
         text="{tail} and a number of other concerns that were raised when the plans were first discussed."),
    dict(id="tr-fragment-c", kind="para", where="lead", needs=["tail"],
         text="{tail}, which many observers had not expected so soon."),
    # a paragraph that starts in the middle of a sentence
    dict(id="tr-midsentence-a", kind="cut_start_words", para="middle"),
    dict(id="tr-midsentence-b", kind="cut_start_words", para=2),
    # paragraphs (or the whole text) cut off before the end of a sentence
    dict(id="tr-cut-end-midword", kind="cut_end", para="last", mode="midword"),
    dict(id="tr-cut-end-function", kind="cut_end", para="middle", mode="function"),
    dict(id="tr-cut-end-comma", kind="cut_end", para=2, mode="comma"),
    dict(id="tr-cut-end-last-word", kind="cut_end", para="last", mode="word"),
    # one sentence hard-wrapped over two or three lines (one-paragraph-a-line hosts)
    dict(id="tr-wrap-2", kind="hard_wrap", para="middle", lines=2),
    dict(id="tr-wrap-3", kind="hard_wrap", para=2, lines=3),
    dict(id="tr-wrap-3-late", kind="hard_wrap", para="last", lines=3),
    dict(id="tr-wrap-2-lead", kind="hard_wrap", para=1, lines=2),
]

INTERVIEW = [
    dict(id="iv-bold-classic", kind="turns", where="end", needs=["person"], turns=[
        "**Interview with {name}**",
        "**Interviewer:** Thank you for joining us today. There has been a lot of attention on this story. How do you see the situation?",
        "**{name}:** Thank you for having me. It's a complex picture, and I think it's important to look at the facts before drawing conclusions.",
        "**Interviewer:** What do you say to those who think the decision came too late?",
        "**{name}:** I understand that frustration. But we had to make sure we got it right, and I believe we have.",
        "**Interviewer:** What happens next?",
        "**{name}:** We will keep working with everyone involved, and we remain fully committed to delivering results.",
        "**Interviewer:** Thank you for your time and your insights on this important issue.",
        "**{name}:** Thank you, it was a pleasure.",
    ]),
    dict(id="iv-qa-plain", kind="turns", where="end", needs=["person"], turns=[
        "Q: How did you react when you first heard the news?",
        "A: Honestly, I was surprised. Nobody in our team had expected it to happen this quickly.",
        "Q: Do you think the criticism has been fair?",
        "A: Some of it, yes. We have to accept that mistakes were made and learn from them.",
        "Q: What is your message to the public?",
        "A: Stay patient. We are doing everything we can and the results will come.",
    ]),
    dict(id="iv-bold-qa", kind="turns", where="end", needs=["person"], turns=[
        "**Q:** {surname}, many people were surprised by the latest developments. Were you?",
        "**A:** Not really. We had been preparing for this for some time.",
        "**Q:** What would you say is the biggest challenge right now?",
        "**A:** Keeping everybody focused. There is a lot of noise, but the goal hasn't changed.",
        "**Q:** And looking ahead to next year?",
        "**A:** I'm optimistic. The foundations are in place.",
    ]),
    dict(id="iv-plain-labels", kind="turns", where="end", needs=["person"], turns=[
        "Interviewer: Let's start with the obvious question. Why now?",
        "{surname}: Because the timing was right. We looked at every option and this was the best one.",
        "Interviewer: Critics say you have ignored the warnings. How do you respond?",
        "{surname}: That's simply not true. We listened to every concern that was raised.",
        "Interviewer: Is there anything you would do differently?",
        "{surname}: With hindsight, perhaps we could have communicated better. But the substance was right.",
    ]),
    dict(id="iv-broadcast-host", kind="turns", where="end", needs=["person"], turns=[
        "**Host:** Welcome to the programme. It's great to have you with us.",
        "**{name}:** It's a pleasure to be here.",
        "**Host:** Let's get straight to it. What does this mean for ordinary people?",
        "**{name}:** In the short term, not a great deal. In the long term, I think it changes quite a lot.",
        "**Host:** Some listeners will find that worrying.",
        "**{name}:** I understand that, but there is no reason to panic. We have a clear plan.",
        "**Host:** {name}, thank you very much for joining us.",
        "**{name}:** Thank you for having me.",
    ]),
    dict(id="iv-reporter", kind="turns", where="end", needs=["person"], turns=[
        "**Reporter:** You have been under a lot of pressure in recent weeks. How are you coping?",
        "**{surname}:** It comes with the job. You learn to block out the noise.",
        "**Reporter:** Was there a moment when you thought about giving up?",
        "**{surname}:** Never. Not for a second.",
        "**Reporter:** What keeps you going?",
        "**{surname}:** The people around me, and the belief that what we're doing matters.",
    ]),
    dict(id="iv-journalist", kind="turns", where="end", needs=["person"], turns=[
        "Journalist: Can you explain what went wrong?",
        "{name}: Several things happened at once, and we didn't react fast enough. I take responsibility for that.",
        "Journalist: Will there be consequences?",
        "{name}: We are reviewing everything. If changes are needed, they will be made.",
        "Journalist: Thank you for speaking to us.",
        "{name}: Thank you.",
    ]),
    dict(id="iv-heading-qa", kind="turns", where="end", needs=["person"], turns=[
        "### Q&A with {name}",
        "**Question:** What was your first priority when you took this on?",
        "**Answer:** To understand the problem properly. Too many people rushed to conclusions.",
        "**Question:** And what did you find?",
        "**Answer:** That the issues ran much deeper than anyone had admitted in public.",
        "**Question:** Are you confident it can be fixed?",
        "**Answer:** Yes, but it will take time and it will take money.",
    ]),
    dict(id="iv-upper", kind="turns", where="end", needs=["person"], turns=[
        "INTERVIEWER: How would you sum up the past twelve months?",
        "{SURNAME}: Challenging, but rewarding. We have come a long way.",
        "INTERVIEWER: What has surprised you most?",
        "{SURNAME}: How much support we have had from people we had never met.",
        "INTERVIEWER: And the biggest disappointment?",
        "{SURNAME}: That some of the changes have taken longer than I hoped.",
    ]),
    dict(id="iv-moderator", kind="turns", where="end", needs=["person"], turns=[
        "**Moderator:** Good evening and welcome. Tonight we are discussing the story everyone is talking about.",
        "**{name}:** Good evening, and thank you for the invitation.",
        "**Moderator:** Let me ask you directly: was this the right decision?",
        "**{name}:** I believe it was. We weighed up the risks very carefully.",
        "**Moderator:** Thank you for your insights on this pressing issue.",
        "**{name}:** Thank you for the opportunity to discuss these important matters.",
    ]),
    dict(id="iv-midarticle", kind="turns", where="middle", needs=["person"], turns=[
        "**Interviewer:** Do you expect things to get better soon?",
        "**{surname}:** I do. The signs over the last few weeks have been encouraging.",
        "**Interviewer:** What would you say to those who remain sceptical?",
        "**{surname}:** Look at the numbers. They speak for themselves.",
    ]),
    dict(id="iv-q-dot", kind="turns", where="end", needs=["person"], turns=[
        "Q. Was the outcome what you expected?",
        "A. Broadly, yes. There were a few surprises along the way, but nothing we couldn't handle.",
        "Q. What advice would you give to others in your position?",
        "A. Be patient, listen carefully and don't believe everything you read.",
        "Q. Any regrets?",
        "A. None that I'd like to share today.",
    ]),
]

SYNTHETIC = [
    dict(id="sy-unity", kind="append", para="middle",
         text="This is a time for unity and collective action, and everyone involved must stand together in the face of this challenge."),
    dict(id="sy-inaction", kind="append", para="late",
         text="The consequences of inaction could be dire, and decision-makers are urged to act swiftly and decisively."),
    dict(id="sy-landscape", kind="para", where="middle",
         text="In today's rapidly evolving landscape, it is more important than ever to navigate these challenges with "
              "transparency, resilience and a shared commitment to progress."),
    dict(id="sy-reminder", kind="para", where="end",
         text="Ultimately, this serves as a powerful reminder that the road ahead will require collaboration, innovation "
              "and unwavering determination from all parties."),
    dict(id="sy-important-note", kind="append", para=2,
         text="It is important to note that the situation remains fluid, and stakeholders must remain vigilant as events continue to unfold."),
    dict(id="sy-delve", kind="para", where="late",
         text="As we delve deeper into this complex issue, it becomes clear that there are no easy answers, only "
              "difficult choices that will shape the future for generations to come."),
    dict(id="sy-testament", kind="para", where="end",
         text="This landmark moment is a testament to the power of perseverance and a beacon of hope for a brighter, "
              "more inclusive future."),
    dict(id="sy-time-will-tell", kind="para", where="end",
         text="Only time will tell whether these efforts will bear fruit, but one thing is certain: the stakes have never been higher."),
    dict(id="sy-in-conclusion", kind="para", where="end",
         text="In conclusion, these developments underscore the intricate interplay between economic pressures, public "
              "expectations and political realities."),
    dict(id="sy-now-more-than-ever", kind="append", para="last",
         text="Now more than ever, we must come together to ensure that no one is left behind."),
    dict(id="sy-fostering", kind="para", where="late",
         text="By fostering open dialogue and embracing innovation, all parties can work together to build a more "
              "sustainable and prosperous future for everyone."),
    dict(id="sy-multifaceted", kind="append", para="middle",
         text="Navigating this multifaceted landscape will require a nuanced approach that carefully balances the needs of all stakeholders."),
    dict(id="sy-seize", kind="para", where="end",
         text="Let us seize this opportunity to rise to the occasion and show that, together, we can overcome any obstacle."),
    dict(id="sy-tapestry", kind="append", para=2,
         text="The rich tapestry of opinions surrounding the issue highlights the importance of fostering meaningful conversations moving forward."),
    dict(id="sy-remains-seen", kind="append", para="last",
         text="It remains to be seen how this will play out, but it is crucial that leaders prioritise the well-being of ordinary people."),
]

TRANSLATION = [
    # one name, two transliterations (the variant replaces one occurrence)
    dict(id="tl-name-khodorkovsky", kind="name_variant", name="Khodorkovsky", variant="Chodorkowski",
         needs=["name:Khodorkovsky"]),
    dict(id="tl-name-kuznetsova", kind="name_variant", name="Kuznetsova", variant="Kusnezowa",
         needs=["name:Kuznetsova"]),
    dict(id="tl-name-yushchenko", kind="name_variant", name="Yushchenko", variant="Juschtschenko",
         needs=["name:Yushchenko"]),
    dict(id="tl-name-putin", kind="name_variant", name="Putin", variant="Poutine", needs=["name:Putin"]),
    dict(id="tl-name-schroeder", kind="name_variant", name="Schroeder", variant="Schröder", needs=["name:Schroeder"]),
    dict(id="tl-name-safin", kind="name_variant", name="Safin", variant="Safine", needs=["name:Safin"]),
    # proper nouns that lost their capital
    dict(id="tl-lower-city", kind="lowercase", candidates=["Moscow", "Brussels", "Beijing", "Washington", "Tokyo", "Paris"],
         needs=["any:Moscow|Brussels|Beijing|Washington|Tokyo|Paris"]),
    dict(id="tl-lower-london", kind="lowercase", candidates=["London"], needs=["any:London"]),
    dict(id="tl-lower-country", kind="lowercase", candidates=["Germany", "France", "Russia", "China", "Europe", "Japan"],
         needs=["any:Germany|France|Russia|China|Europe|Japan"]),
    # continental quotation marks around a quote the host already has
    dict(id="tl-quotes-german", kind="requote", open="„", close="“", needs=["quote"]),
    dict(id="tl-quotes-french", kind="requote", open="« ", close=" »", needs=["quote"]),
    # decimal commas
    dict(id="tl-decimal-host", kind="decimal_comma", needs=["decimal"]),
    dict(id="tl-decimal-own", kind="append", para="middle",
         text="According to the statistics office, turnover rose by 3,4 million euros over the same period."),
    # grammar left over from the source language
    dict(id="tl-accuse-of", kind="append", para="middle",
         text="Prosecutors accuse the former manager of hide part of the losses from the auditors."),
    dict(id="tl-since-months", kind="append", para="late",
         text="The two sides are negotiating since three months without a result, he said."),
    dict(id="tl-dotted-date", kind="append", para=2,
         text="The new rules will enter into force on 01.07.2005, as the ministry communicated on its website."),
    dict(id="tl-steal", kind="append", para="last",
         text="Police had accused him of steal equipment worth several thousand pounds."),
    # paragraphs left untranslated
    dict(id="tl-german-para", kind="para", where="middle",
         text="Die Regierung hat am Montag angekündigt, die Maßnahmen bis zum Ende des Jahres zu verlängern. "
              "Kritiker sprechen dagegen von einer verpassten Chance."),
    dict(id="tl-french-para", kind="para", where="late",
         text="Le ministre a toutefois refusé de commenter ces informations, estimant qu'il était encore trop tôt "
              "pour tirer des conclusions définitives."),
    dict(id="tl-spanish-para", kind="para", where="lead",
         text="Según fuentes cercanas a la negociación, el acuerdo podría firmarse antes del final del mes, aunque "
              "todavía quedan varios puntos por resolver."),
    dict(id="tl-italian-para", kind="para", where="end",
         text="Secondo gli analisti, la decisione potrebbe avere conseguenze importanti per il mercato nei prossimi mesi."),
]

ATTRIBUTION = [
    # quotation paragraphs nobody is credited with
    dict(id="at-quote-carry-on", kind="para", where="middle",
         text="\"We simply cannot carry on like this. Something has to give, and it has to give soon.\""),
    dict(id="at-quote-shock", kind="para", where="late",
         text="\"Nobody saw this coming. It is a real shock for everyone who works here.\""),
    dict(id="at-quote-curly", kind="para", where="lead",
         text="“This is the best chance we have had in years, and we cannot afford to waste it.”"),
    # a quote followed by a detached pull-quote credit line
    dict(id="at-quote-bare-name", kind="para", where="middle", needs=["person"],
         text="\"We were told one thing and then something completely different happened.\"\n{name}"),
    dict(id="at-quote-dash-name", kind="para", where="late", needs=["person"],
         text="\"I have no doubt that this was the right call.\"\n— {name}"),
    dict(id="at-credit-after-host-quote", kind="quote_credit", needs=["quote", "person"]),
    dict(id="at-credit-after-host-quote-2", kind="quote_credit", needs=["quote", "person"]),
    # second-hand sourcing
    dict(id="at-reuters-reports", kind="append", para="lead",
         text="The figures were first published by the Financial Times, Reuters reports."),
    dict(id="at-local-media", kind="append", para="middle",
         text="The decision was confirmed late on Tuesday, local media reported."),
    dict(id="at-writes-agency", kind="para", where="lead",
         text="The news was first reported by Bloomberg, writes the Interfax agency."),
    dict(id="at-according-reports", kind="append", para=2,
         text="According to reports, the two sides are already close to a deal."),
    # anonymous and weasel sourcing
    dict(id="at-sources-say", kind="append", para="late",
         text="Sources say the board has already approved the plan behind closed doors."),
    dict(id="at-experts-believe", kind="para", where="late",
         text="Many experts believe the move could backfire, and some say it already has."),
    dict(id="at-insider", kind="para", where="middle",
         text="As one insider put it: \"The whole thing was a shambles from start to finish.\""),
]

DUPLICATION = [
    dict(id="du-lead-at-end", kind="dup_para", source=1, where="end", mode="exact"),
    dict(id="du-double", kind="dup_para", source="middle", where="after", mode="exact"),
    dict(id="du-later", kind="dup_para", source=2, where="late", mode="exact"),
    dict(id="du-near-word", kind="dup_para", source="middle", where="end", mode="word"),
    dict(id="du-near-drop", kind="dup_para", source=2, where="end", mode="drop_last", needs=["paras:4"]),
    dict(id="du-near-tense", kind="dup_para", source=1, where="late", mode="tense"),
    dict(id="du-near-punct", kind="dup_para", source="last", where="after", mode="punct"),
    dict(id="du-headline-middle", kind="dup_headline", where="middle"),
    dict(id="du-headline-end", kind="dup_headline", where="end"),
    dict(id="du-headline-top", kind="dup_headline", where="top"),
    dict(id="du-sentence-appended", kind="dup_sentence", source=1, target="late"),
    dict(id="du-sentence-pullquote", kind="dup_sentence", source="middle", target=None, where="late"),
    dict(id="du-last-two", kind="dup_tail", count=2, needs=["paras:4"]),
    dict(id="du-near-trim", kind="dup_para", source="late", where="end", mode="trim_start"),
]

METADATA = [
    dict(id="md-date-glued", kind="prefix", target="body", text=" date 2023-05-02 "),
    dict(id="md-date-glued-headline", kind="prefix", target="headline", text=" date 2005-03-14 "),
    dict(id="md-reuters-caption", kind="para", where="lead",
         text="A general view of the building, pictured on Tuesday. (REUTERS/Jane Doe)"),
    dict(id="md-photo-afp", kind="para", where="middle", text="Photo: AFP/Getty Images"),
    dict(id="md-byline-body", kind="para", where="middle", text="By Jane Doe, Staff Writer"),
    dict(id="md-timestamp", kind="para", where="top", also=["boilerplate"], text="Published 14 March 2005, 09:41 GMT"),
    dict(id="md-image-copyright", kind="para", where="lead", text="Image copyright Getty Images"),
    dict(id="md-posted-by", kind="para", where="top", text="Posted by admin on March 3, 2005 at 11:20 am"),
    dict(id="md-tags", kind="para", where="end", also=["boilerplate"], text="Tags: economy, markets, business news, UK"),
    dict(id="md-source-url", kind="para", where="end", also=["boilerplate"],
         text="Source: https://www.example-news.com/world/2005/03/story-48213.html"),
    dict(id="md-reporting-by", kind="para", where="end",
         text="Reporting by Jane Doe; additional reporting by Carlos Mendes; editing by Peter Graff"),
    dict(id="md-ap-photo-inline", kind="append", para="middle", text="(AP Photo/Mark Lennihan)"),
    dict(id="md-author-line", kind="para", where="top", text="Author: Maria Keller | 12.03.2005 | 4 min read"),
    dict(id="md-filed-under", kind="para", where="end", also=["boilerplate"], text="Filed under: Politics, World"),
    dict(id="md-scraper-fields", kind="prefix", target="body",
         text="author John Smith published 2005-01-12T08:00:00Z "),
    dict(id="md-dpa-credit", kind="append", para=1, text="[Photo: dpa]"),
    dict(id="md-image-caption", kind="para", where="middle",
         text="Image caption: Officials met behind closed doors for more than three hours"),
]

OFFTOPIC = [
    dict(id="ot-leeds-raid", kind="para", where="middle", also=["boilerplate"],
         text="Police hunt man after jewellery shop raid in Leeds"),
    dict(id="ot-floods", kind="para", where="late", also=["boilerplate"],
         text="Floods: Thousands without power as storms batter Cornish coast"),
    dict(id="ot-hollywood", kind="para", where="middle", also=["boilerplate"], needs=["not:entertainment"],
         text="Hollywood Star Reveals Secret Wedding In Bali"),
    dict(id="ot-watch-kitten", kind="para", where="lead", also=["boilerplate"],
         text="WATCH: Dramatic rescue of kitten stuck on motorway bridge"),
    dict(id="ot-derby", kind="para", where="middle", also=["boilerplate"], needs=["not:sport"],
         text="Manchester derby: Five things we learned from Sunday's thriller at the Etihad"),
    dict(id="ot-bitcoin", kind="para", where="late", also=["boilerplate"], needs=["not:business"],
         text="Bitcoin price surges to record high after ETF approval"),
    dict(id="ot-crocodile", kind="para", where="middle",
         text="Meanwhile, in Australia, a crocodile was filmed wandering through a suburban car park in Darwin, "
              "forcing shoppers to take shelter inside a supermarket."),
    dict(id="ot-cycle-lane", kind="para", where="late",
         text="In other news, Brighton council has approved plans for a new cycle lane along the seafront, despite "
              "objections from local traders who fear a loss of parking."),
    dict(id="ot-recipe", kind="para", where="middle", also=["boilerplate"],
         text="Recipe: The perfect Sunday roast in under an hour"),
    dict(id="ot-opinion", kind="para", where="late", also=["boilerplate"], needs=["not:business"],
         text="Opinion: Why the four-day week is here to stay"),
    dict(id="ot-read-next", kind="para", where="end", also=["boilerplate"],
         text="Read next: Ten of the best beaches in Portugal for a family holiday"),
    dict(id="ot-spelling-bee", kind="para", where="middle", also=["boilerplate"],
         text="Ohio teenager wins national spelling bee with 'bouillabaisse'"),
    dict(id="ot-snow", kind="para", where="late",
         text="Forecasters expect heavy snow across the Highlands overnight, with up to 20cm possible on higher "
              "ground and travel disruption likely on Thursday morning."),
    dict(id="ot-royal-baby", kind="para", where="lead", also=["boilerplate"],
         text="Royal baby: Palace announces name of new princess"),
    dict(id="ot-octopus", kind="para", where="middle", also=["boilerplate"], needs=["not:tech"],
         text="Scientists discover new species of deep-sea octopus off Hawaii"),
]

ARTEFACTS = (
    [dict(a, category="boilerplate") for a in BOILERPLATE]
    + [dict(a, category="truncation") for a in TRUNCATION]
    + [dict(a, category="interview") for a in INTERVIEW]
    + [dict(a, category="synthetic") for a in SYNTHETIC]
    + [dict(a, category="translation") for a in TRANSLATION]
    + [dict(a, category="attribution") for a in ATTRIBUTION]
    + [dict(a, category="duplication") for a in DUPLICATION]
    + [dict(a, category="metadata") for a in METADATA]
    + [dict(a, category="offtopic") for a in OFFTOPIC]
)
