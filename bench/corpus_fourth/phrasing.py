"""Several ways senders word each element of a protest (at least five each)."""

from __future__ import annotations

DRAWBACK = [
    "The entries covered by this protest are not subject to drawback.",
    "Protestant declares that the merchandise is not the subject of any drawback claim.",
    "To the best of the protestant's knowledge, no drawback has been or will be claimed on "
    "the entries listed above.",
    "Drawback declaration (19 CFR 174.13(a)(9)): none of the entries is subject to drawback.",
    "We further declare that the entry in question is not subject to drawback.",
    "No drawback claim has been filed for, and none will be claimed against, these entries.",
]
OBJECTION_HEADINGS = ["Statement of Objection", "Grounds for Protest",
                      "Nature of and Justification for the Objection", "Argument",
                      "Basis for Protest", "Reasons for Protest"]
DESC_LABELS = ["Merchandise:", "Description of merchandise:", "Goods protested:",
               "Merchandise description:", "Imported merchandise:", "Product at issue:"]
AFR_YES = [
    "Protestant requests further review of this protest under 19 CFR 174.24.",
    "We ask that this protest be treated as an application for further review.",
    "Further review by Regulations and Rulings is respectfully requested.",
    "The protestant applies for further review of the protest (19 CFR 174.23-174.26).",
    "Please forward this protest for further review; the decision raises a question of law "
    "not previously ruled upon.",
]
AFR_NO = ["No application for further review is made.",
          "Protestant does not request further review at this time.",
          "Further review is not requested."]
ACCEL_YES = [
    "Accelerated disposition is requested under 19 CFR 174.22; this protest is sent by "
    "certified mail.",
    "We request accelerated disposition of this protest (sent by registered mail).",
    "Pursuant to 19 U.S.C. 1515(b), the protestant requests accelerated disposition; this "
    "letter travels by certified mail, return receipt requested.",
    "Please treat this as a request for accelerated disposition; it is being mailed by "
    "certified mail.",
    "Request for accelerated disposition: yes (certified mail).",
]
ACCEL_NO = ["Accelerated disposition is not requested.",
            "The protestant does not seek accelerated disposition.",
            "No request for accelerated disposition is made."]
CLOSINGS = ["Respectfully submitted,", "Sincerely,", "Very truly yours,", "Yours faithfully,",
            "Respectfully,"]
CLASS_ARG = [
    "Customs classified the goods under subheading {bad} and assessed duty accordingly. The "
    "goods are properly classified under subheading {good}, HTSUS, because that heading "
    "describes them by name and General Rule of Interpretation 1 controls.",
    "The port's liquidation placed the goods in subheading {bad}. Under GRI 1 and GRI 6 the "
    "correct provision is subheading {good}; the heading applied by the port covers goods "
    "of another material.",
    "We object to the classification under {bad}. The merchandise is described eo nomine in "
    "subheading {good} and must be classified there, with a refund of the excess duty.",
]
VALUE_ARG = [
    "The port appraised the goods at a value that adds buying commissions to the price "
    "actually paid. Commissions paid to a bona fide buying agent are not part of transaction "
    "value under 19 U.S.C. 1401a(b); the entered value should be restored.",
    "Customs rejected transaction value and appraised the merchandise under the computed "
    "value method. The buyer and seller are unrelated and the price was not influenced by "
    "any relationship; transaction value must be accepted.",
    "The appraised value includes an assist that the importer never supplied. The value "
    "should be reappraised at the invoice price.",
]
