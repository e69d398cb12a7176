import Testing

@testable import IncidentFacts

/// An accusation is reported with who makes it, so a reader can weigh it; a claim has no
/// accuser, and a sentence that names no one gives none.
@Suite struct AttributionTests {
    private func group(_ text: String) -> Perpetrator? {
        facts(text, published: "2015-04-03").perpetrators.first
    }

    @Test func theSubjectOfABlameVerbIsTheAccuser() {
        let p = group(
            "A bomb killed six people at a bus stop in Maiduguri on Thursday. Police blamed Boko Haram for the blast.")
        #expect(p?.name == "Boko Haram")
        #expect(p?.role == "named")
        #expect(p?.attributedBy == "police")
        #expect(p?.isAccusation == true)
    }

    /// "The militant group has claimed responsibility" in a story that names one group: that
    /// group claimed it. With two groups named, "the group" could be either, and nothing is
    /// claimed.
    @Test func aClaimByTheGroupTheStoryNames() {
        let f = facts(
            """
            A suicide bomber from Boko Haram killed six people at a bus stop in Maiduguri on Thursday, police said.

            The militant group has claimed responsibility for the blast in a video.
            """, published: "2015-04-03")
        #expect(f.claimedBy == "Boko Haram")
        #expect(f.perpetrators.first?.role == "claimed")
        #expect(f.perpetrators.first?.attributedBy == nil)
        let two = facts(
            """
            Police said either Boko Haram or Ansaru carried out the bombing that killed six people at a bus stop in Maiduguri on Thursday.

            The militant group has claimed responsibility for the blast in a video.
            """, published: "2015-04-03")
        #expect(two.perpetrators.count == 2)
        #expect(two.claimedBy == nil)
    }

    /// "The Boko Haram fighters targeted a market": a group whose men did the attack is named,
    /// whatever the attack verb ("targeted" as well as "attacked").
    @Test func aGroupWhoseMenTargetedThePlaceIsNamed() {
        let p = group(
            "The Boko Haram fighters targeted a crowded market in Maiduguri on Thursday, leaving six people dead."
        )
        #expect(p?.name == "Boko Haram")
        #expect(p?.role == "named")
    }

    /// "amid anger over the assassination of a senior Hamas commander": the group of the one
    /// killed is not the attacker.
    @Test func theGroupOfAKilledCommanderIsNotTheAttacker() {
        let f = facts(
            """
            Two bombs exploded at a crowded market in Oxa on Wednesday, killing 40 people.

            The blasts came days after the assassination of a senior Hamas commander in Ura.
            """, published: "2015-04-03")
        #expect(f.perpetrators.isEmpty)
    }

    @Test func aSpeakerAfterTheClauseIsTheAccuser() {
        let before = group(
            "Gunmen killed nine guards at a market in Mogadishu on Monday. Al-Shabaab was behind the attack, the regional governor said."
        )
        #expect(before?.attributedBy == "the regional governor")
        let after = group(
            "Gunmen killed nine guards at a market in Mogadishu on Monday. Al-Shabaab was behind the attack, said the Banadir police chief on Tuesday."
        )
        #expect(after?.attributedBy == "the Banadir police chief")
        let according = group(
            "Gunmen killed nine guards at a market in Mogadishu on Monday. Al-Shabaab was behind the attack, according to the interior ministry."
        )
        #expect(according?.attributedBy == "the interior ministry")
    }

    @Test func aSuspicionKeepsItsSource() {
        let p = group(
            "A bomb tore through a ferry in Jolo on Sunday, killing 11 passengers. Army officials suspect Abu Sayyaf carried out the bombing."
        )
        #expect(p?.role == "suspected")
        #expect(p?.attributedBy == "army officials")
        #expect(SummaryComposer.responsibility(p!) == "Suspected: Abu Sayyaf, according to army officials")
    }

    @Test func aClaimHasNoAccuser() {
        let p = group(
            "A suicide bomber killed 14 people at a mosque in Kano on Friday, police said. Boko Haram claimed responsibility."
        )
        #expect(p?.role == "claimed")
        #expect(p?.attributedBy == nil)
        #expect(p?.isAccusation == false)
        #expect(SummaryComposer.responsibility(p!) == "Claimed by Boko Haram")
    }

    @Test func noOneIsInventedWhereTheSentenceNamesNoAccuser() {
        // The report's own words: ascribed, not an accusation.
        let stated = group("Boko Haram gunmen stormed a school in Yobe on Monday, killing 29 pupils.")
        #expect(stated?.attributedBy == nil)
        #expect(stated?.isAccusation == false)
        #expect(SummaryComposer.responsibility(stated!) == "Blamed on Boko Haram")
        // A pronoun, a time clause or a determiner is no accuser.
        let pronoun = group("A bomb killed six people in Maiduguri on Thursday. They blamed Boko Haram for the blast.")
        #expect(pronoun?.attributedBy == nil)
        let clause = group(
            "A bomb killed six people in Maiduguri on Thursday, hours after the army said Boko Haram was behind an earlier blast."
        )
        #expect(clause?.attributedBy == nil)
        let thatClause = group(
            "A bomb killed six people in Maiduguri on Thursday. Officials, however, said initial findings showed that Boko Haram was behind the blast."
        )
        #expect(thatClause?.attributedBy != "initial findings showed")
    }

    @Test func anAcronymInOrdinaryTextKeepsItsCapitals() {
        let p = group("A bomb killed six people in Maiduguri on Thursday. NATO blamed Boko Haram for the blast.")
        #expect(p?.attributedBy == "NATO")
    }

    @Test func wireCopyInCapitalsGetsOrdinaryCase() {
        let p = group("A BOMB KILLED SIX PEOPLE IN MAIDUGURI ON THURSDAY. POLICE BLAMED BOKO HARAM FOR THE BLAST.")
        #expect(p?.attributedBy == "police")
    }
}
