"""What the letter states: the 177.2(b)(5) statement and what it says, samples, confidentiality,
the result asked for and its basis, a hypothetical question.

A statement is read sentence by sentence; a negation ("not", "no", "neither") before the key
words turns it around, so "is not pending before any court" is a statement, not a court case.
"""

from __future__ import annotations

import re

from bots.common.reading.answers import Answer, answer_in, is_answer
from bots.common.reading.pending_sense import (
    DENIAL,
    NEGATION,
    denied_before,
    matter_state,
    status_words,
)
from bots.ruling_triage.extract_boxed_labels import read_boxed_labels
from bots.ruling_triage.extract_text import LABELLED, PROSE, Fields, Span

_COURT = re.compile(r"\bcourts?\b|Federal\s+Circuit|\bCIT\b", re.I)
_CBP_OFFICE = re.compile(r"CBP\s+office|Port\s+Director|under\s+review\s+by|internal\s+advice|"
                         r"(?:before|at|with)\s+(?:any\s+|the\s+)?(?:CBP\b|(?:U\.S\.\s+)?Customs\s+"
                         r"and\s+Border\s+Protection\b)|Regulatory\s+Audit|\bprotest\b|"
                         r"pending\s+(?:at|with)\s+the\s+port|\bPort\s+of\s+[A-Z]", re.I)
# The port questioning the entry (a CBP Form 28 or 29): the issue is before a CBP office now.
_CBP_REVIEW = re.compile(r"CBP\s+Form\s+2[89]\b|\bthe\s+port\s+has\s+(?:issued|sent)\s+(?:a|an)\s+"
                         r"(?:request\s+for\s+information|notice\s+of\s+(?:action|proposed\s+action))"
                         # The port holding an entry for the answer: "its entry is awaiting release;
                         # the port has asked for this ruling before it acts on the entry", "the
                         # shipment is on hold at the port", "the port is detaining the goods".
                         r"|\bthe\s+port\s+has\s+(?:asked|requested)\s+(?:for\s+)?(?:this|a|the)\W?\s+ruling"
                         r"|\b(?:entry|entries|shipment|goods)\s+(?:is|are)\s+(?:awaiting\s+release|on\s+hold"
                         r"|held|detained)\b|\bthe\s+port\s+(?:is\s+(?:holding|detaining)|has\s+(?:held|"
                         r"detained))\b", re.I)
# Said with any verb of an office or a court at work: "No CBP office and no court is, or has
# been, considering the same issue", "no court is reviewing or hearing it".
_PENDING = re.compile(r"pending|before|under\s+review|subject\s+of|consider(?:ed|ing|ation)|"
                      r"(?:is|are|was|were|been)\s+(?:\w+\s+)?(?:reviewing|examining|hearing|"
                      r"deciding|handling)\b|"
                      r"raised|appeal|litigat|"
                      # "No prior ruling request, protest or court action concerns these goods";
                      # only denied: "This request concerns goods entered at the Port of X" is no
                      # proceeding at the port.
                      r"\bno\s+[^.;]{0,60}?(?:protest|action|litigation|proceeding|case)s?\s+"
                      r"(?:concerns?|involves?|covers?)\b", re.I)
_CLAUSE = re.compile(r";|,\s+(?:but|and|while|whereas|although)\s+|\bhowever\b|\bexcept\s+that\b",
                     re.I)
_B5 = re.compile(r"177\.2\s*\(b\)\s*\(5\)")
# What follows a (b)(5) heading is the statement, whatever it says: "Pending matters: ...".
_PENDING_LABEL = re.compile(r"\s*(?:pending\s+(?:matters|proceedings|issues)|other\s+proceedings)"
                            r"\s*:\s*\S", re.I)
# Photographs, drawings and specification sheets are documents (177.2(b)(4)), not samples.
_SAMPLE = re.compile(r"\bsamples?\b", re.I)
_SAMPLE_VERB = re.compile(r"enclos(?:e|ed|ing)\b|attached|provided|submit(?:s|ted|ting)?\b|"
                          r"forwarded|available|included|"
                          r"accompan(?:y|ies|ying)|\bsent\b|being\s+sent|under\s+separate\s+cover|"
                          r"delivered|shipped|mailed|couriered", re.I)
