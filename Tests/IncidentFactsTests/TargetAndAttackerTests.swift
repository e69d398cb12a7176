import Testing

@testable import IncidentFacts

/// What was attacked and by how many: each family on sentences written for the test.
@Suite struct TargetAndAttackerTests {
    @Test(arguments: [
        ("A judge was shot dead outside his home in Peshawar on Monday.", "government"),
        ("Gunmen ambushed a provincial governor's convoy near Kandahar on Monday, killing him.", "government"),
        ("A journalist was killed by a parcel bomb at his flat in Belgrade on Monday.", "media"),
        ("A bomb exploded on a crowded ferry near Manila on Monday, killing 20 passengers.", "transport"),
        ("Gunmen set fire to a casino in Monterrey on Monday, killing 30 gamblers.", "business"),
        ("A grenade was thrown at a bus stop in Jammu on Monday, injuring nine.", "civilians"),
        ("A suicide bomber struck an election rally in Quetta on Monday, killing 20.", "civilians"),
        // Students among the dead are people; a school is the site that makes it education.
        ("A car bomb hit a busy junction in Oxa on Monday, killing 20 people, among them many students.", "civilians"),
        ("Gunmen stormed a boarding school in Ura on Monday, killing 12 pupils.", "education"),
        ("Car bombs exploded at three housing compounds in Oxa on Monday, killing 20.", "civilians"),
        // A motor park is where buses and taxis leave from, as a bus station is.
        ("A car bomb ripped through a crowded motor park in Ura on Monday, killing 20 people.", "transport"),
        // Spies are government; aid workers' clinics are "other"; missionaries are religious.
        ("A suicide bomber rammed an intelligence agency convoy in Oxa on Monday, killing 6 officers.", "government"),
        ("Gunmen set fire to an Ebola treatment centre in Ura on Monday, killing a nurse.", "other"),
        ("Gunmen kidnapped 12 missionaries on a road outside Oxa on Monday.", "religious"),
        ("Pirates hijacked a tugboat off Ura on Monday and took its crew hostage.", "transport"),
        ("Two bombs went off among mourners at a memorial ceremony in Oxa on Monday, killing 30.", "civilians"),
        ("A suicide bomber struck families in the park in Ura on Monday, killing 30.", "civilians"),
        ("A bomb went off in a busy shopping street in Oxa on Monday, killing six.", "civilians"),
        // A leader killed is the government attacked, whatever else the parade had.
        (
            "A mine blew up under the stand at a military parade in Oxa on Monday, killing President Arman Tosk.",
            "government"
        ),
    ])
    func targetIsWhatWasHit(sentence: String, target: String) {
        #expect(facts(sentence, published: "2019-03-05").targetType == target)
    }

    @Test func officialsWhoOnlySpeakAreNotTheTarget() {
        let f = facts(
            """
            A car bomb exploded outside a crowded market in Mosul on Monday, killing nine people.

            The governor said security would be tightened, and the minister condemned the attack.
            """, published: "2019-03-05")
        #expect(f.targetType == "civilians")
    }

    /// A minister, an official or a president is the target only when the harm is told of them,
    /// near their name; one who speaks ("said Interior Minister ...") is not.
    @Test func speakersBesideTheDeadAreNotTheTarget() {
        let f = facts(
            """
            Four people were shot dead and nine wounded outside a cinema in Oxa on Monday, police said.

            The gunman, shot dead by officers within minutes, had a previous conviction, said Interior Minister Arno Vell.

            Officials say two of the wounded were in a critical condition.
            """, published: "2019-03-05")
        #expect(f.targetType == "civilians")
        let official = facts(
            """
            A senior official was shot dead outside his office in Oxa on Monday, police said.
            """, published: "2019-03-05")
        #expect(official.targetType == "government")
    }

    /// A car park is no park.
    @Test func aCarParkIsNoPark() {
        let f = facts(
            """
            A car bomb went off in a car park in Oxa on Monday. Nobody was hurt.
            """, published: "2019-03-05")
        #expect(f.targetType != "civilians")
    }

