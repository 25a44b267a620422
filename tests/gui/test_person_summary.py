from studio.gui.main_window import MainWindow
from studio.library import ArticleDraft, Library, Status


def test_filtering_by_author_shows_their_page(qtbot, library: Library) -> None:
    ids = library.add_articles(
        [
            ArticleDraft(title="أ", body="نص أول للكاتبة", author="سارة", status=Status.APPROVED),
            ArticleDraft(title="ب", body="نص ثان للكاتبة نفسها", author="سارة"),
            ArticleDraft(title="c", body="someone else", author="Omar"),
        ]
    ).imported
    library.add_review(ids[0], stars=4, verdict="approve", reviewer="Lina")
    window = MainWindow(library, "en")
    qtbot.addWidget(window)
    window.show()
    assert window.person_summary.isHidden()
    authors = window.filters.author
    authors.setCurrentIndex(authors.findText("سارة"))
    text = window.person_summary.text()
    assert not window.person_summary.isHidden()
    assert "سارة" in text
    assert "2 articles" in text
    assert "★ 4.0 out of 5 from 1 review" in text
    assert "Approved 1" in text and "Draft 1" in text
    authors.setCurrentIndex(0)  # all authors
    assert window.person_summary.isHidden()


def test_filtering_by_client_lists_their_articles_and_says_how_many(
    qtbot, library: Library
) -> None:
    library.add_articles(
        [
            ArticleDraft(title="أ", body="نص للعميل", author="سارة", client="دار مداد"),
            ArticleDraft(title="ب", body="نص آخر للعميل", author="Omar", client="دار مداد"),
            ArticleDraft(title="c", body="another client", author="Omar", client="Brightline"),
        ]
    )
    window = MainWindow(library, "en")
    qtbot.addWidget(window)
    window.show()
    clients = window.filters.client
    assert [clients.itemText(i) for i in range(1, clients.count())] == ["Brightline", "دار مداد"]
    clients.setCurrentIndex(clients.findText("دار مداد"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert {window.model.row_at(i).title for i in range(2)} == {"أ", "ب"}
    text = window.person_summary.text()
    assert "دار مداد" in text and "client of 2 articles" in text
    assert "0 articles" not in text