# The sample itself denied beside what is sent: "Photographs are enclosed (no sample)", "drawings
# are attached, but not a sample", "specification sheets only, without samples".
_NO_SAMPLE = re.compile(r"\b(?:no\s+|not\s+(?:a|any)\s+|without\s+(?:a\s+|any\s+)?|nor\s+(?:a\s+)?)"
                        r"(?:physical\s+)?samples?\b", re.I)
# Under a "Samples" heading, an answer that sends only documents sends no sample: "Photographs
# and a drawing are attached", "Spec sheet enclosed", "Catalogue pages provided" (177.2(b)(4)
# asks for samples; pictures, drawings and literature are other information).
_DOCUMENTS = re.compile(r"\b(?:photo(?:graph)?s?|pictures?|images?|drawings?|diagrams?|schematics?|"
                        r"sketch(?:es)?|blueprints?|renderings?|illustrations?|spec(?:ification)?s?\b|"
                        r"(?:spec(?:ification)?|data|technical|product|cut)\s+sheets?|datasheets?|"
                        r"brochures?|catalog(?:ue)?s?|leaflets?|literature|pamphlets?|manuals?|"
                        r"invoices?|videos?)\b", re.I)
# Words for the article itself, sent under a heading that does not say "sample".
_SPECIMEN = re.compile(r"\b(?:specimens?|swatch(?:es)?|pieces?|units?|prototypes?|examples?|"
                       r"articles?|one\s+of\s+(?:each|the))\b", re.I)
_BARE_ANSWER_WORDS = 8  # "Sample: sent under separate cover to the NCSD." answers the heading
_WHETHER = re.compile(r"\bwhether\b", re.I)
# A heading over the sentence: "Samples:", "5. Samples and documents" on a line of its own or
# run in before a colon ("9. Samples and documents: Photographs are enclosed").
# (numbered as a list or an outline numbers it: "8.", "IV.", "4.2", "(d)", "c)")
_SAMPLE_HEADING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?|\d{1,2}[.)]|[IVX]{1,4}\."
                             r"|[a-z][.)]|\([a-z0-9]\))?\s*samples?(?:\s*[:.]\s|"
                             r"(?:\s+(?:and|&)\s+[\w ]{0,30}?)?(?:\s*:\s|[ \t]*\n))", re.I)
# Offered, not sent: "can be provided upon request", "available on request", "if needed".
_SAMPLE_OFFERED = re.compile(r"(?:up)?on\s+(?:your\s+)?request|if\s+(?:requested|needed|required|"
                             r"desired)|should\s+(?:you|CBP|the\s+\w+)\s+(?:require|wish|need)|"
                             r"\b(?:can|could|may)\s+be\s+(?:provided|made\s+available|"
                             r"submitted|sent)|\bavailable\b|if\s+(?:CBP|you|the\s+\w+)\s+"
                             r"(?:requests?|wish(?:es)?|needs?|requires?)|"
                             # Photographs in lieu of a sample are documents, not a sample.
                             r"(?:in\s+lieu|instead|in\s+place)\s+of\s+(?:a\s+|the\s+)?samples?",
                             re.I)
# 177.2(b)(7) asks that information be withheld from the published ruling, in whatever words.
_CONFIDENTIAL = re.compile(r"confidential|withh[eo]ld\b[^.]{0,80}\bpubli|177\.2\s*\(b\)\s*\(7\)",
                           re.I)
# A page's marking: "CONFIDENTIAL" in capitals, alone or set off in a title or running head
# ("RULING REQUEST -- ACME INC. -- CONFIDENTIAL") labels the paper and asks nothing; a legend that
# goes on ("CONFIDENTIAL TREATMENT REQUESTED") does ask.
_MARKING = re.compile(r"(?:^|(?<=\s)(?:-{1,2}|[\u2013\u2014|\u2022\u00b7])[ \t]+)CONFIDENTIAL"
                      r"(?=[ \t]+(?:-{1,2}|[\u2013\u2014|\u2022\u00b7])(?:\s|$)|[ \t]*$)", re.M)
