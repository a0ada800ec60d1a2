"""Names, places, goods and the printing habits of dates and money."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

PARTIES = [
    ("Harrow Creek Outfitters Inc.", ["1180 Tanner Road", "Bozeman, MT 59715"]),
    ("Bellwether Kitchenware LLC", ["44 Foundry Street, Suite 210", "Lowell, MA 01852"]),
    ("Quarry Lane Lighting Co.", ["900 Quarry Lane", "Dayton, OH 45402"]),
    ("Saltmarsh Textiles Corp.", ["17 Harbor View Drive", "Savannah, GA 31401"]),
    ("Pinecrest Audio Systems Inc.", ["3300 Elm Commons Blvd.", "Plano, TX 75074"]),
    ("Redfern & Alder Furniture Ltd.", ["620 Mill Pond Road", "High Point, NC 27260"]),
    ("Tallgrass Garden Supply LLC", ["2 Prairie Gate", "Wichita, KS 67202"]),
    ("Copperline Cable Works Inc.", ["58 Anvil Court", "Allentown, PA 18101"]),
    ("Westbay Marine Hardware Co.", ["401 Pier Avenue", "Tacoma, WA 98402"]),
    ("Kestrel Toy Company", ["75 Larkspur Way", "Madison, WI 53703"]),
    ("Blue Mesa Ceramics Inc.", ["1207 Cerrillos Road", "Santa Fe, NM 87505"]),
    ("Ironwood Tool & Die LLC", ["8 Forge Park", "Rockford, IL 61101"]),
]
SIGNERS = [
    ("Dana K. Whitcombe", "Customs Compliance Manager"),
    ("Rafael Ortiz-Mendel", "Licensed Customs Broker"),
    ("Priya Raman", "Associate General Counsel"),
    ("Thomas E. Galloway", "Director of Trade"),
    ("Helen V. Okafor", "Attorney at Law"),
    ("Marcus J. Lindqvist", "Vice President, Operations"),
    ("Yuki Tanabe", "Import Manager"),
    ("Colleen Brandt", "Senior Paralegal"),
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("3901", "Chicago"),
    ("5301", "Houston"),
    ("1601", "Charleston"),
    ("3002", "Tacoma"),
    ("1303", "Baltimore"),
    ("2809", "San Francisco"),
]
FILERS = ["B7D", "C42", "EH1", "A9F", "DG3", "4BI", "H2C", "G61"]
GOODS = [
    ("Stainless steel cookware sets, models CW-12 and CW-14", "7323.93.0080"),
    ("Cotton knit pullover sweaters for men, style 4410", "6110.20.2069"),
    ("LED desk lamps with USB charging port, model DL-300", "9405.21.8000"),
    ("Wooden dining chairs with upholstered seats, model OK-7", "9401.61.6011"),
    ("Insulated copper wire on reels, 500 m each", "8544.49.2000"),
    ("Plastic building block toy sets, 240 pieces", "9503.00.0073"),
    ("Ceramic planters with drainage holes, 30 cm", "6912.00.4810"),
    ("Bluetooth wireless speakers, model BX-9", "8518.22.0000"),
    ("Brass marine cleats, 8 inch, polished", "8302.49.6055"),
    ("Garden hose nozzles of zinc alloy, model GN-5", "8424.20.1000"),
]

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def date_text(day: dt.date, style: int) -> str:
    """Six habits: March 7, 2025 | 03/07/2025 | 2025-03-07 | 7 March 2025 | Mar. 7, 2025 |
    07-MAR-2025."""
    month = MONTHS[day.month - 1]
    short = month[:3]
    return [
        f"{month} {day.day}, {day.year}",
        f"{day.month:02d}/{day.day:02d}/{day.year}",
        day.isoformat(),
        f"{day.day} {month} {day.year}",
        f"{short}{'' if month == short else '.'} {day.day}, {day.year}",
        f"{day.day:02d}-{short.upper()}-{day.year}",
    ][style % 6]


def money_text(value: Decimal, style: int) -> str:
    """Four habits: $1,234.56 | USD 1,234.56 | 1,234.56 | 1234.56 USD."""
    plain = f"{value:,.2f}"
    return [f"${plain}", f"USD {plain}", plain, f"{value:.2f} USD"][style % 4]


def hts_text(number: str, style: int) -> str:
    """As printed: 8517.62.0090, 8517.62.00.90 or 8517620090."""
    digits = number.replace(".", "")
    return [number, f"{digits[:4]}.{digits[4:6]}.{digits[6:8]}.{digits[8:]}", digits][style % 3]
