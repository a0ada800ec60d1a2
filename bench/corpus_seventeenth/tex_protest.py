"""Protests typeset by XeLaTeX: a law firm's letter with margin notes and a longtable, or a memoir
submission with a description list."""

from __future__ import annotations

import random

from bench.corpus_seventeenth.fmt import tex, when
from bench.corpus_seventeenth.protests import Protest
from bench.corpus_seventeenth.tex import preamble
from bench.corpus_seventeenth.wording import protest_words

OWN_OPENINGS = [
    "{name}, the importer of record, protests the decision described below",
    "We, {name}, protest the decision described below",
    "{name} (``we'') files this protest against the decision described below",
    "Please accept this protest by {name} against the decision described below",
    "{name} objects to, and protests, the decision described below",
]
OPENINGS = [
    "On behalf of our client, {name} (the ``Protestant''), we protest the decision described below",
    "{name} hereby protests, through undersigned counsel, the decision described below",
    "This firm represents {name}, which protests the decision described below",
    "We write for {name} to protest the decision described below",
    "Please accept this protest, filed for {name} as importer of record, against the decision "
    "described below",
]
DRAWBACK = [
    "None of the entries covered by this protest is subject to drawback.",
    "Protestant declares, as 19 CFR 174.13(a)(9) requires, that the entries are not subject to "
    "drawback.",
    "No drawback has been claimed on, and none will be claimed for, the merchandise at issue.",
    "The merchandise is not the subject of any drawback claim.",
    "We confirm that these entries are not subject to drawback.",
]
FURTHER = [
    "Protestant also applies for further review under 19 CFR 174.24(b): the question raised has "
    "not been ruled on by Headquarters.",
    "We request that the protest be forwarded for further review, the decision being inconsistent "
    "with rulings on substantially similar goods (174.24(a)).",
    "Further review is requested.",
    "Kindly treat this filing also as an application for further review.",
    "Protestant seeks further review of any adverse decision under 19 CFR 174.24.",
]
NO_FURTHER = ["Protestant does not request further review.", "", "",
              "No application for further review is made at this time.", ""]
ACCEL = ["Protestant requests accelerated disposition under 19 CFR 174.22; this protest is sent "
         "by certified mail, return receipt requested.",
         "Accelerated disposition is requested (19 CFR 174.22). Sent by registered mail."]
CLOSINGS = ["Respectfully submitted,", "Very truly yours,", "Sincerely,", "Respectfully,",
            "Yours faithfully,"]


def render(p: Protest, rng: random.Random) -> str:
    return _firm_letter(p, rng) if rng.random() < 0.55 else _memoir_submission(p, rng)


def _entries_longtable(p: Protest, ds: str, rng: random.Random) -> str:
    head = rng.choice([("Entry No.", "Entry Date", "Liquidation Date"),
                       ("Entry number", "Date of entry", "Date of liquidation"),
                       ("Entry", "Entered", "Liquidated")])
    rows = "\n".join(
        rf"{tex(e.number)} & {when(e.entry_date, ds) if e.entry_date else ''} & "
        rf"{when(e.liquidation, ds) if e.liquidation else ''} \\" for e in p.entries)
    heading = rf"\textbf{{{head[0]}}} & \textbf{{{head[1]}}} & \textbf{{{head[2]}}} \\ \hline"
    return rf"""\begin{{longtable}}{{|l|l|l|}}
\hline {heading}
\endfirsthead
\hline {heading}
\endhead
\hline \multicolumn{{3}}{{r}}{{\small\itshape entries continue on the next page}} \\
\endfoot
\hline
\endlastfoot
{rows}
\end{{longtable}}"""


def _party_block(p: Protest, w_ior: str) -> str:
    lines = [tex(p.party.name)]
    if p.show_address:
        lines += [tex(p.party.street), tex(p.party.city)]
    if p.show_ior:
        lines.append(f"{tex(w_ior)}: {tex(p.party.ior)}")
    return r" \\ ".join(lines)


def _signature(p: Protest, rng: random.Random) -> str:
    closing = rng.choice(CLOSINGS)
    firm = (rf"\\ {tex(p.firm[0])}\\ {tex(p.firm[1])}\\ {tex(p.firm[2])}" if p.firm
            else "")
    style = rng.choice(["slash", "line"])
    mark = rf"/s/ {tex(p.signer)}\\" if style == "slash" else r"\rule{2.4in}{0.4pt}\\"
    return (rf"{closing}\par\vspace{{1.2em}}{mark} {tex(p.signer)}\\ {tex(p.title)}{firm}")


