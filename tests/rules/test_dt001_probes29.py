"""DT001 probes (session 29): one happening said by the words of two event classes, and a
gerund that is its clause's own subject. Read on the fresh drafts 498-593, written in our
own words in other domains.

Cause E: an ending ("ended") and a stop for good ("stopped", "ceased", "discontinued")
of one thing are one happening; a pause ("suspended", "halted") is not an ending, nor a
missed payment.

Cause C: a text (a treaty, a protocol, an accord) "concluded" is the one signed; talks that
"concluded" are no text.

Cause R: "regained" is a return ("restored" / "regained its status"); "became effective"
an entry into force.

Cause G: a clause opening with a gerund and its verb after it ("because harvesting stopped
in 2020, a number of sites …") has the gerund as its subject: the sentence's main clause
lends it no participants ("a number", "sites").

Cause P: a participle set off by one comma after a noun phrase opened by a determiner is
that noun phrase's ("Critics note that the Kelso line, running since 2023, …": the line,
not "Critics note"); a noun phrase before ", which" ends at a finite "is" or "was" ("The
exception is the Kelso line, which opened …": the line, not "the exception is …").

Cause W: a date's own clause after ", which" names the thing by the noun phrase before it
when that phrase holds a name ("the Velm harbour speed regulation, which took effect on …"),
so that another named thing of the kind ("the Orrin anchoring rule") is not read as the one
it describes (the clause alone, "which took effect", matched any thing).

Each defect gives one finding, each trap none.
"""

from __future__ import annotations

from tests.rules._variants import apart, variant_tests

DEFECTS = {
    # -- cause E
    "e01-ended-stopped-gerund": apart(
        "The board formally ended all peat cutting on 14 January 2021.",
        "Because peat cutting stopped in the spring of 2020, several bogs had begun to recover.",
    ),
    "e02-ended-ceased": apart(
        "The Hallow yard ended shipbuilding in March 2015 after ninety years.",
        "Since shipbuilding at the Hallow yard ceased in 2013, the town has lost two thousand jobs.",
    ),
    "e03-discontinued-ended": apart(
        "Night trawling in Carrow Bay was discontinued on 1 July 2018.",
        "Since night trawling in Carrow Bay ended in July 2019, the cod stock has grown.",
    ),
    # -- cause C
    "c01-signed-concluded": apart(
        "The joint pilotage protocol was signed in Galati on 14 March 2025.",
        "Since the pilotage protocol was concluded in April 2025, the lower river has coped better with peaks.",
    ),
    "c02-concluded-appositive-signed": apart(
        "The Varna fisheries accord, concluded in June 2015, set quotas for sprat and turbot.",
        "The two states signed the Varna fisheries accord on 3 June 2016.",
    ),
    # -- cause R
    "r01-restored-regained": apart(
        "In June 2017 the agency restored the Kestle reef to its list of protected habitats.",
        "Since the Kestle reef regained protected-habitat status in May 2018, diving permits have halved.",
    ),
    "r02-regained-restored": apart(
        "The Harwick ferry regained its operating licence on 4 May 2019.",
        "Since the Harwick ferry operating licence was restored in May 2020, crossings have doubled.",
    ),
    "r03-became-effective": apart(
        "The Orrin parking levy, which became effective on 1 May 2020, raised less than forecast.",
        "Since the Orrin parking levy came into force in May 2021, town-centre traffic has fallen.",
    ),
    "r04-which-became-effective-took-effect": apart(
        "The Velm harbour speed regulation, which became effective on 1 June 2015, was the first of its kind.",
        "Since the speed rule took effect in early June 2016, collisions in the harbour have stopped.",
    ),
    "w01-which-took-effect-named-again": apart(
        "The Velm harbour speed regulation, which took effect on 1 June 2015, was the first of its kind.",
        "Since the Velm speed regulation came into force in June 2016, collisions have stopped.",
    ),
    # -- cause G
    "g01-gerund-subject-same-class": apart(
        "Trading on the Morvay grain exchange resumed on 4 May 2020.",
        "Because trading on the Morvay grain exchange resumed in June 2020, a number of brokers kept their staff.",
    ),
    # -- cause P
    "p01-which-after-copula-running-since": apart(
        "The flagship exception is Varrow Metals' hydrometallurgical line at Kelso, which opened in May 2023 and "
        "now refines black mass.",
        "Critics note that the Kelso line, running since September 2023, is still the only one at scale.",
    ),
    "p02-in-use-since": apart(
        "The oldest crossing is the Harl footbridge, which opened in April 2011.",
        "Walkers say that the Harl footbridge, in use since 2012, needs new decking.",
    ),
    "p03-parenthesis-then-verb": apart(
        "The Harl footbridge, after a long delay, opened in April 2011.",
        "Since the Harl footbridge opened in 2012, walkers have avoided the ford.",
    ),
}

