"""Synthetic signatures for benchmarks and tests: names in Latin, Cyrillic and Kazakh,
drawn signatures of 2-5 strokes of 20-60 points. Deterministic for a given seed."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator

from desktop.domain.signature import Drawing, Signature

FIRST = (
    "Әсел",
    "Ұлжан",
    "Іңкәр",
    "Айнұр",
    "Ерлан",
    "Дәурен",
    "Мария",
    "Ivan",
    "Anna",
    "Peter",
    "Наталья",
    "Сергей",
    "Ғалия",
    "Нұрлан",
    "Hannah",
    "Jörg",
    "Łukasz",
    "Zoë",
    "Өмірзақ",
    "Һадия",
)
LAST = (
    "Қожахметова",
    "Үсенова",
    "Смагулов",
    "Taaffe",
    "Иванова",
    "Nowak",
    "Müller",
    "Жұмабаев",
    "Сәрсенбаев",
    "O'Brien",
    "Кураморская",
    "Ахметов",
    "Brown",
    "Seitkali",
    "Тоқаев",
    "Һасенова",
)
PLACES = (
    ("Алматы", "Казахстан"),
    ("Астана", "Қазақстан"),
    ("Шымкент", "Қазақстан"),
    ("London", "United Kingdom"),
    ("Wien", "Österreich"),
    ("Москва", "Россия"),
    ("Berlin", "Deutschland"),
    ("Жезқазған", "Қазақстан"),
    ("", ""),
)
ORGS = ("", "", "", "Kazakhstan 2012", "Unite", "журналист", "ІІМ кәсіподағы", "ver.di")


def drawing(rng: random.Random) -> Drawing:
    """A plausible drawn signature: 2-5 smooth strokes of 20-60 points in a 1000x333 pad."""
    strokes = []
    x = rng.uniform(40, 200)
    for _ in range(rng.randint(2, 5)):
        points = rng.randint(20, 60)
        y0 = rng.uniform(80, 250)
        amp = rng.uniform(20, 90)
        freq = rng.uniform(0.1, 0.35)
        step = rng.uniform(4, 12)
        flat: list[int] = []
        for i in range(points):
            px = x + i * step
            py = y0 + amp * math.sin(i * freq) + rng.uniform(-3, 3)
            flat.extend((int(min(max(px, 0), 999)), int(min(max(py, 0), 332))))
        x = min(x + points * step * rng.uniform(0.3, 0.8), 900)
        strokes.append(tuple(flat))
    return Drawing(width=1000, height=333, strokes=tuple(strokes))


def signatures(
    count: int,
    case_id: str,
    fingerprint: str,
    *,
    seed: int = 2010,
    anonymous_every: int = 17,
) -> Iterator[Signature]:
    """``count`` synthetic signatures for ``case_id`` endorsing ``fingerprint``."""
    rng = random.Random(seed)
    start = dt.datetime(2010, 5, 1, 9, 0, tzinfo=dt.UTC)
    for index in range(count):
        town, country = rng.choice(PLACES)
        yield Signature(
            id=f"{rng.getrandbits(128):032x}",
            case_id=case_id,
            full_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            town=town,
            country=country,
            organisation=rng.choice(ORGS),
            anonymous=anonymous_every > 0 and index % anonymous_every == anonymous_every - 1,
            lang=rng.choice(("ru", "kk", "en")),
            statement_fingerprint=fingerprint,
            signed_at=start + dt.timedelta(seconds=index * 7),
            drawing=drawing(rng),
        )
