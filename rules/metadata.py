"""Metadata: captions, credits, bylines, stamps and scraper fields inside the body.

A scraper that flattens a page into text keeps the photo captions with their
agency credits, the byline block and the date line, and sometimes glues a
field of its own record ("date 2024-11-06") to the first sentence. These
rules find them; the field rule strips the field.
"""
from __future__ import annotations

from newslint.engine import patterns as regex  # regex, with a time limit on every match

from newslint import Fix, Option, Rule, Severity
from newslint.engine.text import shorten

FLAGS = regex.MULTILINE | regex.V1

#: photo and news agencies as they sign credits (matched case-sensitively)
AGENCIES = (
    r"Getty Images|Getty|Reuters|REUTERS|AFP|AP Photo|AP|EPA-EFE|EPA|Shutterstock|iStockphoto|iStock|Alamy"
    r"|Bloomberg|Corbis|WireImage|FilmMagic|NurPhoto|ZUMA Press|ZUMA|Zuma Press|SIPA|Sipa|POOL|Pool|Xinhua"
    r"|XINHUA|TASS|Sputnik|SPUTNIK|RIA Novosti|dpa|DPA|ANP|Anadolu Agency|Anadolu|AAP|PA Images|PA Wire|PA"
    r"|Press Association|UPI|IMAGO|Imago|Keystone|KEYSTONE|Belga|BELGA|Kyodo|KYODO|Yonhap|YONHAP|KCNA|EFE|ANSA"
    r"|Ukrinform|UNIAN|Science Photo Library|Visuals Unlimited|Handout|HANDOUT"
)
NAME = r"\p{Lu}[\p{L}.'’\-]*"
CAPS_WORD = r"\p{Lu}[\p{Lu}.'’\-]+"
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\.?"
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
DATE = (
    rf"(?:(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}})"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
)
#: the agencies a "Name/Agency" credit names after its slash
SLASH_AGENCIES = (
    r"(?:Getty Images|Getty|Reuters|AFP|AP|EPA|Shutterstock|iStockphoto|iStock|Alamy|Bloomberg|Corbis|WireImage"
    r"|NurPhoto|Zuma Press|ZUMA|SIPA|Xinhua|Science Photo Library)\b"
)
TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\p{Lu}{2,4})?"


class SharedHitsRule(Rule):
    """A metadata rule whose hits are found once per article: ``metadata_lines``
    reads the same hits the rule reports. Subclasses write ``find`` (the rules
    have no options, so every instance finds the same hits)."""

    def check(self, article):
        return iter(article.derived(f"metadata.hits.{self.code}", lambda: tuple(self.find(article))))

    def find(self, article):
        raise NotImplementedError


def whole_line(article, start: int, end: int) -> bool:
    """Does the span cover its line, apart from whitespace and decoration?"""
    line_start, line_end = article.line_span(article.line_of(start))
    before = article.text[line_start:start].strip(" \t*_>•·-–—[(")
    after = article.text[end:line_end].strip(" \t*_.)]")
    return not before and not after


def may_hold(needs, text: str) -> bool:
    """Can the text hold a match of a pattern whose every match holds one of the
    strings ``needs`` or a match of the pattern ``needs`` (None: of nothing known)?"""
    if needs is None:
        return True
    if isinstance(needs, tuple):
        return any(needle in text for needle in needs)
    return needs.search(text) is not None


