"""Penalty referrals as LaTeX: an FP&F referral memo with a longtable of entries and a
computation worksheet, and a port's short referral sent by fax."""

from __future__ import annotations

from decimal import Decimal

from bench.corpus_twentieth.penalties import Penalty
from bench.corpus_twentieth.people import PEOPLE, fmt_date
from bench.corpus_twentieth.texdoc import FONTS, MONO, Doc, preamble, tex

CULPABILITY = {
    "negligence": ("Negligence", "negligent (19 U.S.C. 1592(c)(3))", "NEGLIGENCE",
                   "ordinary negligence"),
    "gross_negligence": ("Gross negligence", "grossly negligent (19 U.S.C. 1592(c)(2))",
                         "GROSS NEGLIGENCE", "gross negligence"),
    "fraud": ("Fraud", "fraudulent (19 U.S.C. 1592(c)(1))", "FRAUD", "fraud"),
}
LIQ_MARKS = (("Y", "N"), ("LIQ", "UNLIQ"), ("Liquidated", "Unliquidated"), ("Final", "Open"),
             ("Yes", "No"))
NEUTRAL = ("The importer's entries were reviewed after a referral from Regulatory Audit; the "
           "audit report is attached and should be read with this memorandum.")


def _culpability(doc: Doc, penalty: Penalty) -> str:
    words = CULPABILITY[penalty.culpability]
    return doc.pick(f"Culpability: {words[0]}", f"The violation appears {words[1]}.",
                    f"Recommended culpability level: {words[2]}",
                    f"The evidence supports a finding of {words[3]}.")


def _disclosure(doc: Doc, penalty: Penalty) -> str:
    if penalty.prior_disclosure:
        when = fmt_date(penalty.entries[-1].entry_date.replace(day=1), "long")
        return doc.pick(f"The importer filed a valid prior disclosure under 19 CFR 162.74 "
                        f"before any investigation began (letter received {when}) and tendered "
                        "the loss of duties.",
                        "Prior disclosure: YES (19 CFR 162.74), perfected with tender.",
                        "The violation was disclosed by the importer before CBP learned of it "
                        "(valid prior disclosure).")
    return doc.pick("Prior disclosure: none.", "No prior disclosure was made.",
                    "Prior disclosure: No", "The importer made no prior disclosure.")


def _facts_block(doc: Doc, penalty: Penalty) -> str:
    parts = []
    if penalty.goods:
        parts.append(f"\\textbf{{{doc.pick('Merchandise', 'Goods', 'Commodity', 'Articles')}:}} "
                     f"{tex(penalty.goods)}")
    if penalty.violation:
        label = doc.pick("Violation", "Nature of violation", "Alleged violation")
        kind = penalty.violation[0].upper() + penalty.violation[1:]
        parts.append(f"\\textbf{{{label}:}} {tex(kind)}.")
    facts = penalty.facts if penalty.violation else NEUTRAL
    label = doc.pick("Material facts", "Findings", "Facts")
    parts.append(f"\\textbf{{{label}:}} {tex(facts or '')}")
    return "\n\n".join(parts) + "\n\n"


def _rows(doc: Doc, penalty: Penalty, with_loss: bool) -> list[str]:
    yes, no = doc.rng.choice(LIQ_MARKS)
    rows = []
    for e in penalty.entries:
        cells = [doc.show(e.number), doc.day(e.entry_date), yes if e.liquidated else no,
                 doc.cash(e.value), doc.cash(e.paid), doc.cash(e.owed)]
        if with_loss:
            cells.append(tex(f"{max(Decimal(0), e.owed - e.paid):,.2f}"))
        rows.append(" & ".join(cells) + "\\\\")
    return rows


def _values(doc: Doc, penalty: Penalty) -> str:
    text = f"Domestic value: {doc.cash(penalty.domestic)}"
    if penalty.dutiable is not None:
        text += f". Dutiable value: {doc.cash(penalty.dutiable)}"
    return text + ".\n\n"


