import Foundation
import Testing

@testable import IncidentFacts

@Suite struct PlaceAndGroupTests {
    @Test func cityImpliesCountryAndRegion() {
        let f = facts(
            "Militants stormed a police compound in Pakistan's Karachi on Friday, killing four people.",
            published: "2023-02-18")
        #expect(f.location.city == "Karachi")
        #expect(f.location.country == "Pakistan")
    }

    @Test func siteIsNamed() {
        let f = facts(
            "Gunmen stormed the Karachi Police Office on Sharea Faisal on Friday, killing four people.",
            published: "2023-02-18")
        #expect(f.location.site?.contains("Karachi Police Office") == true)
    }

    /// A site is told even when the story names no town or country the gazetteer knows.
    @Test func aSiteWithoutAKnownPlace() {
        let f = facts(
            "A parcel bomb went off at Hollins Cross station on Monday morning, injuring four commuters.",
            published: "2021-03-01")
        #expect(f.location.site == "Hollins Cross station")
        #expect(f.location.country == nil)
    }

    @Test func recalledPlacesNeverBecomeTheIncidentPlace() {
        let f = facts(
            """
            A bomb exploded at a market in Lahore on Sunday, killing 12 people.

            In 2008, gunmen attacked hotels in Mumbai, India, killing 166 people.

            In 2009, a bomb in Jakarta killed nine people.
            """, published: "2016-03-28")
        #expect(f.location.city == "Lahore")
        #expect(f.location.country == "Pakistan")
        #expect(f.history.contains { $0.year == 2008 && $0.place == "Mumbai" && $0.killed == 166 })
    }

    @Test(arguments: ["Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban"])
    func groupAliasesAreOneGroup(alias: String) {
        let f = facts(
            "The \(alias) claimed responsibility for the attack on the police office in Karachi on Friday.",
            published: "2023-02-18")
        #expect(f.perpetrators.map(\.name) == ["Tehreek-e-Taliban Pakistan"])
        #expect(f.perpetrators.first?.role == "claimed")
        #expect(f.claimedBy == "Tehreek-e-Taliban Pakistan")
    }

    /// A plural group name used as an adjective, in the singular: "a Tamil Tiger bomber".
    @Test func aGroupNameAsAnAdjectiveNamesTheGroup() {
        let f = facts(
            "A Tamil Tiger suicide bomber blew himself up at a checkpoint near Jaffna on Monday.",
            published: "2008-12-30")
        #expect(f.perpetrators.map(\.name) == ["Liberation Tigers of Tamil Eelam"])
    }

    /// A group's name opening another name ("National Action Plan") is no mention of it.
    @Test func aGroupNameInsideAPlansNameIsNoGroup() {
        let f = facts(
            """
            A suicide bomber hit a van carrying judges in Peshawar on Wednesday, killing the driver.

            The army stepped up its operation in the hills, where militants had long hidden, and the government launched a National Action Plan against them.
            """,
            published: "2017-02-15")
        #expect(f.perpetrators.isEmpty)
    }

    /// A claim for attacks in other cities than this attack's is no claim for this one.
    @Test func aClaimForAttacksElsewhereIsNotThisAttacks() {
        let f = facts(
            """
            A suicide bomber hit a van carrying judges in Peshawar on Wednesday, killing the driver.

            Police in Peshawar said the van was hit near the court. Jamaat-ul-Ahrar has claimed two bombings in Lahore and Quetta.
            """, published: "2017-02-15")
        #expect(f.location.city == "Peshawar")
        #expect(f.perpetrators.isEmpty)
        let here = facts(
            """
            A suicide bomber hit a van carrying judges in Peshawar on Wednesday, killing the driver.

            Jamaat-ul-Ahrar has claimed the attack in Peshawar.
            """, published: "2017-02-15")
        #expect(here.perpetrators.map(\.name) == ["Jamaat-ul-Ahrar"])
    }

    /// A city is named as English news names it: "Marawi City" is Marawi.
    @Test func aCityByItsEnglishName() {
        let f = facts(
            "A bomb went off during Mass in a gym in Marawi City on Sunday, killing four.", published: "2023-12-03")
        #expect(f.location.city == "Marawi")
    }

    /// A district capital below the population cut, listed as a town that recurs in attack
    /// reporting, is a city with its region and its place on the map.
    @Test func aListedDistrictTown() {
        let f = facts(
            "A suicide bomber blew himself up at a checkpoint in Saidu Sharif on Saturday, killing ten.",
            published: "2010-03-13")
        #expect(f.location.city == "Saidu Sharif")
        #expect(f.location.region == "Khyber Pakhtunkhwa")
        #expect(Geography.position(of: "Saidu Sharif", in: "Pakistan") != nil)
    }

