"""Running heads and feet are printed at one height on every page; a signature block that a page
break splits is the text's own."""

from __future__ import annotations

from bots.common.reading.running import without_running_lines
from tradebots.pdf import Segment, Word


def _line(page: int, top: float, text: str) -> list[Segment]:
    words, x = [], 72.0
    for token in text.split():
        words.append(Word(page, x, top, x + 5.0 * len(token), top + 10.0, token))
        x += 5.0 * len(token) + 3.0
    return [Segment(tuple(words))]


def test_a_name_at_the_foot_of_one_page_and_the_head_of_the_next_is_kept() -> None:
    first = [_line(1, 72.0, "Dear Sir or Madam:"), _line(1, 690.0, "Respectfully,"),
             _line(1, 705.0, "Jane Alvarez")]
    second = [_line(2, 72.0, "______________"), _line(2, 86.0, "Jane Alvarez"),
              _line(2, 100.0, "Partner, Carver Customs Brokerage Inc.")]
    assert without_running_lines([first, second]) == [first, second]


def test_a_head_printed_at_one_height_on_two_pages_is_dropped() -> None:
    first = [_line(1, 40.0, "Acme Co. - Protest"), _line(1, 72.0, "Dear Sir:"),
             _line(1, 700.0, "Page 1 of 2")]
    second = [_line(2, 41.0, "Acme Co. - Protest"), _line(2, 72.0, "Respectfully,"),
              _line(2, 700.0, "Page 2 of 2")]
    assert without_running_lines([first, second]) == [first[1:2], second[1:2]]
