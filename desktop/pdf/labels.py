"""Document strings printed on the PDFs, in Russian, Kazakh and English.

These are words on paper for an official, chosen by the letter's language, not by the window's
language, so they live here rather than in the Qt translations.
"""

from __future__ import annotations

from desktop.domain.text import Lang

LABELS: dict[str, dict[Lang, str]] = {
    "page_of": {
        "ru": "Страница {n} из {total}",
        "kk": "{total} беттің {n}-беті",
        "en": "Page {n} of {total}",
    },
    "reference": {"ru": "Исх. №", "kk": "Шығыс №", "en": "Ref."},
    "subject": {"ru": "Тема", "kk": "Тақырыбы", "en": "Subject"},
    "petition": {"ru": "Петиция", "kk": "Петиция", "en": "Petition"},
    "people": {
        "ru": "О ком идёт речь",
        "kk": "Іс кімге қатысты",
        "en": "People concerned",
    },
    "facts": {"ru": "Обстоятельства дела", "kk": "Іс мән-жайы", "en": "The facts"},
    "timeline": {"ru": "Хронология", "kk": "Оқиғалар барысы", "en": "Timeline"},
    "charges": {"ru": "Обвинения", "kk": "Айыптар", "en": "Charges"},
    "demands": {"ru": "Мы требуем", "kk": "Біздің талаптарымыз", "en": "We demand"},
    "deadline": {"ru": "Срок", "kk": "Мерзімі", "en": "Deadline"},
    "sources": {"ru": "Источники", "kk": "Дереккөздер", "en": "Sources"},
    "statement": {
        "ru": "Текст, под которым подписались",
        "kk": "Қол қойылған мәтін",
        "en": "The statement the signers endorsed",
    },
    "fingerprint": {
        "ru": "Отпечаток текста (SHA-256)",
        "kk": "Мәтіннің ізі (SHA-256)",
        "en": "Statement fingerprint (SHA-256)",
    },
    "fingerprint_short": {"ru": "Отпечаток текста", "kk": "Мәтін ізі", "en": "Statement"},
    "signatures": {"ru": "Подписи", "kk": "Қолтаңбалар", "en": "Signatures"},
    "to": {"ru": "Кому", "kk": "Кімге", "en": "To"},
    "demand": {"ru": "Требование", "kk": "Талап", "en": "Demand"},
    "col_no": {"ru": "№", "kk": "№", "en": "No."},
    "col_name": {"ru": "Фамилия, имя", "kk": "Аты-жөні", "en": "Name"},
    "col_place": {"ru": "Город, страна", "kk": "Қала, ел", "en": "Town, country"},
    "col_org": {"ru": "Организация, роль", "kk": "Ұйым, лауазым", "en": "Organisation, role"},
    "col_date": {"ru": "Дата", "kk": "Күні", "en": "Date"},
    "col_signature": {"ru": "Подпись", "kk": "Қолы", "en": "Signature"},
    "anonymous": {
        "ru": "Сторонник (имя не публикуется)",
        "kk": "Қолдаушы (аты жарияланбайды)",
        "en": "Anonymous supporter",
    },
    "page_digest": {
        "ru": "Контрольная сумма строк {first}–{last}",
        "kk": "{first}–{last} жолдардың бақылау сомасы",
        "en": "Digest of rows {first}–{last}",
    },
    "totals": {"ru": "Итоги", "kk": "Қорытынды", "en": "Totals"},
    "digital": {
        "ru": "Электронные подписи",
        "kk": "Электрондық қолтаңбалар",
        "en": "Digital signatures",
    },
    "paper": {"ru": "Подписи на бумаге", "kk": "Қағаздағы қолтаңбалар", "en": "Paper signatures"},
    "col_digital": {"ru": "Электронные", "kk": "Электрондық", "en": "Digital"},
    "col_paper": {"ru": "На бумаге", "kk": "Қағазда", "en": "On paper"},
    "total": {"ru": "Всего", "kk": "Барлығы", "en": "Total"},
    "by_place": {
        "ru": "По странам и городам",
        "kk": "Елдер мен қалалар бойынша",
        "en": "By country and town",
    },
    "country": {"ru": "Страна", "kk": "Ел", "en": "Country"},
    "town": {"ru": "Город", "kk": "Қала", "en": "Town"},
    "not_given": {"ru": "не указано", "kk": "көрсетілмеген", "en": "not given"},
    "root_digest": {
        "ru": "Общая контрольная сумма всех листов подписей",
        "kk": "Барлық қолтаңба парақтарының жалпы бақылау сомасы",
        "en": "Root digest over all signature pages",
    },
    "digest_note": {
        "ru": (
            "Каждый лист подписей несёт контрольную сумму SHA-256 своих строк и QR-код; "
            "общая сумма вычислена по всем листам. Любое изменение, пропуск или перестановка "
            "листа обнаруживается проверкой."
        ),
        "kk": (
            "Әр қолтаңба парағында өз жолдарының SHA-256 бақылау сомасы мен QR-коды бар; "
            "жалпы сома барлық парақтар бойынша есептелген. Парақтың өзгертілуі, жоғалуы "
            "немесе орны ауысуы тексеру кезінде анықталады."
        ),
        "en": (
            "Every signature page carries a SHA-256 digest of its rows and a QR code; the root "
            "digest is computed over all pages. Any altered, missing or reordered page is found "
            "by verification."
        ),
    },
    "copies_to": {"ru": "Копии направлены", "kk": "Көшірмелері жіберілді", "en": "Copies to"},
    "no_copies": {
        "ru": "Копии не направлялись.",
        "kk": "Көшірмелер жіберілмеді.",
        "en": "No copies were sent.",
    },
    "receipt": {
        "ru": "Расписка в получении",
        "kk": "Қабылдау туралы қолхат",
        "en": "Acknowledgement of receipt",
    },
    "receipt_intro": {
        "ru": (
            "Принято обращение с петицией по делу «{case}». Отправитель: {sender}. "
            "Листов: {pages}. Подписей: {count}."
        ),
        "kk": (
            "«{case}» ісі бойынша петициясы бар өтініш қабылданды. Жіберуші: {sender}. "
            "Парақ саны: {pages}. Қолтаңба саны: {count}."
        ),
        "en": (
            "Received: a letter and petition concerning “{case}”. Sender: {sender}. "
            "Pages: {pages}. Signatures: {count}."
        ),
    },
    "received_by": {"ru": "Принял(а), ФИО", "kk": "Қабылдаған, аты-жөні", "en": "Received by"},
    "position": {"ru": "Должность", "kk": "Лауазымы", "en": "Position"},
    "date_time": {"ru": "Дата и время", "kk": "Күні мен уақыты", "en": "Date and time"},
    "incoming_no": {"ru": "Входящий номер", "kk": "Кіріс нөмірі", "en": "Incoming number"},
    "stamp": {"ru": "Место для печати", "kk": "Мөр орны", "en": "Stamp"},
    "receipt_keep": {
        "ru": "Заполните, подпишите, поставьте печать и верните экземпляр отправителю.",
        "kk": "Толтырып, қол қойып, мөр басып, бір данасын жіберушіге қайтарыңыз.",
        "en": "Please fill in, sign, stamp and return this copy to the sender.",
    },
    "sheet_title": {"ru": "Подписной лист", "kk": "Қол қою парағы", "en": "Signature sheet"},
    "sheet_id": {"ru": "Лист", "kk": "Парақ", "en": "Sheet"},
    "consent": {
        "ru": (
            "Подписываясь, я поддерживаю приведённый выше текст и согласен(на), чтобы моё имя, "
            "город и подпись были переданы адресатам этой петиции."
        ),
        "kk": (
            "Қол қоя отырып, мен жоғарыдағы мәтінді қолдаймын және атым, қалам мен қолтаңбам "
            "осы петицияның адресаттарына берілуіне келісемін."
        ),
        "en": (
            "By signing I support the statement above and agree that my name, town and "
            "signature are handed to the recipients of this petition."
        ),
    },
    "no_signatures": {
        "ru": "Электронных подписей пока нет.",
        "kk": "Электрондық қолтаңбалар әзірге жоқ.",
        "en": "There are no digital signatures yet.",
    },
    "letter": {"ru": "Письмо", "kk": "Хат", "en": "Letter"},
}


def label(key: str, lang: Lang, **values: object) -> str:
    """The document string ``key`` in ``lang``, with ``{name}`` fields filled from ``values``."""
    text = LABELS[key][lang]
    return text.format(**values) if values else text
