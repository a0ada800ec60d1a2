"""Invented senders, ports and goods (no real company is meant)."""

from __future__ import annotations

COMPANIES = [
    ("Larkspur Ceramics Group, LLC", ["1180 Foundry Lane", "Zanesville, OH 43701"]),
    ("Obsidian Ridge Outfitters Inc.", ["42 Canyon Road, Suite 300", "Boise, ID 83702"]),
    ("Kettle & Crane Kitchenware Co.", ["2250 Harbor Blvd.", "Costa Mesa, CA 92626"]),
    ("Bluewater Anchor Supply Corp.", ["9 Wharf Street", "New Bedford, MA 02740"]),
    ("Silverpine Lighting Works, Inc.", ["3300 Industrial Pkwy.", "Greenville, SC 29607"]),
    ("Thistledown Apparel Ltd.", ["500 Garment Row, Floor 7", "Los Angeles, CA 90021"]),
    ("Redfern Tool & Die Company", ["77 Machinist Way", "Rockford, IL 61109"]),
    ("Corvid Audio Systems, Inc.", ["1500 Sound Avenue", "Nashville, TN 37203"]),
    ("Marigold Home Textiles LLC", ["61 Loom Street", "Greensboro, NC 27401"]),
    ("Northgate Bicycle Imports, Inc.", ["880 Spoke Drive", "Madison, WI 53703"]),
    ("Pemberton Glassware Co.", ["14 Kiln Road", "Corning, NY 14830"]),
    ("Saltmarsh Seafood Traders, LLC", ["201 Pier Avenue", "Charleston, SC 29401"]),
    ("Halcyon Garden Products Corp.", ["4410 Nursery Lane", "Tyler, TX 75701"]),
    ("Quillfeather Office Goods Inc.", ["90 Stationers Court", "Dayton, OH 45402"]),
    ("Ironbark Furniture Company", ["3 Timber Plaza", "High Point, NC 27260"]),
    ("Wrenfield Pet Supply, Inc.", ["2700 Kennel Road", "Lenexa, KS 66215"]),
]

PERSONS = [("Ms. Adaeze N. Okafor", ["1411 Elmwood Terrace, Apt. 4C", "Evanston, IL 60201"]),
           ("Mr. Tobias R. Lindgren", ["58 Birch Hollow Road", "Stowe, VT 05672"])]

PORTS = [("Savannah, GA", "1703"), ("Long Beach, CA", "2709"), ("Newark, NJ", "4601"),
         ("Chicago, IL", "3901"), ("Houston, TX", "5301"), ("Seattle, WA", "3001"),
         ("Baltimore, MD", "1303"), ("Miami, FL", "5201"), ("Norfolk, VA", "1401"),
         ("Detroit, MI", "3801")]

SIGNERS = ["Evelyn R. Castellanos", "Dmitri P. Aksoy", "Harriet J. Nakamura", "Colm F. Brennan",
           "Priya S. Raghunathan", "Leopold M. Ferreira", "Winifred A. Osei",
           "Garrett L. Youngblood", "Naomi T. Abernathy", "Rafael K. Villanueva",
           "Ingrid E. Solberg", "Marcus D. Whitcombe"]

FIRMS = [("Ashcombe Pryor & Lowe LLP", ["1250 Connecticut Avenue NW, Suite 800",
                                         "Washington, DC 20036"]),
         ("Delacroix Haines Trade Law PLLC", ["One Commerce Square, 21st Floor",
                                              "Philadelphia, PA 19103"]),
         ("Morrow, Tsai & Beckett", ["400 Montgomery Street, Suite 1100",
                                     "San Francisco, CA 94104"])]

BROKERS = [("Tideline Customs Brokerage, Inc.", ["610 Port Road", "Savannah, GA 31408"]),
           ("Crossdock Entry Services LLC", ["19 Terminal Way, Bldg. C", "Carson, CA 90745"]),
           ("Keystone Border Brokers Corp.", ["230 Freight Drive", "Romulus, MI 48174"])]

CONSULTANTS = [("Meridian Tariff Advisory Group", ["88 Pine Street, 14th Floor",
                                                   "New York, NY 10005"]),
               ("Halvorsen Trade Compliance LLC", ["2101 Fourth Avenue, Suite 950",
                                                   "Seattle, WA 98121"])]

GOODS = [
    ("Stoneware dinner plates, 27 cm diameter, reactive glaze, SKU LC-2701", "6912.00.4810",
     "stoneware (fired clay) 94% by weight, glaze 6%", "household table service"),
    ("Men's insulated hiking jackets, shell of 100% nylon woven fabric, style OR-88",
     "6201.40.0010",
     "nylon woven shell 62%, polyester fill 30%, zipper and trim 8% by weight", "outerwear"),
    ("Cast-iron enameled Dutch ovens, 5.5 quart, model KC-55", "7323.91.5020",
     "cast iron 91%, vitreous enamel 9% by weight", "stovetop and oven cooking"),
    ("Galvanized steel boat anchors, 15 lb fluke type, item BW-15F", "7316.00.0000",
     "hot-dip galvanized steel 100% by weight", "anchoring recreational boats"),
    ("LED pendant light fixtures with aluminum shades, model SP-410", "9405.11.4010",
     "aluminum 58%, LED module 22%, steel cable and fittings 20% by weight",
     "ceiling lighting in homes and restaurants"),
    ("Bluetooth bookshelf loudspeakers, pair, model CA-B5", "8518.22.0000",
     "MDF cabinet 55%, drivers and magnets 30%, electronics 15% by weight",
     "playback of music in homes"),
    ("Cotton jacquard bath towels, 600 g/m2, set of four", "6302.60.0020",
     "cotton terry 100% by weight", "household bath linen"),
    ("Aluminum alloy bicycle frames, unassembled, size 54 cm, model NG-54", "8714.91.3000",
     "6061 aluminum alloy 100% by weight", "assembly into road bicycles"),
]