_ANSWER = re.compile(r"^[ \t]*(?P<q>[A-Za-z][^:\n]{2,60}):[ \t]*(?P<a>yes|no)\b", re.I | re.M)
_WITHHELD = re.compile(r"\bwithh(?:e|o)ld\b|\bredact(?:ed|ion)?\b|\bexempt\s+from\s+disclosure|"
                       r"\b(?:kept|left)\s+out\s+of\s+the\s+publi|\bnot\s+be\s+(?:published|disclosed|"
                       r"made\s+public)", re.I)
_ASK = re.compile(r"request|ask|treat|designat|withh[eo]ld|please|\bkeep\b[^.;]{0,60}confidential",
                  re.I)
# "Confidentiality: none requested", "Confidential treatment: Not requested.", "... not
# required", "Nothing in this letter is designated confidential".
_NOT_ASKED = re.compile(r"\b(?:none|not)\s+(?:is\s+|being\s+)?(?:requested|sought|asked|required"
                        r"|needed|wanted)"
                        r"|\bnothing\b[^.;]{0,60}confidential", re.I)
# "We ask CBP to rule that ..." asks a result; "to rule on the country of origin" or "whether"
# asks the question only.
_RESULT = re.compile(r"we\s+submit\s+that|(?:ask\s+CBP\s+to|request\s+that\s+CBP)\s+rule\b"
                     r"(?!\s+(?:on|upon|whether|as\s+to|about|regarding|concerning)\b)|"
                     r"should\s+be\s+classified|(?:is|are)\s+(?:properly\s+)?classified\s+in|"
                     # "We ask that the articles be classified in subheading ...", "We request
                     # that the goods be appraised on transaction value"
                     r"\b(?:ask|request|submit)\s+that\s+[^.;]{1,80}?\bbe\s+(?:classified|"
                     r"appraised|valued|marked)\b",
                     re.I)
_AUTHORITY = re.compile(
    r"\bGRI\b|General\s+Rules?\s+of\s+Interpretation|Explanatory\s+Notes?|\bheading\s+\d{4}\b"
    r"|\b\d+\s+U\.S\.C\.|\b19\s+CFR\s+(?!177\b)\d+|\bRuling\s+[NH]\d{6}|substantial(?:ly)?\s+"
    r"transform(?:ation|ed)|\bbecause\b|\bsince\b"
    # a ruling cited by its office ("ruling NY N301455", "HQ H123456") or a legal note
    r"|\b(?:NY|HQ)\s+[NHW]?\d{6}\b|\b(?:Section|Chapter)\s+Notes?\b|\bNote\s+\d", re.I)
# "Since" that tells when, not why: "the design has not changed since the engineering release",
# "sold since 2019", "since then": a description's words, no reason for a result.
_TEMPORAL_SINCE = re.compile(r"\b(?:has|have|had|ever)\b[^,;.:]{0,60}?\bsince\b"
                             r"|\bsince\s+(?:\d|then\b|last\b|early\b|(?:January|February|March|"
                             r"April|May|June|July|August|September|October|November|December)\b)",
                             re.I)
# A sentence run in after a caption that names the basis ("Basis: the article is named by the
# heading proposed and excluded from the others by their terms"): the sender's own statement of
# why, in words of its own, however few authorities it cites. A pointer or a promise is none.
_BASIS_CAPTIONED = re.compile(
    r"(?i)\s*(?:(?:legal\s+)?basis(?:\s+for\s+(?:the\s+)?(?:result|ruling|classification))?"
    r"|grounds|reasons?|supporting\s+authority|argument)\s*:\s*"
    r"(?!(?:see|refer|to\s+follow|tbd|n/?a|none|will|attached|enclosed)\b)"
    r"(?:[^\s.:;]+\s+){7,}[^\s.]+")