    /// An embassy or a police force that only speaks, in a sentence that tells no attack, is
    /// not what was attacked.
    @Test func institutionsThatOnlySpeakAreNotTheTarget() {
        let f = facts(
            """
            A car bomb exploded outside a crowded market in Mosul on Monday, killing nine people.

            A statement from the Danish embassy in Baghdad said two of the dead were Danish citizens.

            The embassy also told its nationals to stay at home, and the consulate in Erbil said it would close.
            """, published: "2019-03-05")
        #expect(f.targetType == "civilians")
    }

    /// A police compound is the target whatever building in it was hit, also when an outlet's
    /// name and a time stamp open the page; "police officers" among the victims is no police
    /// office.
    @Test func aPoliceCompoundBehindClutter() {
        let f = facts(
            """
            Ura Times

            10:42 - March 5, 2019

            Blast Hits Mosque in Oxa

            A suicide bomber blew himself up in the mosque inside the police headquarters in Oxa on Monday, killing 30 worshippers at prayers.

            The mosque was packed for afternoon prayers when the bomb went off.
            """, published: "2019-03-05")
        #expect(f.targetType == "police")
        let market = facts(
            """
            Three men stabbed shoppers at a crowded market in Oxa on Monday, killing five people.

            The dead included two police officers who tried to stop the attackers.
            """, published: "2019-03-05")
        #expect(market.targetType == "civilians")
    }

    /// A place the lead names for its tourists, or tourists alone said to be aimed at, make
    /// tourists the target; a crowd of tourists and locals stays civilians.
    @Test(arguments: [
        ("A bomb tore through a busy tourist restaurant in Oxa on Monday, killing eight diners.", "tourists"),
        ("Two bombs hit beach bars popular with foreign tourists in Ura on Monday, killing 11 people.", "tourists"),
        ("A van ploughed into a market packed with tourists and locals in Oxa on Monday, killing 12.", "civilians"),
        ("A bomb exploded at a cafe in Ura on Monday, killing four people.", "civilians"),
        ("Bombs struck two restaurants in the tourist areas of Oxa on Monday, killing nine people.", "tourists"),
        ("A grenade was thrown into a bar in Ura, a tourist centre, on Monday, killing two people.", "tourists"),
    ])
    func touristsAimedAt(sentence: String, target: String) {
        #expect(facts(sentence, published: "2019-03-05").targetType == target)
    }

    /// The lead is the story's first sentences, however many lines of headline, standfirst and
    /// byline come before them.
    @Test func theLeadStartsAfterTheHeadlineAndByline() {
        let story = facts(
            """
            Eight dead as bombs rock Oxa seafront

            Dozens hurt in blasts at busy eateries

            Police hunt for the men behind the attack

            By Staff Writers

            OXA — Two bombs went off almost together at crowded restaurants along the seafront on Monday evening, killing eight people.

            The bombers, police said, had picked places aimed at foreign tourists in the high season.

            A restaurant owner said the blast threw tables into the street.
            """, published: "2019-03-05")
        #expect(story.targetType == "tourists")
    }

    /// A tourist spot where soldiers were killed: the soldiers were the target.
    @Test func soldiersAtATouristSpotAreTheTarget() {
        let story = facts(
            "A truck ploughed into a group of soldiers at a well-known tourist spot in Oxa on Monday, killing three soldiers.",
            published: "2019-03-05")
        #expect(story.targetType == "military")
    }

    /// A count in the lead and a smaller one later ("four of them struck the cafe") is the
    /// whole and a part: the lead's figure. A larger later figure is a disagreement.
    @Test func aLaterSmallerCountIsAPart() {
        let parts = facts(
            """
            Ten gunmen attacked a hotel, a station and a cafe in Oxa on Monday night, killing 60 people.

            At around 10 pm, four gunmen stormed the cafe and opened fire on diners.
            """, published: "2019-03-05")
        #expect(parts.attackers.count == 10)
        let more = facts(
            """
            Four gunmen attacked a hotel, a station and a cafe in Oxa on Monday night, killing 60 people.

            Police later said ten gunmen had taken part in the assault.
            """, published: "2019-03-05")
        #expect(more.attackers.count == nil)
        #expect(more.warnings.contains { $0.hasPrefix("attackers:") })
    }

