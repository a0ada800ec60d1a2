"""Four protest styles: a forwarded e-mail, a broker export, a CF-28 reply and in-house counsel."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bench.corpus_seventh.fmt import Doc, Pick, date_styles
from bench.corpus_seventh.fmt import wrap as _wrap
from bench.corpus_seventh.protests import CATEGORY_WORDS, DRAWBACK

# The chosen phrasings: category words, description label, review, accelerated, drawback.
Wording = tuple[str, str, str, str, str]
REVIEW_YES = [
    "Further review is requested under 19 CFR 174.24.",
    "Protestant asks that this protest be given further review (19 CFR 174.24(a)).",
    "Please forward for further review; the decision is inconsistent with ruling N301144.",
    "FURTHER REVIEW REQUESTED - 174.24(b): question of law not previously ruled on.",
    "We request further review under 19 CFR 174.24(c).",
]
ACCEL = [
    "Accelerated disposition is requested under 19 CFR 174.22; sent by certified mail.",
    "Protestant requests accelerated disposition (174.22). Sent via registered mail.",
    "ACCELERATED DISPOSITION REQUESTED -- certified mail, return receipt.",
    "We ask for accelerated disposition of this protest, mailed certified under 19 CFR 174.22.",
    "Request for accelerated disposition under 19 U.S.C. 1515(b), certified mail enclosed.",
]
REASONS = {
    "classification": "The merchandise was liquidated under subheading {bad}; it is properly "
    "classified under {good} because its essential character is given by "
    "the component that the importer declared at entry.",
    "appraised_value": "CBP appraised the goods by adding an assist that was never provided; "
    "the transaction value declared at entry is the correct value under "
    "19 U.S.C. 1401a(b).",
}
PETITION = (
    "The importer objects to the decision on its petition for relief in penalty case "
    "2025-{port}-118823-01, decided {when}, which mitigated the penalty only to 40 percent."
)


def _reason(facts: dict[str, Any]) -> str:
    if facts["petition"]:
        decided = facts["received"] - timedelta(days=12)
        return PETITION.format(port=facts["port"], when=date_styles(decided)[0])
    text = REASONS[facts["category"]].format(bad=facts["hts"], good=facts["good_hts"])
    return text if facts["goods"] else text.replace("the goods", "it")


def _mark(doc: Doc, *texts: str | None) -> None:
    doc.printed.extend(t for t in texts if t)


def _entry_phrase(pick: Pick, facts: dict[str, Any], doc: Doc, sep: str = "; ") -> list[str]:
    out = []
    form = pick.rng.choice([[0], [1], [2], [3], [4]])
    for e in facts["entries"]:
        entered, liq = pick.date(e.entered, form), pick.date(e.liquidated, form)
        _mark(doc, e.number, entered, liq)
        out.append(
            pick.one(
                [
                    f"Entry {e.number} entered {entered}, liquidated {liq}",
                    f"{e.number} (entry date {entered}; liquidation date {liq})",
                    f"entry no. {e.number} dated {entered} liquidated on {liq}",
                ]
            )
        )
    return out


def render(style: str, doc: Doc, f: dict[str, Any], pick: Pick) -> None:
    """Fill `doc`'s lines or blocks in `style`."""
    _mark(doc, f["name"], f["address"], f["ior"], f["goods"], f["signer"], f["port"])
    cat = (
        pick.one(CATEGORY_WORDS[f["category"]])
        if not f["petition"]
        else "penalty petition decision"
    )
    label = pick.one(
        [
            "Merchandise:",
            "Description of merchandise:",
            "Commodity:",
            "Merchandise description:",
            "Goods protested:",
        ]
    )
    review = (
        pick.one(REVIEW_YES)
        if f["review"]
        else pick.one(["No further review is requested.", "Further review: not requested.", ""])
    )
    accel = (
        pick.one(ACCEL)
        if f["accelerated"]
        else pick.one(
            [
                "",
                "Accelerated disposition is not requested.",
                "No request for accelerated disposition.",
            ]
        )
    )
    drawback = pick.one(DRAWBACK)
    if style == "email":
        _email(doc, f, pick, cat, label, review, accel, drawback, _entry_phrase(pick, f, doc))
    elif style == "export":
        _export(doc, f, pick, cat, review, accel, drawback)
    elif style == "cf28-reply":
        _cf28(doc, f, pick, (cat, label, review, accel, drawback))
    else:
        _counsel(doc, f, pick, (cat, label, review, accel, drawback))