    @Test func inspiredByIsNotAPerpetrator() {
        let f = facts(
            "A gunman who said he was inspired by the Islamic State opened fire in a bar in Orlando on Sunday, killing 49 people.",
            published: "2016-06-12")
        #expect(f.perpetrators.isEmpty)
    }

    /// The context reaches the group across the words that describe it, across its alias in
    /// brackets, and to the same group named again in the sentence.
    @Test(arguments: [
        "A gunman who sympathized with the militant group al-Shabaab shot dead four people in Oxa on Monday.",
        "The men who stabbed three people in Oxa on Monday were Islamists inspired by Islamic State (ISIS).",
        "\"He was close to IS,\" police said of the gunman who killed four in Oxa on Monday, meaning the Islamic State group.",
        "Militants with ties to al-Qaeda attacked a hotel in Oxa on Monday, killing four guests.",
    ])
    func contextGroupsAreNoPerpetrators(sentence: String) {
        #expect(facts(sentence, published: "2019-03-05").perpetrators.isEmpty)
    }

    /// "The bombers were linked to X" ties the attackers themselves to the group.
    @Test func attackersLinkedToAGroup() {
        let f = facts(
            "Police said the four bombers who attacked a church in Oxa on Sunday were linked to Jemaah Islamiyah (JI).",
            published: "2019-03-05")
        #expect(f.perpetrators.map(\.name) == ["Jemaah Islamiyah"])
    }

    /// Investigators who tie something of the attack to a group suspect it; a group "linked to"
    /// another is only its ally.
    @Test func somethingOfTheAttackTiedToAGroup() {
        let f = facts(
            """
            A car bomb killed 21 cadets at a police academy in Bogota on Thursday.

            The minister said investigators had tied the driver and the car to the ELN, which is linked to no other group.
            """, published: "2019-01-18")
        #expect(f.perpetrators.map(\.name) == ["National Liberation Army"])
        #expect(f.perpetrators.first?.role == "suspected")
        let ally = facts(
            "Gunmen from Ansar Dine, a group linked to al-Qaeda, stormed a hotel in Bamako on Friday, killing 20.",
            published: "2015-11-21")
        #expect(!ally.perpetrators.map(\.name).contains("Al-Qaeda"))
    }

    /// House styles that write acronyms as words ("Isis", "Isis-K"); officials "suspicious of"
    /// a group suspect it; the group it is "an affiliate of" is context.
    @Test func acronymsWrittenAsWordsAndSuspicion() {
        let f = facts(
            """
            Two blasts killed 13 people outside the airport in Kabul on Thursday.

            Officials said they were suspicious of Isis-K, an affiliate of Isis.
            """, published: "2021-08-27")
        #expect(f.perpetrators.map(\.name) == ["Islamic State Khorasan Province"])
        #expect(f.perpetrators.first?.role == "suspected")
        let isil = facts(
            "Isil claimed the bombing that killed 30 people in Baghdad on Monday.", published: "2016-07-05")
        #expect(isil.perpetrators.map(\.name) == ["Islamic State"])
    }

    @Test func suspectedGroup() {
        let f = facts(
            "Officials said al-Shabaab was suspected of carrying out the bombing in Mogadishu on Saturday that killed 20 people.",
            published: "2019-12-29")
        #expect(f.perpetrators.first?.role == "suspected")
    }

    @Test func historyRecallsEarlierAttackWithGroup() {
        let f = facts(
            """
            Militants attacked the police office in Karachi on Friday, killing four people.

            In 2011, Tehreek-e-Taliban Pakistan militants attacked the PNS Mehran naval base in Karachi, killing 10 security personnel.
            """, published: "2023-02-18")
        let recalled = f.history.first { $0.year == 2011 }
        #expect(recalled?.place == "Karachi")
        #expect(recalled?.perpetrator == "Tehreek-e-Taliban Pakistan")
        #expect(recalled?.killed == 10)
        #expect(recalled?.what?.contains("PNS Mehran") == true)
        #expect(f.killed?.best == 4)
    }

