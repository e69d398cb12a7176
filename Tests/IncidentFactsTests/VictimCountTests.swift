import Testing

@testable import IncidentFacts

/// Victim counts written without a plain "N people were killed".
@Suite struct VictimCountTests {
    @Test(arguments: [
        ("A car bomb exploded in Bilbao on Monday, killing a policeman.", 1),
        ("A soldier died when a roadside bomb hit a patrol near Kandahar on Monday.", 1),
        ("A police officer was shot dead at a checkpoint in Quetta on Monday.", 1),
        ("Gunmen beheaded 14 villagers in northern Mozambique on Monday.", 14),
        ("Officials confirmed the killing of at least eight pupils at a school in Kumba on Monday.", 8),
        ("A total of 35 people were brought in dead after gunmen attacked a church in Owo on Monday.", 35),
        // People named by their post or trade, one each, and a list of them.
        ("Rebels killed a deputy governor and another official with a roadside bomb near Yala on Monday.", 2),
        ("One contractor was killed and several others wounded when rockets hit a base in Erbil on Monday.", 1),
        ("A bomb under his car killed a judge in Quetta on Monday.", 1),
        ("Gunmen opened fire on a bus in Kano on Monday, killing the driver and wounding four passengers.", 1),
        // A toll told as hearsay.
        ("At least 25 people are reported to have died after a bomb derailed a train near Tver on Monday.", 25),
        ("Nine miners were feared to have been killed when gunmen stormed a mine near Gao on Monday.", 9),
        // A comparison with the past after this attack's day does not make its toll history.
        (
            "A car bomb exploded at a police academy in Cali on Monday, killing 10 people in an attack that recalled the worst years of the war.",
            10
        ),
    ])
    func killedWithoutAPlainFigure(sentence: String, killed: Int) {
        #expect(facts(sentence, published: "2019-03-05").killed?.best == killed)
    }

    /// The people a shooting hit in all, less its dead, were wounded, when no wounded figure is
    /// given; a figure of the shot dead is no such total.
    @Test(arguments: [
        ("A gunman shot 11 people at a supermarket in Oxa on Monday. Eight people were killed.", 3 as Int?),
        ("Nine worshippers were shot at a mosque in Ura on Monday. Five people died in hospital.", 4),
        ("A gunman shot four people dead at a supermarket in Oxa on Monday. Four were killed.", nil),
        ("A gunman shot 11 people at a bar in Oxa on Monday. Eight were killed and seven were injured.", 7),
    ])
    func shotLessTheDeadAreWounded(body: String, injured: Int?) {
        #expect(facts(body, published: "2019-03-05").injured?.best == injured)
    }

    /// Wounded told as "as many" as the dead are that figure; "nearly as many" is no figure.
    @Test(arguments: [
        ("A car bomb exploded at a market in Oxa on Monday, leaving 14 dead and as many wounded.", 14 as Int?),
        ("Gunmen stormed a hotel in Ura on Monday, killing six guests and wounding as many.", 6),
        ("A bomb hit a bus in Oxa on Monday, killing 12 people and wounding nearly as many.", nil),
    ])
    func asManyWoundedAsDead(sentence: String, injured: Int?) {
        #expect(facts(sentence, published: "2019-03-05").injured?.best == injured)
    }

    /// People in intensive care, in an emergency ward or under treatment are wounded; the dead
    /// brought to a ward are not.
    @Test(arguments: [
        (
            "A bomb exploded at a school in Oxa on Monday, killing six. Twelve pupils are currently in the emergency ward.",
            12 as Int?
        ),
        (
            "A bomb exploded at a rally in Ura on Monday, killing 30. Some 160 people were under treatment by evening.",
            160
        ),
        ("A bomb exploded at a market in Oxa on Monday, killing six. Nine people are in intensive care.", 9),
        ("A bomb exploded at a market in Oxa on Monday. The six dead were taken to the emergency ward.", nil),
    ])
    func peopleUnderCareAreWounded(body: String, injured: Int?) {
        #expect(facts(body, published: "2019-03-05").injured?.best == injured)
    }

    /// Injuries "sustained", "suffered" or "received" count as injured.
    @Test(arguments: [
        "At least 20 people were killed and 64 others sustained injuries when a bomb exploded at a bus station in Kano on Monday.",
        "A bomb exploded at a bus station in Kano on Monday, killing 20 people; 64 passengers suffered serious wounds.",
    ])
    func injuriesSustainedAreInjured(sentence: String) {
        #expect(facts(sentence, published: "2019-03-05").injured?.best == 64)
    }

    /// An official who speaks of the toll is no victim of it.
    @Test func officialsWhoSpeakAreNoVictims() {
        let f = facts(
            "Two officials said the bomb killed nine people at a market in Kano on Monday.", published: "2019-03-05")
        #expect(f.killed?.best == 9)
    }