    /// "Five gunmen were killed and one was captured alive": six in all, five dead. A witness's
    /// "five to seven gunmen" holds that count; alone, a range gives its low end.
    @Test func theDeadAndTheTakenAlive() {
        let f = facts(
            """
            Gunmen seized a restaurant in Oxa on Monday night, killing 12 diners.

            A witness said he saw five to seven gunmen run inside. Five gunmen were killed and one was captured alive, the army said.
            """, published: "2019-03-05")
        #expect(f.attackers.count == 6)
        #expect(f.attackers.killed == 5)
        let range = facts(
            "Five or six attackers set fire to a casino in Oxa on Monday, killing 30 people.", published: "2019-03-05")
        #expect(range.attackers.count == 5)
    }

    /// "Soldiers shot three of the raiders and a fourth blew himself up": four, all dead;
    /// "and a third was arrested": three, two dead.
    @Test func attackersToldOneByOne() {
        let f = facts(
            """
            Gunmen stormed a hotel in Oxa on Monday, killing nine guests.

            Soldiers shot three of the raiders dead and a fourth blew himself up in the lobby, the army said.
            """, published: "2019-03-05")
        #expect(f.attackers.count == 4)
        #expect(f.attackers.killed == 4)
        let caught = facts(
            """
            Gunmen stormed a hotel in Oxa on Monday, killing nine guests.

            Police shot dead two of the gunmen and a third was arrested as he fled.
            """, published: "2019-03-05")
        #expect(caught.attackers.count == 3)
        #expect(caught.attackers.killed == 2)
    }

    /// Bombers among the dead of what the story calls suicide bombings were all the bombers;
    /// of a plain bombing, or when one bomber was caught, they need not be.
    @Test func bombersAmongTheDeadOfSuicideBombings() {
        let suicide = facts(
            """
            Suicide bombings at three hotels in Oxa killed dozens of guests on Monday night.

            Officials said 31 people are dead, including 20 guests and 11 suspected bombers.
            """, published: "2019-03-05")
        #expect(suicide.attackers.count == 11)
        #expect(suicide.attackers.killed == 11)
        let caught = facts(
            """
            Suicide bombings at three hotels in Oxa killed dozens of guests on Monday night.

            Officials said 31 people are dead, including 20 guests and 11 suspected bombers. A twelfth bomber was arrested.
            """, published: "2019-03-05")
        #expect(caught.attackers.count == nil)
        let plain = facts(
            """
            Bombs at three hotels in Oxa killed dozens of guests on Monday night.

            Officials said 31 people are dead, including 20 guests and 11 suspected bombers.
            """, published: "2019-03-05")
        #expect(plain.attackers.count == nil)
    }

    @Test func peopleKilledWithoutANamedSiteAreCivilians() {
        let f = facts("A bomb went off in Kirkuk on Monday, killing six people.", published: "2019-03-05")
        #expect(f.targetType == "civilians")
    }

    @Test(arguments: [
        ("A lone 19-year-old gunman opened fire in a mosque in Oslo on Monday, wounding one man.", 1),
        ("A Tamil suicide bomber blew himself up at a rally in Colombo on Monday, killing eight.", 1),
        ("At least five gunmen stormed a hotel in Kabul on Monday, killing three guests.", 5),
        ("Oxa: A gunman carrying a shotgun shot dead nine shoppers at a market on Monday.", 1),
        ("The raiders, numbering about six, burned the depot in Ura on Monday and killed two guards.", 6),
        ("A suicide truck bomber hit the gate of the barracks in Oxa on Monday, killing six soldiers.", 1),
        ("Two car bombers struck the checkpoints of Ura on Monday, killing five police officers.", 2),
        ("A terrorist rammed a van into a bus queue in Oxa on Monday, killing four people.", 1),
        ("Officials said a lone perpetrator set off a bomb at a bus stop in Ura on Monday, killing three people.", 1),
        // Attackers without an attacker noun: armed men, a family, a group.
        ("At least eight young men armed with pistols attacked a cafe in Oxa on Monday, killing four diners.", 8),
        ("Five men stormed a bank in Ura on Monday and shot dead two guards.", 5),
        ("A family of five carried out the bombings of two churches in Ura on Sunday, killing nine worshippers.", 5),
        ("A group of four gunmen attacked a bank in Oxa on Monday, killing two guards.", 4),
    ])
    func attackerCounts(sentence: String, count: Int) {
        #expect(facts(sentence, published: "2019-03-05").attackers.count == count)
    }

