"""Ruling requests: a fillable intake form (pdf-lib) and a consultant's letter with a spec table
(PDF::API2)."""

from __future__ import annotations

from bench.corpus_nineteenth.fmt import show_date
from bench.corpus_nineteenth.layout import Flow, Op, bold, text
from bench.corpus_nineteenth.protest_form import box, field
from bench.corpus_nineteenth.rulings import NO_AUTHORITY, Ruling

KINDS = ["Classification", "Valuation", "Country of origin", "Marking", "Carrier", "Other"]
KIND_OF = {"classification": "Classification", "valuation": "Valuation",
           "origin": "Country of origin", "marking": "Marking"}


def _question(r: Ruling) -> str:
    if r.kind == "valuation":
        return ("whether the price paid by the importer to its related seller in Taiwan, under "
                "FOB Kaohsiung terms, is acceptable as transaction value; the relationship did not "
                "influence the price, as shown by the seller's cost and profit data")
    if r.kind == "marking":
        return "whether marking the retail box, and not the article, satisfies 19 CFR 134.22"
    if r.kind == "origin":
        return ("the country of origin of the article, assembled in Vietnam from Chinese "
                "components, under the substantial transformation test")
    models = f" ({r.items} models of the article, differing only in size and color)" \
        if r.items > 1 else ""
    return f"the tariff classification of the merchandise under the HTSUS{models}"


def _pending(r: Ruling) -> str:
    if r.in_court:
        return ("The classification of identical merchandise imported by the importer is at "
                "issue in an action before the U.S. Court of International Trade, Court No. "
                "25-00417.")
    if r.before_cbp:
        return ("The first shipment was entered at the port last month; the entry is "
                "unliquidated and the port has asked for information on it (CBP Form 28).")
    return r.rng.choice([
        "To the best of our knowledge the issue is not pending before any CBP office, the Court "
        "of International Trade, the Federal Circuit or any appellate court.",
        "No ruling on this merchandise has been sought before, and the issue is not before CBP "
        "or any court.",
        "This matter is not, and has not been, the subject of a protest, internal advice request "
        "or court action.",
        "The importer states that the question is not pending before CBP or the courts.",
        "Statement under 19 CFR 177.2(b)(5): the issue is not pending anywhere in CBP or before "
        "any court."])


def _basis(r: Ruling) -> str:
    if r.kind != "classification":
        return "The authorities discussed above support the result requested."
    if not r.basis_given:
        return f"We request classification in subheading {r.hts}."
    return (f"Under GRI 1 and the ENs to the heading, the article is classified in subheading "
            f"{r.hts}, as its description and principal use show.")