def _email(
    doc: Doc,
    f: dict[str, Any],
    pick: Pick,
    cat: str,
    label: str,
    review: str,
    accel: str,
    drawback: str,
    entries: list[str],
) -> None:
    broker = pick.one(
        ["Gulfline Customs Brokerage", "Three Rivers Brokerage Services", "Cascade Entry Services"]
    )
    q = "> "
    head = [
        f"From: ops@{broker.split()[0].lower()}.example",
        f"To: protests.port{f['port']}@cbp.example",
        f"Subject: Fwd: PROTEST - {f['name']} - port {f['port']}",
        "",
        "Hello, forwarding the importer's protest below for filing at the port. Please confirm",
        "receipt. Thanks, entry desk",
        "",
        "---------- Forwarded message ----------",
        f"From: {f['signer']} <compliance@importer.example>",
        "Subject: Protest under 19 USC 1514",
        "",
    ]
    body = [
        f"Port of entry: {f['port_name']} ({f['port']})",
        "",
        f"Protestant: {f['name']}" + (f", {f['address']}" if f["address"] else ""),
    ]
    if f["ior"]:
        body.append(
            pick.one(["IOR number: ", "Importer No.: ", "Importer of record #: "]) + f["ior"]
        )
    body += ["", f"We protest {cat} on the following entries:"]
    body += _wrap("; ".join(entries) + ".", 84)
    if f["goods"]:
        body += ["", f"{label} {f['goods']}"]
    body += ["", *_wrap(_reason(f), 84), "", *_wrap(drawback, 84)]
    body += _wrap(review, 84) + _wrap(accel, 84)
    body += [
        "",
        pick.one(["Regards,", "Sincerely,", "Thank you,"]),
        f"/s/ {f['signer']}",
        f"{f['signer']}, "
        + pick.one(["Trade Compliance Manager", "Director, Import Operations", "Owner"]),
    ]
    doc.lines = head + [q + line if line else ">" for line in body]


def _export(
    doc: Doc, f: dict[str, Any], pick: Pick, cat: str, review: str, accel: str, drawback: str
) -> None:
    received = pick.date(f["received"], [1, 2, 4])
    _mark(doc, received)
    lines = [
        "PROTEST FILING WORKSHEET (system export)      page 1",
        "=" * 60,
        f"cbp_date_received   = {received}",
        f"port_code           = {f['port']}",
        f"protestant_name     = {f['name']}",
    ]
    if f["address"]:
        lines.append(f"protestant_address  = {f['address']}")
    if f["ior"]:
        lines.append(f"importer_number     = {f['ior']}")
    lines.append(f"decision_protested  = {cat.upper()}")
    for i, e in enumerate(f["entries"], 1):
        form = [1]
        lines.append(
            f"entry[{i}]            = {e.number}; entered {pick.date(e.entered, form)}; "
            f"liquidated {pick.date(e.liquidated, form)}"
        )
        _mark(doc, pick.date(e.entered, form), pick.date(e.liquidated, form))
    if f["goods"]:
        lines.append(f"merchandise         = {f['goods']}")
    lines.append("justification       = " + _wrap(_reason(f), 60)[0])
    lines += _wrap(
        " ".join(_reason(f).split()[len(_wrap(_reason(f), 60)[0].split()) :]), 60, " " * 22
    )
    lines += [
        f"drawback_statement  = {drawback}",
        f"further_review      = {'Y' if f['review'] else 'N'}   {review}",
        f"accelerated_disp    = {'Y' if f['accelerated'] else 'N'}   {accel}",
        f"signed_by           = {f['signer']}",
        f"signature           = /s/ {f['signer']}",
    ]
    doc.lines = lines


