"""The engine's own findings (prefix NL). They are not rules of any family."""
from __future__ import annotations

from .rule import Rule, Severity


class InternalError(Rule):
    """A rule raised an exception on this article.

    What it finds: a rule that crashed (or hit its time limit) while checking
    an article. The run goes on with the other rules and articles.

    Why it matters: the article was not fully checked, so its clean result
    cannot be trusted; the exit status is 2 so that CI notices.

    Example: ``NL001 rule TR101 (fragment-start) raised ZeroDivisionError``
    """

    code = "NL001"
    name = "internal-error"
    category = None
    severity = Severity.error
    confidence = 1.0
    source = "newslint"


class UnusedSuppression(Rule):
    """A suppression comment that suppresses nothing.

    What it finds: ``<!-- newslint: disable CODE -->`` or
    ``disable-next-line`` naming a code that reports nothing in its range.

    Why it matters: stale suppressions hide future problems and clutter the
    text; remove them once the passage is clean (like ruff's RUF100).

    Example: ``<!-- newslint: disable-next-line BP101 -->`` above a clean line.
    """

    code = "NL100"
    name = "unused-suppression"
    category = None
    severity = Severity.warning
    confidence = 1.0
    source = "newslint"


class InvalidSuppression(Rule):
    """A suppression comment that names no rule code.

    What it finds: ``<!-- newslint: disable -->`` with no codes, or with
    something that is not a code, or an ``enable`` without its ``disable``.

    Why it matters: blanket suppressions hide every future finding; newslint
    requires the codes to be named.

    Example: ``<!-- newslint: disable -->``
    """

    code = "NL101"
    name = "invalid-suppression"
    category = None
    severity = Severity.warning
    confidence = 1.0
    source = "newslint"


ENGINE_RULES = (InternalError, UnusedSuppression, InvalidSuppression)
