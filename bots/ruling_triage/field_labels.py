"""The captions of the request's particulars (requester, address, agent, date, importer number,
authority) and STOP, where a labelled value ends at the next field's caption."""

from __future__ import annotations

import re

from bots.ruling_triage import captions
from bots.ruling_triage.extract_text import label

STOP = re.compile(
    r"\s*(?:(?:[IVX]{1,4}|\d{1,2})\.\s+[A-Z]|(?:requester|importer number|agent|authority|date"
    r"|ruling type|number of items|port\(s\)|signature|name and title|component\s+materials"
    r"|principal\s+use|intended\s+use|composition\s*:|commodity\s*:)\b)", re.I)

LABELS = {
    "requester_name": label(captions.REQUESTER),
    # An export's keys too: "REQUESTER STREET", "requester address line".
    "requester_address": label(r"(?:requester|applicant|importer(?:\s+of\s+record)?)(?:'s)?\s+"
                               r"(?:(?:mailing\s+|business\s+|street\s+)?address(?:\s+line)?"
                               r"|street)|address\s+of\s+(?:the\s+)?"
                               r"(?:requester|applicant|importer(?:\s+of\s+record)?|requesting\s+"
                               r"party|company)"),
    # A caption ("Agent:", "Agent's name", a heading "Agent"), never a wrapped line that
    # happens to open with the word ("agent for this request; its letter ...").
    "agent_name": label(r"agent(?:'s)?(?:\s+name)?(?=[ \t]*(?::|\n|$))"),
    "request_date": label(captions.REQUEST_DATE),
    "importer_number": label(captions.IMPORTER_NUMBER),
    "authority": label(r"authority\s+to\s+act"),
}
