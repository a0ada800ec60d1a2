"""Protests written as LaTeX: a law firm's KOMA letter, a numbered submission, an importer's
short letter and a broker's filing sheet (the last two are faxed)."""

from __future__ import annotations

from bench.corpus_twentieth.people import BROKERS, PEOPLE, fmt_date
from bench.corpus_twentieth.protests import Protest
from bench.corpus_twentieth.texdoc import FONTS, MONO, Doc, preamble, tex

CATEGORY_TEXT = {
    "classification": ("the classification of the merchandise and the resulting rate of duty",
                       "CBP reclassified the goods into a subheading carrying a higher rate; "
                       "the goods are properly classified as entered"),
    "appraised_value": ("the appraised value of the merchandise",
                        "CBP added buying commissions to the transaction value; commissions "
                        "paid to a bona fide buying agent are not part of the price actually "
                        "paid or payable (19 U.S.C. 1401a(b)(1))"),
}
DRAWBACK = ("None of the entries covered by this protest is subject to drawback.",
            "The merchandise is not the subject of any drawback claim, and none will be filed.",
            "Drawback: the entries listed are not subject to drawback.",
            "No drawback claim has been or will be made on these entries.",
            "Protestant declares that the entries are not subject to drawback.")
FURTHER = ("Further review of this protest is requested under 19 C.F.R. 174.24(b): the decision "
           "raises a question of law not previously ruled upon. No court action and no other "
           "application are pending on this claim.",
           "Protestant applies for further review (19 CFR 174.25); criterion 174.24(a) applies, "
           "as the decision is inconsistent with rulings on substantially similar goods.",
           "We ask that this protest be treated as an application for further review and "
           "forwarded accordingly (174.24(c)).",
           "APPLICATION FOR FURTHER REVIEW: requested, 19 CFR 174.24(b).",
           "Please refer this protest for further review; the question has not been ruled on.")
NO_FURTHER = ("Further review is not requested.", "No application for further review is made.",
              "")
ACCELERATED = ("Accelerated disposition is requested under 19 U.S.C. 1515(b); this protest is "
               "sent by certified mail, return receipt requested.",
               "Protestant requests accelerated disposition (19 CFR 174.22). Sent by registered "
               "mail.")
NO_ACCELERATED = ("Accelerated disposition is not requested.", "")


def _category(doc: Doc, protest: Protest) -> tuple[str, str]:
    if protest.petition_decision is not None:
        when = fmt_date(protest.petition_decision, doc.date_style)
        return (f"the decision of the Fines, Penalties and Forfeitures Officer of {tex(when)} "
                "denying Protestant's petition for relief under 19 C.F.R. Part 171",
                "the penalty was assessed without regard to the mitigating factors shown")
    subject, claim = CATEGORY_TEXT[protest.category]
    return tex(subject), tex(claim)


def _earlier(doc: Doc, protest: Protest) -> str:
    if protest.earlier is None:
        return ""
    number, received = protest.earlier
    text = (f"Protestant asks for the same disposition as in Protest No. {doc.show(number)}, "
            "on which an application for further review is pending")
    if received is not None:
        text += f", received by CBP on {doc.day(received)}"
    return text + ".\n\n"


def _closing(doc: Doc, protest: Protest) -> str:
    drawback = tex(doc.pick(*DRAWBACK))
    further = doc.pick(*FURTHER) if protest.further_review else doc.pick(*NO_FURTHER)
    accel = doc.pick(*ACCELERATED) if protest.accelerated else doc.pick(*NO_ACCELERATED)
    return "\n\n".join(tex(part) for part in (further, accel) if part) + f"\n\n{drawback}\n\n"


def _entry_cells(doc: Doc, protest: Protest) -> list[list[str]]:
    rows = []
    for entry in protest.entries:
        entry_date = doc.day(entry.entry_date) if entry.entry_date else "--"
        rows.append([doc.show(entry.number), entry_date, doc.day(entry.liquidation)])
    return rows