class PhotoCredit(SharedHitsRule):
    """Finds a photo or agency credit inside the article body.

    What it finds: credits such as ``(POOL / VLADIMIR SMIRNOV)``,
    ``REUTERS/Jane Doe``, ``John Smith/Getty Images``, ``(AP Photo/Jane
    Doe)`` or a line that is only ``Getty Images``: the signature of a picture
    that the scraper turned into text.

    Why it matters: the credit belongs to a photo that is not there; in the
    text it reads as noise, and the line around it is usually a caption, not
    part of the story.

    Example: ``Leaders meet in Brussels, March 3, 2024. (POOL / JOHN DOE)``

    Use instead: delete the caption and its credit, or move them to the
    article's image metadata.
    """

    code = "MD101"
    name = "photo-credit-in-body"
    category = "metadata"
    severity = Severity.error
    confidence = 0.9
    fix_title = "Delete the credit line"

    PATTERNS = (
        # (POOL / VLADIMIR SMIRNOV), (SPUTNIK / JOHN DOE / AFP) at the end of a line
        regex.compile(
            rf"\(\s*(?:{AGENCIES}|{CAPS_WORD})\s?/\s?{CAPS_WORD}(?: {CAPS_WORD}){{1,3}}"
            rf"(?:\s?/\s?[^()\n]{{1,40}})?\s*\)(?=[ \t.]*$)",
            FLAGS,
        ),
        # (AFP), [Reuters/John Doe], (AP Photo/Jane Doe), (Source: AFP) at the end of a line
        regex.compile(
            rf"[(\[]\s*(?:(?i:source|via|quelle)\s*:?\s*)?(?:{AGENCIES})(?:\s?/\s?[^()\[\]\n]{{1,60}})?\s*[)\]](?=[ \t.]*$)",
            FLAGS,
        ),
        # (Photo: ...), [Photo: dpa], (Photo by ...), (Image credit: ...), [Foto: ...] at the end of a line
        regex.compile(
            r"[(\[](?i:photo(?:graph)?|image|picture|pic|credit|foto|bild|illustration|graphic|video)s?"
            r"(?:(?i: by| credit| courtesy(?: of)?)?\s*:|(?i: by| courtesy(?: of)?)(?=\s))\s*[^()\[\]\n]{2,80}[)\]](?=[ \t.]*$)",
            FLAGS,
        ),
        # "... last sentence. © dpa" / "(c) Reuters" closing a paragraph
        regex.compile(
            rf"(?<=[.!?”\"’)][ \t]{{1,3}})(?:©|\([cC]\))\s*(?:{AGENCIES})(?:\s?/\s?{NAME}(?: {NAME}){{0,3}})?(?=[ \t.]*$)",
            FLAGS,
        ),
        # REUTERS/Jane Doe/File Photo, AFP/Getty Images, AP Photo/Jane Doe
        regex.compile(
            rf"(?<![\p{{L}}/])(?:REUTERS|AFP|AP Photo|EPA(?:-EFE)?|XINHUA|SPUTNIK|POOL|Reuters|Getty Images)\s?/\s?{NAME}"
            rf"(?:[ \-]{NAME}){{0,3}}(?:\s?/\s?{NAME}(?: {NAME}){{0,3}}){{0,3}}",
            FLAGS,
        ),
        # Jane Doe/Getty Images, John Moore / Getty Images, STOCK PHOTO/Getty Images
        regex.compile(
            rf"(?<![\p{{L}}/])(?:{NAME}[ \-]){{0,3}}{NAME}\s?/\s?{SLASH_AGENCIES}"
            rf"(?:\s?/\s?{NAME}(?: {NAME}){{0,3}}){{0,3}}",
            FLAGS,
        ),
        # a line that is nothing but an agency credit: "Getty Images", "AFP via Getty Images"
        regex.compile(
            rf"^[ \t*_]*(?:(?:{NAME} ){{0,3}}via )?(?:{AGENCIES})(?:\s?/\s?(?:{AGENCIES}))*(?:,? file)?[ \t.*_]*$",
            FLAGS,
        ),
    )
    #: for each of PATTERNS, strings one of which every match of it contains (its
    #: "/", its opening bracket, its copyright sign), or a pattern every match of it
    #: holds a match of (a slash and an agency, found with a scan that is quick
    #: because it starts at a "/" only), or None: a text with none is not scanned
    NEEDS = (("/",), ("(", "["), ("(", "["), ("©", "(c)", "(C)"), ("/",),
             regex.compile(rf"/\s?{SLASH_AGENCIES}", FLAGS), None)

    def find(self, article):
        # a credit on a labelled caption line is reported by caption-in-body
        captions = {article.line_of(m.start()) for m in finditer(CaptionLabel.LABEL, article)}
        taken: list[tuple[int, int]] = []
        for pattern, needs in zip(self.PATTERNS, self.NEEDS, strict=True):
            if not may_hold(needs, article.text):
                continue
            for match in finditer(pattern, article):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken) or article.line_of(start) in captions:
                    continue
                taken.append((start, end))
                fix = Fix(*article.line_deletion(article.line_of(start)), "") if whole_line(article, start, end) else None
                yield self.hit(start, end, f"photo credit {shorten(match.group())!r} in the body", fix=fix)


