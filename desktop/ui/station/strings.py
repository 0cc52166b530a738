"""The signing station's own words, in the signer's language (ru / kk / en).

Why a table and not ``self.tr``: everything else in the window follows the organiser's
interface language through the application's one global ``QTranslator``. The station must
follow the *signer's* choice, switched per signer with a tap, while the organiser's
window keeps its own language behind it. A global translator cannot do both, so the station
keeps its few dozen strings here, complete in all three languages (a test checks that every
key has every language). The organiser-facing parts (the "set a PIN" dialog) still use
``self.tr`` and the application's translations.
"""

from __future__ import annotations

from desktop.domain.placeholders import format_number
from desktop.domain.text import LANGS, Lang

LANGUAGE_NAMES: dict[Lang, str] = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
"""Each language named in itself, so a signer finds their own."""

STRINGS: dict[str, dict[Lang, str]] = {
    "window_title": {
        "en": "Signing station",
        "ru": "Сбор подписей",
        "kk": "Қол жинау",
    },
    "heading": {
        "en": "Sign the petition",
        "ru": "Подпишите петицию",
        "kk": "Петицияға қол қойыңыз",
    },
    "statement_label": {
        "en": "The text you are signing",
        "ru": "Текст, который вы подписываете",
        "kk": "Сіз қол қоятын мәтін",
    },
    "full_name": {"en": "Full name", "ru": "Фамилия и имя", "kk": "Аты-жөніңіз"},
    "town": {"en": "Town", "ru": "Город", "kk": "Қала"},
    "country": {"en": "Country", "ru": "Страна", "kk": "Ел"},
    "organisation": {
        "en": "Organisation or role",
        "ru": "Организация или род занятий",
        "kk": "Ұйым немесе қызмет",
    },
    "contact": {"en": "Phone or e-mail", "ru": "Телефон или e-mail", "kk": "Телефон немесе e-mail"},
    "optional": {"en": "optional", "ru": "необязательно", "kk": "міндетті емес"},
    "contact_consent": {
        "en": "You may contact me about this campaign",
        "ru": "Со мной можно связаться по поводу этой кампании",
        "kk": "Осы науқан бойынша менімен хабарласуға болады",
    },
    "anonymous": {
        "en": "Count me, but do not print my name",
        "ru": "Учтите мою подпись, но не печатайте моё имя",
        "kk": "Қолымды есепке алыңыз, бірақ атымды баспаңыз",
    },
    "consent": {
        "en": "I support this petition and agree that my name and signature are passed "
        "to its addressees.",
        "ru": "Я поддерживаю эту петицию и согласен(на), чтобы моё имя и подпись "
        "были переданы её адресатам.",
        "kk": "Мен осы петицияны қолдаймын және атым мен қолымның оның алушыларына "
        "берілуіне келісемін.",
    },
    "pad_label": {"en": "Your signature", "ru": "Ваша подпись", "kk": "Қолыңыз"},
    "pad_hint": {
        "en": "Sign here with a finger, pen or mouse",
        "ru": "Распишитесь здесь пальцем, стилусом или мышью",
        "kk": "Осы жерге саусақпен, стилуспен немесе тінтуірмен қол қойыңыз",
    },
    "clear": {"en": "Clear", "ru": "Стереть", "kk": "Өшіру"},
    "submit": {"en": "Sign", "ru": "Подписать", "kk": "Қол қою"},
    "err_name_empty": {
        "en": "Please write your name.",
        "ru": "Пожалуйста, напишите своё имя.",
        "kk": "Атыңызды жазыңыз.",
    },
    "err_name_url": {
        "en": "A name cannot be a web address.",
        "ru": "Имя не может быть адресом сайта.",
        "kk": "Есім сайт мекенжайы бола алмайды.",
    },
    "err_name_formula": {
        "en": "A name cannot start with =, +, - or @.",
        "ru": "Имя не может начинаться с =, +, - или @.",
        "kk": "Есім =, +, - немесе @ белгісінен басталмауы керек.",
    },
    "err_drawing_missing": {
        "en": "Please sign in the box.",
        "ru": "Пожалуйста, распишитесь в рамке.",
        "kk": "Жақтаудың ішіне қол қойыңыз.",
    },
    "err_drawing_tiny": {
        "en": "That is too small to be a signature. Please clear it and sign again.",
        "ru": "Это слишком мало для подписи. Сотрите и распишитесь ещё раз.",
        "kk": "Бұл қол болу үшін тым кішкентай. Өшіріп, қайта қол қойыңыз.",
    },
    "err_consent": {
        "en": "Please tick this box to sign.",
        "ru": "Чтобы подписать, отметьте это поле.",
        "kk": "Қол қою үшін осы жерге белгі қойыңыз.",
    },
    "err_contact_consent": {
        "en": "Tick the box below if we may contact you, or leave this empty.",
        "ru": "Отметьте поле ниже, если с вами можно связаться, или оставьте это поле пустым.",
        "kk": "Сізбен хабарласуға болса, төмендегі жерге белгі қойыңыз немесе бұл жолды бос "
        "қалдырыңыз.",
    },
    "err_bad_chars": {
        "en": "This contains characters that cannot be saved.",
        "ru": "Здесь есть символы, которые нельзя сохранить.",
        "kk": "Мұнда сақтауға болмайтын таңбалар бар.",
    },
    "err_summary": {
        "en": "Please check the fields marked in red.",
        "ru": "Пожалуйста, проверьте поля, отмеченные красным.",
        "kk": "Қызылмен белгіленген жолдарды тексеріңіз.",
    },
    "thanks_title": {"en": "Thank you!", "ru": "Спасибо!", "kk": "Рақмет!"},
    "tap_to_continue": {
        "en": "Touch the screen to continue",
        "ru": "Коснитесь экрана, чтобы продолжить",
        "kk": "Жалғастыру үшін экранды түртіңіз",
    },
    "failed_title": {
        "en": "Your signature was NOT saved",
        "ru": "Ваша подпись НЕ сохранена",
        "kk": "Қолыңыз САҚТАЛМАДЫ",
    },
    "failed_body": {
        "en": "Something went wrong and your signature has not been recorded. Please call "
        "an organiser. When the problem is fixed, press “Try again”. “Cancel” erases your "
        "details from this screen.",
        "ru": "Что-то пошло не так, и ваша подпись не записана. Пожалуйста, позовите "
        "организатора. Когда проблема будет решена, нажмите «Попробовать снова». "
        "«Отменить» сотрёт ваши данные с экрана.",
        "kk": "Бірдеңе дұрыс болмай, қолыңыз жазылмады. Ұйымдастырушыны шақырыңыз. "
        "Ақаулық түзелген соң «Қайталау» батырмасын басыңыз. «Болдырмау» деректеріңізді "
        "экраннан өшіреді.",
    },
    "failed_hint_full": {
        "en": "For the organiser: the disk is full. Free some space, then press “Try again”.",
        "ru": "Для организатора: диск заполнен. Освободите место и нажмите «Попробовать снова».",
        "kk": "Ұйымдастырушыға: диск толып қалды. Орын босатып, «Қайталау» батырмасын басыңыз.",
    },
    "failed_hint_other": {
        "en": "For the organiser: the campaign file cannot be written. Check that the drive "
        "holding it is still connected, then press “Try again”.",
        "ru": "Для организатора: не удаётся записать файл кампании. Проверьте, подключён ли "
        "диск, на котором он лежит, и нажмите «Попробовать снова».",
        "kk": "Ұйымдастырушыға: науқан файлына жазу мүмкін емес. Файл тұрған диск қосулы "
        "екенін тексеріп, «Қайталау» батырмасын басыңыз.",
    },
    "retry": {"en": "Try again", "ru": "Попробовать снова", "kk": "Қайталау"},
    "cancel_erase": {"en": "Cancel", "ru": "Отменить", "kk": "Болдырмау"},
    "exit_title": {
        "en": "Leave the signing station?",
        "ru": "Выйти из режима сбора подписей?",
        "kk": "Қол жинау режимінен шығасыз ба?",
    },
    "exit_body": {
        "en": "Only an organiser can do this. Enter the PIN.",
        "ru": "Это может сделать только организатор. Введите PIN-код.",
        "kk": "Мұны тек ұйымдастырушы істей алады. PIN-кодты енгізіңіз.",
    },
    "pin": {"en": "PIN", "ru": "PIN-код", "kk": "PIN-код"},
    "exit_confirm": {"en": "Leave", "ru": "Выйти", "kk": "Шығу"},
    "exit_back": {"en": "Back to the form", "ru": "Вернуться к форме", "kk": "Нысанға оралу"},
    "pin_wrong": {"en": "Wrong PIN.", "ru": "Неверный PIN-код.", "kk": "PIN-код қате."},
}