def fpf_memo(penalty: Penalty, doc: Doc) -> str:
    """A Fines, Penalties & Forfeitures referral memo: TO/FROM block, longtable, worksheet."""
    extra = ("\\usepackage[margin=0.9in]{geometry}\n\\usepackage{fancyhdr}\n\\pagestyle{fancy}\n"
             f"\\fancyhead[L]{{\\footnotesize FP\\&F Case {tex(penalty.case_number)}}}\n"
             "\\fancyhead[R]{\\footnotesize For official use only}\n"
             "\\fancyfoot[C]{\\footnotesize Page \\thepage}\n\\setlength{\\headheight}{14pt}\n"
             "\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{6pt}\n")
    head = preamble("article", "10pt,letterpaper", doc.pick(*FONTS), extra)
    officer = doc.rng.choice(PEOPLE)
    with_loss = doc.rng.random() < 0.5
    columns = doc.pick("Entry No. & Entry Date & Liq. & Entered Value & Duty Paid & Duty Owed",
                       "Entry Number & Date of Entry & Status & Value (USD) & Duties Deposited "
                       "& Correct Duty",
                       "Entry \\# & Entry Dt. & Liquidated? & Entered Value & Duty Deposited & "
                       "Duties Lawfully Owed")
    if with_loss:
        columns += " & Loss"
    spec = "lllrrr" + ("r" if with_loss else "")
    table = ("{\\footnotesize\\setlength{\\tabcolsep}{4pt}\n"
             f"\\begin{{longtable}}{{{spec}}}\\toprule\n{columns}\\\\\\midrule\\endhead\n" +
             "\n".join(_rows(doc, penalty, with_loss)) + "\n\\bottomrule\\end{longtable}}\n")
    body = ("\\begin{center}{\\large\\bfseries MEMORANDUM -- PENALTY CASE REFERRAL}\\end{center}\n"
            "\\begin{tabular}{@{}ll}\n"
            "TO: & Fines, Penalties and Forfeitures Officer\\\\\n"
            f"FROM: & {tex(officer)}, Import Specialist\\\\\n"
            f"DATE: & {tex(fmt_date(penalty.today, 'long'))}\\\\\n"
            f"CASE NO.: & {doc.show(penalty.case_number)}\\\\\n"
            "SUBJECT: & Referral for a penalty under 19 U.S.C. 1592\\\\\n\\end{tabular}\n\n"
            "\\section*{1. Party}\n"
            f"{doc.pick('Violator', 'Party', 'Importer of record')}: {doc.show(penalty.party)}, "
            f"{doc.show(penalty.address[0])}, {doc.show(penalty.address[1])}. "
            f"{doc.pick('Importer No.', 'IOR', 'Importer number')}: "
            f"{doc.show(penalty.importer)}.\n\n"
            "\\section*{2. Violation}\n" + _facts_block(doc, penalty) +
            f"{doc.pick('Date of violation', 'Violation date', 'Earliest violation')}: "
            f"{doc.day(penalty.violation_date)}. {tex(_culpability(doc, penalty))} "
            f"{tex(_disclosure(doc, penalty))}\n\n"
            "\\section*{3. Entries}\n" + table + "\\section*{4. Values}\n" + _values(doc, penalty) +
            "\\section*{5. Remarks}\n" + tex(doc.pick(
                "The file has been reviewed for completeness. Please open a case and issue the "
                "appropriate notice.",
                "Referred for penalty action. The entry documents and audit workpapers are "
                "attached.")) + "\n")
    return head + "\\begin{document}\n" + body + "\\end{document}\n"


def port_referral(penalty: Penalty, doc: Doc) -> str:
    """A port's short typed referral sheet, ruled entry grid, sent to FP&F by fax."""
    head = preamble("article", "11pt,letterpaper", doc.pick(*MONO, "DejaVu Serif"),
                    "\\usepackage[margin=0.7in]{geometry}\n\\pagestyle{empty}\n"
                    "\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{7pt}\n")
    yes_no = doc.rng.choice(LIQ_MARKS)
    del yes_no
    table = ("{\\small\\setlength{\\tabcolsep}{3pt}\\begin{tabular}{|l|l|l|r|r|r|}\\hline\n"
             "ENTRY & DATE & LIQ & VALUE & PAID & OWED\\\\\\hline\n" +
             "\n".join(row + "\\hline" for row in _rows(doc, penalty, False)) +
             "\n\\end{tabular}}\n\n")
    body = ("{\\large\\bfseries CASE REFERRAL TO FP\\&F}\n\n"
            f"Case: {doc.show(penalty.case_number)}\\hfill "
            f"Referred: {tex(fmt_date(penalty.today, doc.date_style))}\n\n"
            f"Subject party: {doc.show(penalty.party)}\\\\ {doc.show(penalty.address[0])}\\\\ "
            f"{doc.show(penalty.address[1])}\\\\ IOR No. {doc.show(penalty.importer)}\n\n"
            + _facts_block(doc, penalty) +
            f"Violation date: {doc.day(penalty.violation_date)}\n\n"
            f"{tex(_culpability(doc, penalty))}\n\n{tex(_disclosure(doc, penalty))}\n\n"
            + table + _values(doc, penalty) +
            f"Referring officer: {tex(doc.rng.choice(PEOPLE))}, Entry Branch\n")
    return head + "\\begin{document}\n" + body + "\\end{document}\n"


LUALATEX_STYLES = (fpf_memo,)
FAX_STYLES = (port_referral,)