class CaptionLabel(SharedHitsRule):
    """Finds a photo caption marked as such: "Image caption", "Photo:", "Featured image via ...".

    What it finds: a line that starts with a caption or credit label
    ("Image copyright", "Image caption", "Photo credit:", "Featured image
    via", "Enlarge this image", "FILE PHOTO:", "Pictured:"), a bare "Photo"
    line, or a caption line that ends with "Photo: <credit>".

    Why it matters: the caption describes a picture that is not in the text;
    read as prose it breaks the story and often repeats or contradicts it.

    Example: ``Featured image via Jane Doe/Flickr``

    Use instead: delete the caption, or move it to the article's image
    metadata.
    """

    code = "MD102"
    name = "caption-in-body"
    category = "metadata"
    severity = Severity.error
    confidence = 0.9
    fix_title = "Delete the caption line"

    LABEL = regex.compile(
        r"^[ \t*_>•·\-–—\[(]*(?P<label>"
        # labels that are unambiguous even without a separator
        r"(?i:image copyright|image caption|image source|media caption|featured image|feature image|header image"
        r"|enlarge this image|toggle caption|file photo|stock photo|photo courtesy(?: of)?)(?:[ \t]*[:|\-–—]?[ \t]*[^\n]*)"
        # generic labels need a separator, a "by"/"via", or the end of the line
        r"|(?i:photo credits?|image credits?|picture credits?|caption|pictured|photographs?|photos?|pictures?|images?"
        r"|credits?)(?:[ \t]*[:|\-–—][^\n]*|[ \t]+(?i:via|by|courtesy of)\b[^\n]*|[ \t*_)\]]*$)"
        r")",
        FLAGS,
    )
    TRAILING = regex.compile(
        r"(?<=[.!?”\"’)]\s)(?:Photo|Photograph|Picture|Image|Credit)s?:\s[^\n]{2,80}$", FLAGS
    )
    AP_STYLE = regex.compile(
        rf"^[ \t]*(?:FILE\s*[-–—:]\s*)?In this (?:{MONTH} \d{{1,2}}, \d{{4}},? |\w+ )?(?:file )?(?:photo|image|picture)(?:graph)?\b[^\n]*",
        FLAGS,
    )
    FILE_PREFIX = regex.compile(r"^[ \t]*FILE(?: PHOTO)?\s*[-–—:]\s[^\n]*", FLAGS)

    def find(self, article):
        seen = set()
        for pattern in (self.LABEL, self.AP_STYLE, self.FILE_PREFIX):
            for match in finditer(pattern, article):
                line = article.line_of(match.start())
                if line in seen:
                    continue
                seen.add(line)
                text = match.group()
                start = match.start() + len(text) - len(text.lstrip())
                yield self.hit(
                    start, match.end(), f"photo caption {shorten(text)!r} in the body", fix=Fix(*article.line_deletion(article.line_of(start)), "")
                )
        for match in self.TRAILING.finditer(article.text):
            line = article.line_of(match.start())
            if line in seen:
                continue
            seen.add(line)
            yield self.hit(match.start(), match.end(), f"caption credit {shorten(match.group())!r} in the body")


