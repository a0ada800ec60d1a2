"""Ruling requests as LaTeX: a trade consultant's letter with a tabularray spec table, and a
small importer's plain request (faxed)."""

from __future__ import annotations

from datetime import timedelta

from bench.corpus_twentieth.people import fmt_date
from bench.corpus_twentieth.rulings import Ruling
from bench.corpus_twentieth.texdoc import FONTS, MONO, Doc, preamble, tex

PENDING = ("To the best of our knowledge the issue is not pending before, and has not been "
           "decided by, any CBP office, the Court of International Trade or any appellate court.",
           "No transaction involving these goods is or has been before a CBP office or a court.",
           "The question presented is not pending before CBP or in any court; this is not one of "
           "a series of transactions.",
           "We are not aware of any CBP office or court having considered this issue.",
           "Statement under 19 CFR 177.2(b)(5): the same issue is not before any CBP office or "
           "court.")
COURT = ("The classification of identical goods imported earlier is at issue in {name} v. "
         "United States, Court No. 25-00{num}, now pending before the Court of International "
         "Trade.")
CURRENT = ("The first shipment arrived at the port on {day} and its entry is awaiting release; "
           "the port has asked for this ruling before it acts on the entry.")
SAMPLE = ("A sample is enclosed and need not be returned.",
          "One sample accompanies this letter.", "We are sending a sample under separate cover.")
NO_SAMPLE = ("Photographs and a specification sheet are attached; no sample is available.",
             "A sample can be provided on request.", "Product drawings are enclosed.")
CONFIDENTIAL = ("We request confidential treatment of the pricing information in the "
                "specification table, which is marked.")
SUBJECT_TEXT = {"classification": "the tariff classification", "marking": "the country of "
                "origin marking", "valuation": "the appraisement (valuation)",
                "carrier": "the coastwise use of a foreign-flag vessel"}


def _facts(doc: Doc, ruling: Ruling) -> str:
    if ruling.ruling_type == "valuation":
        return ("The goods will be bought FOB Haiphong from the seller, a company related to the "
                "importer through common ownership (a 60 percent shareholder). Invoices show the "
                f"unit price ({tex(ruling.price)}), packing and an agreed buying commission. "
                "We ask "
                "whether transaction value applies, since the relationship did not influence the "
                "price (19 U.S.C. 1401a(b)(2)(B)).")
    if ruling.ruling_type == "carrier":
        return ("The vessel M/V Northern Tern was built in Gdansk, Poland in 2016 and flies the "
                "flag of Norway. It would be used on the Outer Continental Shelf off Louisiana to "
                "lay cable, on an itinerary from Port Fourchon to the work site and back without "
                "calling at any other U.S. point. We ask whether this is coastwise trade under "
                "46 U.S.C. 55102.")
    use = doc.pick("household use", "retail sale to consumers", "use by contractors")
    text = (f"The article is {tex(ruling.goods.lower())}. Its principal use in the United States "
            f"is {use}. It is made of {tex(ruling.material)}. The purchase price is "
            f"{tex(ruling.price)} per unit, resold at about twice that.")
    if ruling.ruling_type == "marking":
        text += (" The goods are made in Vietnam and will be marked ``Made in Vietnam'' on a "
                 "sewn-in label; we ask whether that marking is conspicuous and permanent.")
    return text


def _pending(doc: Doc, ruling: Ruling) -> str:
    parts = []
    if ruling.pending_statement:
        if ruling.pending_in_court:
            parts.append(COURT.format(name=tex(ruling.importer), num=doc.rng.randrange(100, 999)))
        elif ruling.pending_before_cbp:
            parts.append(CURRENT.format(day=tex(fmt_date(ruling.request_date - timedelta(days=6),
                                                            "long"))))
        else:
            parts.append(tex(doc.pick(*PENDING)))
    parts.append(tex(doc.pick(*SAMPLE) if ruling.sample else doc.pick(*NO_SAMPLE)))
    if ruling.confidential:
        parts.append(tex(CONFIDENTIAL))
    return "\n\n".join(parts) + "\n\n"


def _proposal(doc: Doc, ruling: Ruling) -> str:
    if not ruling.hts:
        return ""
    return (f"We believe the article is classified in subheading {doc.show(ruling.hts[0])}, "
            "HTSUS, under GRI 1 and the terms of the heading, as the Explanatory Notes to the "
            "heading describe goods of this kind.\n\n")


def _kind(ruling: Ruling) -> str:
    return "a ruling" if ruling.pending_before_cbp else "a prospective ruling"


def _which(ruling: Ruling) -> str:
    return "the shipment described below" if ruling.pending_before_cbp else "our next shipments"


def _ports(doc: Doc, ruling: Ruling) -> str:
    return " and ".join(f"{tex(name)} ({code})" for code, name in ruling.ports)


def _signature(doc: Doc, ruling: Ruling, closing: str) -> str:
    if not ruling.signed:
        return f"{closing}\n\n\\vspace{{2.5em}}\\rule{{6cm}}{{0.4pt}}\n\n"
    return f"{closing}\n\n\\vspace{{1em}}{tex(ruling.signer)}\\\\ {tex(ruling.title)}\n\n"