def _stamp(doc: Doc, protest: Protest) -> str:
    if not protest.stamp:
        return ""
    when = doc.day(protest.received, "abbr").upper()
    return ("\\begin{flushright}\\fbox{\\parbox{4.6cm}{\\centering\\sffamily\\bfseries "
            f"RECEIVED\\\\ {when}\\\\ CBP PORT {tex(protest.port[0])}}}}}\\end{{flushright}}\n")


def _argument(doc: Doc, claim: str, paragraphs: int) -> str:
    filler = ("The record before the port shows the facts set out above, and the authorities "
              "cited support Protestant's position. The entry papers, the commercial invoices and "
              "the technical literature for the goods are available to the reviewing officer on "
              "request. ")
    body = [f"{claim[0].upper()}{claim[1:]}."]
    body += [filler * doc.rng.choice([2, 3]) for _ in range(paragraphs)]
    return "\n\n".join(body) + "\n\n"


def firm_letter(protest: Protest, doc: Doc) -> str:
    """A KOMA-Script scrlttr2 letter from counsel: booktabs entries table, footnotes, page heads."""
    firm = doc.rng.choice([("Hatcher Lindgren & Ruiz LLP", "1201 Pennsylvania Ave. NW, Suite 600",
                            "Washington, DC 20004"),
                           ("Oakes, Merriweather & Tran PLLC", "55 Water Street, 22nd Floor",
                            "New York, NY 10041")])
    subject, claim = _category(doc, protest)
    port_code, port_name = protest.port
    head = preamble("scrlttr2", "fontsize=11pt,paper=letter,firsthead=on,foldmarks=off,"
                    "subject=titled", doc.pick(*FONTS[:2]), "\\usepackage{scrlayer-scrpage}")
    head += (f"\\setkomavar{{fromname}}{{{tex(firm[0])}}}\n"
             f"\\setkomavar{{fromaddress}}{{{tex(firm[1])}\\\\ {tex(firm[2])}}}\n"
             f"\\setkomavar{{date}}{{{tex(fmt_date(protest.letter_date, 'long'))}}}\n"
             f"\\setkomavar{{subject}}{{Protest -- {tex(protest.name)} -- Port {tex(port_code)}}}\n"
             "\\setkomavar{nexthead}{\\footnotesize Protest of "
             f"{tex(protest.name)}, entry {tex(protest.entries[0].number)} -- page \\thepage}}\n")
    table = "\\begin{tabular}{lll}\\toprule\n"
    table += doc.pick("Entry Number & Entry Date & Liquidation Date",
                      "Entry No. & Date of Entry & Date of Liquidation",
                      "Entry & Entered & Liquidated") + "\\\\\\midrule\n"
    for row in _entry_cells(doc, protest):
        table += " & ".join(row) + "\\\\\n"
    table += "\\bottomrule\\end{tabular}\n\n"
    importer = (f", importer of record number {doc.show(protest.importer)}"
                if protest.importer else "")
    goods = (f"\\textbf{{{doc.pick('Merchandise', 'Description of merchandise', 'Goods')}:}} "
             f"{doc.show(protest.goods)}\n\n" if protest.goods else "")
    body = (f"\\begin{{letter}}{{Port Director\\\\ U.S. Customs and Border Protection\\\\ "
            f"Port of {tex(port_name)} (Port Code {doc.show(port_code)})}}\n"
            "\\opening{Dear Port Director:}\n" + _stamp(doc, protest) +
            f"On behalf of our client, {doc.show(protest.name)}, "
            f"{doc.show(protest.address[0])}, {doc.show(protest.address[1])}{importer} "
            "(``Protestant''), we protest under 19 U.S.C. 1514\\footnote{And 19 C.F.R. Part 174.} "
            f"{subject} in the entries listed below.\n\n" + table + goods +
            _earlier(doc, protest) +
            "\\textbf{Nature of and justification for the objection.} " +
            _argument(doc, claim, doc.rng.choice([2, 4])) +
            "\\footnote{See the authorities collected in the attached memorandum.} " +
            _closing(doc, protest) +
            "\\closing{Respectfully submitted,}\n\\end{letter}\n")
    body = body.replace("\\closing{Respectfully submitted,}",
                        f"\\setkomavar{{signature}}{{{doc.show(protest.signer)}\\\\ "
                        f"{tex(firm[0])}, counsel for Protestant}}\n"
                        "\\closing{Respectfully submitted,}")
    return head + "\\begin{document}\n" + body + "\\end{document}\n"


