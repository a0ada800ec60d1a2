"""Names, places and goods the senders use (no apostrophes or underscores: Pyxplot sets text
in LaTeX)."""

PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("3901", "Chicago"),
    ("5301", "Houston"),
    ("1303", "Baltimore"),
    ("3002", "Seattle"),
    ("1601", "Charleston"),
    ("2809", "San Francisco"),
]
FILERS = ["BDH", "EAG", "C1F", "9HD", "AB4", "GIE", "D7A", "HC2"]
COMPANIES = [
    "Marrowfield Outdoor Goods LLC",
    "Pelham & Strand Housewares Inc.",
    "Quillon Ceramics Corp.",
    "Tessaro Lighting Co.",
    "Brightwater Pet Supply LLC",
    "Okonkwo Textile Imports Inc.",
    "Halvorsen Marine Hardware Corp.",
    "Sundquist Baby Products LLC",
    "Yarrow Creek Foods Inc.",
    "Delacroix Audio Systems LLC",
    "Fennimore Bicycle Parts Co.",
    "Kestrel Valley Tools Inc.",
]
STREETS = [
    "1420 Harbor Gateway Blvd., Suite 300",
    "88 Wexford Industrial Park",
    "2300 Commerce Way",
    "510 North Canal Street, Floor 4",
    "77 Old Mill Road",
    "9151 Airport Parkway, Unit B",
    "345 Mercantile Drive",
    "16 Ferry Landing",
]
CITIES = [
    "Long Beach, CA 90810",
    "Secaucus, NJ 07094",
    "Elk Grove Village, IL 60007",
    "Houston, TX 77032",
    "Glen Burnie, MD 21061",
    "Kent, WA 98032",
    "North Charleston, SC 29405",
    "Hayward, CA 94545",
]
PEOPLE = [
    ("Renata Vasquez-Obi", "Compliance Manager"),
    ("Thomas H. Greer", "Licensed Customs Broker"),
    ("Ilse Marchetti", "Director of Trade"),
    ("Kwame Asante", "Vice President, Operations"),
    ("Dorothea Lindqvist", "General Counsel"),
    ("Marcus P. Ferrante", "Attorney"),
    ("Yuki Tanabe", "Import Manager"),
    ("Beatrix Howell", "Senior Counsel"),
]
GOODS = [
    ("insulated stainless steel beverage bottles, 24 oz, with polypropylene lids", "7323.93.0080"),
    ("cotton knit crew-neck sweaters for women", "6110.20.2079"),
    ("LED desk lamps with USB charging port", "9405.21.8000"),
    ("porcelain dinner plates, set of four", "6911.10.3810"),
    ("nylon dog leashes with aluminum clasps", "4201.00.3000"),
    ("rechargeable bluetooth speakers, model BX-20", "8518.22.0000"),
    ("steel bicycle chains, 116 links", "7315.11.0045"),
    ("frozen mango chunks in 1 kg bags", "0811.90.5200"),
    ("hand-operated pipe wrenches of forged steel", "8204.12.0000"),
    ("wooden baby high chairs with fabric cushion", "9401.61.6011"),
]
FIRMS = [
    ("Caldwell Pryor & Ames LLP", "1700 K Street NW, Suite 900", "Washington, DC 20006"),
    ("Ostrander Bell LLP", "One Liberty Plaza, 36th Floor", "New York, NY 10006"),
    ("Whitcombe & Ruiz PLLC", "200 Pine Street, Suite 1100", "San Francisco, CA 94104"),
]
BROKERS = [
    ("Gateway Cargo Customs Brokers Inc.", "18 Terminal Way", "Carson, CA 90745"),
    ("Northpoint Customs Services LLC", "610 Dock Road", "Jamaica, NY 11430"),
    ("Lakeshore Trade Brokerage Co.", "4000 Cargo Drive", "Bensenville, IL 60106"),
]
OFFICERS = [
    ("Alan R. Moreau", "Import Specialist"),
    ("Priya Chandrasekhar", "Senior Import Specialist"),
    ("Gordon Ekwueme", "Auditor, Regulatory Audit"),
    ("Lena Fischbach", "Entry Specialist"),
]