def form_pages(r: Ruling) -> list[list[Op]]:
    day = show_date(r.request_date, r.date_style)
    requester = r.agent or r.party
    page: list[Op] = [text(36, 756, "BINDING RULING REQUEST - INTAKE FORM", "Helvetica-Bold", 14),
                      text(36, 742, "19 CFR Part 177  |  complete all boxes; attach photographs",
                           "Helvetica", 7.5)]
    box(page, 36, 664, 300, 74, "A. REQUESTER (name and address)")
    page.append(field("text", "requester", 40, 668, 290, 56,
                      "\n".join([requester.name, *requester.address]), multiline=True))
    box(page, 336, 701, 240, 37, "B. DATE OF REQUEST")
    page.append(field("text", "request_date", 340, 705, 230, 16, day))
    box(page, 336, 664, 240, 37, "C. IMPORTER NUMBER")
    page.append(field("text", "importer_number", 340, 668, 230, 16, r.party.importer_number))
    box(page, 36, 610, 540, 52, "D. FILED AS")
    page.append(field("radio", "capacity", 44, 632, 10, 10, r.agent is None, option="importer"))
    page.append(text(58, 633, "Importer / owner of the goods", "Helvetica", 8))
    page.append(field("radio", "capacity", 220, 632, 10, 10, r.agent is not None, option="agent"))
    page.append(text(234, 633, f"Agent for: {r.party.name}" if r.agent else "Agent for:",
                     "Helvetica", 8))
    statement = (r.authority or NO_AUTHORITY).format(imp=r.party.name) if r.agent else ""
    if r.agent and r.authority is None:
        statement = ""
    page.append(text(44, 620, "Agent's authority:", "Helvetica", 6))
    page.append(field("text", "authority", 104, 614, 468, 14, statement, size=7))
    box(page, 36, 574, 260, 34, "E. RULING REQUESTED ON")
    page.append(field("dropdown", "ruling_type", 40, 577, 250, 16,
                      KIND_OF[r.kind], options=KINDS))
    box(page, 296, 574, 180, 34, "F. PORT(S) OF ENTRY")
    page.append(field("text", "ports", 300, 577, 172, 16, "; ".join(r.ports)))
    box(page, 476, 574, 100, 34, "G. NO. OF ITEMS")
    page.append(field("text", "items", 480, 577, 92, 16, str(r.items)))
    box(page, 36, 490, 540, 82, "H. DESCRIPTION OF THE MERCHANDISE AND TRANSACTION")
    described = f"{r.product[0]}. We ask {_question(r)}."
    if r.reconsider:
        described += " We ask Headquarters to reconsider New York ruling N341207 on this article."
    page.append(field("text", "description", 40, 494, 530, 64, described, multiline=True))
    box(page, 36, 452, 270, 36, "I. PRINCIPAL USE IN THE U.S.")
    page.append(field("text", "use", 40, 455, 260, 16, r.product[1] if r.use_given else ""))
    box(page, 306, 452, 270, 36, "J. PROPOSED HTS NUMBER")
    page.append(field("text", "hts", 310, 455, 260, 16,
                      r.hts if r.kind == "classification" else "n/a"))
    box(page, 36, 404, 540, 46, "K. COMPONENT MATERIALS / TERMS OF SALE")
    page.append(field("text", "materials", 40, 408, 530, 28, r.product[2], multiline=True,
                      size=8))
    box(page, 36, 340, 540, 62, "L. BASIS FOR THE RESULT REQUESTED (177.2(b)(6))")
    page.append(field("text", "basis", 40, 344, 530, 44, _basis(r), multiline=True, size=8))
    box(page, 36, 286, 540, 52, "M. IS THE ISSUE BEFORE CBP OR A COURT? (177.2(b)(5))")
    page.append(field("text", "pending", 40, 290, 530, 34,
                      _pending(r) if r.pending_statement else "", multiline=True, size=8))
    page.append(field("check", "sample", 40, 266, 10, 10, r.sample))
    page.append(text(54, 267, "Sample enclosed with this request", "Helvetica", 8))
    page.append(field("check", "confidential", 300, 266, 10, 10, r.confidential))
    page.append(text(314, 267, "Confidential treatment requested (177.2(b)(7))", "Helvetica", 8))
    if not r.sample:
        page.append(text(54, 254, "Photographs attached; no sample is sent.", "Helvetica", 7))
    box(page, 36, 180, 300, 60, "N. SIGNATURE OF AUTHORIZED PERSON")
    page.append(field("text", "signature", 40, 186, 290, 30,
                      f"/s/ {r.signer}" if r.signed else "", size=12, font="Times-Roman"))
    box(page, 336, 180, 240, 60, "O. PRINTED NAME AND TITLE")
    page.append(field("text", "name_title", 340, 186, 230, 30,
                      f"{r.signer}\n{r.title}" if r.signed else "", multiline=True))
    return [page]