def submission(protest: Protest, doc: Doc) -> str:
    """A numbered-section submission with a running header naming the protestant on every page."""
    subject, claim = _category(doc, protest)
    port_code, port_name = protest.port
    extra = ("\\usepackage[margin=1in]{geometry}\n\\usepackage{fancyhdr}\n\\pagestyle{fancy}\n"
             f"\\fancyhead[L]{{\\small PROTEST -- {tex(protest.name)}}}\n"
             "\\fancyhead[R]{\\small Sheet \\thepage}\n\\setlength{\\headheight}{14pt}\n")
    head = preamble("article", "11pt,letterpaper", doc.pick(*FONTS), extra)
    labels = doc.rng.choice([("Protesting party", "Importer No.", "Address"),
                             ("Protestant", "IOR number", "Mailing address"),
                             ("Name of protestant", "Importer of record No.", "Address of record")])
    rows = [f"{labels[0]} & {doc.show(protest.name)}\\\\",
            f"{labels[2]} & {doc.show(protest.address[0])}, {doc.show(protest.address[1])}\\\\"]
    if protest.importer:
        rows.append(f"{labels[1]} & {doc.show(protest.importer)}\\\\")
    rows.append(f"Port & {tex(port_name)}, code {doc.show(port_code)}\\\\")
    if protest.goods:
        rows.append(f"{doc.pick('Commodity', 'Merchandise', 'Articles')} & "
                    f"{doc.show(protest.goods)}\\\\")
    body = ("\\begin{center}{\\Large\\bfseries PROTEST}\\\\[2pt]"
            "19 U.S.C. 1514 -- 19 C.F.R. Part 174\\end{center}\n" + _stamp(doc, protest) +
            "\\section*{I. Protesting party}\n\\begin{tabularx}{\\linewidth}{@{}l X@{}}\n" +
            "\n".join(rows) + "\n\\end{tabularx}\n\n"
            "\\section*{II. Entries}\n\\begin{longtable}{|l|l|l|}\\hline\n" +
            doc.pick("Entry no. & Entry date & Liquidated on",
                     "ENTRY & DATE OF ENTRY & DATE OF LIQUIDATION") + "\\\\\\hline\\endhead\n")
    for row in _entry_cells(doc, protest):
        body += " & ".join(row) + "\\\\\\hline\n"
    body += ("\\end{longtable}\n\\section*{III. Decision protested}\n"
             f"Protestant objects to {subject}.\n\n" + _earlier(doc, protest) +
             "\\section*{IV. Grounds}\n" + _argument(doc, claim, doc.rng.choice([3, 5])) +
             "\\section*{V. Declarations and requests}\n" + _closing(doc, protest) +
             f"\\vspace{{1em}}\n\n{tex(fmt_date(protest.letter_date, doc.date_style))}\n\n"
             f"/s/ {doc.show(protest.signer)}\\\\ {tex(protest.title)}\n")
    return head + "\\begin{document}\n" + body + "\\end{document}\n"


