import Testing

@testable import IncidentFacts

/// Wire copy as agencies send it: hard-wrapped lines, often all in capitals, a document number
/// on top and a dateline with a two-digit year.
@Suite struct WireCopyTests {
    static let report = """
        XYZ-WIRE-0417 (DESK)

           LA PAZ, 9 AUG 91 (NATIONAL RADIO) -- [REPORT] [TEXT] A SQUAD OF ARMED
           GUERRILLAS OF THE ZARATE WILLKA ARMED FORCES OF LIBERATION ATTACKED AN
           ARMY OUTPOST IN THE TOWN OF SAN RAMON EARLY TODAY, KILLING THREE
           SOLDIERS AND WOUNDING A CIVILIAN. THE ATTACKERS USED DYNAMITE AND
           SUBMACHINE GUNS, THE ARMY COMMAND SAID.

           THE ARMY HAS SENT REINFORCEMENTS TO THE AREA.
        """

    @Test func hardWrappedLinesMakeOneParagraph() {
        let text = ArticleText(Self.report)
        #expect(text.paragraphs.count == 3)
        #expect(text.paragraphs[1].hasSuffix("THE ARMY COMMAND SAID."))
    }

    @Test func freeRunningLinesStillEndAtASentence() {
        let text = ArticleText(
            """
            Gunmen attacked a checkpoint outside the city on Tuesday night, officials said.
            Two soldiers were wounded in the exchange of fire that followed the attack.
            """)
        #expect(text.paragraphs.count == 2)
    }

    @Test func capitalsReadLikeMixedCase() {
        let f = facts(Self.report)
        #expect(f.title == "San Ramon attack: 3 killed, 1 injured")
        #expect(f.published?.iso == "1991-08-09")
        #expect(f.date?.iso == "1991-08-09")
        #expect(f.location.city == "San Ramon")
        // Only the dateline and the group, which operates in Bolivia alone, name the country.
        #expect(f.location.country == "Bolivia")
        #expect(f.perpetrators.map(\.name) == ["Zárate Willka Armed Forces of Liberation"])
        #expect(f.killed?.best == 3)
        #expect(f.injured?.best == 1)
    }

    @Test func aLoneAttackerInCapitals() {
        let f = facts(
            "A SUICIDE BOMBER BLEW HIMSELF UP AT THE GATE OF AN ARMY BASE IN KANDAHAR, KILLING FIVE SOLDIERS.")
        #expect(f.attackers.count == 1)
        #expect(f.attackers.killed == 1)
    }

    @Test func weaponsListInstrumentsNotVerbs() {
        let f = facts(Self.report)
        #expect(f.weapons.first { $0.category == "explosives" }?.words == ["dynamite"])
        #expect(f.weapons.first { $0.category == "firearms" }?.words == ["submachine guns"])
        let shooting = facts("Two gunmen opened fire on worshippers outside a mosque in Quetta, killing four.")
        #expect(shooting.weapons.map(\.category) == ["firearms"])
        #expect(shooting.weapons.first?.words == [])
    }

    @Test(arguments: [
        ("THE SEPARATIST GROUP ETA CLAIMED THE CAR BOMB THAT KILLED A GUARD AT A BARRACKS IN BILBAO.", true),
        ("POLICE BLAMED ETA FOR THE CAR BOMB THAT KILLED A GUARD IN BILBAO.", true),
        ("A BOMB KILLED A GUARD IN BILBAO, BUT THE ETA OF THE TRAIN WAS UNCHANGED.", false),
    ])
    func aCommonWordIsAGroupOnlyInContext(sentence: String, isGroup: Bool) {
        let f = facts(sentence + " " + String(repeating: "THE POLICE SAID THE INQUIRY WOULD GO ON. ", count: 2))
        #expect(f.perpetrators.contains { $0.name == "ETA" } == isGroup)
    }

    @Test func anAcronymRunningIntoANameIsPartOfIt() {
        let f = facts(
            """
            A ROADSIDE BOMB KILLED TWO RANGERS IN TAK BAI DISTRICT OF NARATHIWAT PROVINCE, POLICE SAID.
            THE RANGERS WERE ON PATROL NEAR A SCHOOL WHEN THE BOMB WENT OFF.
            """)
        #expect(f.perpetrators.isEmpty)
    }