    /// "al-Shabaab" is the Somali group, except in Mozambique, where Cabo Delgado's insurgents
    /// (the Islamic State's Mozambique Province) go by that name.
    @Test(arguments: [
        (
            "Al-Shabaab militants beheaded 20 villagers in Cabo Delgado province, Mozambique, on Friday.",
            "Islamic State Mozambique Province"
        ),
        ("Al-Shabaab militants stormed a hotel in Mogadishu, Somalia, on Friday, killing 20 people.", "Al-Shabaab"),
        ("Al-Shabaab militants stormed a hotel on Friday, killing 20 people.", "Al-Shabaab"),
    ])
    func alShabaabInMozambique(sentence: String, group: String) {
        #expect(facts(sentence, published: "2020-11-09").perpetrators.first?.name == group)
    }

    @Test func anniversaryIsNotAnIncident() {
        let f = facts(
            """
            Families in Peshawar gathered on Monday to mark the tenth anniversary of the school attack.

            In 2014, gunmen stormed the Army Public School, killing more than 140 people, most of them children.
            """, published: "2024-12-16")
        #expect(f.isIncident == false)
        #expect(f.history.contains { $0.year == 2014 })
    }

    /// An attack on a commemoration tells the killing first; a tribute tells the anniversary.
    @Test func anAttackOnACommemorationIsAnIncident() {
        let attack = facts(
            """
            Two bombs killed 40 people near a shrine in Oxa on Friday as crowds gathered to mark the anniversary of a cleric's death.

            Officials said 40 people had been killed and 60 wounded when the bombs went off among the mourners.
            """, published: "2021-03-06")
        #expect(attack.isIncident == true)
        #expect(attack.killed?.best == 40)
        let tribute = facts(
            """
            Oxa paid tributes on Friday to the 40 people who lost their lives in the market blasts ten years ago.
            """, published: "2021-03-06")
        #expect(tribute.isIncident == false)
    }

    @Test func courtStoryIsNotAnIncident() {
        let f = facts(
            """
            A court in Nairobi on Wednesday sentenced three men convicted of helping plan the 2015 university attack.

            The judge said the trial had shown that the men supplied the gunmen with weapons.
            """, published: "2019-06-20")
        #expect(f.isIncident == false)
    }

    /// A government's measure after an attack (the death penalty restored, a moratorium
    /// lifted) is the news; the attack is its background.
    @Test func aMeasureTakenAfterAnAttackIsNotAnIncident() {
        let f = facts(
            """
            The interior minister lifted a moratorium on the death penalty on Thursday, a day after gunmen attacked a college in Oxa, killing 40 students.

            The cabinet approved the decision at an emergency meeting, a spokesman said.
            """, published: "2019-06-20")
        #expect(f.isIncident == false)
    }

    @Test func attackAtACourtIsStillAnIncident() {
        let f = facts(
            """
            A gunman opened fire outside a court in Lahore on Friday, killing three people, police said.

            The judge hearing a murder trial inside was unhurt.
            """, published: "2019-03-16")
        #expect(f.isIncident)
    }

    @Test func comparisonWithAnOldAttackIsStillAnIncident() {
        let f = facts(
            """
            Gunmen killed 12 people at a market in Lahore on Friday.

            It was the deadliest attack in the city since a park bombing three years ago, police said.
            """, published: "2019-03-16")
        #expect(f.isIncident)
        #expect(f.killed?.best == 12)
    }

    /// "The bombings, like those in 2002, were the work of X": the aside likens this attack to
    /// an earlier one; the rest of the sentence is about this attack and names its group.
    @Test func anAsideLikeningAnOldAttackLeavesTheRestCurrent() {
        let f = facts(
            """
            Bombs exploded at two restaurants in Jimbaran on Saturday, killing 20 diners.

            The bombings, like those in 2002, were the work of Jemaah Islamiyah, police said.
            """, published: "2005-10-03")
        #expect(f.perpetrators.map(\.name) == ["Jemaah Islamiyah"])
        #expect(f.killed?.best == 20)
    }

    @Test func allCapsWireText() {
        let f = facts(
            "KABUL, 1 JUN 17 (SITREP) -- A TRUCK BOMB EXPLODED IN KABUL'S DIPLOMATIC QUARTER YESTERDAY, KILLING 90 PEOPLE AND WOUNDING 400."
        )
        #expect(f.killed?.best == 90)
        #expect(f.injured?.best == 400)
        #expect(f.location.city == "Kabul")
        #expect(f.weapons.contains { $0.category == "explosives" })
    }

    @Test func weaponsAndAttackType() {
        let f = facts(
            "A man drove a truck into a crowd on the promenade in Nice on Thursday night, killing 84 people.",
            published: "2016-07-15")
        #expect(f.weapons.map(\.category).contains("vehicle"))
        #expect(f.attackType == "vehicle ramming")
    }

