"""QT001 probes (session 27, mix27's own words): a quotation of several sentences given
again in part after the writer's own wording of the words right before that part ("As
Brandt said, on a winter morning “each traveller needs everything”" for "… nobody needed
it. On a winter morning, every passenger needs everything."): the writer's words end on
four of the quotation's words, so the part is read from there and the words it changes are
a changed quotation. Traps: the part quoted as it was, another speaker, a lead-in that is
not the quotation's words."""

from __future__ import annotations

from tests.rules._variants import variant_tests

FERRY = (
    '## Visits\n\nTomas Brandt, who runs a ferry company on the lake, told us: "The timetable was fine as long'
    ' as nobody needed it. On a winter morning, every passenger needs everything."\n\n## Conclusion\n\n'
)
WARDS = (
    '## Visits\n\nDr Ines Varga, a surgeon in Szeged, said: "We had the beds but not the nurses. On a'
    ' Saturday night, half the wards run on agency staff."\n\n## Conclusion\n\n'
)
FIELDS = (
    '## Visits\n\nJoan Pryce, who farms near Hay, said: "The grant covers the fencing and little else.'
    ' After a wet spring, every field is a loss to us."\n\n## Conclusion\n\n'
)

DEFECTS = {
    "ferry: two words changed": FERRY
    + 'As Brandt said, on a winter morning "each traveller needs everything"; a printed timetable does not help.',
    "wards: words changed and added": WARDS
    + 'As Varga said, on a Saturday night "most of the wards run on temporary staff", and the rota shows it.',
    "fields: a verb changed": FIELDS
    + 'As Pryce said, after a wet spring "each field turns into a loss to us", whatever the grant pays.',
}
TRAPS = {
    "the part as it was said": FERRY
    + 'As Brandt said, on a winter morning "every passenger needs everything"; a printed timetable does not help.',
    "another speaker": FERRY
    + 'As the mayor said, on a winter morning "each traveller needs everything"; a printed timetable does not help.',
    "a lead-in that is not the quotation's words": WARDS
    + 'As Varga said, in the holidays "the beds stand empty for weeks", and the rota shows it.',
}

test_defect_found, test_trap_silent = variant_tests("QT001", DEFECTS, TRAPS, wrap="# Report\n\n{}\n")
