"""The few words an exported page adds around the article, in the article's own language.

A page goes to the article's readers, so its byline follows the article, not the interface the
writer happens to use. Arabic counts take their proper forms (دقيقة، دقيقتان، ٣ دقائق، ١١ دقيقة).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# The month names used across Egypt and the Gulf, which most Arabic web publishers follow.
_AR_MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)


@dataclass(frozen=True, slots=True)
class PageLabels(ABC):
    """The words of an exported page's chrome, in the article's language."""

    by: str
    contents: str
    separator: str
    og_locale: str

    @abstractmethod
    def date(self, day: date) -> str: ...

    @abstractmethod
    def reading_time(self, minutes: int) -> str: ...


class _English(PageLabels):
    def date(self, day: date) -> str:
        return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"

    def reading_time(self, minutes: int) -> str:
        return "1 min read" if minutes <= 1 else f"{minutes} min read"


class _Arabic(PageLabels):
    def date(self, day: date) -> str:
        return f"{day.day} {_AR_MONTHS[day.month - 1]} {day.year}"

    def reading_time(self, minutes: int) -> str:
        if minutes <= 1:
            return "دقيقة واحدة للقراءة"
        if minutes == 2:
            return "دقيقتان للقراءة"
        if minutes <= 10:
            return f"{minutes} دقائق للقراءة"
        return f"{minutes} دقيقة للقراءة"


ENGLISH = _English(by="By", contents="Contents", separator=" · ", og_locale="en_US")
# A middle dot reads as the Arabic zero beside Arabic digits: Arabic takes a comma.
ARABIC = _Arabic(by="بقلم", contents="المحتويات", separator="، ", og_locale="ar_AR")


def labels_for(lang: str) -> PageLabels:
    return ARABIC if lang == "ar" else ENGLISH