class ScraperField(SharedHitsRule):
    """Finds a field of the scraper's record glued to the article text, such as " date 2024-11-06 ".

    What it finds: a record field name (date, published, title, headline,
    author, url, source ...) with its value at the start of a line, before the
    real text: ``date 2024-11-06 NATO said ...``, ``Title: ...``,
    ``"published": "2024-11-06"``.

    Why it matters: the field is the scraper's metadata, not the story; glued
    to the first sentence it corrupts the lead, and the same field is usually
    stored properly elsewhere.

    Example: `` date 2024-11-06 The minister said on Tuesday ...``

    Use instead: strip the field and keep its value in the metadata.
    """

    code = "MD103"
    name = "scraper-field-in-text"
    category = "metadata"
    severity = Severity.error
    confidence = 0.92
    fix_title = "Strip the field"

    KEYS = (
        r"date|pub_?date|publish(?:ed)?(?:_?(?:at|on|date|time))?|updated(?:_?at)?|modified(?:_?at)?|last_?modified"
        r"|timestamp|datetime|created(?:_?at)?|time"
    )
    TEXT_KEYS = r"title|headline|author|authors|byline|url|section|category|tags|keywords|lang|language|id|slug|summary|description"
    ISO = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    VALUE = rf"[\"']?(?:{ISO}|{DATE}(?:,?\s*{TIME})?)[\"']?,?"
    FIELD = regex.compile(
        # a date field with a separator: "Published: 2024-11-06T10:00Z", '"date": "2024-11-06",'
        rf"^[ \t\"'{{]*(?P<field>(?i:{KEYS})[\"']?[ \t]*[:=][ \t]*{VALUE})(?P<rest>[ \t]*)(?=\S)"
        # a lower-case field name or an ISO date without a separator: " date 2024-11-06 NATO said"
        rf"|^[ \t\"'{{]*(?P<field>(?-i:{KEYS})[ \t]+{VALUE})(?P<rest>[ \t]*)(?=\S)"
        rf"|^[ \t\"'{{]*(?P<field>(?i:{KEYS})[ \t]+[\"']?{ISO}[\"']?,?)(?P<rest>[ \t]*)(?=\S)"
        # a text field with a name, then a date field: "author Jane Doe published 2005-01-12T08:00:00Z"
        rf"|^[ \t\"'{{]*(?P<field>(?-i:author|authors|byline|by|source|section|category)[ \t]*:?[ \t]+{NAME}(?:[ \t]+{NAME}){{0,3}}"
        rf"[ \t]+(?-i:{KEYS})[ \t]*:?[ \t]+{VALUE})(?P<rest>[ \t]*)(?=\S)"
        # a text field holding a link: "url: https://..."
        rf"|^[ \t\"'{{]*(?P<field>(?i:{TEXT_KEYS})[\"']?[ \t]*[:=][ \t]*[\"']?https?://\S+)(?P<rest>[ \t]*)"
        # a record label in front of a line: "Headline: ...", "TITLE: ..."
        rf"|^[ \t\"'{{]*(?P<label>(?-i:Headline|HEADLINE|Title|TITLE|Slug|SLUG|Byline|BYLINE|Url|URL|Dateline|DATELINE)[ \t]*[:=])(?P<rest>[ \t]*)(?=\S)",
        FLAGS,
    )

    def find(self, article):
        for match in finditer(self.FIELD, article):
            if match.group("label") is not None:
                start, end = match.span("label")
                line_end = article.line_span(article.line_of(start))[1]
                yield self.hit(
                    start,
                    end,
                    f"scraper field label {shorten(match.group('label'))!r} in front of "
                    f"{shorten(article.text[match.end('rest'):line_end], 40)!r}",
                )
                continue
            start, end = match.span("field")
            rest_end = match.end("rest")
            field = match.group("field")
            line_start, line_end = article.line_span(article.line_of(start))
            if not article.text[rest_end:line_end].strip():
                fix, where = Fix(*article.line_deletion(article.line_of(start)), ""), "on a line of its own"
            else:
                # strip the field, the whitespace after it and any indentation before it
                fix, where = Fix(line_start, rest_end, ""), "glued to the text"
            yield self.hit(start, end, f"scraper field {shorten(field)!r} {where}", fix=fix)


