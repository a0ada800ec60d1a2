"""The captions a sender may print over or beside a requester's box, in full or abbreviated:
a help-desk ticket's "Cust." / "Addr." / "IOR No." / "Req. Dt.", a questionnaire's "Name of
importer", a form's "Applicant". One bank, read by every labelled field of the requester.

An abbreviation counts only as a whole caption (followed by its full stop, a colon or the line's
end), so "Customer Service Ticket" is no "Cust." caption.
"""

from __future__ import annotations

import re

# A caption ends at its colon, full stop, an interview's question mark ("Importer number?") or
# line end, or at a note before them ("Importer of record (name, address):").
_END = r"(?=\s*[:.?]|\s*\n|\s*$|\s*\([^()\n]{0,40}\)\s*(?::|\n|$))"
# Who asks: the requester, applicant, customer or client, "the importer's name" or "Importer".
REQUESTER = (r"requester(?:'s)?(?:\s*\(importer(?:\s+of\s+record)?\))?(?:\s+name)?(?!\s+address)"
             rf"|(?:applicant|client)(?:'s)?(?:\s+name)?{_END}|cust(?:omer)?(?:'s)?(?:\s+name)?\.?{_END}"
             # the sender's own entity by what it is: "Company", "Firm name", "Requesting party"
             rf"|(?:company|firm|entity|organi[sz]ation|business)(?:'s)?(?:\s+name)?{_END}"
             rf"|requesting\s+(?:party|company|firm|importer){_END}"
             # a form letter's blank: "The undersigned requester ____", "The undersigned: ____"
             rf"|(?:the\s+)?undersigned(?:\s+(?:requester|applicant|importer|company))?{_END}"
             rf"|name\s+of\s+(?:the\s+)?(?:importer|requester|applicant)(?:\s+of\s+record)?{_END}"
             rf"|importer(?:\s+of\s+record)?(?:'s)?\s+name{_END}"
             # a party table's or a form's bare "Importer" / "Importer of record" row: the name
             # in the cell beside it ("Importer | Blue Heron LLC"); never "Importer No."
             rf"|importer(?:\s+of\s+record)?(?:\s*\((?:IOR|requester)\))?{_END}"
             # one party in two roles: "Importer/owner", "Owner and importer", "Importer/consignee"
             rf"|(?:importer|owner|consignee)(?:\s*(?:/|&|\band\b)\s*(?:importer|owner|consignee))+"
             rf"(?:\s+of\s+record)?{_END}")
# The address by where it is: "Mailing address", "Address of record", "Principal office", "Place
# of business", "Registered office", "Last known address".
ADDRESS = (rf"(?:(?:mailing|street|business|postal|office|registered|last\s+known)\s+)?"
           rf"(?:address|addr\.?)(?:\s+of\s+record)?{_END}"
           rf"|(?:principal|registered|head|main)\s+office{_END}"
           # a form letter's blank after the name: "of (address) ____", "of (full address)"
           rf"|of\s+\((?:full\s+|street\s+|mailing\s+)?address[^()\n]{{0,30}}\){_END}"
           rf"|(?:(?:principal|main)\s+)?place\s+of\s+business{_END}")
# The request's own date: "Date of request", "Request date", "Req. Dt.", or a bare "Date".
# A receipt box ("Date Received (CBP)", "Date of receipt") dates CBP's receipt, not the request.
# An electronic form dates the request by its sending: "Date of submission", "Submission date",
# "Date submitted".
REQUEST_DATE = (rf"date(?!\s+(?:received|of\s+receipt|stamped|rec'?d)\b)"
                rf"(?:\s+of\s+(?:the\s+)?(?:request|submission)|\s+submitted)?"
                rf"|req(?:uest)?\.?\s*(?:date|dt\.?){_END}|submission\s+date{_END}")
# The importer number as a caption alone, its value in the box below or beside it: the IOR
# number (19 CFR 24.5), most often the IRS employer number, under any of its names ("Importer ID
# No.", "I.O.R. No.", "Importer of Record (IOR) No.", "Federal tax ID", "Employer Identification
# Number", "CBP-assigned number").
IMPORTER_NUMBER = (rf"(?:importer(?:\s+of\s+record)?(?:\s*\(IOR\))?|IOR|I\.\s?O\.\s?R\.|IRS)"
                   rf"(?:'s)?\s*(?:ID\s*)?(?:no\.?|number|#|ID)"
                   # one box for both names: "Importer No. / EIN", "IOR number / IRS No."
                   rf"(?:\s*/\s*(?:EIN|IRS\s+no\.?|(?:federal\s+)?tax\s+ID)){{0,1}}{_END}"
                   rf"|EIN{_END}"
                   rf"|(?:federal\s+|IRS\s+)?(?:tax(?:payer)?\s+ID(?:entification)?|employer\s+"
                   rf"identification)(?:\s+(?:no\.?|number|#))?{_END}"
                   rf"|CBP[-\s]+assigned\s+(?:importer\s+)?(?:no\.?|number){_END}")

_ANY = re.compile(rf"\s*(?:\d{{1,2}}[.)]\s*)?(?:{REQUESTER}|{ADDRESS}|{REQUEST_DATE}|"
                  rf"{IMPORTER_NUMBER})\s*[:.]?\s*", re.I)


def is_caption(text: str) -> bool:
    """Whether TEXT is one of the bank's captions and nothing else ("Cust.", "IOR No.:")."""
    return _ANY.fullmatch(text) is not None


# A drawn form's box caption: a box letter or number, then the caption in capitals, with any note
# in parentheses in either case ("A. REQUESTER (name and address)", "F. PORT(S) OF ENTRY",
# "M. IS THE ISSUE BEFORE CBP OR A COURT? (177.2(b)(5))", "12) DATE OF REQUEST"). Case-sensitive:
# a sentence or a name in mixed case is never one.
_NOTE = r"\([^()\n]{0,40}(?:\([^()\n]{0,12}\)[^()\n]{0,20})*\)"
_BOX_CAPTION = re.compile(r"(?-i:\s*\(?(?:\d{1,2}|[A-Z])[.)]\s+(?=[A-Z])"
                          rf"(?:[A-Z0-9&/'#.,:?\- ]|{_NOTE}){{2,70}})")
_MOST_NOTES = 3


def is_box_caption(text: str) -> bool:
    """Whether TEXT is a form box's own caption, lettered or numbered, in capitals."""
    stripped = text.strip()
    return (_BOX_CAPTION.fullmatch(stripped) is not None
            and stripped.count("(") <= 2 * _MOST_NOTES
            and any(c.isalpha() for c in re.sub(_NOTE, "", stripped)[3:]))
