"""Screenshots of every page and dialog in Russian, Kazakh and English, offscreen, 1366x768.

``python -m desktop.ui.screenshots --out DIR`` (``make screenshots``) writes
``DIR/<lang>/NN_<name>.png``. The campaign is a throwaway one made from the sample kit in a
temporary folder, with made-up signers; nothing of the user's is read or written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QDialog, QWidget

from desktop.domain.signature import Signature
from desktop.domain.text import LANGS, Lang
from desktop.services.campaign import Campaign
from desktop.services.kits import sample_kit
from desktop.services.sealing import TEST_KDF

SIZE = (1366, 768)
PASSPHRASE = "screenshot passphrase only"
DEMO_SIGNERS = ("Айгерім Сейітова", "Иван Петров", "Maria Keller", "Дәулет Омаров")


def _settle(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_for(signal: object, timeout_ms: int = 5000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def _make_campaign(folder: Path) -> Path:
    path = folder / "sample.protestkit"
    kit = sample_kit()
    case = kit.cases[0]
    statement = case.statement("ru")
    assert statement is not None
    with Campaign.create(path, kit, PASSPHRASE, kdf=TEST_KDF) as campaign:
        campaign.add_signatures(
            Signature(
                case_id=case.id,
                full_name=name,
                town="Алматы",
                country="Қазақстан",
                statement_fingerprint=statement.fingerprint,
                signed_at=dt.datetime(2010, 5, 1, 12, index, tzinfo=dt.UTC),
            )
            for index, name in enumerate(DEMO_SIGNERS)
        )
    return path


class _Shooter:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.count = 0
        self.files: list[Path] = []

    def shot(self, widget: QWidget, name: str) -> None:
        _settle()
        self.count += 1
        path = self.out / f"{self.count:02d}_{name}.png"
        widget.grab().save(str(path))
        self.files.append(path)

    def dialog(self, make: Callable[[], QDialog], name: str) -> None:
        dialog = make()
        dialog.show()
        dialog.resize(dialog.size().expandedTo(dialog.sizeHint()))
        self.shot(dialog, name)
        dialog.reject()
        dialog.deleteLater()


def shoot_language(lang: Lang, out: Path, work: Path) -> list[Path]:
    """Every page and dialog in ``lang``; returns the PNG paths."""
    from desktop.services.csv_io import preview_csv
    from desktop.ui.dialogs.about import AboutDialog, GuideDialog
    from desktop.ui.dialogs.case_editor import CaseEditorDialog
    from desktop.ui.dialogs.csv_mapping import CsvMappingDialog
    from desktop.ui.dialogs.paper_tally import PaperTallyDialog
    from desktop.ui.dialogs.passphrase import NewPassphraseDialog, UnlockDialog
    from desktop.ui.dialogs.recipient_editor import RecipientEditorDialog
    from desktop.ui.dialogs.settings_dialog import SettingsDialog, SettingsValues
    from desktop.ui.i18n import translations
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import AppSettings

    translations().switch(lang)
    out.mkdir(parents=True, exist_ok=True)
    shooter = _Shooter(out)
    settings = AppSettings(QSettings(str(work / f"{lang}.ini"), QSettings.Format.IniFormat))
    settings.language = lang
    (work / lang).mkdir()
    campaign_path = _make_campaign(work / lang)
    window = MainWindow(settings)
    window.resize(*SIZE)
    window.show()
    shooter.shot(window, "welcome")
    window.opener.open_path(campaign_path, unlock=False)
    shooter.shot(window, "case")
    window.show_step("recipients")
    window.recipients_page.set_chosen("almaty-prosecutor", True)
    window.recipients_page.set_chosen("osce", True)
    shooter.shot(window, "recipients")
    window.show_step("letter")
    page = window.letter_page
    if hasattr(page, "preview_updated"):
        _wait_for(page.preview_updated)
    shooter.shot(window, "letter")
    window.show_step("signatures")
    shooter.shot(window, "signatures_locked")
    window.session.unlock(PASSPHRASE)
    shooter.shot(window, "signatures_unlocked")
    window.session.lock()
    window.show_step("export")
    shooter.shot(window, "export")
    kit = window.session.kit
    assert kit is not None

    def new_passphrase() -> QDialog:
        dialog = NewPassphraseDialog(window, "Almaty, 2010")
        dialog.set_passphrase("river candle seven", "river")
        return dialog

    shooter.dialog(new_passphrase, "dialog_new_passphrase")
    shooter.dialog(lambda: UnlockDialog(window, window.session.title(lang)), "dialog_unlock")
    values = SettingsValues(lang, settings.paper, settings.auto_lock_minutes)
    shooter.dialog(lambda: SettingsDialog(window, values), "dialog_settings")
    taken = {c.id for c in kit.cases}
    shooter.dialog(lambda: CaseEditorDialog(window, kit.cases[0], taken), "dialog_case_editor")
    rids = {r.id for r in kit.recipients}
    recipient = kit.recipients[0]
    shooter.dialog(lambda: RecipientEditorDialog(window, recipient, rids), "dialog_recipient")

    def paper() -> QDialog:
        dialog = PaperTallyDialog(window, kit.cases[0].id, {"7"})
        dialog.fill("7", 23, "Алматы", "Қазақстан")
        return dialog

    shooter.dialog(paper, "dialog_paper_sheet")
    sample_csv = (
        "ФИО;Город;Дата\nАсель Ахметова;Алматы;2010-05-01\nБолат Нуров;Шымкент;2010-05-02\n"
    )
    preview = preview_csv(sample_csv.encode("utf-8"))
    title = window.session.title(lang)
    shooter.dialog(lambda: CsvMappingDialog(window, preview, "paper.csv", title), "dialog_csv")
    shooter.dialog(lambda: AboutDialog(window), "dialog_about")
    shooter.dialog(lambda: GuideDialog(window), "dialog_guide")
    window.undo_stack.setClean()
    window.close()
    window.deleteLater()
    _settle()
    return shooter.files


def _quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Pass Qt's messages on, except the offscreen platform's note that it cannot resize."""
    del context
    if "propagateSizeHints" not in message and kind != QtMsgType.QtDebugMsg:
        sys.stderr.write(f"{message}\n")


def main(argv: list[str] | None = None) -> int:
    """Write the screenshots; print where they are."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"), help="output folder")
    parser.add_argument("--lang", choices=LANGS, action="append", help="only these languages")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet)
    from desktop.ui.application import create_application

    app = create_application([sys.argv[0]])
    QCoreApplication.setApplicationName("protest-kit-screenshots")
    files: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="protestkit-shots-") as temp:
        for lang in args.lang or ("en", "ru", "kk"):
            files.extend(shoot_language(lang, args.out / lang, Path(temp)))
    del app
    sys.stdout.write(f"{len(files)} screenshots in {args.out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