def importer_note(protest: Protest, doc: Doc) -> str:
    """An importer's own short letter, typed in a mono font, entries in one sentence."""
    subject, claim = _category(doc, protest)
    port_code, port_name = protest.port
    head = preamble("article", "12pt,letterpaper", doc.pick(*MONO),
                    "\\usepackage[margin=0.9in]{geometry}\n\\pagestyle{empty}\n"
                    "\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{8pt}\n")
    parts = []
    for entry in protest.entries:
        text = doc.show(entry.number)
        if entry.entry_date:
            text += f" (entered {doc.day(entry.entry_date)}"
        else:
            text += " ("
        sep = ", " if entry.entry_date else ""
        text += f"{sep}liquidated {doc.day(entry.liquidation)})"
        parts.append(text)
    entries = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    importer = f"\\\\ Importer No. {doc.show(protest.importer)}" if protest.importer else ""
    goods = (f"The goods are {doc.show(protest.goods)}." if protest.goods else
             "The goods are described on the entry papers.")
    body = (f"{{\\large\\bfseries {doc.show(protest.name)}}}\\\\ {doc.show(protest.address[0])}"
            f"\\\\ {doc.show(protest.address[1])}{importer}\n\n"
            f"{tex(fmt_date(protest.letter_date, doc.date_style))}\n\n"
            f"U.S. Customs and Border Protection\\\\ Port of {tex(port_name)} "
            f"(port {doc.show(port_code)})\n\n" + _stamp(doc, protest) +
            "RE: PROTEST\n\nTo whom it may concern,\n\n"
            f"We protest {subject} on our entr{'y' if len(parts) == 1 else 'ies'} {entries}. "
            f"{goods}\n\n" + _earlier(doc, protest) + _argument(doc, claim, 1) +
            _closing(doc, protest) +
            f"Thank you,\n\n\\vspace{{1.2em}}{doc.show(protest.signer)}\\\\ {tex(protest.title)}\n")
    return head + "\\begin{document}\n" + body + "\\end{document}\n"


def broker_sheet(protest: Protest, doc: Doc) -> str:
    """A broker's protest filing sheet: a boxed field grid, an entry grid, then the argument."""
    subject, claim = _category(doc, protest)
    port_code, port_name = protest.port
    broker, street, city = doc.rng.choice(BROKERS)
    # A serif face: OCR reads a sans-serif capital I in a filer code as 1 or l.
    head = preamble("article", "11pt,letterpaper", "Liberation Serif",
                    "\\usepackage[margin=0.8in]{geometry}\n\\pagestyle{empty}\n"
                    "\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{6pt}\n")
    grid = ["\\begin{tabularx}{\\linewidth}{|l|X|}\\hline",
            f"PROTESTANT & {doc.show(protest.name)}\\\\\\hline",
            f"ADDRESS & {doc.show(protest.address[0])}, {doc.show(protest.address[1])}\\\\\\hline"]
    if protest.importer:
        grid.append(f"IMPORTER NO. & {doc.show(protest.importer)}\\\\\\hline")
    grid.append(f"PORT & {doc.show(port_code)} -- {tex(port_name)}\\\\\\hline")
    if protest.goods:
        grid.append(f"MERCHANDISE & {doc.show(protest.goods)}\\\\\\hline")
    grid.append("\\end{tabularx}\n")
    table = ["\\begin{tabular}{|l|l|l|}\\hline",
             "ENTRY NUMBER & ENTRY DATE & LIQ. DATE\\\\\\hline"]
    for row in _entry_cells(doc, protest):
        table.append(" & ".join(row) + "\\\\\\hline")
    table.append("\\end{tabular}\n")
    body = (f"{{\\bfseries {tex(broker)}}}\\hfill {tex(street)}, {tex(city)}\n\n"
            "\\begin{center}{\\large\\bfseries PROTEST FILED ON BEHALF OF IMPORTER}\\end{center}\n"
            + _stamp(doc, protest) + "\n".join(grid) + "\n" + "\n".join(table) +
            f"\nDECISION PROTESTED: {subject}.\n\n" + _earlier(doc, protest) +
            "GROUNDS: " + _argument(doc, claim, 1) + _closing(doc, protest) +
            f"Date: {tex(fmt_date(protest.letter_date, doc.date_style))}\n\n"
            f"Signed: {doc.show(protest.signer)}, {tex(protest.title)}, for the protestant\n\n"
            f"Prepared by: {tex(doc.rng.choice(PEOPLE))}, {tex(broker)}\n")
    return head + "\\begin{document}\n" + body + "\\end{document}\n"


LUALATEX_STYLES = (firm_letter, submission)
FAX_STYLES = (importer_note, broker_sheet)
