"""AR003 probes (session 25, the lead's own words, written before reading any miss): a
figure restated in another unit right after it, in the shapes reports use (brackets,
"or", "equivalent to", "some", a dash), for lengths, masses, volumes, areas, energy,
speeds and prices per unit; traps that convert right or restate another thing."""

from __future__ import annotations

from tests.rules._variants import variant_tests

DEFECTS = {
    "brackets miles": "The pipeline runs 480 kilometres (360 miles) to the coast.",
    "or acres": "The reserve covers 12,000 hectares, or 19,600 acres.",
    "equivalent to tonnes": "Farms lost 2.4 million pounds of honey, equivalent to 2,100 tonnes.",
    "dash gallons": "Each tank holds 40,000 litres — about 16,000 US gallons — of fuel.",
    "energy": "The plant produces 1.2 terawatt-hours (1,500 gigawatt-hours) a year.",
    "speed": "Trains will run at 320 km/h (150 mph) on the new line.",
    "price per litre": "The tax is 38 pesos per 100 ml, or 3,800 pesos per litre.",
    "price per kilo": "Growers were paid $1.20 a pound, or $3.65 a kilogram.",
    "area square miles": "The drought zone covers 52,000 square kilometres (32,000 square miles).",
    "temperature": "Water reached 31°C (95°F) in August.",
    "per tonne to per kg": "Carbon costs €85 per tonne, or 0.85 euro cents per kilogram.",
}
TRAPS = {
    "brackets right": "The pipeline runs 480 kilometres (298 miles) to the coast.",
    "or acres right": "The reserve covers 12,000 hectares, or 29,650 acres.",
    "price per litre right": "The tax is 38 pesos per 100 ml, or 380 pesos per litre.",
    "price per kilo right": "Growers were paid $1.20 a pound, or $2.65 a kilogram.",
    "another thing in brackets": "The pipeline runs 480 kilometres (its third section 60 km) to the coast.",
    "a range": "The line is 300–320 km (186–199 miles) long.",
    "rounded": "Each tank holds 40,000 litres — about 10,500 US gallons — of fuel.",
    "per tonne right": "Carbon costs €85 per tonne, or 8.5 euro cents per kilogram.",
}

TRAPS.update(
    {
        "a price in two currencies": "Growers were paid $1.20 a pound, or £0.95 a pound.",
        "a daily and a monthly wage": "Porters earn $5 a day, or about $150 a month.",
        "oil barrels": "The field produced 5 million barrels (795,000 cubic metres) last year.",
        "per barrel to per litre right": "Crude sold at $40 a barrel, or $0.25 a litre.",
    }
)
#: not found yet, by cause: a restatement set off by dashes; "pounds of honey" read as
#: money, not mass; a price restated in the currency's cents
MISSED = {"dash gallons", "equivalent to tonnes", "per tonne to per kg"}

test_defect_found, test_trap_silent = variant_tests("AR003", DEFECTS, TRAPS, missed=MISSED)
