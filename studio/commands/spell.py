"""`qalam spell (ID | FILE | -) [--json]`: the words of an article, a file or standard input
that the spelling lists do not know, with their offsets (characters of the text) and what might
have been meant. Lines of code blocks are left out, as in the editor.

--json prints {"title", "words": [{"word", "lang", "start", "end", "suggestions"}]}.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, kit: Any) -> None:
    p = sub.add_parser(
        "spell",
        help="words of an article, a file or stdin that the spelling lists do not know",
        description="Check the spelling of one article (library ID), a text file or standard "
        "input ('-'): Arabic words against Arabic, English words against English.",
    )
    p.set_defaults(handler=_handler(kit))
    p.add_argument("target", help="article ID, a text file, or '-' for stdin")
    kit.library_option(p)
    kit.output_options(p)


def _handler(kit: Any) -> Any:
    def run(lib: Any, args: argparse.Namespace, printer: Any) -> Any:
        from studio.commands.check import read_target
        from studio.text.spelling import Speller

        text, title, _article_id = read_target(lib, args.target)
        speller = Speller()
        found = []
        for offset, line in _prose_lines(text):
            for miss in speller.unknown(line):
                found.append(
                    {
                        "word": miss.word,
                        "lang": miss.lang,
                        "start": offset + miss.start,
                        "end": offset + miss.end,
                        "suggestions": speller.suggestions(miss.word, miss.lang),
                    }
                )
        if args.json:
            printer.json({"title": title, "words": found})
        elif not found:
            printer.line("No unknown words.")
        else:
            for item in found:
                hint = ", ".join(item["suggestions"]) or "no suggestions"
                printer.line(f"{item['start']:>7}  {item['word']}  ({item['lang']}): {hint}")
        return kit.Exit.OK

    return run


def _prose_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the lines outside code blocks."""
    from studio.text.markdown_code import code_lines

    code = code_lines(text)
    lines, offset = [], 0
    for number, line in enumerate(text.split("\n")):
        if number not in code:
            lines.append((offset, line))
        offset += len(line) + 1
    return lines