class BylineInBody(SharedHitsRule):
    """Finds a byline, a reporter's title or an agency sign-off line inside the body.

    What it finds: lines such as ``By Jane Doe``, ``By Jane Doe and John
    Smith, Example News``, ``Staff Reporter``, ``Posted by jdoe on 19 Sep
    2016``, ``Reporting by Jane Doe; Editing by John Smith``.

    Why it matters: the byline is metadata of the page; inside the body it
    breaks the text and, in a republished copy, may credit the wrong people.

    Example: ``By Jane Doe`` on the line after the headline.

    Use instead: delete the line and keep the author in the metadata.
    """

    code = "MD104"
    name = "byline-in-body"
    category = "metadata"
    severity = Severity.warning
    confidence = 0.85
    fix_title = "Delete the line"

    NAME_LIST = rf"{NAME}(?:[ \-]{NAME}){{0,3}}(?:(?:,| and| &)\s+{NAME}(?:[ \-]{NAME}){{0,3}}){{0,3}}"
    PATTERNS = (
        regex.compile(
            rf"^[ \t*_>]*(?:By|BY|Written by|Words by|Story by|Text by)\s+{NAME_LIST}"
            rf"(?:,?\s+(?:{NAME}|of|the|for|and|&|\|)(?:\s+(?:{NAME}|of|the|for|and|&|\|)){{0,5}})?[ \t*_]*$",
            FLAGS,
        ),
        regex.compile(
            r"^[ \t*_]*(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:Staff |Senior |Special |Medical |Science |Health |Political |Chief |Contributing |Guest )?"
            r"(?:Reporter|Writer|Correspondent|Contributor|Columnist)[ \t*_]*$",
            FLAGS,
        ),
        regex.compile(
            rf"^[ \t*_]*(?:Posted|Published|Written)(?: on)? by\s+\S{{1,40}}(?:\s+on\s+[^\n]{{1,40}})?[ \t*_]*$"
            rf"|^[ \t*_]*Posted on(?: {DATE})? by\s+\S{{1,40}}[ \t*_]*$",
            FLAGS,
        ),
        regex.compile(
            rf"^[ \t*_(]*(?:(?i:additional )?(?i:reporting|writing|editing|compiled|research) by\s+{NAME_LIST}"
            rf"(?:\s+in\s+{NAME}(?: {NAME})?)?[;,]?\s*){{1,4}}[ \t*_.)]*$",
            FLAGS,
        ),
        regex.compile(rf"^[ \t*_]*(?:Author|Authors|Byline)\s*:\s*{NAME_LIST}[ \t*_]*$", FLAGS),
        # a byline, then fields such as a date, a time or a reading time, set off by separators
        regex.compile(
            rf"^[ \t*_]*(?:(?:Author|Authors|Byline|Written by|Words|Text|Reporter)\s*:\s*|(?:By|BY|Written by|Words by|Story by)\s+)"
            rf"{NAME_LIST}(?:[ \t]*[|·•][ \t]*[^|·•\n]{{1,40}}){{1,4}}[ \t*_]*$",
            FLAGS,
        ),
    )

    #: for each of PATTERNS, strings one of which every match of it contains, or None
    #: (as ``PhotoCredit.NEEDS``): the role noun, the verb, the label, the separator
    NEEDS = (
        None,
        ("Reporter", "Writer", "Correspondent", "Contributor", "Columnist"),
        ("Posted", "Published", "Written"),
        None,
        ("Author", "Byline"),
        ("|", "·", "•"),
    )

    def find(self, article):
        for pattern, needs in zip(self.PATTERNS, self.NEEDS, strict=True):
            if not may_hold(needs, article.text):
                continue
            for match in finditer(pattern, article):
                text = match.group()
                start = match.start() + len(text) - len(text.lstrip())
                yield self.hit(start, match.end(), f"byline {shorten(text)!r} in the body", fix=Fix(*article.line_deletion(article.line_of(start)), ""))


class DatelineStamp(SharedHitsRule):
    """Finds a line that is only a publication date or time stamp, perhaps with the author.

    What it finds: ``Tuesday, March 6, 2018``, ``March 6, 2018 | by Jane
    Doe``, ``Jun 14, 2008 — John Smith``, ``2024-11-06 14:05``: the date line
    of the page template.

    Why it matters: the stamp is page metadata; in the body it interrupts the
    text and goes stale when the article is republished.

    Example: ``Monday, February 28, 2011; 9:39 PM``

    Use instead: delete the line and keep the date in the metadata.
    """

    code = "MD105"
    name = "date-stamp-in-body"
    category = "metadata"
    severity = Severity.warning
    confidence = 0.8
    fix_title = "Delete the line"

    PATTERN = regex.compile(
        rf"^[ \t*_\[(]*(?i:{DATE})(?:[,;]?\s*(?:at\s+)?{TIME})?"
        rf"(?:\s*[|—–\-]\s*(?:by\s+)?(?:{NAME}(?:[ .]{NAME}){{0,3}}|[\p{{L}}.]+\.\p{{L}}{{2,4}}))?[ \t*_\])]*$",
        FLAGS,
    )

    def find(self, article):
        for match in finditer(self.PATTERN, article):
            text = match.group()
            start = match.start() + len(text) - len(text.lstrip())
            yield self.hit(start, match.end(), f"date line {shorten(text)!r} in the body", fix=Fix(*article.line_deletion(article.line_of(start)), ""))