    /// Copy scraped from a page loses the space after a full stop; the sentences still part
    /// there, so a year in one does not make the next one history.
    @Test func sentencesRunTogetherStillPart() {
        #expect(
            SentenceSplitter.split(
                "Two men opened fire in Oxa on Monday.Police said one had served time for arson.’Both fled.")
                == [
                    "Two men opened fire in Oxa on Monday.", "Police said one had served time for arson.’",
                    "Both fled.",
                ])
        #expect(SentenceSplitter.split("The U.S.Army base, 3.5 km away, was shut.").count == 1)
        let f = facts(
            "A bus stop in Oxa was attacked on Monday.Police said the brothers were jailed in 2015 for arson.’Two gunmen came in a car and opened fire,’ the police chief said.",
            published: "2023-11-30")
        #expect(f.attackers.count == 2)
    }

    @Test func twoLetterNamesNeedAClaim() {
        let claimed = facts(
            "IS CLAIMED RESPONSIBILITY FOR THE SUICIDE BOMBING AT A MARKET IN BAGHDAD THAT KILLED 12 PEOPLE.")
        #expect(claimed.perpetrators.map(\.name) == ["Islamic State"])
        let verb = facts(
            "A BOMB AT A MARKET IN BAGHDAD KILLED 12 PEOPLE. IT IS NOT YET CLEAR WHO CLAIMED THE AREA, POLICE SAID.")
        #expect(verb.perpetrators.isEmpty)
    }
}

/// Weapons stored, traded or listed in an arsenal were not used in the attack.
@Suite struct StoredWeaponTests {
    @Test func anArmsCacheIsNotTheAttacksWeapons() {
        let f = facts(
            """
            Gunmen shot dead two police officers at a checkpoint in Cali on Monday.
            Separately, troops confiscated 40 rifles and two machine guns from an arms cache in the hills.
            """, published: "1990-03-05")
        #expect(f.weapons.map(\.category) == ["firearms"])
        #expect(f.weapons.first?.words == [])
    }

    @Test func gunsRecoveredFromTheAttackersWereUsed() {
        let f = facts(
            """
            Four gunmen stormed a hotel in Mombasa on Friday, killing nine guests.
            Police recovered three AK-47 rifles and a pistol from the bodies of the attackers.
            """, published: "2015-06-06")
        #expect(f.weapons.first { $0.category == "firearms" }?.words == ["ak-47 rifles", "pistol"])
    }

    @Test func singularAndPluralAreOneInstrument() {
        let f = facts(
            "Two bombs exploded at a bus stop in Kano on Sunday, and a third bomb went off near a church, killing six.")
        #expect(f.weapons.first?.words == ["bombs"])
    }
}

/// Lines that end without a full stop: a wrapped sentence goes on, a title-case headline does not.
@Suite struct TitleCaseHeadlineTests {
    @Test func aLongTitleCaseHeadlineIsItsOwnParagraph() {
        let text = ArticleText(
            " date 2019-03-06 Several Casualties Feared As Two Blasts Hit Ardon Bus Station\n"
                + "Several people have been killed in the attack, police in Ardon said.\n")
        #expect(text.paragraphs.first == "Several Casualties Feared As Two Blasts Hit Ardon Bus Station")
        let f = facts(
            "Several Casualties Feared As Two Blasts Hit Ardon Bus Station\n"
                + "Several people have been killed in the attack, police in Ardon said.", published: "2019-03-06")
        #expect(f.date == SimpleDate(iso: "2019-03-06"))
    }

    @Test func aProseLineCutMidSentenceStillGoesOn() {
        let text = ArticleText(
            "Police said the bomb had been hidden in a bag that was left near the\n"
                + "ticket office of the station before the morning rush began.\n")
        #expect(text.paragraphs.count == 1)
    }

    /// However short the line, a break mid-phrase before a lowercase word goes on.
    @Test func aShortLineBeforeALowercaseWordGoesOn() {
        let text = ArticleText("Witnesses said a suicide\nbomber drove a car into the bus park at Oxa.\n")
        #expect(text.paragraphs.count == 1)
        let f = facts(
            "Witnesses said a suicide\nbomber drove a car into the bus park at Oxa on Monday, killing nine.",
            published: "2014-04-14")
        #expect(f.attackers.count == 1)
        #expect(f.attackType == "suicide bombing")
        let headline = ArticleText("Blast in Oxa\nPolice said nine people died.\n")
        #expect(headline.paragraphs.count == 2)
    }
}