    /// The JSON has the contract's fields, at the contract's places, with its types and values
    /// (docs/facts-spec.md).
    @Test func jsonFollowsTheContract() throws {
        let f = facts(
            "Gunmen killed four people in Karachi on Friday. Police blamed the Tehreek-e-Taliban Pakistan.",
            published: "2023-02-18")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(f.json().serialized().utf8)) as? [String: Any])
        #expect(json["file"] as? String == "test.txt")
        #expect(json["published"] as? String == "2023-02-18")
        #expect(json["is_incident"] as? Bool == true)
        #expect(json["date"] as? String == "2023-02-17")
        let location = try #require(json["location"] as? [String: Any])
        #expect(Set(location.keys) == ["site", "city", "region", "country"])
        #expect(location["city"] as? String == "Karachi" && location["country"] as? String == "Pakistan")
        let killed = try #require(json["killed"] as? [String: Any])
        #expect(killed["best"] as? Int == 4 && killed["stated"] as? [Int] == [4])
        let attackers = try #require(json["attackers"] as? [String: Any])
        #expect(Set(attackers.keys) == ["count", "killed"])
        let group = try #require((json["perpetrators"] as? [[String: Any]])?.first)
        #expect(group["name"] as? String == "Tehreek-e-Taliban Pakistan")
        #expect(group["role"] as? String == "named" && group["aliases"] is [String])
        #expect(group["attributed_by"] as? String == "police")
        for key in ["weapons", "history", "warnings"] { #expect(json[key] is [Any], "\(key)") }
        for key in ["attack_type", "target_type", "suicide", "claimed_by", "duration", "injured", "title", "summary"] {
            #expect(json.keys.contains(key), "\(key)")
        }
        #expect((json["evidence"] as? [String: Any])?["killed"] is [[String: Any]])
    }
}

/// "150 kilometers south of the capital, Dushanbe": the capital is where distance is measured
/// from, the apposition comma included.
@Suite struct ReferencePointTests {
    @Test func aCapitalSetOffByACommaIsAReferencePoint() {
        let tokens = Tokenizer.tokens(of: "in the district of Oxa, 150 kilometers south of the capital, Dushanbe.")
        let at = tokens.firstIndex { $0.text == "Dushanbe" }!
        #expect(PlaceExtractor.isReferencePoint(tokens, before: at))
        let plain = Tokenizer.tokens(of: "a bomb exploded in the capital, Dushanbe.")
        #expect(!PlaceExtractor.isReferencePoint(plain, before: plain.firstIndex { $0.text == "Dushanbe" }!))
    }
}

/// Place names that do not say where: whose people or building were hit, a street named after
/// a city; and a capital named by its country.
@Suite struct PlaceModifierTests {
    @Test func whosePeopleAreNotWhere() {
        let f = facts(
            """
            A car bomb killed 7 US soldiers and 20 Malians outside Bamako airport on Friday, US officials said.

            The US Embassy told US citizens to stay indoors. The blast hit a checkpoint in Mali's capital.
            """, published: "2019-05-11")
        #expect(f.location.country == "Mali")
        #expect(f.location.city == "Bamako")
    }

    /// "US and Malian officials": the first of two countries before one noun is whose officials
    /// too, not where.
    @Test func twoCountriesBeforeOneNounAreWhosePeople() {
        let f = facts(
            """
            US and Malian officials said a car bomb killed 9 people at a market on Friday.

            US and Malian officials blamed jihadists. US and Malian officials said the market, in Gao, was shut.
            """, published: "2019-05-11")
        #expect(f.location.country == "Mali")
        #expect(f.location.city == "Gao")
    }

    /// "the provinces of Ayacucho and Cusco" names regions, though cities share their names;
    /// and a dateline's city named nowhere else in the story is the bureau, not the place.
    @Test func provincesAndBureausAreNotTheCity() {
        let f = facts(
            """
            LIMA (Reuters) - Rebels ambushed an army patrol near a river crossing in the province of Huancavelica on Tuesday, killing seven soldiers.

            The army has fought rebels for years in the provinces of Junin, Ayacucho and Cusco.
            """, published: "2012-04-14")
        #expect(f.location.country == "Peru")
        #expect(f.location.city == nil)
        #expect(f.location.region == "Huancavelica")
        // With no other region named, the dateline's city is where the story happened.
        let local = facts(
            """
            LIMA (Reuters) - Gunmen attacked a bank on Tuesday, killing two guards, the police of Peru said.
            """, published: "2012-04-14")
        #expect(local.location.city == "Lima")
    }

