"""Requesters, firms and goods the sample ruling requests are made of."""

from __future__ import annotations

from bench.corpus.rulings_spec import Party, Product
from bots.ruling_triage.model import RulingType

REQUESTERS = (
    Party("Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114"),
    Party("Summit Outdoor Supply Inc.", "4400 Commerce Way", "Denver, CO 80216"),
    Party("Meridian Home Products Corp.", "88 Industrial Pkwy", "Edison, NJ 08817"),
    Party("Redwood Electronics Co.", "2150 Bayshore Blvd", "San Mateo, CA 94403"),
    Party("Keystone Kitchenware Ltd.", "301 Elm St", "Reading, PA 19601"),
    Party("Lakeside Apparel Group LLC", "9 Harbor Blvd", "Long Beach, CA 90802"),
    Party("Prairie Tool Works Inc.", "1717 Main St", "Omaha, NE 68102"),
    Party("Northstar Medical Supply LLC", "60 Ocean Ave", "Miami, FL 33101"),
)
FIRMS = (
    Party("Hollis & Marchetti LLP", "1200 K Street NW, Suite 800", "Washington, DC 20005"),
    Party("Bayside Trade Law Group", "550 S Hope St, 19th Floor", "Los Angeles, CA 90071"),
    Party("Carver Customs Brokerage Inc.", "145 Hook Creek Blvd", "Valley Stream, NY 11581"),
    Party("Whitfield Global Logistics LLC", "2 Gateway Center", "Newark, NJ 07102"),
)
SIGNERS = ("Jane Alvarez", "Robert Chen", "Maria Okafor", "David Lindqvist", "Priya Raman",
           "Thomas Beaulieu", "Karen Whitfield", "Samuel Ortiz")
IMPORTER_NUMBERS = ("12-3456789", "98-7654321A1", "45-1122334", "27-9081726B2",
                    "301256-77891", "61-2345678")
SSN_IMPORTER = "123-45-6789"  # a sole proprietor: letters must mask it

CLASSIFICATION = (
    Product("wireless routers",
            "Dual-band wireless router with four Gigabit Ethernet ports and two external "
            "antennas, sold in retail packaging",
            "plastic housing 55% by weight, printed circuit assembly 40%, antennas 5%",
            "home and small-office networking",
            ("8517.62.0090",),
            "Under GRI 1 the routers are described by heading 8517 as machines for the "
            "transmission or reception of data in a wired or wireless network; the Explanatory "
            "Notes to heading 8517 confirm that routers are included.",
            "18.40", "49.99"),
    Product("insulated stainless steel tumblers",
            "Double-wall vacuum insulated tumbler of stainless steel, 20 ounces, with a "
            "press-fit plastic lid",
            "stainless steel 85% by weight, polypropylene lid 15%",
            "holding beverages at the table or while travelling",
            ("9617.00.1000",),
            "The tumblers are vacuum vessels complete with their cases within the meaning of "
            "heading 9617 (GRI 1 and GRI 6); New York Ruling N301234 classified similar goods "
            "in the same subheading.",
            "3.15", "24.95"),
    Product("cotton bath towels",
            "Terry towelling bath towel of 100% cotton, 70 by 140 centimeters, hemmed on all "
            "edges",
            "cotton 100% by weight",
            "drying the body after bathing in households",
            ("6302.60.0020",),
            "Under GRI 1 the towels are toilet linen of terry towelling of cotton provided for "
            "in subheading 6302.60 by name; Additional U.S. Note 1 does not apply.",
            "2.10", "12.00"),
    Product("cordless drill drivers",
            "Cordless drill driver with an 18-volt lithium-ion battery, two-speed gearbox and "
            "keyless chuck, sold with charger in a carrying case",
            "steel and aluminum gearbox 45% by value, motor 25%, plastic housing 15%, "
            "battery 15%",
            "drilling and driving screws in construction and home repair",
            ("8467.21.0030",),
            "The drill is a tool for working in the hand with a self-contained electric motor "
            "(heading 8467, GRI 1); the charger and case are classified with it under GRI 3(b).",
            "21.75", "89.00"),
    Product("kitchen utensils",
            "Stainless steel kitchen utensils with nylon heads, sold individually on retail "
            "cards",
            "stainless steel handle 60% by weight, nylon head 40%",
            "preparing and serving food in household kitchens",
            ("8215.99.5000",),
            "Under GRI 1 and GRI 3(b) the utensils take the classification of the stainless "
            "steel handle that gives them their essential character, heading 8215.",
            "0.95", "6.49"),
)
ITEM_SETS = (
    ("ladle", "slotted spoon", "spatula", "turner", "tongs", "whisk", "skimmer"),
    ("bath towel", "hand towel", "wash cloth", "bath sheet", "beach towel", "guest towel",
     "kitchen towel"),
)
MIXED_ITEMS = ("wireless router", "cotton bath towel", "cordless drill")

# The result each other subject argues for, and its basis.
SUBJECT_ARGUMENT: dict[RulingType, str] = {
    "valuation": "We ask CBP to rule that the price actually paid or payable is acceptable as "
    "transaction value under 19 U.S.C. 1401a(b), because the relationship of the parties did "
    "not influence the price under 19 CFR 152.103(l).",
    "origin": "We submit that the country of origin is Vietnam, where the components are "
    "assembled into a new and different article of commerce with a new name, character and use "
    "(substantial transformation).",
    "marking": "We submit that marking the country of origin on the sealed retail carton meets "
    "19 U.S.C. 1304 and 19 CFR 134.11, since the ultimate purchaser receives the goods in that "
    "unopened container.",
    "carrier": "We ask CBP to rule that the movement described is not coastwise transportation "
    "under 46 U.S.C. 55102, because the vessel does not transport merchandise between points in "
    "the United States.",
    "other": "We submit that the reusable plastic pallets qualify as instruments of "
    "international traffic under 19 U.S.C. 1322 and 19 CFR 10.41a.",
}
SUBJECT_TITLES: dict[RulingType, str] = {
    "classification": "tariff classification",
    "valuation": "customs valuation",
    "origin": "country of origin",
    "marking": "country of origin marking",
    "carrier": "coastwise transportation (carrier)",
    "other": "instruments of international traffic",
}
TERMS = ("FOB Kaohsiung, payment 60 days after invoice", "FOB Ningbo, letter of credit at sight",
         "CIF Long Beach, payment 30 days after arrival", "EXW Monterrey, payment in advance")
COUNTRIES = ("Taiwan", "Vietnam", "Malaysia", "Mexico", "Thailand", "India")