# A sample or photographs sent, offered or returned ("A sample is enclosed", "we will send
# photographs"): a word about them, never "analyses the properties of samples" in the reasons.
_SENT = r"(?:enclos|attach|sen[dt]|provid|submit|forward|return|availab|ship|mail|deliver)"
_SAMPLE_SENT = (rf"\b(?:samples?|photo(?:graph)?s?)\b[^.;]{{0,50}}?\b{_SENT}"
                rf"|\b{_SENT}\w*\b[^.;]{{0,50}}?\b(?:samples?|photo(?:graph)?s?)\b")
# The requester's own standing (177.1: "a direct and demonstrable interest in the ruling because
# it trades in the goods") is a reason for asking, not for the result asked.
_STANDING = r"\b(?:direct|demonstrable)\s+(?:and\s+demonstrable\s+)?interest\b"
_NOT_BASIS = re.compile(rf"confidential|{_SAMPLE_SENT}|\brelated\b|pending|{_STANDING}", re.I)
# A reconsideration names the ruling it asks to change, no authority for the new result; what
# else it cites ("... and to classify the article in 4016.99.6050, as GRI 1 requires") is one.
_RECONSIDER = re.compile(r"reconsider", re.I)
_RULING_CITED = re.compile(r"\b(?:(?:NY|HQ)\s+)?(?:ruling\s+(?:(?:NY|HQ)\s+)?)?[NHW]\d{6}\b"
                           r"|\bruling\s+(?:no\.?\s*)?\d{6}\b", re.I)
