"""How requesters word each element of a ruling request (19 CFR 177.2), five ways or more."""

from __future__ import annotations

REQUESTER_SELF = (
    "{name}{number} requests a binding ruling under 19 CFR Part 177 on the {subject} of the "
    "{goods} described below.",
    "We, {name}{number}, respectfully request a prospective ruling concerning the {subject} "
    "of {goods}.",
    "{name}{number} submits this request for a binding ruling on the {subject} of the {goods} "
    "it plans to import.",
    "Pursuant to 19 CFR 177.2, {name}{number} asks CBP to rule on the {subject} of {goods}.",
    "Please accept this letter as the request of {name}{number} for a ruling on the {subject} "
    "of the {goods} described in this letter.",
)
REQUESTER_AGENT = (
    'On behalf of our client, {name}{where}{number} ("{short}"), we respectfully request a '
    "binding ruling on the {subject} of the {goods} described below.",
    "This firm represents {name}{where}{number}, and on its behalf requests a ruling under "
    "19 CFR Part 177 on the {subject} of {goods}.",
    "As customs broker for {name}{where}{number}, we request a binding ruling on the {subject} "
    "of the {goods}.",
    "We write for the importer of record, {name}{where}{number}, to request a prospective "
    "ruling on the {subject} of {goods}.",
    "Acting as agent for {name}{where}{number}, the undersigned requests a binding ruling on "
    "the {subject} of the {goods} described in this letter.",
)
NUMBER = (" (Importer No. {n})", " (IOR No. {n})", " (importer number {n})",
          " (CBP Importer of Record No. {n})", ", importer number {n},")
AUTHORITY = (
    "We are authorized to act for {name} in this matter; a power of attorney is enclosed.",
    "A letter of authorization from {name} is attached.",
    "We hold a valid customs power of attorney from {name}.",
    "{name} has authorized this firm to file this request on its behalf.",
    "Our authority to act for {name} is shown by the enclosed power of attorney.",
)
DESCRIPTION_LABELS = ("Description of merchandise:", "Merchandise:", "Commodity:",
                      "Product description:", "Description:")
MATERIALS = ("Component materials: {m}.", "The article is composed of {m}.",
             "Materials (by weight or value): {m}.", "Its component materials are {m}.",
             "Composition: {m}.")
USE = ("Principal use: {u}.", "The article is principally used for {u}.",
       "In the United States the goods will be used for {u}.", "Intended use: {u}.",
       "The principal use of the merchandise is {u}.")
PORTS = ("The merchandise will be entered at the port{s} of {ports}.",
         "We expect to import through {ports}.",
         "Port{s} of entry: {ports}.",
         "Shipments will arrive at {ports}, where they will be entered for consumption.",
         "The goods are to be entered through the port{s} of {ports}.")
TERMS = ("The goods are purchased on terms of {t}.", "Terms of sale: {t}.",
         "The seller invoices the requester {t}.", "The terms of sale are {t}.",
         "Under the purchase contract, the goods are sold {t}.")
RELATED = {
    True: ("The buyer and the seller are related within the meaning of 19 U.S.C. 1401a(g); "
           "the seller is a subsidiary of the requester.",
           "The seller and the importer are related parties (common ownership).",
           "The parties to the sale are related under 19 U.S.C. 1401a(g)(1).",
           "The foreign seller is a related party: it is wholly owned by the importer.",
           "Relationship: the buyer and seller are related."),
    False: ("The buyer and the seller are not related within the meaning of 19 U.S.C. 1401a(g).",
            "The seller is unrelated to the importer.",
            "The parties to the transaction are not related.",
            "The importer and the manufacturer are unrelated companies dealing at arm's length.",
            "Relationship: the buyer and seller are not related."),
}
CLEAR = (
    "To the best of the requester's knowledge, the issue is not pending before any CBP office, "
    "the Court of International Trade, the Court of Appeals for the Federal Circuit, or any "
    "other court.",
    "No issue in this request is, or has been, the subject of an earlier ruling request, a "
    "protest, or litigation, and none is pending before CBP or any court.",
    "The requester certifies that, to its knowledge, this issue has not been considered by and "
    "is not pending before any CBP office or any court (19 CFR 177.2(b)(5)).",
    "Neither the importer nor any related party has raised this question with any CBP office "
    "or any court.",
    "This matter is not under consideration by any CBP office or court, to the best of our "
    "knowledge and belief.",
)
COURT = (
    "The same issue is pending before the U.S. Court of International Trade in {name} v. United "
    "States, Court No. 25-00{n}.",
    "An appeal concerning identical merchandise of {name} is pending before the Court of "
    "Appeals for the Federal Circuit.",
    "We note that the classification of these goods is the subject of litigation now pending "
    "in the Court of International Trade ({name} v. United States).",
)
BEFORE_CBP = (
    "The same issue is under review by the Port of {port}, which has issued a request for "
    "information (CBP Form 28).",
    "This question is currently before the CBP Port Director at {port} in a pending protest.",
    "The issue is pending before the Center of Excellence and Expertise in connection with "
    "entries filed at {port}.",
)
SAMPLE_YES = ("A sample of the {goods} is enclosed.", "Two samples are submitted with this "
              "request and need not be returned.", "Samples: one sample is being sent under "
              "separate cover.", "We enclose a sample of the article for CBP's examination.",
              "A production sample accompanies this letter.")
SAMPLE_NO = ("Photographs and a specification sheet are enclosed in lieu of a sample.",
             "A sample is available upon request.", "No sample is submitted with this request.",
             "Product photographs are attached; a sample will be provided if CBP requests one.",
             "Enclosures: photographs (3), technical drawing, specification sheet.")
CONFIDENTIAL_YES = (
    "We request that the prices in this letter be treated as confidential under 19 CFR "
    "177.2(b)(7); they are marked [CONFIDENTIAL].",
    "Confidential treatment is requested for the pricing information (19 CFR 177.8(a)(3)).",
    "The requester asks that the purchase price and selling price be withheld from public "
    "disclosure as confidential commercial information.",
    "Request for confidentiality: the manufacturer's name and the prices are business "
    "confidential.",
    "Please treat the supplier's name and the prices as confidential information.",
)
CONFIDENTIAL_NO = ("No confidential treatment is requested.",
                   "The requester does not ask for confidential treatment of any information.",
                   "Confidentiality: none requested.",
                   "Nothing in this letter is designated confidential.",
                   "We do not request confidential treatment.")
BASIS_HEADINGS = ("Legal Analysis", "Law and Analysis", "Discussion", "Basis for the Ruling "
                  "Requested", "Argument")