def _common_body(p: Protest, rng: random.Random, ds: str) -> tuple[str, str]:
    w = protest_words(p, rng)
    parts: list[str] = []
    if p.show_desc:
        parts.append(rf"\textbf{{{tex(w.desc_label)}:}} {tex(p.goods.description)}")
    if p.justification:
        parts.append(rf"\textbf{{{tex(w.justification_label)}.}} {tex(w.justification)}")
    if p.earlier:
        number, receipt = p.earlier
        got = f", received by CBP on {when(receipt, ds)}" if receipt else ""
        parts.append(f"Protestant asks for the same disposition as in protest no. {number}{got}, "
                     "which is pending further review.")
    if p.drawback:
        parts.append(rng.choice(DRAWBACK))
    parts.append(rng.choice(FURTHER) if p.further_review else rng.choice(NO_FURTHER))
    if p.accelerated:
        parts.append(rng.choice(ACCEL))
    return w.category_text, "\n\n".join(x for x in parts if x)


def _firm_letter(p: Protest, rng: random.Random) -> str:
    ds = rng.choice(["long", "abbrev", "slash", "day_month"])
    firm = p.firm or ((p.party.name, p.party.street, p.party.city) if p.show_address
                      else (p.party.name, "", ""))
    address = rf"\\ {tex(firm[1])} \textbullet\ {tex(firm[2])}" if firm[1] else ""
    ref = f"Protest of {p.party.name} -- Port {p.port[0]}"
    head = preamble(rng, "article", tex(ref), tex(firm[0]))
    category, body = _common_body(p, rng, ds)
    aside = rng.choice(['Timely filed', 'Entries', 'See table'])
    note = rf"\marginnote{{\footnotesize\other {aside}}}"
    opening = rng.choice(OPENINGS if p.firm else OWN_OPENINGS).format(name=tex(p.party.name))
    ior_label = rng.choice(["Importer No.", "IOR", "Importer number", "Importer of record no."])
    filler = _filler(rng, p)
    return rf"""{head}
\begin{{document}}
\begin{{center}}{{\Large\bfseries {tex(firm[0])}}}{address}\end{{center}}
\vspace{{1em}}
{when(p.letter_date, ds)}

Port Director\\ U.S. Customs and Border Protection\\
Port of {tex(p.port[1])} (Port Code {p.port[0]})

\textbf{{Re:}} Protest -- {tex(category)}

Dear Port Director:

{opening}, pursuant to 19 U.S.C. 1514 and 19 CFR Part 174.

\marginnote{{\footnotesize\other Protestant}}\textbf{{Protestant.}}\\ {_party_block(p, ior_label)}

{note}The protest covers the following entries, all made at port {p.port[0]}:

{_entries_longtable(p, ds, rng)}

{filler}

{body}

{_signature(p, rng)}
\end{{document}}
"""


def _filler(rng: random.Random, p: Protest) -> str:
    """Background paragraphs, so tables and signatures land at awkward places on the page."""
    sentences = [
        "The merchandise was imported in the ordinary course of the Protestant's business.",
        "Copies of the entry summaries and commercial invoices are available upon request.",
        "The Protestant has imported identical goods for several years without objection.",
        "Counsel is available to discuss the protest at the Port's convenience.",
        "Nothing in this protest waives any other right the Protestant may have.",
    ]
    count = rng.randint(1, 4) + (3 if len(p.entries) > 3 else 0)
    return "\n\n".join(" ".join(rng.sample(sentences, 3)) for _ in range(count))


def _memoir_submission(p: Protest, rng: random.Random) -> str:
    ds = rng.choice(["long", "iso", "slash", "dash_abbrev"])
    ref = f"Port {p.port[0]} \\textbar{{}} {p.entries[0].number}"
    head = preamble(rng, "memoir", tex(p.party.name), ref)
    category, body = _common_body(p, rng, ds)
    ior = rf"\item[Importer number] {tex(p.party.ior)}" if p.show_ior else ""
    addr = rf"\item[Address] {tex(p.party.street)}, {tex(p.party.city)}" if p.show_address else ""
    entries = "\n".join(
        rf"\item[Entry {tex(e.number)}] entered "
        rf"{when(e.entry_date, ds) if e.entry_date else '(date not available)'}; liquidated "
        rf"{when(e.liquidation, ds) if e.liquidation else '(not stated)'}" for e in p.entries)
    return rf"""{head}
\begin{{document}}
{{\huge\bfseries Protest}}\par
{{\large {tex(p.party.name)} \textemdash{{}} {tex(category)}}}\par
\vspace{{0.5em}}
To: U.S. Customs and Border Protection, {tex(p.port[1])} (port {p.port[0]})\\
Date: {when(p.letter_date, ds)}

\begin{{description}}[style=nextline,leftmargin=1.2in]
\item[Protestant] {tex(p.party.name)}
{addr}
{ior}
{entries}
\item[Decision] {tex(category)}
\end{{description}}

{_filler(rng, p)}

{body}

{_signature(p, rng)}
\end{{document}}
"""