# A form's caption alone, its answer in the box beside or below it.
_CAPTION_ONLY = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?[A-Za-z][\w ()/'-]{0,50}:\s*")
# A parenthesis with none inside it: a question's citation is cut from the inside out.
_PARENTHESIS = re.compile(r"\([^()]*\)")
# What may close a question after its mark: a quoted question ('Q6. "Is the issue before any
# court?"'), one in brackets, or in single or curly quotes; the question still only asks.
_CLOSERS = re.compile(r"[\s\"'\u201d\u2019\u00bb)\]*]+$")
# A form's caption naming the matter in a few words and no verb ("Pending before CBP or court",
# "Court or CBP proceedings"): like a question, it asks; the value beside or under it states.
_VERBLESS_CAPTION = re.compile(r"(?i)(?!.*\b(?:is|are|was|were|be|been|being|has|have|had|will"
                               r"|remains?|filed|brought|lodged|no|not|none|nor|neither)\b)"
                               r"\s*[A-Z][A-Za-z/&,' -]{0,60}?\s*:?\s*")
# A bare answer opening the sentence after a question: "No.", "None", "Yes - a protest ...";
# denials in other words: "N/A", "Not applicable", "Not to our knowledge".
# Never "No. 12" (a number) nor the next box's letter ("N. SIGNATURE").
_YES_NO = re.compile(r"\s*(?P<word>yes|no(?:ne)?|n/a|not\s+applicable|not\s+to\s+(?:our|my|"
                     r"the\s+[\w']+)\s+knowledge|nothing(?:\s+is)?\s+pending)\b(?!\.?\s*\d)"
                     r"(?!\.\s+[A-Z]{2})", re.I)
# A question whether buyer and seller are related (19 CFR 152.102(g)), answered yes or no:
# "Are buyer and seller related?", "Is the seller affiliated with the importer?", "Related party?".
_RELATION_ASKED = re.compile(r"\brelated\b|\baffiliat|\brelationship\b", re.I)
# An answer word opening a sentence that qualifies it: "Yes, for the prices", "No - photographs".
# Never "No. 5 samples are enclosed" (a number).
_LEAD_ANSWER = re.compile(r"\s*(?P<word>yes|no)\s*[,;:.\u2013\u2014-](?!\s*\d)", re.I)
# A question about the sample that does not ask whether one is sent: "Return of sample
# requested?", "Sample available on request?".
_NOT_SENDING = re.compile(r"\breturn|\bavailable\b|\bon\s+request|\bif\s+(?:requested|needed)",
                          re.I)
# A question and what follows it in the sentence: "Sample enclosed?: [ ] Yes [X] No".
_QUESTION = re.compile(r"(?P<q>[^?]*\?)[\s:]*(?P<a>.*)$", re.S)
_HYPOTHETICAL = re.compile(r"\bhypothetical(?:ly)?\b", re.I)


def negated_before(span: Span, key: re.Pattern[str]) -> bool:
    """Whether a negation comes before the last match of KEY in the sentence."""
    text = span.text
    starts = [match.start() for match in key.finditer(text)]
    end = starts[-1] if starts else len(text)
    return NEGATION.search(text[:end]) is not None


def read_statements(sentences: list[Span], fields: Fields) -> None:
    """Fill the statement flags from every sentence of the letter; a labelled answer first."""
    read_boxed_labels(sentences, fields)
    _answered(sentences, fields)
    for index, sentence in enumerate(sentences):
        text = sentence.text
        # Only the words that can state a status: an agent's mandate "to act for it before CBP",
        # a condition or a time ("before the goods arrive at the Port of X") are blanked.
        status = status_words(text)
        court, office = _COURT.search(status.text), _CBP_OFFICE.search(status.text)
        if status.unclear and (_COURT.search(text) or _CBP_OFFICE.search(text)) and (
                _PENDING.search(text)):
            # Named a forum but left open whether the issue is there: a person reads it.
            fields.put_span("pending_unclear", True, sentence, PROSE)
        if (pointer := _pointer_under_heading(sentence, sentences[index + 1:index + 2])):
            # "5. Statement under 19 CFR 177.2(b)(5)" over "See the attached materials.": the
            # place of the statement, seen, and no statement in it.
            fields.put_span("pending_left_blank", True, pointer, PROSE)
        elif _asks(text):
            # A form's caption asks ("M. Is the issue before CBP or a court? (177.2(b)(5))"); only
            # an answer printed after it states anything.
            _answered_question(sentence, _after_note(sentences[index + 1:index + 3]), fields)
        elif ((court or office) and _PENDING.search(status.text)) or _B5.search(text) or (
                _PENDING_LABEL.match(text)):
            fields.put_span("pending_statement", True, sentence, PROSE)
            _pending_where(sentence, status.text, fields)
        if (review := _CBP_REVIEW.search(status.text)) and not NEGATION.search(
                _clause_before(text, review.start())):
            span = Span(sentence.paragraph, sentence.start + review.start(),
                        sentence.start + review.end())
            fields.put_span("pending_statement", True, span, PROSE)
            fields.put_span("pending_before_cbp", True, span, PROSE)
        if (asked := _QUESTION.match(text)) and (
                _CONFIDENTIAL.search(asked["q"]) or _RELATION_ASKED.search(asked["q"]) or (
                _SAMPLE.search(asked["q"]) and not _NOT_SENDING.search(asked["q"]))):
            # "Sample enclosed? [ ] Yes [X] No": a question states nothing; its answer does, on
            # its line or right after it.
            answer = (Span(sentence.paragraph, sentence.start + asked.start("a"), sentence.end)
                      if asked["a"].strip() else next(iter(sentences[index + 1:index + 2]), None))
            _answer_to(sentence, answer, fields)
            continue
        # A "Samples:" heading before the sentence is not a word about a sample, but it is the
        # subject of a bare answer after it ("Sample: enclosed.", "Samples: sent separately").
        headed = _SAMPLE_HEADING.match(text) is not None
        text = _SAMPLE_HEADING.sub(lambda m: " " * len(m.group(0)), text, count=1)
        bare = headed and not _SAMPLE.search(text) and len(text.split()) <= _BARE_ANSWER_WORDS
        if (clause := text if bare and _SAMPLE_VERB.search(text) else _sample_clause(text)):
            sent = not NEGATION.search(clause[:_last_start(_SAMPLE_VERB, clause)])
            documents_only = (not _SAMPLE.search(text) and _DOCUMENTS.search(text) is not None
                              and not _SPECIMEN.search(text))
            fields.put_span("sample_provided", sent and not _SAMPLE_OFFERED.search(clause)
                            and not _NO_SAMPLE.search(clause) and not documents_only,
                            sentence, PROSE)
        if _CAPTION_ONLY.fullmatch(text):
            continue  # "12. Confidential treatment:" over its box asks nothing; its value does
        if _WITHHELD.search(text) and _ASK.search(text) and not _CONFIDENTIAL.search(text):
            # 177.2(b)(7) in other words: information asked to be kept out of the published ruling.
            fields.put_span("confidential_requested",
                            not negated_before(sentence, _WITHHELD), sentence, PROSE)
        # One box's caption naming confidentiality among other matters ("BASIS / PENDING
        # MATTERS / SAMPLES / CONFIDENTIALITY") over a statement of another: no request.
        unmarked = _MARKING.sub(" ", _under_caption(text, shared=True))
        if _CONFIDENTIAL.search(unmarked) and _ASK.search(unmarked):
            fields.put_span("confidential_requested",
                            not (negated_before(sentence, _CONFIDENTIAL)
                                 or _NOT_ASKED.search(text)), sentence, PROSE)
        # "The question is not hypothetical", "if CBP thinks it hypothetical": no such question.
        if (found := _HYPOTHETICAL.search(status.text)) and not denied_before(
                status.text, found.start()):
            fields.put_span("hypothetical", True, sentence, PROSE)
    _result(sentences, fields)


# A body that only points elsewhere, where the statement should be: "See the attached
# materials.", "See attachment B.", "Refer to the enclosed statement.", "To follow.", "TBD".
_POINTER_ONLY = re.compile(
    r"(?i)\s*(?:(?:please\s+)?(?:see|refer\s+to|reference\s+is\s+made\s+to)\s+(?:the\s+)?"
    r"(?:attach\w*|enclos\w*|exhibit|appendix|annex|schedule|separate|accompanying)\b[^.;:]{0,40}"
    r"|(?:to\s+(?:follow|be\s+(?:provided|supplied|submitted|sent))|will\s+follow|(?-i:TBD|TBA)"
    r"|attached|enclosed)(?:\s+(?:later|separately|under\s+separate\s+cover))?)\s*\.?\s*")
# What closes a heading's citation or label before its body: "(19 CFR 177.2(b)(5))", "...:".
_HEADING_END = re.compile(r"[\s):.\u2013\u2014-]*")


def _pointer_under_heading(sentence: Span, after: list[Span]) -> Span | None:
    """The pointer a (b)(5) heading or a "Pending matters:" label has for its body, on its own
    line or the next sentence on its page; None where a body says anything itself."""
    text = sentence.text
    head = _B5.search(text) or _PENDING_LABEL.match(text)
    if head is None:
        return None
    # The label's match takes the body's first letter with it.
    end = head.end() if head.re is _B5 else head.end() - 1
    end = _HEADING_END.match(text, end).end()  # type: ignore[union-attr]
    if text[end:].strip():
        body = Span(sentence.paragraph, sentence.start + end, sentence.end)
    elif after and after[0].paragraph.page == sentence.paragraph.page:
        body = after[0]
    else:
        return None
    return body if _POINTER_ONLY.fullmatch(body.text) else None


def _answered(sentences: list[Span], fields: Fields) -> None:
    """A worksheet's "Sample provided: No (photographs attached)" or "Confidential treatment
    requested: No": the answer after the label decides, whatever words follow it."""
    for sentence in sentences:
        for match in _ANSWER.finditer(sentence.text):
            span = Span(sentence.paragraph, sentence.start + match.start(),
                        sentence.start + match.end())
            question, yes = match["q"], match["a"].lower() == "yes"
            if _CONFIDENTIAL.search(question):
                fields.put_span("confidential_requested", yes, span, LABELLED)
            elif _SAMPLE.search(question):
                fields.put_span("sample_provided", yes, span, LABELLED)


def _asks(text: str) -> bool:
    """Whether a sentence only asks: a direct question, or the bare citation a question's
    caption ends with ("(177.2(b)(5))"); neither states what is pending."""
    bare = text.strip()
    while (cut := _PARENTHESIS.sub("", bare)) != bare:
        bare = cut
    return (_CLOSERS.sub("", text).endswith("?") or not re.search(r"[A-Za-z]", bare)
            or _VERBLESS_CAPTION.fullmatch(bare) is not None)


def _answer_to(question: Span, answer: Span | None, fields: Fields) -> None:
    """A question about the sample, confidentiality or the parties' relationship and its answer
    ("Yes", "N", "[ ] Yes [X] No", "( ) Yes (x) No", "No; the seller is independent"); unanswered,
    or answered in a sentence without an answer word, it states nothing here."""
    if answer is None or answer.paragraph.page != question.paragraph.page:
        return
    key = ("sample_provided" if _SAMPLE.search(question.text) else "confidential_requested"
           if _CONFIDENTIAL.search(question.text) else "parties_related")
    said = answer_in(answer.text) if is_answer(answer.text) else Answer.UNANSWERED
    if said in (Answer.YES, Answer.NO):
        fields.put_span(key, said is Answer.YES,
                        Span(question.paragraph, question.start, answer.end), LABELLED)
    elif (word := _LEAD_ANSWER.match(answer.text)) is not None:
        # "Yes, for the prices." / "No; photographs are attached.": the answer word decides,
        # the words after it qualify it (a sentence's confidence, not a box's).
        fields.put_span(key, word["word"].lower() == "yes",
                        Span(answer.paragraph, answer.start, answer.start + word.end()), PROSE)


# An answer that says it is none: "(left blank)", "[blank]", "(no answer)", a dash alone.
# A question's note in parentheses, a citation as often as not: "(19 CFR 177.2(b)(5))".
_NOTE = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\.?")
_LEFT_BLANK = re.compile(r"\s*[(\[]?\s*(?:left\s+blank|blank|no\s+answer|not\s+answered|"
                         r"unanswered)\s*[)\]]?\s*\.?\s*|\s*[-\u2013\u2014_]{1,10}\s*", re.I)


def _after_note(after: list[Span]) -> list[Span]:
    """The answer after a question's note ("(19 CFR 177.2(b)(5))"), which answers nothing: the
    rest of the note's sentence, else the next sentence."""
    if (not after or (note := _NOTE.match(after[0].text)) is None
            or _LEFT_BLANK.fullmatch(note[0]) or _YES_NO.match(note[0].strip(" ("))):
        return after[:1]  # "(left blank)", "(No.)": the answer itself
    rest = after[0].text[note.end():]
    if not rest.strip():
        return after[1:2]
    start = after[0].start + note.end() + len(rest) - len(rest.lstrip())
    return [Span(after[0].paragraph, start, after[0].end)]


def asks_pending(question: str) -> bool:
    """Whether a question asks about matters pending before CBP or a court (177.2(b)(5))."""
    return bool((_COURT.search(question) or _CBP_OFFICE.search(question))
                and _PENDING.search(question))


def _answered_question(question: Span, after: list[Span], fields: Fields) -> None:
    """A question about pending matters answered right after it in its box: "Is the issue
    pending before CBP or a court? No." states that nothing is; "Yes, a protest ..." states
    where (177.2(b)(5))."""
    if not asks_pending(question.text):
        return
    # The answer may sit in its box under the caption, a paragraph of its own.
    answer = after[0] if after and after[0].paragraph.page == question.paragraph.page else None
    if answer is not None and _LEFT_BLANK.fullmatch(answer.text):
        # "Is the issue before CBP or a court?" over "(left blank)": asked where the statement
        # goes, and not answered (177.2(b)(5) missing, not unsure).
        fields.put_span("pending_left_blank", True, answer, PROSE)
        return
    said = _YES_NO.match(answer.text) if answer is not None else None
    if answer is None or said is None:
        return
    if said["word"].lower() != "yes":
        fields.put_span("pending_statement", True, answer, PROSE)
        return
    before = {key: fields.value(key) for key in ("pending_in_court", "pending_before_cbp")}
    _pending_where(answer, status_words(answer.text).text, fields)
    if all(fields.value(key) == value for key, value in before.items()):
        # A bare "Yes" says something is pending, not where: court (no ruling) or CBP is for a
        # person to read, never concluded either way.
        fields.put_span("pending_unplaced", True, answer, PROSE)
        return
    fields.put_span("pending_statement", True, answer, PROSE)


def _pending_where(sentence: Span, text: str, fields: Fields) -> None:
    """Court or CBP, clause by clause in the sentence's status words TEXT: "not before any court,
    but a protest is pending at the port" denies the one and states the other."""
    start = 0
    for end in [m.start() for m in _CLAUSE.finditer(text)] + [len(text)]:
        clause = text[start:end]
        start = end
        # "whether the issue is before CBP or a court" asks; it states nothing.
        if (NEGATION.search(clause) or DENIAL.search(clause) or not _PENDING.search(clause)
                or _WHETHER.search(clause)):
            continue
        span = Span(sentence.paragraph, sentence.start + end - len(clause), sentence.start + end)
        if state := matter_state(clause):
            # A case concluded or unrelated is no pending issue; beside a live one, a person reads.
            if state == "unclear":
                fields.put_span("pending_unclear", True, span, PROSE)
            continue
        if _COURT.search(clause):
            fields.put_span("pending_in_court", True, span, PROSE)
        elif _CBP_OFFICE.search(clause):
            fields.put_span("pending_before_cbp", True, span, PROSE)


def _clause_before(text: str, at: int) -> str:
    """The words of AT's clause before it ("the entry is not yet liquidated and the port has
    issued ..." gives "the port has")."""
    starts = [m.end() for m in _CLAUSE.finditer(text, 0, at)]
    starts += [m.end() for m in re.finditer(r"\s+and\s+", text[:at])]
    return text[max(starts, default=0):at]


# Where one clause ends and another with its own subject begins: "The design has not changed
# from the samples shown to the buyer, and the supplier's bill of materials is available".
_CLAUSE_BREAK = re.compile(r";|\.\s|,\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|its|our|their"
                           r"|this|these|those|we|it|they|no|any)\b)", re.I)


def _sample_clause(text: str) -> str | None:
    """The first clause of the sentence that speaks of a sample and of its sending ("A sample is
    enclosed"; "...; photographs are attached" is another clause). A sample named in a clause
    whose verb is another's ("the samples shown to the buyer, and the bill of materials is
    available") is none sent to CBP: None."""
    start = 0
    for end in [m.start() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]:
        clause = text[start:end]
        if _SAMPLE.search(clause) and _SAMPLE_VERB.search(clause):
            return clause
        start = end
    return None


def _last_start(key: re.Pattern[str], text: str) -> int:
    """Where the last match of KEY in TEXT starts (TEXT's end without one)."""
    starts = [match.start() for match in key.finditer(text)]
    return starts[-1] if starts else len(text)


def _result(sentences: list[Span], fields: Fields) -> None:
    for sentence in sentences:
        if _RESULT.search(sentence.text):
            fields.put_span("particular_result_requested", True, sentence, PROSE)
            break
    for sentence in sentences:
        text = _under_caption(sentence.text)
        if _RECONSIDER.search(text):
            text = _RULING_CITED.sub("", text)
        text = _TEMPORAL_SINCE.sub(" ", text)
        if (_AUTHORITY.search(text) or _BASIS_CAPTIONED.match(text)) \
                and not _NOT_BASIS.search(text):
            fields.put_span("result_basis_given", True, sentence, PROSE)
            break


# A form's caption on a line of its own over the sentence: in capitals ("BASIS / PENDING MATTERS
# / SAMPLES"), or a few words ending in a colon ("Basis, samples and confidentiality:").
_CAPTION_LINE = re.compile(r"(?:[^a-z\n]*[A-Z][^a-z\n]*|[A-Z][A-Za-z/&,' ()-]{0,60}:)"
                           r"[ \t]*\n(?=\S)")


_SEVERAL = re.compile(r"/|,|&|\band\b", re.I)


def _under_caption(text: str, *, shared: bool = False) -> str:
    """TEXT without a caption line over it: one box's caption naming the basis beside samples or
    confidentiality heads the basis, it does not make it a word about them. SHARED: only a
    caption naming several matters (one alone may be the question its answer needs)."""
    caption = _CAPTION_LINE.match(text)
    if caption is None or (shared and not _SEVERAL.search(caption.group(0))):
        return text
    return text[caption.end():]