class CaptionShapedLine(Rule):
    """Finds a line written like a photo caption: "Jane Doe, left, and John Smith at the launch".

    What it finds: a short paragraph with the positional conventions of a
    caption (", left,", "(L-R)", "from left") or a stock caption verb ("poses
    for a photo", "is pictured", "looks on"), without the label or credit that
    other rules look for.

    Why it matters: the caption describes a picture that is not there; it is
    weak evidence on its own, so it is reported as info.

    Example: ``Jane Doe, left, and John Smith, right, at the opening on Monday``

    Use instead: delete the caption if the picture is gone.
    """

    code = "MD106"
    name = "caption-shaped-line"
    category = "metadata"
    severity = Severity.info
    confidence = 0.5
    options = {"max_words": Option(45, "longest paragraph taken for a caption, in words")}

    CUES = regex.compile(
        r",\s(?:left|right|centre|center|second (?:left|right)|far (?:left|right)|top|bottom),"
        r"|\((?:L-R|l-r|L to R|from left|left|right|centre|center)\)|\bfrom left\b,?"
        r"|\bposes? for (?:a )?(?:photo|picture|photograph)s?\b|\b(?:is|are) pictured\b|\blooks on\b(?=[ ,.]*(?:$|as |during |at |in |from ))"
        r"|\b(?:is|are) seen (?:at|in|during|on|outside|inside)\b[^\n.]{0,80}\d{4}\.",
        FLAGS,
    )

    def check(self, article):
        for paragraph in article.paragraphs[1:]:
            if len(paragraph.words) > self.settings["max_words"] or '"' in paragraph.text or "“" in paragraph.text:
                continue
            match = self.CUES.search(paragraph.text)
            if match:
                yield self.hit(
                    paragraph.start,
                    paragraph.end,
                    f"paragraph {shorten(paragraph.text)!r} reads like a photo caption ({match.group().strip(' ,')!r})",
                )


#: the patterns that match only where a line starts (each begins with ``^``), in one
#: alternation that scans a text about as fast as one of them: most articles have
#: no line any of them matches, and then one scan stands for all of them
LINE_START_PATTERNS = (
    PhotoCredit.PATTERNS[-1],
    CaptionLabel.LABEL,
    CaptionLabel.AP_STYLE,
    CaptionLabel.FILE_PREFIX,
    ScraperField.FIELD,
    *BylineInBody.PATTERNS,
    DatelineStamp.PATTERN,
)
LINE_START_UNION = regex.compile("|".join(f"(?:{pattern.pattern})" for pattern in LINE_START_PATTERNS), FLAGS)
assert all(p.pattern.startswith("^") and p.flags == LINE_START_UNION.flags for p in LINE_START_PATTERNS)


def finditer(pattern: regex.Pattern, article):
    """``pattern.finditer(article.text)``, without the scan when the pattern is
    one of ``LINE_START_PATTERNS`` and their union matches nowhere in the text
    (a match of any of them is a match of the union)."""
    if pattern in LINE_START_PATTERNS and not article.derived(
        "metadata.line_start_match", lambda: LINE_START_UNION.search(article.text) is not None
    ):
        return ()
    return pattern.finditer(article.text)


def metadata_lines(article) -> frozenset[int]:
    """Lines that a metadata rule (credit, caption, field, byline, date line) reports.

    Other families use it to leave those lines to this one. The hits are the
    rules' own, found once per article.
    """
    return article.derived(
        "metadata.lines",
        lambda: frozenset(
            article.line_of(hit.start)
            for rule_class in (PhotoCredit, CaptionLabel, ScraperField, BylineInBody, DatelineStamp)
            for hit in rule_class().check(article)
        ),
    )
