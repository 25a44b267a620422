<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleEditor</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln min read</numerusform>
            <numerusform>%Ln min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message numerus="yes">
        <source>Backed up: %Ln article(s).</source>
        <translation>
            <numerusform>Backed up: %Ln article.</numerusform>
            <numerusform>Backed up: %Ln articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more (underlined in the text)</source>
        <translation>
            <numerusform>…and %Ln more (underlined in the text)</numerusform>
            <numerusform>…and %Ln more (underlined in the text)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskKeeper</name>
    <message numerus="yes">
        <source>%Ln article(s) open last time could not be opened again: deleted or changed since.</source>
        <translation>
            <numerusform>%Ln article open last time could not be opened again: deleted or changed since.</numerusform>
            <numerusform>%Ln articles open last time could not be opened again: deleted or changed since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>Exported %n article(s).</source>
        <translation>
            <numerusform>Exported %n article.</numerusform>
            <numerusform>Exported %n articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message numerus="yes">
        <source>Export %n Article(s)</source>
        <translation>
            <numerusform>Export %n Article</numerusform>
            <numerusform>Export %n Articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message numerus="yes">
        <source>Imported {done} of %Ln file(s)</source>
        <translation>
            <numerusform>Imported {done} of %Ln file</numerusform>
            <numerusform>Imported {done} of %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) imported so far</source>
        <translation>
            <numerusform>%Ln article imported so far</numerusform>
            <numerusform>%Ln articles imported so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%Ln article(s) imported.</source>
        <translation>
            <numerusform>%Ln article imported.</numerusform>
            <numerusform>%Ln articles imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped: already in the library.</source>
        <translation>
            <numerusform>%Ln skipped: already in the library.</numerusform>
            <numerusform>%Ln skipped: already in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be imported.</source>
        <translation>
            <numerusform>%Ln could not be imported.</numerusform>
            <numerusform>%Ln could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCheck</name>
    <message numerus="yes">
        <source>%Ln article(s) checked: the file, every article&apos;s records and the search index agree.</source>
        <translation>
            <numerusform>%Ln article checked: the file, its records and the search index agree.</numerusform>
            <numerusform>%Ln articles checked: the file, every article&apos;s records and the search index agree.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word count(s) or search index entries were rebuilt from the text.</source>
        <translation>
            <numerusform>%Ln word count or search index entry was rebuilt from the text.</numerusform>
            <numerusform>%Ln word counts or search index entries were rebuilt from the text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found in the library.</source>
        <translation>
            <numerusform>%Ln problem found in the library.</numerusform>
            <numerusform>%Ln problems found in the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The best %Ln results</source>
        <translation>
            <numerusform>The best result</numerusform>
            <numerusform>The best %Ln results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching article(s)</source>
        <translation>
            <numerusform>%Ln matching article</numerusform>
            <numerusform>%Ln matching articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln piece(s) for their checklist badges…</source>
        <translation>
            <numerusform>Checking %Ln piece for its checklist badge…</numerusform>
            <numerusform>Checking %Ln pieces for their checklist badges…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonSummary</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>★ {rating} out of 5 from %Ln review(s)</source>
        <translation>
            <numerusform>★ {rating} out of 5 from %Ln review</numerusform>
            <numerusform>★ {rating} out of 5 from %Ln reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>client of %Ln article(s)</source>
        <translation>
            <numerusform>client of %Ln article</numerusform>
            <numerusform>client of %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln min read</numerusform>
            <numerusform>%Ln min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReuseNote</name>
    <message numerus="yes">
        <source>Shares passages with %Ln or more pieces:</source>
        <translation>
            <numerusform>Shares passages with %Ln or more pieces:</numerusform>
            <numerusform>Shares passages with %Ln or more pieces:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shares passages with %Ln piece(s):</source>
        <translation>
            <numerusform>Shares passages with %Ln piece:</numerusform>
            <numerusform>Shares passages with %Ln pieces:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReuseReportDialog</name>
    <message numerus="yes">
        <source>Brought up to date after a change: %Ln pair(s) of pieces share passages.</source>
        <translation>
            <numerusform>Brought up to date after a change: %Ln pair of pieces shares passages.</numerusform>
            <numerusform>Brought up to date after a change: %Ln pairs of pieces share passages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s) of pieces share passages.</source>
        <translation>
            <numerusform>%Ln pair of pieces shares passages.</numerusform>
            <numerusform>%Ln pairs of pieces share passages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) to look at again.</source>
        <translation>
            <numerusform>%Ln piece to look at again.</numerusform>
            <numerusform>%Ln pieces to look at again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewHeader</name>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln review</numerusform>
            <numerusform>%Ln reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarCompareDialog</name>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarSide</name>
    <message numerus="yes">
        <source>Catching up (%Ln article(s) left)</source>
        <translation>
            <numerusform>Catching up (%Ln article left)</numerusform>
            <numerusform>Catching up (%Ln articles left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashBar</name>
    <message numerus="yes">
        <source>%Ln article(s) in the Trash: left out of the library, its search and similar pieces until you restore them.</source>
        <translation>
            <numerusform>%Ln article in the Trash: left out of the library, its search and similar pieces until you restore it.</numerusform>
            <numerusform>%Ln articles in the Trash: left out of the library, its search and similar pieces until you restore them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashController</name>
    <message numerus="yes">
        <source>Moved %Ln article(s) to the Trash.</source>
        <translation>
            <numerusform>Moved %Ln article to the Trash.</numerusform>
            <numerusform>Moved %Ln articles to the Trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln article(s) from the Trash.</source>
        <translation>
            <numerusform>Restored %Ln article from the Trash.</numerusform>
            <numerusform>Restored %Ln articles from the Trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln article(s) permanently?</source>
        <translation>
            <numerusform>Delete %Ln article permanently?</numerusform>
            <numerusform>Delete %Ln articles permanently?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…and %Ln more</numerusform>
            <numerusform>…and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) will be deleted for good, with their revisions, comments and reviews. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln article will be deleted for good, with its revisions, comments and reviews. This cannot be undone.</numerusform>
            <numerusform>%Ln articles will be deleted for good, with their revisions, comments and reviews. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln article(s) permanently.</source>
        <translation>
            <numerusform>Deleted %Ln article permanently.</numerusform>
            <numerusform>Deleted %Ln articles permanently.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emptied the Trash: %Ln article(s) deleted permanently.</source>
        <translation>
            <numerusform>Emptied the Trash: %Ln article deleted permanently.</numerusform>
            <numerusform>Emptied the Trash: %Ln articles deleted permanently.</numerusform>
        </translation>
    </message>
</context>
</TS>