TRAPS = {
    # a pause, then an end: two happenings
    "e-suspended-then-ended": apart(
        "The council suspended gravel extraction on the Orra in March 2019.",
        "Gravel extraction on the Orra ended in May 2021, when the last consent lapsed.",
    ),
    "e-halted-then-ended": apart(
        "Night trawling in Carrow Bay was halted on 1 July 2018 while the stock was surveyed.",
        "Night trawling in Carrow Bay ended in July 2019.",
    ),
    # one verb for two things
    "e-two-mines": apart(
        "Coal mining at Kelso ended in 2015.",
        "Since gold mining at Orrin stopped in 2012, the valley has emptied.",
    ),
    # the end of a ban is no stop of what it banned
    "e-ban-ended-fishing-stopped": apart(
        "Fishing in the Ardle estuary stopped in March 2017, when the ban began.",
        "The ban on fishing in the Ardle estuary ended in March 2020.",
    ),
    # talks that concluded, then the text signed (said with no noun phrase of the text right
    # before the verb: "Negotiations on the accord concluded" is still read as the accord's
    # conclusion by the dated-object link, a false alarm left as it was)
    "c-talks-concluded": apart(
        "The talks with Kelso on fisheries concluded in March 2016.",
        "The Varna fisheries accord was signed with Kelso on 3 June 2016.",
    ),
    # an agreement concluded in one year, another signed in the next
    "c-two-protocols": apart(
        "The Sulina pilotage protocol was concluded in April 2024.",
        "Since the Galati towage protocol was signed in April 2025, delays have fallen.",
    ),
    # regained after a loss: the loss and the return are two happenings
    "r-lost-then-regained": apart(
        "The Harwick ferry lost its operating licence on 4 May 2019.",
        "Since the Harwick ferry regained its operating licence in May 2020, crossings have doubled.",
    ),
    # two rules of one harbour
    "r-two-rules-effective": apart(
        "The Velm harbour speed regulation, which became effective on 1 June 2015, was the first of its kind.",
        "Since the Orrin anchoring rule took effect in June 2016, fewer moorings have dragged.",
    ),
    "w-two-rules-which-took-effect": apart(
        "The Velm harbour speed regulation, which took effect on 1 June 2015, was the first of its kind.",
        "Since the Orrin anchoring rule took effect in June 2016, fewer moorings have dragged.",
    ),
    "w-two-halls-which-opened": apart(
        "The Dunmore Street market hall, which opened on 2 March 2019, has forty stalls.",
        "Since the Harl Quay market hall opened in March 2020, the old fish market has emptied.",
    ),
    # a gerund with its own subject elsewhere, two exchanges
    "g-two-exchanges": apart(
        "Trading on the Morvay grain exchange resumed on 4 May 2020.",
        "Because trading on the Lissel metals exchange resumed in June 2020, a number of brokers kept their staff.",
    ),
    # -- cause P: another thing of the kind, another name
    "p-other-bridge": apart(
        "The oldest crossing is the Harl footbridge, which opened in April 2011.",
        "Walkers say that the Harl road bridge, in use since 2012, needs new decking.",
    ),
    "p-other-name": apart(
        "The oldest crossing is the Harl footbridge, which opened in April 2011.",
        "Walkers say that the Kelso footbridge, in use since 2012, needs new decking.",
    ),
}

test_defect_found, test_trap_silent = variant_tests(
    "DT001", DEFECTS, TRAPS, wrap="---\ndate: 2025-02-10\n---\n# Report\n\n{}\n"
)