    @Test func aStreetNamedAfterACityIsNotThatCity() {
        let f = facts(
            """
            A car bomb killed 12 people at a bus stop on Damascus Street on Tuesday.

            Damascus Street, a busy road in Beirut, has seen many attacks.
            """, published: "2013-07-10")
        #expect(f.location.city == "Beirut")
        #expect(f.location.country == "Lebanon")
    }

    @Test func theCountrysCapitalIsTheCapitalCity() {
        let f = facts(
            "Gunmen attacked a hotel in the Iraqi capital on Wednesday, killing 16 people.", published: "2010-06-10")
        #expect(f.location.city == "Baghdad")
        #expect(f.location.country == "Iraq")
    }

    @Test func anEmbassysCityInAStatementIsWhereTheSpeakerIs() {
        let f = facts(
            """
            Attackers rammed a car into a group of hikers near the town of Oxa in southern Ruritania on Sunday, killing four.

            A statement from the French Embassy in Ura said two of the dead were French citizens.
            """, published: "2018-07-30")
        #expect(f.location.city != "Ura")
        let tokens = Tokenizer.tokens(of: "The embassy in Ura said the victims were tourists.")
        #expect(PlaceExtractor.isSpeakersSeat(tokens, before: 3))
        let attacked = Tokenizer.tokens(of: "Gunmen stormed the embassy in Ura, killing two guards.")
        #expect(!PlaceExtractor.isSpeakersSeat(attacked, before: 5))
    }

    @Test func whereSomeoneSpokeIsNotWhere() {
        let tokens = Tokenizer.tokens(of: "Speaking at a news conference in Ura, the minister condemned the attack.")
        #expect(PlaceExtractor.isSpeakersSeat(tokens, before: tokens.firstIndex { $0.text == "Ura" }!))
        let visit = Tokenizer.tokens(of: "The president visited the site of the attack in Ura on Monday.")
        #expect(!PlaceExtractor.isSpeakersSeat(visit, before: visit.firstIndex { $0.text == "Ura" }!))
    }

    @Test func aPlaceBeforeAColonIsADateline() {
        let f = facts(
            """
            Cusco : Eleven soldiers died when rebels ambushed a patrol near Ayacucho on Friday.
            """, published: "2012-04-14")
        #expect(f.location.city == "Ayacucho")
        #expect(f.location.country == "Peru")
    }

    @Test func theEndsOfARouteAreNotWhereOnIt() {
        let f = facts(
            """
            A bomb derailed a night train travelling from Madrid to Barcelona near the town of Oxa on Monday, injuring 30 people.

            Rail traffic between Madrid and Barcelona was stopped for the day.
            """, published: "2010-03-02")
        #expect(f.location.city == "Oxa")
    }

    /// Where a train was heading, and where it came from, are not where it was bombed: named
    /// only so, neither is the city.
    @Test func aDestinationIsNotThePlace() {
        let f = facts(
            """
            An express train heading to Barcelona from Madrid came off the rails on Monday after a bomb exploded under a carriage, injuring 30 people.

            A ferry bound for Valencia was searched too.
            """, published: "2010-03-02")
        #expect(f.location.country == "Spain")
        #expect(f.location.city == nil)
        let named = facts(
            """
            An express train heading to Barcelona came off the rails on Monday after a bomb exploded in a tunnel in Madrid, injuring 30 people.
            """, published: "2010-03-02")
        #expect(named.location.city == "Madrid")
    }
}

/// A town the gazetteer lacks, introduced beside the city it lies near, is where the attack was,
/// even when the story names the city more often.
@Suite struct TownBesideItsCityTests {
    @Test func theTownWinsOverTheCityItIsIntroducedBy() {
        let f = facts(
            """
            Gunmen shot dead two aid workers on Sunday near the town of Tabarko, an hour's drive from Niamey, \
            officials in Niamey said.

            The governor of Niamey condemned the killing, and the bodies were flown to Niamey.
            """, published: "2020-08-10")
        #expect(f.location.city == "Tabarko")
        #expect(f.location.country == "Niger")
    }

    @Test func aTownNamedOnlyAsWhereSuspectsCameFromDoesNot() {
        let f = facts(
            """
            A bomb exploded at a market in Niamey on Sunday, killing six people, police in Niamey said.

            Police said the two suspects came from the village of Tabarko.
            """, published: "2020-08-10")
        #expect(f.location.city == "Niamey")
    }
}