    @Test func partitiveIsAPartOfATotal() {
        let f = facts(
            "Gunmen killed 14 passengers on a bus near Quetta on Monday; nine of the 14 were pilgrims.",
            published: "2019-03-05")
        #expect(f.killed?.best == 14)
        #expect(f.killed?.stated == [14])
    }

    @Test func aSingleVictimWhoOnlySpeaksIsNoVictim() {
        let f = facts(
            "A bomb exploded near a market in Quetta on Monday, a police officer said.", published: "2019-03-05")
        #expect(f.killed == nil)
    }

    @Test func anOrdinalVictimUpdatesATollItDoesNotCountOne() {
        let f = facts(
            "A fourth police officer died of his wounds after the attack in Karachi on Friday, raising the death toll to 4.",
            published: "2023-02-19")
        #expect(f.killed?.best == 4)
    }

    @Test func attackersKilledBySecurityForcesAreNotVictims() {
        let f = facts(
            """
            Three gunmen stormed a police office in Multan on Friday; five people were killed and 12 injured.

            One attacker blew himself up on the third floor and the commandos shot dead two others on the roof.

            Three attackers took part, the minister said. All three are now dead.
            """, published: "2023-03-04")
        #expect(f.killed?.best == 5)
        #expect(f.killed?.stated == [5])
        #expect(f.attackers.count == 3)
        #expect(f.attackers.killed == 3)
    }

    @Test func explicitZero() {
        let f = facts(
            "Two bombs went off outside a bank in Athens on Monday. Nobody was killed and no one was hurt.",
            published: "2019-03-05")
        #expect(f.killed?.best == 0)
        #expect(f.injured?.best == 0)
        let casualties = facts(
            "Rockets struck near the airport in Kabul on Monday. No casualties were reported.", published: "2019-03-05")
        #expect(casualties.killed?.best == 0)
        #expect(casualties.injured?.best == 0)
    }

    /// "Nobody was killed" in the lead beats a toll told only paragraphs later, which is
    /// another attack's; deaths told as coming later still count.
    @Test func aLeadOfNoDeathsBeatsALaterToll() {
        let other = facts(
            """
            A homemade bomb went off on a commuter train in Oxa on Friday morning. Nobody was killed, and 20 people were treated for burns.

            Police said the device was small.

            Witnesses described panic on the platform.

            Its design was like that of the bombs that killed 40 people on the city's buses.
            """, published: "2019-03-08")
        #expect(other.killed?.best == 0)
        #expect(other.warnings.contains { $0.hasPrefix("killed: the lead says nobody was killed") })
        let later = facts(
            """
            A homemade bomb went off on a commuter train in Oxa on Friday morning. Nobody was killed, and 20 people were treated for burns.

            Police said the device was small.

            Witnesses described panic on the platform.

            Two of the injured later died in hospital, bringing the toll to two.
            """, published: "2019-03-08")
        #expect(later.killed?.best == 2)
    }

    /// "The Riyadh bombings that killed 34" in a story set in Casablanca is another attack's
    /// toll: it is no figure the story states for its own.
    @Test func anotherCitysAttackIsNotThisToll() {
        let f = facts(
            """
            Suicide bombers killed 41 people in Casablanca on Friday night, officials said.

            The Riyadh bombings that killed 34 people were the first big attack on Western targets in months.
            """, published: "2003-05-17")
        #expect(f.killed?.best == 41)
        #expect(f.killed?.stated == [41])
    }

    @Test func zeroNeverHidesAFigure() {
        let f = facts(
            "A bomb killed three soldiers in Kirkuk on Monday. No one was killed in a second blast nearby.",
            published: "2019-03-05")
        #expect(f.killed?.best == 3)
    }
}

/// Totals that count the attackers are taken apart: the victims are the total less the
/// attackers listed in it or said to be among the dead.
@Suite struct AttackerInclusiveTotalTests {
    @Test func attackersInAnIncludingList() {
        let f = facts(
            "The agency said 16 people died in the attack on the embassy in Oxa on Wednesday, including five soldiers, four civilians and seven attackers.",
            published: "2008-09-18")
        #expect(f.killed?.best == 9)
    }

    @Test func suspectedBombersInAnIncludingList() {
        let f = facts(
            "Officials say at least 30 people are dead, including 6 foreigners and 8 suspected bombers, after blasts hit housing compounds in Oxa on Monday.",
            published: "2003-05-13")
        #expect(f.killed?.best == 22)
    }

    @Test func attackersAmongTheDeadInALaterSentence() {
        let f = facts(
            "Suicide bombers killed 41 people in Oxa on Friday. The minister said 10 suicide bombers were among those killed.",
            published: "2003-05-17")
        #expect(f.killed?.best == 31)
        #expect(f.killed?.stated == [31])
        #expect(f.attackers.killed == 10)
    }

    @Test func victimsAmongTheDeadAreNotSubtracted() {
        let f = facts(
            "Gunmen killed 12 people in Oxa on Friday. Three children were among the dead.", published: "2003-05-17")
        #expect(f.killed?.best == 12)
    }
}

