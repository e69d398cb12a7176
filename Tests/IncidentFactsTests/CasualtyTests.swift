import Testing

@testable import IncidentFacts

@Suite struct CasualtyTests {
    @Test(arguments: [
        ("Four people were killed and 19 were injured in the attack on the market in Lahore.", 4, 19),
        ("The explosion killed at least 14 people and wounded more than 30 in Peshawar.", 14, 30),
        ("Twenty-one people died and a dozen were hurt when a bomb went off in Kabul.", 21, 12),
        ("The blast in Quetta left 1,204 people injured and 70 dead.", 70, 1204),
        // People named by a plural no word list holds: any such noun before "were killed".
        ("Three visiting hikers were killed and two climbers were hurt when gunmen opened fire in Gilgit.", 3, 2),
        ("Five Dutch skaters have been killed and six spectators injured by a car bomb in Kabul.", 5, 6),
        // "another", "a further" between the verb and the figure.
        ("A bomb killed 12 worshippers at a shrine in Oxa, wounding another 40, most of them pilgrims.", 12, 40),
        ("Gunmen killed four guards at a bank in Ura and injured a further nine.", 4, 9),
        // Taken to hospital: wounded.
        (
            "Gunmen killed six people on a bridge in Oxa. At least 30 people have been taken to hospital, medics said.",
            6, 30
        ),
        // A loss of people: "we lost 20 of our soldiers".
        (
            "\"We lost 20 of our soldiers,\" the general said after the raid on the camp near Oxa, where 7 were hurt.",
            20, 7
        ),
    ])
    func figuresAndHedges(sentence: String, killed: Int, injured: Int) {
        let f = facts(sentence, published: "2020-01-10")
        #expect(f.killed?.best == killed)
        #expect(f.injured?.best == injured)
    }

    /// Things are not counted as casualties: "four cars were damaged" says nothing of people.
    @Test func aPluralBeforeAnotherVerbIsNoToll() {
        let f = facts(
            "Four cars were damaged and two shops were burned when a bomb exploded in Kabul.", published: "2020-01-10")
        #expect(f.killed == nil)
        #expect(f.injured == nil)
        // The cause, not the victims: "rockets killed a child", "shells have wounded".
        let active = facts(
            "Two rockets killed a child in Kabul, and three shells have wounded a guard.", published: "2020-01-10")
        #expect(active.killed?.stated.contains(2) != true)
        #expect(active.injured?.stated.contains(3) != true)
        // A loss of things is no toll.
        let vehicles = facts(
            "The army lost four trucks in the ambush near Gao, officials said.", published: "2020-01-10")
        #expect(vehicles.killed == nil)
    }

    @Test func hedgeIsKept() {
        let f = facts(
            "A suicide bomber killed at least 14 people at a mosque in Peshawar on Friday.", published: "2022-03-04")
        #expect(f.killed?.best == 14)
        #expect(f.killed?.qualifier == "at least")
    }

    @Test func moreThanTwoDozen() {
        let f = facts(
            "More than two dozen people were killed when gunmen attacked a bus in Karachi.", published: "2015-05-13")
        #expect(f.killed?.best == 24)
        #expect(f.killed?.qualifier == "more than")
    }

    @Test func vagueAmountHasNoNumber() {
        let f = facts(
            "A bomb exploded near a police station in Kabul on Monday, and dozens were wounded.",
            published: "2020-01-06")
        #expect(f.injured?.best == nil)
        #expect(f.injured?.approx == "dozens")
    }

    @Test func listsAreSummed() {
        let f = facts(
            "Gunmen stormed the compound in Karachi; one civilian, two rangers and two cops were killed.",
            published: "2023-02-18")
        #expect(f.killed?.best == 5)
    }

    @Test func attackersAreTakenOutOfTotals() {
        let f = facts(
            "Seven people, including three attackers, were killed when gunmen stormed a bank in Lahore.",
            published: "2019-01-01")
        #expect(f.killed?.best == 4)
        #expect(f.attackers.killed == 3)
        let listed = facts(
            "A car bomb and gunfire hit the gate of the embassy in Oxa on Tuesday. Officials said 16 people died, including six guards, four civilians and six attackers.",
            published: "2008-09-17")
        #expect(listed.killed?.best == 10)
        #expect(listed.attackers.killed == 6)
    }