def letter_pages(r: Ruling) -> list[list[Op]]:
    font = r.rng.choice(["LiberationSerif", "Helvetica", "DejaVuSans"])
    sender = r.agent or r.party
    flow = Flow(font, 10, header=lambda n: [] if n == 1 else [
        text(72, 752, f"Ruling request - {r.party.name} - {n}", font, 8)])
    flow.lines([sender.name], bold(font), 13, after=0)
    flow.lines(list(sender.address), font, 9)
    flow.lines([show_date(r.request_date, r.date_style)])
    if r.kind == "valuation" or r.reconsider:
        flow.lines(["U.S. Customs and Border Protection", "Regulations and Rulings, Office of "
                    "Trade", "90 K Street NE, 10th Floor", "Washington, DC 20229-1177"])
    else:
        flow.lines(["Director, National Commodity Specialist Division",
                    "U.S. Customs and Border Protection", "201 Varick Street, Suite 501",
                    "New York, NY 10014"])
    flow.para(f"Re: Request for a binding ruling - {KIND_OF[r.kind].lower()} of "
              f"{r.product[0].split(' with ')[0]}", bold(font))
    if r.agent:
        opener = (r.authority or NO_AUTHORITY).format(imp=r.party.name)
        flow.para(f"{opener} The importer is {r.party.name}, "
                  f"{', '.join(r.party.address)}, importer number {r.party.importer_number}.")
    else:
        flow.para(f"{r.party.name} (importer number {r.party.importer_number}) requests a "
                  f"binding ruling under 19 CFR Part 177 on {_question(r)}.")
    if r.reconsider:
        flow.para("We ask Headquarters to reconsider New York ruling N341207, which classified "
                  "this article in another subheading.")
    if r.ports:
        flow.para(f"The goods will be entered at the port{'s' if len(r.ports) > 1 else ''} of "
                  f"{' and '.join(r.ports)}.")
    flow.para("Product specifications", bold(font), after=2)
    rows = [["Common name", r.product[0].split(" with ")[0]],
            ["Items in this request", str(r.items)]]
    if r.use_given:
        rows.append(["Principal use", r.product[1]])
    flow.grid(["Element", "Details"], rows, [120, 350], size=8)
    flow.para(f"Description of merchandise: {r.product[0]}.")
    flow.para(f"Component materials: {r.product[2]}.")
    if r.kind == "classification":
        flow.para(_basis(r) if r.basis_given else f"Proposed classification: {r.hts}.")
    else:
        flow.para(f"We ask {_question(r)}. {_basis(r)}")
    if r.pending_statement:
        flow.para(_pending(r))
    flow.para("A sample is enclosed and may be destroyed in testing." if r.sample else
              "Photographs and a specification sheet are enclosed; a sample is available on "
              "request.")
    if r.confidential:
        flow.para("We ask that the component costs in the table be treated as confidential "
                  "under 19 CFR 177.2(b)(7); they are commercial information not made public.")
    flow.para("Respectfully submitted," if r.signed else "Please contact us with any questions.",
              after=22)
    flow.lines([f"/s/ {r.signer}", r.signer, r.title] if r.signed else
               ["_______________________________", "(for the requester)"])
    return flow.pages




def plain_pages(r: Ruling) -> list[list[Op]]:
    """A short typed letter with labelled lines, in Courier, from the importer or its agent."""
    font = r.rng.choice(["Courier", "LiberationMono"])
    sender = r.agent or r.party
    flow = Flow(font, 9.5, header=lambda n: [] if n == 1 else [
        text(72, 752, f"{sender.name} / ruling request / p. {n}", font, 8)])
    flow.lines([sender.name, *sender.address], after=14)
    flow.lines([f"Date: {show_date(r.request_date, r.date_style)}"], after=10)
    office = "Regulations and Rulings (HQ)" if r.kind == "valuation" or r.reconsider else \
        "National Commodity Specialist Division"
    flow.lines([f"To: CBP, {office}", f"Subject: binding ruling request ({KIND_OF[r.kind]})"],
               after=10)
    if r.agent:
        flow.para((r.authority or NO_AUTHORITY).format(imp=r.party.name))
    labels = [("Importer", r.party.name), ("Importer address", ", ".join(r.party.address)),
              ("Importer No.", r.party.importer_number),
              ("Port(s) of entry", ", ".join(r.ports) if r.ports else None),
              ("Article", r.product[0]),
              ("Principal use", r.product[1] if r.use_given else None),
              ("Materials", r.product[2]), ("Number of items", str(r.items))]
    for label, value in labels:
        if value is not None:
            flow.para(f"{label}: {value}", after=1)
    flow.gap(8)
    flow.para(f"Question: {_question(r)}.")
    if r.reconsider:
        flow.para("Please reconsider New York ruling N341207 on this same article.")
    flow.para(_basis(r))
    if r.pending_statement:
        flow.para(_pending(r))
    flow.para("Sample: enclosed." if r.sample else "Sample: none sent (photos attached).")
    if r.confidential:
        flow.para("Confidential: please withhold the materials breakdown from publication.")
    flow.gap(12)
    flow.lines([f"/s/ {r.signer}", f"{r.signer}, {r.title}"] if r.signed else
               ["Signature: ______________________"])
    return flow.pages


def letters(r: Ruling) -> list[list[Op]]:
    return letter_pages(r) if r.rng.random() < 0.5 else plain_pages(r)