    /// "one bomber" picks one out of the bombers the story names in the plural; alone, it is
    /// a lone attacker. "three suspected bombers" counts them, hedged.
    @Test func oneAttackerPickedOutOfSeveral() {
        let several = facts(
            """
            Bombs tore through two cafes in Ura on Saturday, killing 20 diners. Police showed photographs of the three suspected suicide bombers. A security camera recorded one bomber walking into the first cafe.
            """, published: "2019-03-05")
        #expect(several.attackers.count == 3)
        let lone = facts(
            "Police said one gunman opened fire on worshippers at a mosque in Ura on Friday, killing six.",
            published: "2019-03-05")
        #expect(lone.attackers.count == 1)
    }

    /// "the perpetrator" is whoever did it, said before anyone knows how many they were.
    @Test func thePerpetratorInGeneralCountsNobody() {
        let f = facts(
            "Two blasts hit a crowd in Ura on Monday, killing 40 people. The president vowed to punish the perpetrator.",
            published: "2019-03-05")
        #expect(f.attackers.count == nil)
    }

    /// Twin, double or triple suicide bombings: one bomber each, all dead, unless a figure or a
    /// failed bomber says otherwise.
    @Test(arguments: [
        ("Twin suicide bombings tore through a crowded square in Oxa on Monday, killing 30 people.", 2, 2),
        ("A triple suicide attack hit three churches in Ura on Sunday, killing 14 worshippers.", 3, 3),
        ("Back-to-back suicide blasts killed 12 people at a bus station in Oxa on Monday.", 2, 2),
    ])
    func pairedSuicideAttacks(sentence: String, count: Int, died: Int) {
        let f = facts(sentence, published: "2019-03-05")
        #expect(f.attackers.count == count)
        #expect(f.attackers.killed == died)
    }

    @Test func pairedSuicideAttacksGiveWayToAFigure() {
        let f = facts(
            """
            Twin suicide bombings tore through a crowded square in Oxa on Monday, killing 30 people.

            Police said four suicide bombers had taken part, two of whom detonated their vests.
            """, published: "2019-03-05")
        #expect(f.attackers.count == 4)
    }

    /// A vehicle driven into a crowd by "the driver", no attackers counted otherwise: one; with
    /// attackers named in the plural, no count from the driver.
    @Test func theDriverOfARammingIsOneAttacker() {
        let lone = facts(
            """
            A lorry ploughed into a crowded market in Oxa on Monday evening, killing 12 people.

            Witnesses said the driver steered into the stalls on purpose.
            """, published: "2016-12-20")
        #expect(lone.attackers.count == 1)
        let several = facts(
            """
            A van ploughed into pedestrians on a bridge in Ura on Saturday, killing eight people.

            The driver and two other attackers then ran into a market with knives; the attackers were shot dead.
            """, published: "2017-06-04")
        #expect(several.attackers.count != 1)
    }

    /// Bombers of an earlier attack, dated by its day before this one, do not count here.
    @Test func bombersOfAnEarlierDayAreNotThisAttacks() {
        let f = facts(
            """
            A suicide bomber killed seven soldiers at a base near Colombo on Sunday.

            On October 22, the rebels used boats manned by suicide bombers to target two ships off the coast.
            """, published: "2008-12-29")
        #expect(f.attackers.count == 1)
    }