/// Running totals of a conflict are never this attack's toll, nor among its stated figures.
@Suite struct RunningTotalTests {
    @Test func aCampaignsTollIsNotTheAttacks() {
        let f = facts(
            "A car bomb killed a police officer in Oxa on Friday. The group's four-decade campaign has cost more than 800 lives.",
            published: "2009-06-20")
        #expect(f.killed?.best == 1)
        #expect(f.killed?.stated == [1])
    }

    @Test func aTotalSinceADateIsNotTheAttacks() {
        let f = facts(
            "A bomb killed two officials in Oxa on Friday. Some 31 residents have died across the two districts since March 3. Over 4,000 civilians have been killed since June 2009.",
            published: "2013-04-06")
        #expect(f.killed?.stated == [2])
    }

    /// "The group was blamed for more than 100 deaths": a record, not this attack's toll.
    @Test func aGroupsRecordIsNotTheAttacksToll() {
        let f = facts(
            "A soldier died in a bomb blast in Oxa on Friday. The rebel group, blamed for more than 100 deaths, denied it.",
            published: "2019-06-20")
        #expect(f.killed?.stated == [1])
    }

    @Test func aTollSinceTheAttackBeganIsTheAttacks() {
        let f = facts(
            "Gunmen stormed a hotel in Oxa on Friday. At least 29 people have been killed since the siege began.",
            published: "2013-04-06")
        #expect(f.killed?.best == 29)
        let g = facts(
            "Local leaders report that at least 15 farmers have been killed after gunmen attacked a hamlet at dawn in the conflict-hit north.",
            published: "2024-02-25")
        #expect(g.killed?.best == 15)
    }
}

/// One victim told about without a numeral (a photo caption) and, soon after, the toll.
@Suite struct OneVictimBeforeTheTollTests {
    @Test func theTollWithANumeralWins() {
        let f = facts(
            """
            Church bombs in Oxa

            Nurses help a woman injured in a church explosion in Oxa on Sunday.

            Three bombs went off at churches in Oxa on Sunday morning, police said.

            At least seven people died. A further 30 people were injured.
            """, published: "2018-05-13")
        #expect(f.injured?.best == 30)
    }

    @Test func aTollFarDownIsAnotherStory() {
        let f = facts(
            """
            A woman was injured when a bomb went off at a bus stop in Oxa on Sunday.

            Police closed the road.

            The mayor visited the site.

            Traders shut their shops.

            Schools stayed open.

            In another province, rebels have injured 40 people in raids this year.
            """, published: "2018-05-13")
        #expect(f.injured?.best == 1)
    }
}

/// One person named and said to be killed, in a story that gives no figure.
@Suite struct NamedVictimTests {
    @Test(arguments: [
        "Ana Ruiz, a reporter who covered crime in Oxa for two decades, was slain today, police said.",
        "Journalist Ana Ruiz killed in Oxa\n\nThe reporter was attacked outside her office in Oxa today.",
        "Mayor Tomas Vela was shot dead outside his home in Ura on Monday.",
        "Gunmen on motorbikes attacked a car in Ura on Monday. Judge Elena Maris has been killed, the court said.",
    ])
    func aNamedPersonKilledIsOneVictim(text: String) {
        #expect(facts(text, published: "2019-05-15").killed?.best == 1)
    }

    @Test(arguments: [
        "A roadside bomb hit the deputy governor's car in Oxa on Friday. Doctors said Tomas was in a critical condition.",
        "A roadside bomb hit the deputy governor's car in Oxa on Friday. The driver remains in serious condition.",
    ])
    func oneGravelyWoundedIsOneInjured(text: String) {
        #expect(facts(text, published: "2013-04-05").injured?.best == 1)
    }

    @Test(arguments: [
        "Officer Tomas Vela killed two attackers during a raid in Ura on Monday.",
        "Ana Ruiz said the bomb in Oxa on Monday was meant to kill officials, but it wounded two guards.",
        "Gunmen stormed a bank in Oxa on Monday. Police said Ana Ruiz was shot in the leg.",
    ])
    func noNamedVictimKilled(text: String) {
        #expect(facts(text, published: "2019-05-15").killed?.best != 1)
    }

    /// A plain plural is a lowercase word of four letters or more ending in one s (not "ss" or
    /// "us"); ASCII words are judged on their bytes, others on their characters.
    @Test func plainPlurals() {
        for word in ["cyclists", "hikers", "niños", "ones"] {
            #expect(CasualtyExtractor.isPlainPlural(Token(text: word, lower: word)), "\(word)")
        }
        for word in ["across", "census", "bus", "Hikers", "hiker", "x-rays", "bus's", "Ñiños", "niñoss", "1234s"] {
            #expect(!CasualtyExtractor.isPlainPlural(Token(text: word, lower: word.lowercased())), "\(word)")
        }
    }
}