def _entry_rows(doc: Doc, f: dict[str, Any], pick: Pick, forms: list[int]) -> list[list[str]]:
    """Entry, entry date, liquidation date per entry, in one date form the seed picks."""
    form = [pick.rng.choice(forms)]
    rows = []
    for e in f["entries"]:
        rows.append([e.number, pick.date(e.entered, form), pick.date(e.liquidated, form)])
        _mark(doc, *rows[-1])
    return rows


def _cf28(doc: Doc, f: dict[str, Any], pick: Pick, w: Wording) -> None:
    cat, label, review, accel, drawback = w
    doc.font = pick.one(["Times", "Helvetica"])
    head = [("b", f["name"]), ("p", f["address"] or ""), ("p", "")]
    head.append(
        (
            "p",
            f"U.S. Customs and Border Protection, Port of {f['port_name']} (port code {f['port']})",
        )
    )
    head.append(
        (
            "p",
            "Re: Your CBP Form 28 Request for Information; this reply is our PROTEST "
            "under 19 U.S.C. 1514 and 19 CFR Part 174",
        )
    )
    rows = [["Entry number", "Entry date", "Liquidation date"]]
    rows += _entry_rows(doc, f, pick, [0, 3, 4])
    body: list[tuple[object, ...]] = [
        (
            "p",
            "In answer to your request for information, we give the facts below and ask that this "
            f"letter be treated as our protest of {cat} on the entries listed.",
        ),
        ("table", rows),
    ]
    if f["ior"]:
        body.append(("p", f"Importer number: {f['ior']}"))
    if f["goods"]:
        body.append(("p", f"{label} {f['goods']}"))
    body += [
        ("p", _reason(f)),
        ("p", drawback),
        ("p", review),
        ("p", accel),
        ("p", "Sincerely,"),
        ("p", f"/s/ {f['signer']}"),
        ("p", f"{f['signer']}, President"),
    ]
    doc.blocks = head + [b for b in body if b[0] != "p" or b[1]]


def _counsel(doc: Doc, f: dict[str, Any], pick: Pick, w: Wording) -> None:
    cat, label, review, accel, drawback = w
    doc.font = pick.one(["Courier", "Times"])
    doc.header = f"{f['name']} - Office of the General Counsel - PROTEST"
    rows = [["No.", "Entry", "Date of entry", "Date of liquidation"]]
    rows += [[str(i), *row] for i, row in enumerate(_entry_rows(doc, f, pick, [0, 1, 4]), 1)]
    who = f"{f['name']}" + (f", {f['address']}" if f["address"] else "")
    blocks: list[tuple[object, ...]] = [
        ("b", f"PROTEST - PORT {f['port']} ({f['port_name'].upper()})"),
        ("p", f'1. Protestant. {who} ("Protestant"), acting through its in-house counsel.'),
        (
            "p",
            "2. Importer number. " + (f["ior"] if f["ior"] else "on file with the port.")
            if f["ior"]
            else "2. Protestant is the importer of record on each entry.",
        ),
        ("p", f"3. Decision protested: {cat}. Entries:"),
        ("table", rows),
    ]
    if f["goods"]:
        blocks.append(("p", f"4. {label} {f['goods']}"))
    blocks += [("break",), ("p", f"5. Grounds. {_reason(f)}"), ("p", f"6. {drawback}")]
    blocks += [("p", t) for t in (review, accel) if t]
    blocks += [
        ("p", "Respectfully submitted,"),
        ("p", f"/s/ {f['signer']}"),
        ("p", f"{f['signer']}, Associate General Counsel"),
    ]
    doc.blocks = blocks
