"""Label phrasings per field, as US senders and CBP forms caption them; index 0 is the baseline."""

from __future__ import annotations

IMPORTER_NUMBER = ("Importer Number", "Importer No.", "IOR No.", "Importer of Record Number",
                   "4. Importer Number", "IRS No.", "CBP Importer ID", "EIN/IOR #")

PROTEST = {
    "protest_number": ("Protest Number", "Protest No.", "CBP Protest No.", "Protest #",
                       "1. Protest Number", "Box 1 - Protest No.", "Protest Ref. No."),
    "port_code": ("Port Code", "Port", "Port of Entry Code", "Port No.", "3. Port Code",
                  "Box 3 - Port", "District/Port Code"),
    "importer_number": IMPORTER_NUMBER,
    "protestant_name": ("Protestant", "Name of Protestant", "Protesting Party",
                        "Importer of Record",
                        "6. Name of Protesting Party", "Protestant's Name", "Filed by"),
    "protestant_address": ("Address", "Protestant's Address", "Mailing Address",
                           "Address of Protestant", "6. Address", "Street Address",
                           "Principal Place of Business"),
    "category": ("Decision Protested", "Category", "Nature of Decision", "Decision Being Protested",
                 "Section II - Decision Protested", "Basis of Protest", "Protested Decision"),
    "merchandise_description": ("Description of Merchandise", "Merchandise",
                                "Merchandise Description", "Commodity", "Goods",
                                "Section II - Description of Merchandise", "Product(s)"),
    "drawback": ("Drawback", "Subject to Drawback", "Drawback Declaration", "Drawback Status",
                 "Entries Subject to Drawback", "Drawback (19 CFR 174.13(a)(9))"),
    "accelerated": ("Accelerated Disposition Requested", "Accelerated Disposition (19 CFR 174.22)",
                    "Request for Accelerated Disposition", "7. Accelerated Disposition",
                    "Acc. Disp. Requested", "Accelerated Disposition"),
    "further_review": ("Further Review Requested", "Application for Further Review",
                       "AFR Requested", "Section IV - Further Review",
                       "Request for Further Review (19 CFR 174.24)", "Further Review"),
    "received": ("Date Received", "2. Date Received (CBP)", "Received", "Rec'd", "Date of Receipt",
                 "Filed (CBP receipt)"),
}
PROTEST_COLUMNS = {
    "entry_number": ("Entry Number", "Entry No.", "Entry #", "Entry", "CBP Entry No.",
                     "7501 Entry No.", "Filer Code / Entry No."),
    "entry_date": ("Entry Date", "Date of Entry", "Entry Dt.", "Entered", "Date Entered",
                   "Summary Date"),
    "liquidation_date": ("Liquidation Date", "Date of Liquidation", "Liq. Date", "Liquidated",
                         "Date Liquidated", "Liquidation"),
}

RULING = {
    "request_date": ("Date", "Date of Request", "Request Date", "Dated", "Submitted",
                     "Letter Date"),
    "requester_name": ("Requester", "Name of Requester", "Importer", "Company", "Requesting Party",
                       "Importer of Record", "Applicant"),
    "requester_address": ("Address", "Requester Address", "Business Address", "Mailing Address",
                          "Address of Requester", "Principal Office"),
    "importer_number": IMPORTER_NUMBER,
    "ruling_type": ("Ruling Type", "Type of Ruling", "Subject", "Issue", "Ruling Requested",
                    "Nature of Request"),
    "product_description": ("Product", "Description", "Merchandise", "Item Description",
                            "Commodity", "Product Description", "Goods"),
    "proposed_hts": ("Proposed HTS", "Proposed Classification", "HTSUS", "Suggested HTS Number",
                     "Proposed Subheading", "Tariff Number (HTSUS)", "Classification Sought"),
    "ports": ("Port of Entry", "Ports", "Anticipated Port(s) of Entry", "Port(s)", "Entry Port",
              "Port of Arrival"),
}

PENALTY = {
    "case_number": ("Case Number", "Case No.", "FP&F Case No.", "Penalty Case #",
                    "SEACATS Case No.",
                    "Case ID", "Case File Number"),
    "party_name": ("Violator", "Party", "Importer", "Name of Violator", "Subject Party",
                   "Importer of Record", "Alleged Violator"),
    "party_address": ("Address", "Address of Record", "Violator Address", "Mailing Address",
                      "Business Address", "Last Known Address"),
    "importer_number": IMPORTER_NUMBER,
    "violation_date": ("Date of Violation", "Violation Date", "Date of Earliest Violation",
                       "Viol. Date", "Date Violation Occurred", "Date of First Violation"),
    "culpability": ("Culpability", "Level of Culpability", "Degree of Culpability",
                    "Culpability Level", "Alleged Culpability", "Culp."),
    "prior_disclosure": ("Prior Disclosure", "Prior Disclosure (19 CFR 162.74)", "PD Filed",
                         "Prior Disclosure Made", "Valid Prior Disclosure", "PD"),
    "importation": ("Type of Importation", "Importation", "Commercial/Noncommercial",
                    "Nature of Importation", "Shipment Type", "Entry Type"),
    "domestic_value": ("Domestic Value", "Domestic Value (19 CFR 162.43)", "DV",
                       "Total Domestic Value", "Est. Domestic Value",
                       "Domestic Value of Merchandise"),
    "dutiable_value": ("Dutiable Value", "Total Dutiable Value", "Dutiable Val.",
                       "Dutiable Value (USD)", "Entered Dutiable Value",
                       "Aggregate Dutiable Value"),
}
PENALTY_COLUMNS = {
    "entry_number": PROTEST_COLUMNS["entry_number"],
    "entry_date": PROTEST_COLUMNS["entry_date"],
    "liquidated": ("Liquidated?", "Liq. Status", "Status", "Liquidated", "Final?", "Liq"),
    "entered_value": ("Entered Value", "Value", "Entered Value (USD)", "Ent. Value",
                      "Declared Value", "Value Declared"),
    "duty_paid": ("Duty Paid", "Duties Deposited", "Duty Deposited", "Duty Paid at Entry",
                  "Deposited", "Paid"),
    "duty_owed": ("Duty Owed", "Duties Lawfully Owed", "Correct Duty", "Duty Due", "Lawful Duty",
                  "Owed"),
    "loss": ("Loss", "Loss of Duty", "LOD", "Difference", "Underpayment", "Duty Loss"),
}

LIQ_MARKS = {"yes_no": ("Yes", "No"), "y_n": ("Y", "N"), "liq_unliq": ("LIQ", "UNLIQ"),
             "words": ("Liquidated", "Unliquidated"), "final_open": ("Final", "Open"),
             "x_blank": ("X", "")}