    @Test func attackersStatedOnlyAsDead() {
        let f = facts(
            """
            Gunmen attacked a police post in Tank on Monday, killing two officers.

            All four attackers were killed in the gunfight that followed, police said.
            """, published: "2019-03-05")
        #expect(f.attackers.count == 4)
        #expect(f.attackers.killed == 4)
    }

    /// Suicide bombers said to have died are all there were; unless one is said to have been
    /// caught. Suspects arrested afterwards are helpers, not a failed bomber.
    @Test func deadSuicideBombersAreAllTheBombers() {
        let f = facts(
            """
            Blasts hit three hotels in Oxa on Friday night, killing 20 people.

            The minister said seven suicide bombers were also among the dead.
            """, published: "2019-03-05")
        #expect(f.attackers.count == 7)
        #expect(f.attackers.killed == 7)
        let caught = facts(
            """
            Blasts hit three hotels in Oxa on Friday night, killing 20 people.

            The minister said seven suicide bombers were also among the dead. An eighth bomber was arrested.
            """, published: "2019-03-05")
        #expect(caught.attackers.count == nil)
        let helpers = facts(
            """
            Blasts hit three hotels in Oxa on Friday night, killing 20 people.

            The minister said seven suicide bombers were also among the dead, and two suspects were arrested.
            """, published: "2019-03-05")
        #expect(helpers.attackers.count == 7)
    }

    /// "thousands of suicide bombers" in a sentence about the movement says nothing of how many
    /// struck here: the lone bomber of the story is the count.
    @Test func attackersInThousandsAreAMovementNotACount() {
        let f = facts(
            """
            A suicide bomber blew himself up at a checkpoint in Oxa on Saturday, killing 12 people.

            The group claims to have trained thousands of suicide bombers in its camps.
            """, published: "2019-03-05")
        #expect(f.attackers.count == 1)
    }

    /// Would-be attackers caught before they could act took no part; attackers shot before they
    /// could go further did (guard).
    @Test func attackersCaughtBeforeActingAreNotCounted() {
        let f = facts(
            """
            Attackers struck a hotel and a cafe in Oxa on Friday night, killing 20 people, police said.

            Officers sealed off the district. Rescue teams worked through the night.

            Hospitals in the city appealed for blood donors.

            Five gunmen took part in the assault on the hotel, officials said.

            Two bombers were arrested before they could reach their targets, police said.
            """, published: "2019-03-09")
        #expect(f.attackers.count == 5)
        let shot = facts(
            """
            Police shot dead two gunmen before they could enter the concert hall in Oxa on Friday night, officials said.
            """, published: "2019-03-09")
        #expect(shot.attackers.killed == 2)
    }

    /// A witness who saw one person leave the bomb names one attacker, when nothing else counts
    /// them; a man among the victims is none (guard).
    @Test func onePersonSeenPlacingTheBomb() {
        let f = facts(
            """
            A car bomb exploded outside a bank in Oxa on Tuesday, killing eight people, police said.

            "I saw a man park the car and hurry off," one witness said. Another said a man left a bag beside the car and walked away just before it exploded.
            """, published: "2019-03-05")
        #expect(f.attackers.count == 1)
        let victim = facts(
            """
            A car bomb exploded outside a bank in Oxa on Tuesday, killing a man and his daughter, police said.
            """, published: "2019-03-05")
        #expect(victim.attackers.count == nil)
    }

    @Test func someAttackersDeadIsNoCount() {
        let f = facts(
            """
            Gunmen attacked a police post in Tank on Monday, killing two officers.

            Two attackers were killed in the gunfight that followed, police said.
            """, published: "2019-03-05")
        #expect(f.attackers.count == nil)
        #expect(f.attackers.killed == 2)
    }

