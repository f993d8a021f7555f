"""False alarms of session 23 (unseen real documents and the development set) made into
variants, in our own sentences and in other domains: a number that is part of a code
("GS-15", "Tier 2", "Year 9"), bullets that each count their own things, a bound or a span of
time before an adverb in -s, for LS002; a body's acronym in its own language's word order
("National Institute of …" → I N …) for AC002; a bare numbered series ("CMIP6") marking a
document written for specialists, for AC004; a title's complement after "of the"/"on the"
("the Act on the Protection of …"), for DT001. Each trap has a defect of the same shape beside
it that must still be found."""

from __future__ import annotations

from tests.rules._variants import variant_tests

LS_DEFECTS = {
    "count before a graded noun": "The county hired three GS-15 policy roles in 2023:\n\n- Budget Lead\n- Data Officer\n",
    "count before a tiered noun": "Four Tier-2 suppliers were audited last year: Axle Works, Bright Forge and Castell Pressings.",
    "named bullets under a count": "The festival booked two bands:\n\n- Brass Lions\n- Folk Owls\n- Jazz Cats\n",
}
LS_TRAPS = {
    "pay grade": "The county hired three GS-15 policy roles in 2023:\n\n- Budget Lead\n- Data Officer\n- Records Manager\n",
    "pay grade, no count": "The county hired GS-15 policy staff in 2023:\n\n- Budget Lead\n- Data Officer\n- Records Manager\n",
    "model code": "The airline leased A-320 aircraft from its lessors:\n\n- Avonmore Leasing\n- Kestrel Air Finance\n- Portland Capital\n",
    "school year": "The school entered its Year 9 pupils in the contest:\n\n- Ana Ruiz\n- Tom Okafor\n- Lena Berg\n",
    "level": "The agency hired Level 4 staff in 2021: Ann Lee, Bob Ray and Cid Moe.",
    "each item counts": "The county kept two parallel offices:\n\n- Two planning departments\n- Two payroll teams\n- Two help desks\n",
    "each item counts, digits": "The clinic staffs three wards each night:\n\n- 3 nurses on the children's ward\n- 2 nurses on the surgical ward\n- 4 nurses on the medical ward\n- 1 nurse on call\n",
    "a bound and an adverb": "The final version ships at least two cycles afterwards:\n\n- Preview: Friday, 9 January\n- Candidate: week of 16 February\n- Final: one or more cycles later\n",
    "a span and an adverb": "The valley's herds recovered two winters afterwards:\n\n- Grazing reopened on the upper slopes\n- Calving rates returned to normal\n- Sales at the autumn market doubled\n",
}

test_ls002_defect_found, test_ls002_trap_silent = variant_tests("LS002", LS_DEFECTS, LS_TRAPS)

AC002_DEFECTS = {
    "known initials swapped": "Waiting lists at the National Health Service (HNS) grew again.",
    "no body's noun": "The Regional Water Board (WRB) raised its charges.",
    "name's first word kept": "The China National Space Administration (CNAS) runs the programme.",
}
AC002_TRAPS = {
    "es, noun first": "Farmers asked the National Institute of Agricultural Technology (INTA) for seed.",
    "es, federal": "The Federal Institute for Access to Information (IFAI) ordered the ministry to publish.",
    "fr, centre": "Launch dates are set by the National Centre for Space Studies (CNES) each spring.",
}

test_ac002_defect_found, test_ac002_trap_silent = variant_tests("AC002", AC002_DEFECTS, AC002_TRAPS)

_CLIMATE = (
    "This month: new ESM runs and a bias fix in the sea-ice code.\n\n## Runs\n\n"
    "The Earth System Model (ESM) runs {} cover two warming scenarios, and the team compared them with "
    "the {} ensemble and with the regional CORDEX runs over the whole of the last century.\n\n## Fixes\n\n"
    "A bias in the sea-ice code made winter ice too thick in two of the marginal seas, and the fix lands "
    "in the next release.\n\n## Notes\n\nTwo staff joined the group.\n"
)
_CODING = (
    "This week: new DRG weights for 2025 and a new audit tool.\n\n## Weights\n\n"
    "The Diagnosis Related Group (DRG) weights for 2025 are mapped from {}, and most hospitals will see "
    "small changes in what they are paid for routine surgery.\n\n## Audit\n\nA new audit tool checks "
    "coding against the discharge notes and flags the cases a coder should look at again, as the HSCIC asked.\n\n"
    "## Dates\n\nComments close in May.\n"
)
AC004_DEFECTS = {
    "climate, no series": _CLIMATE.format("for this year", "older"),
    "coding, no series": _CODING.format("the diagnosis codes and the procedure lists"),
}
AC004_TRAPS = {
    "climate, a bare series": _CLIMATE.format("for CMIP6", "older CMIP5"),
    "coding, two bare series": _CODING.format("ICD10 codes and from OPCS4 procedures"),
}

test_ac004_defect_found, test_ac004_trap_silent = variant_tests("AC004", AC004_DEFECTS, AC004_TRAPS, wrap="{}")

DT_DEFECTS = {
    "one titled Act, two years": (
        "The Act on the Protection of Moorland, passed in 2012, set up the upland wardens.\n\n## Wardens\n\n"
        "Twenty wardens now patrol the hills. The Act on the Protection of Moorland, passed in 2014, pays for them."
    ),
    "one institute, two years": (
        "The Institute for the Study of Glaciers opened in 2009 in a former school.\n\n## Staff\n\n"
        "The Institute for the Study of Glaciers opened in 2011 with six staff."
    ),
}
DT_TRAPS = {
    "two Acts": (
        "The Act on the Protection of Moorland, passed in 2012, set up the upland wardens.\n\n## Access\n\n"
        "The Upland Access Act of October 2016 opened the moors to walkers."
    ),
    "two institutes": (
        "The Institute for the Study of Glaciers opened in 2009 in a former school.\n\n## Data\n\n"
        "The Polar Data Institute opened in March 2011 beside the harbour."
    ),
    "two funds": (
        "The Fund for the Relief of Fishermen was set up in 2001 after the winter storms.\n\n## Harbour\n\n"
        "The Harbour Renewal Fund was set up in June 2005 to rebuild the quays."
    ),
    "its owner, the sentence before": (
        "Northern Ireland's 5p levy followed in April 2013; Scotland's 5p charge began in October 2014.\n\n"
        "England was last. Its 5p charge began on 5 October 2015, and at first applied only to large retailers."
    ),
    "its owner, tolls": (
        "Norway's bridge toll began in March 2010 and rose twice.\n\n"
        "Sweden came later. Its bridge toll began in June 2012 on the southern crossing."
    ),
    "their owner, piers": (
        "The Rail Trust's new pier opened in 2017 after two years of work.\n\n"
        "Pelham Council bought the old ferry. Their new pier opened in 2019 beside the slipway."
    ),
}
DT_DEFECTS["its owner, the same name before"] = (
    "Scotland's 5p charge began in October 2014.\n\n"
    "Scotland moved first in the north. Its 5p charge began on 5 October 2015, and applied only to large retailers."
)

test_dt001_defect_found, test_dt001_trap_silent = variant_tests("DT001", DT_DEFECTS, DT_TRAPS)