    /// An aside between dashes may hold commas of its own; plain-text wire copy writes the
    /// dash as "--".
    @Test(arguments: [
        "A bomb hit a court in Oxa on Monday. Six people -- including four clerks, two of them women -- were injured.",
        "A bomb hit a court in Oxa on Monday. Six people \u{2014} including four clerks, two of them women \u{2014} were injured.",
        "A bomb hit a court in Oxa on Monday. Six people (including four clerks, two of them women) were injured.",
    ])
    func asidesBetweenDashesAreSkipped(text: String) {
        #expect(facts(text, published: "2019-01-01").injured?.best == 6)
    }

    /// A total that counts the attackers without saying how many they were gives no victims'
    /// toll: a wrong figure costs more than none.
    @Test func aTotalWithUncountedAttackersIsNoToll() {
        let f = facts(
            "Bombs tore through three cafes in Oxa on Saturday. The blasts killed 22 people, including the bombers, and injured 50 others.",
            published: "2005-10-02")
        #expect(f.killed?.best == nil)
        #expect(f.injured?.best == 50)
    }

    /// People by what they were doing when hit: cyclists, passers-by, commuters.
    @Test(arguments: [
        "A car rammed into a group on a road near Oxa on Sunday, killing two cyclists and two hikers.",
        "A bomb hidden in a bin exploded near a bus stop in Oxa on Monday; four passers-by were killed.",
    ])
    func peopleByWhatTheyWereDoingAreVictims(text: String) {
        #expect(facts(text, published: "2018-07-30").killed?.best == 4)
    }

    @Test func attackersKilledAreNotVictims() {
        let f = facts(
            "Two raiders and one guard were killed in the shootout in Karachi on Friday.",
            published: "2023-02-17")
        #expect(f.killed?.best == 1)
        #expect(f.attackers.killed == 2)
    }

    @Test func changingFiguresAreAllKept() {
        let f = facts(
            """
            Police said 18 people were killed in the bombing in Kabul on Tuesday.

            Later, officials said the death toll had risen to 24.
            """, published: "2017-06-01")
        #expect(f.killed?.stated == [18, 24])
        #expect(f.killed?.best == 24)
        #expect(!f.warnings.isEmpty)
    }

    /// What attackers could or meant to do is no toll.
    @Test(arguments: [
        "The gunmen carried enough grenades and ammunition to kill 2,000 people, the minister said.",
        "Police said the cell had planned to kill 300 worshippers at the shrine.",
        "The device was capable of killing hundreds, an expert said.",
    ])
    func capacityOrIntentIsNoToll(sentence: String) {
        let f = facts(
            "Gunmen attacked a hotel in Mombasa on Monday, killing 12 guests. \(sentence)", published: "2019-03-05")
        #expect(f.killed?.best == 12)
        #expect(f.killed?.stated == [12])
    }

    @Test func recalledFiguresDoNotLeak() {
        let f = facts(
            """
            Gunmen attacked a police post in Karachi on Friday, killing two officers.

            In 2014, militants attacked the city's airport, killing 26 people.
            """, published: "2023-02-18")
        #expect(f.killed?.stated == [2])
    }

    @Test func attackersCountedAndAllDied() {
        let f = facts(
            "Three attackers stormed the police office in Karachi on Friday. All three attackers were killed by commandos.",
            published: "2023-02-18")
        #expect(f.attackers.count == 3)
        #expect(f.attackers.killed == 3)
    }

    @Test func numberWords() {
        #expect(NumberReader.value(of: "twenty-one") == 21)
        #expect(NumberReader.value(of: "1,200") == 1200)
        #expect(NumberReader.value(of: "four") == 4)
        #expect(NumberReader.value(of: "lorem") == nil)
    }
}
