@corpus
Feature: Review checklist for China Trends 22, on China's space sector
  The editor's checklist for the issue as exported from the PDF (the text extraction under
  ../shared/corpus/), checked against the reviewed claims under claims/.

  The proofs still carry defects the desk knows about. A scenario tagged @known-defect
  states what must hold once the issue is corrected and fails as expected until then;
  "The known defects stand where the proofs show them" pins each one to its line, so a
  new defect cannot hide behind a known one.

  Background:
    Given the draft "../shared/corpus/china-trends-22/issue.pdf.txt"
    And the claims registry "claims"
    And the publication date is 2025-02-18
    When the draft is checked

  Scenario: Every note is cited from its article
    Then every footnote is referenced

  @known-defect
  Scenario: Every reference has its note
    # Article 1 cites a note 6 it does not have; the notes of article 4 stop at 14 while
    # its text cites up to 21 (the last pages of the export).
    Then every reference has a footnote

  @known-defect
  Scenario: No note number is used twice
    # Article 1 has two notes 5: the second is probably note 6.
    Then no footnote number is used twice

  Scenario: The known footnote defects stand where the proofs show them
    Then there is a "FN002" finding on line 157
    And there is a "FN001" finding on line 185
    And there is a "FN002" finding on line 1313
    And there are 3 "FN" findings

  @known-defect
  Scenario: Every acronym is defined once
    # SASTIND is given SASAC's name in article 2 and its own in article 3.
    Then every acronym is defined once

  @known-defect
  Scenario: Every acronym fits its expansion
    # The SASAC name under SASTIND; the space agency written CNAS; SASTIND's name cut short.
    Then every acronym fits its expansion

  @known-defect
  Scenario: Every source link is complete
    # Note 1 of article 2 breaks off after "https://english"; note 2 of article 4 ends in "%20".
    Then every footnote link is complete

  Scenario: No figure or date contradicts a reviewed claim
    Then there are no "RG001" findings
    And there are no "RG002" findings

  Scenario: The market and network figures are stated as reviewed
    Then the draft states "580 billion" "euros"
    And the draft states "6.6 trillion" "yuan"
    And the draft states "858 billion" "euros"
    And the draft states "4 million" "5G base stations"

  Scenario Outline: Each reviewed figure cites its source
    Then the draft states the claim "<claim>" with a source

    Examples:
      | claim                                |
      | china-commercial-space-2023          |
      | china-commercial-space-2029-forecast |
      | china-5g-base-stations-2024-09       |
      | ilrs-members-2024-07                 |

  Scenario: The PLA reorganisation is dated as reviewed
    Then the draft states the claim "pla-reorganisation-2024-04"
    And there are no "DT001" findings

  @known-defect
  Scenario: Every name is written one way
    # Chang'e and Chang’e, Tianwen-3 and Tianwen 3, BeiDou and Beidou.
    Then there are no "name-variant-forms" findings

  @known-defect
  Scenario: Every list of ILRS members matches the registry
    # The introduction adds Senegal, which no source cited in the issue lists.
    Then the members of "ILRS" match the claims registry
