"""Build this bot's letter template with python-docx.

Run `python -m bots.acknowledge_receipt.build_template` from the repository root.

The .docx is committed too; rebuild it after changing this script (its template version changes).
"""

from __future__ import annotations

from bots.acknowledge_receipt.letters import TEMPLATE
from tradebots.documents.layout import Doc, close_letter, letterhead, new_letter, para, tag

# The letter names no port: the office alone heads it and signs under it.
OFFICE_LINES = ("{{ office.name }}",)


def acknowledgment() -> Doc:
    """Receipt acknowledged; the letter goes to the officer who handles its subject."""
    doc = new_letter()
    letterhead(doc, OFFICE_LINES)
    para(doc, "{{ letter_date }}", after=12)
    para(doc, "{{ sender_name }}", after=12)
    para(doc, ("Re:\t", "b"), ("{{ subject }}", "b"), after=12)
    para(doc, "Dear {{ sender_name }}:")
    tag(doc, "if their_date")
    para(doc, "U.S. Customs and Border Protection received on {{ received_date }} your letter "
              "of {{ their_date }} about {{ subject }}.", align="justify")
    tag(doc, "else")
    para(doc, "U.S. Customs and Border Protection received on {{ received_date }} your letter "
              "about {{ subject }}.", align="justify")
    tag(doc, "endif")
    para(doc, "It has been passed to the officer who handles the matter, who will write to you "
              "if anything more is needed.", align="justify")
    close_letter(doc, "Please quote the subject above in any correspondence about this letter.",
                 "Acknowledgment of {{ subject }}", port=False)
    return doc


if __name__ == "__main__":
    from tradebots.documents.layout import save_template

    save_template(acknowledgment(), TEMPLATE, "Acknowledgment of receipt")
