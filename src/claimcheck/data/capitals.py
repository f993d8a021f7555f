"""Capitals that writers use for their country's government ("Moscow walked away from the
deal", "Accra's emergency declaration"), each with its country as one word. Left out: a
capital whose name is also a common name, a region or another place ("Victoria",
"Kingston", "Wellington", "Washington"), one standing for more than its country
("Brussels" for the EU), one whose city government is as often the actor as the
country's (most of Europe's, "Paris banned rental scooters", "Tokyo", "Ottawa",
"Bogotá"), one of two countries of one word ("Seoul", "Pyongyang"), and capitals of two
words or countries named in two ("Buenos Aires", "Sierra Leone")."""

from __future__ import annotations

#: capital -> country (as written)
CAPITALS: dict[str, str] = {
    "Abuja": "Nigeria", "Accra": "Ghana", "Algiers": "Algeria", "Amman": "Jordan", "Ankara": "Turkey",
    "Antananarivo": "Madagascar", "Apia": "Samoa", "Astana": "Kazakhstan", "Asunción": "Paraguay",
    "Baghdad": "Iraq", "Baku": "Azerbaijan", "Bamako": "Mali", "Bangkok": "Thailand",
    "Beijing": "China", "Beirut": "Lebanon", "Belgrade": "Serbia", "Brasília": "Brazil", "Brasilia": "Brazil",
    "Cairo": "Egypt",
    "Caracas": "Venezuela", "Dakar": "Senegal", "Damascus": "Syria", "Dhaka": "Bangladesh", "Doha": "Qatar", "Gaborone": "Botswana", "Hanoi": "Vietnam", "Harare": "Zimbabwe", "Islamabad": "Pakistan", "Jakarta": "Indonesia", "Kabul": "Afghanistan", "Kampala": "Uganda",
    "Kathmandu": "Nepal", "Khartoum": "Sudan", "Kigali": "Rwanda", "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "Lilongwe": "Malawi", "Luanda": "Angola",
    "Lusaka": "Zambia", "Manama": "Bahrain", "Manila": "Philippines", "Maputo": "Mozambique",
    "Minsk": "Belarus", "Monrovia": "Liberia", "Moscow": "Russia", "Muscat": "Oman",
    "Nairobi": "Kenya", "Niamey": "Niger", "Ouagadougou": "Burkina", "Rabat": "Morocco", "Riyadh": "Saudi",
    "Suva": "Fiji", "Tarawa": "Kiribati", "Tashkent": "Uzbekistan", "Tbilisi": "Georgia",
    "Tehran": "Iran", "Tunis": "Tunisia", "Ulaanbaatar": "Mongolia",
    "Vientiane": "Laos", "Windhoek": "Namibia", "Yerevan": "Armenia", }  # fmt: skip