    @Test(arguments: [
        "A terrorist attack on a bus in Quetta on Monday killed six people.",
        "Terrorist financing networks in Ura were blamed for the bombing on Monday that killed six.",
        "No attackers were seen after the 2006 bombing; a bomb in Quetta on Monday killed six people.",
        "Officials said the blast at the depot in Ura on Monday could have been set off by a suicide bomber.",
        "A bomb hidden in a cart killed six men at a market in Ura on Monday.",
        "Two of the gunmen who stormed the bank in Oxa on Monday were shot dead by police.",
    ])
    func noAttackerCountFromAdjectivesOrYears(sentence: String) {
        #expect(facts(sentence, published: "2019-03-05").attackers.count == nil)
    }

    /// Figures that do not say how many attackers there were: "at least one", a guess or an
    /// unconfirmed report, some of them dead, some of them beside others nobody counted.
    @Test(arguments: [
        "Gunmen killed three diners at a cafe in Oxa on Monday. The mayor said it was the work of at least one gunman.",
        "Gunmen killed three diners at a cafe in Oxa on Monday. A radio station said there were two gunmen, but this has yet to be confirmed.",
        "Gunmen killed three diners at a cafe in Oxa on Monday. Four attackers were believed to have been involved.",
        "Gunmen killed three diners at a cafe in Oxa on Monday. At least two attackers and a guard were later reported killed.",
        "A blast killed six people at a market in Ura on Monday, carried out by two bombers and a number of gunmen.",
        "A suicide bomber blew open the gate of a hotel in Ura on Monday and gunmen stormed in, killing six guests.",
    ])
    func figuresThatAreNoCount(text: String) {
        #expect(facts(text, published: "2019-03-05").attackers.count == nil)
    }
}

/// Where the attack happened, not where the report was filed or what it is near.
@Suite struct AttackPlaceTests {
    @Test func datelineCityOnlyBreaksATie() {
        let f = facts(
            "COLOMBO, Sri Lanka (Reuters) - A suicide bomber killed eight people at a rally in Kandy on Monday.",
            published: "2019-03-05")
        #expect(f.location.city == "Kandy")
    }

    @Test(arguments: [
        ("A car bomb killed a policeman in the town of Zornotza, 20 km east of Bilbao, on Monday.", "Zornotza"),
        ("Gunmen attacked a mosque in the village of Bir al-Hamra in northern Sinai on Friday.", "Bir al-Hamra"),
        ("A bomb hit an army base in Kelaniya, a suburb of the capital Colombo, on Monday.", "Kelaniya"),
        ("Rebels shot dead 12 villagers in Nangade municipality in northern Mozambique on Monday.", "Nangade"),
        ("A car bomb killed a policeman in Galdakao, near Bilbao, on Monday.", "Galdakao"),
        ("Gunmen killed four guards at a depot in Kiambu, outside Nairobi, on Monday.", "Kiambu"),
    ])
    func townsTheGazetteerLacks(sentence: String, town: String) {
        #expect(facts(sentence, published: "2019-03-05").location.city == town)
    }

    /// A city named only as a reference point ("near the Basque city of Bilbao") gives way to
    /// the town the story names, which carries the city's region.
    @Test func aTownBeatsTheCityItIsNear() {
        let f = facts(
            """
            A car bomb exploded on Friday near the Basque city of Bilbao, killing a police officer.

            The bomb went off as he started his car in a parking lot in the town of Zubieta Txiki, officials said.
            """, published: "2009-06-19")
        #expect(f.location.city == "Zubieta Txiki")
        #expect(f.location.region == "Basque Country")
    }

    @Test func aTownCarriesTheRegionOfTheCityBesideIt() {
        let f = facts(
            "A bomb hit an army base in Kelaniya, a suburb of the capital Colombo, on Monday.", published: "2019-03-05")
        #expect(f.location.region == "Western Province")
        #expect(f.location.country == "Sri Lanka")
    }

    @Test func capitalisedWordsAreNotTowns() {
        #expect(
            TownFinder.towns(in: Tokenizer.tokens(of: "In a town of this size, police said, nothing happens.")).isEmpty)
        // A speaker set beside a place is no town: only "in X, near Y" introduces one.
        #expect(TownFinder.towns(in: Tokenizer.tokens(of: "Police Chief Ali, near the scene, said four died.")).isEmpty)
    }
}
