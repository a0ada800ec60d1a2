"""A prior disclosure answered by its label and told otherwise in the referral's sentences.

"PRIOR DISCLOSURE: NO" over a remark "The importer self-reported the undervaluation before the
audit began": the label wins the reading, and the sentence, which 19 CFR 162.74(a) makes a prior
disclosure whatever it is called, was never weighed. A disclosure caps the penalty (19 U.S.C.
1592(c)(4)); cues that disagree on it go to a person, never settled by which was printed first.
"""

from __future__ import annotations

from bots.common.reading.questions import on_same_line
from bots.penalty_notice.extract_disclosure_act import read_disclosure_act
from bots.penalty_notice.extract_prose import disclosures_named
from bots.penalty_notice.self_report import read_self_report
from tradebots.facts import Extracted
from tradebots.pdf import TextStream


def told_otherwise(stream: TextStream, labelled: dict[str, Extracted]) -> tuple[str, ...]:
    """The doubt when a sentence tells the disclosure's act (a self-report, the violation
    disclosed or not) the other way from the label's answer; none when they agree."""
    label = labelled.get("prior_disclosure")
    if label is None or not isinstance(label.value, bool):
        return ()
    # The label's own line is its answer, not a sentence's ("Prior Disclosure: No").
    named = (told for told in disclosures_named(stream)
             if told.evidence is None or label.evidence is None
             or not on_same_line(told.evidence, label.evidence))
    for told in (next(named, None), read_self_report(stream), read_disclosure_act(stream)):
        if told is not None and told.value != label.value:
            return (f"The referral gives the prior disclosure two ways: {label.value!r} beside "
                    f"its label and {told.value!r} in its sentences ({told.evidence.text!r})."
                    if told.evidence is not None else
                    f"The referral gives the prior disclosure two ways: {label.value!r} and "
                    f"{told.value!r}.",)
    return ()
