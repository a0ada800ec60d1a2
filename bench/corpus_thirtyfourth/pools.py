"""Names, addresses, goods and ports the cases draw from (ASCII: gslp prints StandardEncoding)."""

from __future__ import annotations

import random

FIRMS = [
    ("Harborline Kitchenware Inc.", ["4410 Commerce Parkway", "Suite 200", "Tukwila, WA 98188"]),
    ("Redwater Outdoor Supply LLC", ["88 Foundry Street", "Lowell, MA 01852"]),
    ("Pine & Anvil Tool Company", ["1207 West Industrial Avenue", "Joliet, IL 60436"]),
    ("Blue Heron Textiles Corp.", ["310 Textile Row", "Greensboro, NC 27406"]),
    (
        "Sandhill Electronics Distribution Inc.",
        ["9 Gateway Boulevard", "Unit 14", "Laredo, TX 78045"],
    ),
    ("Marrow Creek Home Goods LLC", ["2650 Lakeview Drive", "Columbus, OH 43219"]),
    ("Copperleaf Lighting Inc.", ["17 Harbor Way", "Perth Amboy, NJ 08861"]),
    ("Grayfield Bicycle Works Co.", ["5021 Delta Road", "Stockton, CA 95206"]),
    ("Ostrander Medical Supplies Inc.", ["740 Research Drive", "Norcross, GA 30071"]),
    ("Tallgrass Pet Products LLC", ["33 Prairie Center Road", "Omaha, NE 68137"]),
    ("Northgate Auto Components Inc.", ["21800 Hoover Road", "Warren, MI 48089"]),
    ("Ridgeway Furniture Imports Ltd.", ["600 Furniture Parkway", "High Point, NC 27260"]),
]
FOREIGN = [
    (
        "Shenzhen Longwell Precision Co., Ltd.",
        ["Building 3, Longwell Industrial Park", "Baoan District, Shenzhen 518101, China"],
    ),
    ("Taichung Ironworks Corporation", ["No. 88 Gongye 5th Road", "Taichung 40755, Taiwan"]),
    ("Hanoi Fine Ceramics JSC", ["Lot C2, Quang Minh Industrial Zone", "Hanoi, Vietnam"]),
    ("Monterrey Cables S.A. de C.V.", ["Av. Industrial 455", "Apodaca, N.L. 66600, Mexico"]),
]
PEOPLE = [
    "Dolores M. Fenwick",
    "Raymond Okafor",
    "Priya Raman",
    "Gerald T. Hollis",
    "Marisol Beltran",
    "Kenneth J. Abernathy",
    "Yuki Tanabe",
    "Sandra Kowalczyk",
    "Thomas R. Lindqvist",
    "Angela Brightwater",
    "Victor Mendes",
    "Harold Q. Pressley",
    "Nadia Suleiman",
    "Curtis Van Allen",
    "Ingrid Solberg",
    "Luis A. Carrasco",
]
BROKERS = [
    ("Meridian Customs Brokerage Inc.", "Licensed Customs Broker"),
    ("Tideway Trade Services LLC", "Customs Broker"),
    ("Ashford & Kline Customs Consulting", "Trade Consultant"),
]
GOODS = [
    ("Stainless steel stockpots with aluminum-clad bases, 8 and 12 quart", "7323.93.0045"),
    ("Insulated polyester camping jackets with detachable hoods", "6201.40.7580"),
    ("Hand-forged carbon steel claw hammers with hickory handles", "8205.20.6000"),
    ("Woven cotton bath towels, terry, dyed, 600 gsm", "6302.60.0020"),
    ("USB-C charging hubs with four ports, plastic housings", "8504.40.9580"),
    ("Glazed ceramic dinner plates, 10.5 inch, sets of four", "6912.00.4810"),
    ("LED desk lamps with adjustable aluminum arms", "9405.21.8000"),
    ("Aluminum bicycle frames, unpainted, 700c road geometry", "8714.91.3000"),
    ("Disposable nitrile examination gloves, powder free", "4015.12.1010"),
    ("Rubber chew toys for dogs in assorted shapes", "4016.99.6050"),
    ("Steel brake rotors for passenger vehicles, drilled and slotted", "8708.30.5090"),
    ("Upholstered oak dining chairs with linen seats", "9401.61.6011"),
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("3001", "Seattle"),
    ("5301", "Houston"),
    ("1303", "Baltimore"),
    ("2809", "San Francisco"),
    ("3901", "Chicago"),
    ("1601", "Charleston"),
    ("2304", "Laredo"),
    ("4601", "Newark"),
]


def ior(rng: random.Random) -> str:
    """An importer number in EIN form, NN-NNNNNNN."""
    return f"{rng.randrange(10, 99)}-{rng.randrange(1000000, 9999999)}"


FILERS = ["ABC", "EDH", "BFI", "CAG", "DIE", "HGB", "FEA", "IBD", "GCH", "AAD"]
