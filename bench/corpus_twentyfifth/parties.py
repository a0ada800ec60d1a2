"""Invented US parties, places and goods the documents name."""

from __future__ import annotations

IMPORTERS = (
    ("Harbor & Finch Outfitters LLC", "1408 Larkin Street", "San Francisco, CA 94109", "2704"),
    ("Quill Ridge Housewares Inc.", "77 Commerce Park Road", "Edison, NJ 08817", "1001"),
    ("Blue Heron Marine Supply Co.", "2200 Port Avenue", "Savannah, GA 31401", "1703"),
    ("Osage Prairie Tool Works", "610 West 9th Street", "Kansas City, MO 64105", "4501"),
    ("Lakeshore Kettle Company", "35 Industrial Drive", "Erie, PA 16501", "1106"),
    ("Sonoran Lamp & Light LLC", "4820 East Van Buren Street", "Phoenix, AZ 85008", "2605"),
    ("Pemberton's Textile Mill Ltd.", "18 Canal Street", "Lowell, MA 01852", "0401"),
    ("Cascade Ridge Bicycle Corp.", "900 NW Naito Parkway", "Portland, OR 97209", "2904"),
    ("Gulf Meridian Foods Inc.", "1600 Clinton Drive", "Houston, TX 77020", "5301"),
    ("Three Rivers Audio Group", "501 Smithfield Street", "Pittsburgh, PA 15222", "1104"),
    ("Magnolia Stoneware Co.", "88 Riverside Avenue", "Jacksonville, FL 32202", "1803"),
    ("Keel & Compass Trading LLC", "2310 Alaskan Way", "Seattle, WA 98121", "3001"),
)
AGENTS = (
    ("Whitcombe Baird & Lowe LLP", "One Battery Park Plaza, 22nd Floor", "New York, NY 10004"),
    ("Ferrante Customs Law PLLC", "1750 K Street NW, Suite 400", "Washington, DC 20006"),
    ("Delgado Trade Counsel", "201 South Biscayne Boulevard", "Miami, FL 33131"),
    ("Nakamura & Pruitt Customs Brokers", "19850 Main Street", "Carson, CA 90745"),
    ("Tolliver Global Logistics Inc.", "455 Airport Road", "Elk Grove Village, IL 60007"),
)
PEOPLE = (
    "Rosalind T. Okafor",
    "Gideon M. Farraday",
    "Priya Venkataraman",
    "Desmond O'Hare",
    "Consuelo Ibarra-Reyes",
    "Whitney L. Abernathy",
    "Thaddeus Kowalczyk",
    "Marisol Quintana",
    "Everett J. Lindqvist",
    "Honora B. Castellanos",
)
GOODS = (
    ("Stainless steel vacuum-insulated beverage bottles, 750 ml", "7323.93.0080", "classification"),
    ("Men's woven cotton twill trousers, style WT-220", "6203.42.4011", "classification"),
    ("LED desk lamps with USB charging port, model DL-9", "9405.21.6020", "classification"),
    ("Aluminum bicycle frames, unpainted, sizes 52-58 cm", "8714.91.3000", "appraised_value"),
    ("Ceramic stoneware dinner plates, 27 cm", "6912.00.4810", "classification"),
    ("Marine bilge pumps, 12 volt, 1100 GPH", "8413.70.2004", "appraised_value"),
    ("Frozen peeled shrimp, 26/30 count", "0306.17.0020", "classification"),
    ("Powered loudspeakers, bookshelf type, pair-packed", "8518.22.0000", "appraised_value"),
)
PORT_NAMES = {
    "2704": "Los Angeles",
    "1001": "New York",
    "1703": "Savannah",
    "4501": "Kansas City",
    "1106": "Philadelphia",
    "2605": "Phoenix",
    "0401": "Boston",
    "2904": "Portland, OR",
    "5301": "Houston",
    "1104": "Pittsburgh",
    "1803": "Jacksonville",
    "3001": "Seattle",
}
FILERS = ("ABC", "DFH", "G1E", "B2C", "HC4", "E7A", "IAB", "C9D")