def consultant_letter(ruling: Ruling, doc: Doc) -> str:
    """A trade consultant's (or the importer's) letter with a tabularray specification table."""
    office = ("National Commodity Specialist Division\\\\ U.S. Customs and Border Protection\\\\ "
              "201 Varick Street, Suite 501\\\\ New York, NY 10014" if ruling.route == "NCSD" else
              "Regulations and Rulings, Office of Trade\\\\ U.S. Customs and Border Protection\\\\ "
              "90 K Street NE, 10th Floor\\\\ Washington, DC 20229-1177")
    head = preamble("scrartcl", "fontsize=11pt,paper=letter,parskip=half", doc.pick(*FONTS),
                    "\\usepackage[margin=1in]{geometry}\n\\usepackage{tabularray}\n")
    sender = ruling.agent or (ruling.importer, *ruling.address)
    if ruling.agent is not None:
        parties = (f"The importer is {tex(ruling.importer)}, {tex(', '.join(ruling.address))}, "
                   f"importer number {doc.show(ruling.importer_no or '')}. ")
        parties += tex(ruling.authority.format(imp=ruling.importer,
                                               auth_date=fmt_date(
                                                   ruling.request_date - timedelta(days=40),
                                                   "long"))
                       ) if ruling.authority else ""
    else:
        parties = (f"We are the importer, {doc.show(ruling.importer)}, "
                   f"{doc.show(ruling.address[0])}, {doc.show(ruling.address[1])}; our importer "
                   f"number is {doc.show(ruling.importer_no or '')}.")
    spec = ""
    if ruling.ruling_type in ("classification", "marking"):
        spec = ("\\begin{tblr}{hlines,vlines,colspec={lX},row{1}={font=\\bfseries}}\n"
                "Specification & Detail\\\\\n"
                f"Description & {tex(ruling.goods)}\\\\\n"
                f"Material & {tex(ruling.material)}\\\\\n"
                f"Unit price & {tex(ruling.price)}\\\\\n"
                "Country of production & Vietnam\\\\\n\\end{tblr}\n\n")
    body = (f"{{\\large\\bfseries {tex(sender[0])}}}\\\\ {tex(sender[1])}, {tex(sender[2])}\n\n"
            f"{doc.day(ruling.request_date)}\n\n{office}\n\n"
            f"\\textbf{{Re: Request for a binding ruling on "
            f"{SUBJECT_TEXT[ruling.ruling_type]}}}\n\n"
            "Dear Sir or Madam:\n\n"
            f"Under 19 C.F.R. Part 177 we request {_kind(ruling)} on "
            f"{SUBJECT_TEXT[ruling.ruling_type]} of the goods described below. {parties}\n\n"
            f"\\section*{{{doc.pick('Facts', 'Description of the transaction', 'Background')}}}\n"
            f"The goods will be entered at {_ports(doc, ruling)}. " + _facts(doc, ruling) +
            "\n\n" + spec +
            f"\\section*{{{doc.pick('Ruling requested', 'Proposed classification', 'Analysis')}}}\n"
            + _proposal(doc, ruling) +
            f"\\section*{{{doc.pick('Other matters', 'Statements', 'Pending matters')}}}\n" +
            _pending(doc, ruling) + _signature(doc, ruling, "Sincerely,"))
    return head + "\\begin{document}\n" + body + "\\end{document}\n"


def small_importer(ruling: Ruling, doc: Doc) -> str:
    """A small importer's (or its broker's) short request, typed plainly, sent by fax."""
    head = preamble("article", "12pt,letterpaper", doc.pick(*MONO, "DejaVu Serif"),
                    "\\usepackage[margin=0.9in]{geometry}\n\\pagestyle{empty}\n"
                    "\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{8pt}\n")
    if ruling.agent is not None:
        who = (f"{tex(ruling.agent[0])}\\\\ {tex(ruling.agent[1])}\\\\ {tex(ruling.agent[2])}")
        parties = (f"We write for our client {tex(ruling.importer)} "
                   f"({tex(', '.join(ruling.address))}; "
                   f"IOR {doc.show(ruling.importer_no or '')}). ")
        if ruling.authority:
            parties += tex(ruling.authority.format(imp=ruling.importer, auth_date=fmt_date(
                ruling.request_date - timedelta(days=40), "us")))
    else:
        who = (f"{doc.show(ruling.importer)}\\\\ {doc.show(ruling.address[0])}\\\\ "
               f"{doc.show(ruling.address[1])}")
        parties = f"Our importer number is {doc.show(ruling.importer_no or '')}."
    to = "NCSD, New York" if ruling.route == "NCSD" else "Regulations and Rulings, Washington DC"
    body = (f"{who}\n\nDate: {doc.day(ruling.request_date)}\n\nTo: CBP, {to}\n\n"
            f"SUBJECT: BINDING RULING REQUEST ({ruling.ruling_type.upper()})\n\n"
            f"Please rule on {SUBJECT_TEXT[ruling.ruling_type]} of {_which(ruling)}. "
            f"{parties}\n\nPort(s) of entry: {_ports(doc, ruling)}.\n\n" + _facts(doc, ruling) +
            "\n\n" + _proposal(doc, ruling) + _pending(doc, ruling) +
            _signature(doc, ruling, doc.pick("Thank you,", "Regards,", "Sincerely yours,")))
    return head + "\\begin{document}\n" + body + "\\end{document}\n"


LUALATEX_STYLES = (consultant_letter,)
FAX_STYLES = (small_importer,)