PLURALS: dict[str, dict[Lang, tuple[str, ...]]] = {
    # en: (one, other); ru: (one, few, many); kk: (any) - Kazakh nouns after a numeral
    # stay singular.
    "signed_count": {
        "en": ("{n} person has signed.", "{n} people have signed."),
        "ru": (
            "Петицию подписал {n} человек.",
            "Петицию подписали {n} человека.",
            "Петицию подписали {n} человек.",
        ),
        "kk": ("Петицияға {n} адам қол қойды.",),
    },
    "pin_wait": {
        "en": (
            "Too many wrong tries. Try again in {n} second.",
            "Too many wrong tries. Try again in {n} seconds.",
        ),
        "ru": (
            "Слишком много неверных попыток. Повторите через {n} секунду.",
            "Слишком много неверных попыток. Повторите через {n} секунды.",
            "Слишком много неверных попыток. Повторите через {n} секунд.",
        ),
        "kk": ("Қате әрекет тым көп. {n} секундтан кейін қайталаңыз.",),
    },
}


def plural_index(lang: Lang, n: int) -> int:
    """Which plural form ``n`` takes in ``lang`` (CLDR rules for integers)."""
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    if lang == "en":
        return 0 if n == 1 else 1
    return 0


def text(lang: Lang, key: str) -> str:
    """The station string ``key`` in ``lang``."""
    return STRINGS[key][lang]


def plural(lang: Lang, key: str, n: int) -> str:
    """The plural-aware station string ``key`` for the number ``n`` in ``lang``."""
    return PLURALS[key][lang][plural_index(lang, n)].format(n=format_number(n, lang))


def missing_strings() -> list[str]:
    """Keys lacking a language or a plural form (for the completeness test)."""
    forms = {"en": 2, "ru": 3, "kk": 1}
    missing = [f"{k}:{lang}" for k, v in STRINGS.items() for lang in LANGS if not v.get(lang)]
    missing += [
        f"{k}:{lang}"
        for k, v in PLURALS.items()
        for lang in LANGS
        if len(v.get(lang, ())) != forms[lang]
    ]
    return missing
