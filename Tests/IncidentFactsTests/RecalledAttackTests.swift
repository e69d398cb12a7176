import Testing

@testable import IncidentFacts

/// Attacks of the same weeks and months that a report recalls become history entries, and
/// their figures stay out of the reported attack's.
@Suite struct RecalledAttackTests {
    /// "the first such attack in more than a decade" says how long it has been, not that the
    /// sentence tells an earlier attack; "a decade ago" does, and its toll is not this one's.
    @Test func howLongSinceIsNotAnEarlierAttack() {
        let f = facts(
            """
            Police said three guards were shot dead outside a barracks in Oxa last night, the first attack on the army in the region for more than a decade.
            """, published: "2010-03-08")
        #expect(f.killed?.best == 3)
        #expect(f.history.isEmpty)
        let past = facts(
            """
            Police said three guards were shot dead outside a barracks in Oxa last night.

            A decade ago, a bomb at the same barracks killed 11 soldiers.
            """, published: "2010-03-08")
        #expect(past.killed?.best == 3)
        #expect(past.killed?.stated.contains(11) == false)
    }

    /// "about two weeks ago", "three weeks ago", "five days ago": earlier attacks of the same
    /// season, whose tolls are not this one's.
    @Test func weeksAgoIsAnEarlierAttack() {
        let f = facts(
            """
            Gunmen killed six worshippers at a church in Oxa on Sunday, officials said.

            Nobody claimed the attack. About two weeks ago, a bomb blast outside a mosque nearby left six people dead.

            Three weeks ago, a bomb at a market in the same town killed four people.
            """, published: "2019-05-12")
        #expect(f.history.count == 2)
        #expect(f.history.allSatisfy { $0.year == 2019 })
        #expect(f.killed?.stated == [6])
    }

    /// Attacks counted in many or told as a trend are a campaign, no one earlier attack; several
    /// attacks of one named day are one coordinated attack (guard).
    @Test func aCampaignIsNoEarlierAttack() {
        let f = facts(
            """
            A bomb tore through a section of the Ura pipeline near Oxa on Tuesday, police said.

            There were more than 60 attacks on the line in 2017, which kept it shut for months.

            The rebels have stepped up attacks since 2016, when they walked out of peace talks.
            """, published: "2018-03-06")
        #expect(f.history.isEmpty)
        let oneDay = facts(
            """
            A bomb tore through a bus in Oxa on Tuesday, police said.

            The device was like those used in three failed attacks on buses in Oxa on March 4, 2011.
            """, published: "2018-03-06")
        #expect(oneDay.history.map(\.year) == [2011])
    }

    /// "last week's arrest": a day that dates something other than an attack recalls none;
    /// "Sunday's deadly twin blasts" does (guard).
    @Test func aDayOfSomethingElseRecallsNoAttack() {
        let f = facts(
            """
            Bombs hit a metro station and the airport in Oxa on Tuesday, killing 30 people, police said.

            An official said the attacks had been planned for months but were brought forward after last week's arrest of a suspect in Paris.
            """, published: "2016-03-22")
        #expect(f.history.isEmpty)
        let blasts = facts(
            """
            Bombs hit a metro station and the airport in Oxa on Tuesday, killing 30 people, police said.

            Last Sunday's deadly twin blasts at a market in Ura killed nine people.
            """, published: "2016-03-22")
        #expect(blasts.history.count == 1)
    }

    /// "marked ten years since another attack": an attack that many years back.
    @Test func yearsSinceAnEarlierAttack() {
        let f = facts(
            """
            A truck bomb killed 40 people at a checkpoint in Oxa on Saturday, officials said.

            The bombing comes two months after the city marked ten years since another terrorist attack killed 20 students at a graduation ceremony.
            """, published: "2019-12-28")
        #expect(f.history.map(\.year) == [2009])
        #expect(f.killed?.best == 40)
    }

    /// A sentence about other attacks, one later ("hours before another shooting in X") and one
    /// earlier ("a week after a gunman killed three in Y"): only the earlier one is recalled.
    @Test func onlyTheAttackBeforeIsRecalled() {
        let f = facts(
            """
            A gunman killed 12 shoppers at a mall in Leeds on Saturday, police said.

            It came hours before another mass shooting in Bristol, and less than a week after a gunman killed three people at a food fair in Cardiff.
            """, published: "2019-08-04")
        #expect(f.history.count == 1)
        #expect(f.history.first?.place == "Cardiff")
        #expect(f.history.first?.killed == 3)
        #expect(f.location.city == "Leeds")
    }

    /// A report with no date whose chronology runs "June 19, 2007, ...; September 29, 2007,
    /// ...; March 3, 2006, ...": each entry is an earlier attack of its own year.
    @Test func aChronologyInAnUndatedReport() {
        let f = facts(
            """
            A roadside bomb killed the deputy governor of Yala and his aide on Friday, police said.

            Officials said the bomb had been hidden in a drain beside the road.

            Other officials killed were as follows. He died of his wounds on December 7; June 19, 2007, a district chief was killed in a roadside bomb blast in Yala; September 29, 2007, an army captain was shot dead in an ambush in Pattani; March 3, 2006, a colonel was killed by a bomb in Narathiwat.
            """)
        #expect(f.history.map(\.year) == [2007, 2007, 2006])
        #expect(f.history.map(\.place) == ["Yala", "Pattani", "Narathiwat"])
        #expect(f.date == nil)
    }

    /// A drone strike or an airstrike recalled by its year is an earlier attack, placed by where
    /// it struck, not by who flew it; the day's own drone attack is not (guard).
    @Test func aDroneStrikeRecalled() {
        let f = facts(
            """
            Two bombs killed 40 mourners near a cemetery in Oxa on Wednesday, officials said.

            The crowd had gathered for the anniversary of the general's death in a 2020 US drone strike.
            """, published: "2024-01-03")
        #expect(f.history.map(\.year) == [2020])
        // The country that flew the drone is not where it struck.
        #expect(f.history.first?.place == nil)
        let today = facts(
            """
            A drone hit a fuel depot in Oxa on Wednesday, killing two guards, officials said.
            """, published: "2024-01-03")
        #expect(today.history.isEmpty)
    }

    /// Two attacks of one year in one city, recalled in paragraphs that name different months
    /// ("In early June, ..." and "In late March, ..."), are two entries, though the June one is
    /// told in the paragraph's second sentence.
    @Test func recallsOfDifferentMonthsAreTwoAttacks() {
        let f = facts(
            """
            A bomb went off on a crowded train in London on Friday morning, injuring 29 people, police said.

            In early June, a van hit pedestrians on a bridge. Its three occupants then carried out a stabbing attack at a nearby market.

            In late March, four people were killed after a car drove into a crowd on a bridge near Parliament and its driver stabbed an officer.
            """, published: "2017-09-15")
        #expect(f.history.count == 2)
        #expect(f.history.allSatisfy { $0.year == 2017 })
    }

    /// A sentence that tells its own attack and its dead, then "barely a day after a suicide
    /// attack outside the city's bus terminal", recalls another attack, in the same city (of no
    /// known year in a report with no date); a follow-up that tells no attack of its own ("Police
    /// arrested two men, a day after a bomb killed 20") recalls none (guard).
    @Test func anotherAttackHoursBefore() {
        let dated = facts(
            """
            At least 11 people died when a suicide bomber blew himself up on a crowded tram in Samara on Monday, barely a day after a suicide attack outside the city's central bus terminal.
            """, published: "2013-12-30")
        #expect(dated.history.map(\.place) == ["Samara"])
        #expect(dated.history.first?.year == 2013)
        #expect(dated.killed?.best == 11)
        let undated = facts(
            """
            At least 11 people died when a suicide bomber blew himself up on a crowded tram in Samara, barely a day after a suicide attack outside the city's central bus terminal.
            """)
        #expect(undated.history.count == 1)
        #expect(undated.history.first?.year == nil)
        let followUp = facts(
            """
            Police arrested two men in Oxa on Tuesday, a day after a bomb killed 20 people at a market in the city.
            """, published: "2013-12-31")
        #expect(followUp.history.isEmpty)
    }

    /// "our correspondent in Oxa says": where the speaker is, not where the recalled attack was.
    @Test func theSpeakersCityIsNotTheRecalledAttacks() {
        let f = facts(
            """
            A suicide bomber killed nine people at a checkpoint in Ura on Saturday, police said.

            Also on Friday, a string of small blasts in the old city caused panic, our correspondent in Oxa says.
            """, published: "2010-03-13")
        #expect(!f.history.contains { $0.place == "Oxa" })
    }

    /// A recalled attack named by its province and its city ("the Sindh provincial capital
    /// Karachi") took place in the city.
    /// Two attacks recalled in one city that year, told by different means (rockets, a
    /// suicide bomber), are two entries; the wounded of the recalled one stay out of this one's.
    @Test func twoRecalledAttacksByDifferentMeans() {
        let f = facts(
            """
            A suicide bomber blew himself up beside a bus of ministry workers in Kabul on Thursday, killing seven people, police said.

            The bombing came two days after four rockets were fired at a residential district of Kabul, wounding at least five people.

            On Sunday, a suicide bomber killed 14 people outside a wedding hall in Kabul.
            """, published: "2019-06-13")
        #expect(f.history.count == 2)
        #expect(f.injured == nil)
        #expect(f.killed?.best == 7)
    }

    /// A report with no date: the paragraph that first tells an attack gives its weekdays; a
    /// later attack dated by another weekday is an earlier one, and the next sentence that names
    /// "the suicide bombing" of it is about it too.
    @Test func anotherWeekdayInAnUndatedReport() {
        let f = facts(
            """
            Several rockets fired from the hills hit a residential district of Oxa on Monday morning, residents said.

            No casualties were reported.

            A suicide bomber struck the crowd at the city's airport on Thursday, killing 40 people. More than 90 other people were wounded in the suicide bombing.
            """)
        #expect(f.killed?.best != 40)
        #expect(f.injured?.best != 90)
        #expect(f.history.count == 1)
        #expect(f.history.first?.year == nil)
        // The same weekday as the report's attack is this attack's.
        let same = facts(
            """
            Several rockets fired from the hills hit a residential district of Oxa on Monday morning, residents said.

            Hospital staff said the rockets fired on Monday killed four people.
            """)
        #expect(same.killed?.best == 4)
        #expect(same.history.isEmpty)
    }

    /// A recalled attack keeps the one day its recall names ("Sunday's attack", in a Tuesday
    /// report), which merging reads.
    @Test func aRecalledAttackKeepsItsDay() {
        let f = facts(
            """
            Gunmen attacked a police academy near the airport in Oxa on Tuesday, killing seven recruits.

            The death toll from Sunday's attack on the airport, meanwhile, has risen to 38.
            """, published: "2014-06-10")
        #expect(f.history.first?.day?.iso == "2014-06-08")
    }

    @Test func theCityBeforeItsProvince() {
        let f = facts(
            """
            A suicide bomber killed five police officers at a checkpoint in Quetta on Thursday.

            The attack came three days after a car bombing hit the Sindh provincial capital Karachi, killing 12 shoppers.
            """, published: "2019-03-08")
        #expect(f.history.map(\.place) == ["Karachi"])
        #expect(f.history.first?.killed == 12)
    }

    /// A toll over years ("killed from 1990 to 2002") and the year of a photo ("pictured in
    /// 2013") are no recalled attack; a string of bombings between two years is.
    @Test func tollsOverYearsAndPhotoYears() {
        let f = facts(
            """
            A roadside bomb killed six soldiers near Ayacucho on Thursday.

            Nearly 40,000 people were killed from 1990 to 2002 in the rebels' war on the state.
            """, published: "2008-10-10")
        #expect(f.history.isEmpty)
        let photo = facts(
            """
            Bombers struck a stadium in Lyon on Friday, killing 30 people.

            President Ana Ruiz (pictured in 2013) was at the stadium during the attacks.
            """, published: "2022-11-13")
        #expect(photo.history.isEmpty)
        let wave = facts(
            """
            A bomb exploded on a busy street in Ankara on Sunday, killing four people.

            Turkey was hit by a string of bombings between 2015 and 2017 by militant groups.
            """, published: "2022-11-13")
        #expect(wave.history.map(\.year) == [2015])
    }

    /// A city's name that opens a person's ("a Paris Hilton party") is not where the recalled
    /// attack was; a site named after its city ("Brussels Airport") still places it.
    @Test func aCityInAPersonsNameIsNoPlace() {
        let f = facts(
            """
            A gunman killed three people at a nightclub in Oxa on Saturday.

            In March 2016, a suicide bomber killed 12 people at a Paris Hilton party at Brussels Airport.
            """, published: "2017-06-04")
        #expect(f.history.map(\.place) == ["Brussels"])
    }

    /// One sentence may recall two attacks, each with its own day: two entries. A day that
    /// only goes on with the same attack ("and on Tuesday the army searched") makes none.
    @Test func twoRecalledAttacksInOneSentence() {
        let f = facts(
            """
            A suicide bomber killed four soldiers on an army bus in Kabul on Thursday.

            On Tuesday, bombers killed six people in similar attacks on two buses in the city, and on Sunday nine people died when rockets struck the airport.
            """, published: "2014-10-02")
        #expect(f.history.count == 2)
        #expect(f.history.map(\.killed) == [6, 9])
        let one = facts(
            """
            A suicide bomber killed four soldiers on an army bus in Kabul on Thursday.

            On Tuesday, bombers killed six people in similar attacks on two buses in the city, and on Wednesday police searched the houses nearby.
            """, published: "2014-10-02")
        #expect(one.history.count == 1)
    }

    /// A nationality in a recalled attack's sentence tells who spoke or helped, not where it
    /// was; "the Iraqi capital" names the city.
    @Test func nationalitiesAreNotTheRecalledPlace() {
        let f = facts(
            """
            A bomb damaged a pipeline near Mosul on Monday, killing two guards.

            Spanish engineers who rebuilt the line after the 2016 bombing of the pipeline said repairs would take weeks.
            """, published: "2019-01-18")
        #expect(f.history.count == 1)
        #expect(f.history.first?.year == 2016)
        #expect(f.history.first?.place == nil)
        let capital = facts(
            """
            A suicide bomber killed 20 people at a market in Mosul on Monday.

            The last such attack in the Iraqi capital, in 2018, killed 35 people.
            """, published: "2021-01-21")
        #expect(capital.history.first?.place == "Baghdad")
    }

    /// Hostage-takings, massacres, beheadings and downed planes of earlier years are attacks
    /// recalled too.
    @Test(arguments: [
        "In May 2009, about 20 gunmen held a hospital in Oxa, taking dozens of hostages.",
        "In 2011, militants massacred villagers near Oxa.",
        "In 2015, a bomb downed a passenger plane over the desert.",
        "In 2014, the group beheaded two aid workers it had kidnapped.",
        "In 2012, rebels torched a market in Oxa.",
    ])
    func moreWaysToTellAnEarlierAttack(sentence: String) {
        let f = facts(
            "Gunmen shot dead four guards at a bank in Oxa on Monday.\n\n" + sentence, published: "2019-03-05")
        #expect(f.history.count == 1)
        #expect(f.killed?.best == 4)
    }

    /// "a similar attack" puts the sentence in the past; the month it names gives the year.
    @Test func aSimilarAttackLastSeptember() {
        let f = facts(
            """
            Rockets hit the airport in Oxa on Monday evening, killing one contractor.

            Last September, the airport was the target of a similar attack.
            """, published: "2021-02-16")
        #expect(f.history.count == 1)
        #expect(f.history.first?.year == 2020)
    }

    /// "late last year", "three years ago": the year counted back from this attack's; not from
    /// a sentence that tells this attack's day too, nor for a wave of attacks.
    @Test func yearsCountedBack() {
        let lastYear = facts(
            """
            A suicide bomber killed 20 worshippers at a shrine in Oxa on Thursday.

            The bombing is reminiscent of an attack on another shrine in Ura late last year.
            """, published: "2017-02-17")
        #expect(lastYear.history.map { $0.year } == [2016])
        let yearsAgo = facts(
            """
            Gunmen killed four guards at a hotel in Oxa on Monday.

            The town's tourism had only begun to recover from bombings three years ago that killed 40 people.
            """, published: "2005-10-03")
        #expect(yearsAgo.history.map { $0.year } == [2002])
        #expect(yearsAgo.killed?.best == 4)
        let wave = facts(
            """
            Gunmen killed four guards at a hotel in Oxa on Monday.

            An army offensive set off a wave of attacks late last year, killing hundreds.
            """, published: "2010-03-13")
        #expect(wave.history.isEmpty)
    }

    /// The dateline names the bureau, not the place of an attack the lead recalls.
    @Test func theDatelineIsNotTheRecalledPlace() {
        let f = facts(
            """
            JAKARTA, Indonesia - A court has upheld the sentences of two men convicted over bombings that killed 90 people on the island of Bali six years ago.
            """, published: "2008-11-09")
        #expect(f.history.first?.year == 2002)
        #expect(f.history.first?.place == "Bali")
    }

    /// Past violence that is no one attack: a battle between armed men, the start of an
    /// insurgency, a street named after another city.
    @Test(arguments: [
        "Last month the square was the scene of a fierce battle between troops and rebels, in which 13 people were killed.",
        "Rebels attacked pilgrims several times after they launched an insurgency in the hills in 1989.",
        "Guards said foreign agencies had warned last week of the possibility of an attack on the market.",
        "Before leaving on Sunday for a summit in Ura, the president spoke of a \"cowardly attack\".",
    ])
    func noSingleEarlierAttack(sentence: String) {
        let f = facts(
            "A bomb killed six people near the market in Oxa on Tuesday.\n\n" + sentence, published: "2006-06-13")
        #expect(f.history.isEmpty)
    }

    @Test func aStreetNamedForACityIsNotThatCity() {
        let f = facts(
            """
            A car bomb killed 47 people near a police station in Baghdad on Tuesday.

            In March, a bomb on Haifa Street killed eight people.
            """, published: "2004-09-15")
        #expect(f.history.count == 1)
        #expect(f.history.first?.place != "Haifa")
    }

    /// "a boy born in 2012" is a birth year: the sentence still tells this attack.
    @Test func aBirthYearIsNoEarlierAttack() {
        let f = facts(
            """
            Gunmen fired at a car near the border village of Oxa on Thursday, wounding a girl born in 2013 and killing the driver.

            Officials said later the death toll rose to two, as a farmer born in 1958 died of his wounds.
            """, published: "2023-03-02")
        #expect(f.history.isEmpty)
        #expect(f.killed?.best == 2)
        #expect(f.injured?.best == 1)
    }

    /// A sentence pointing back to the attack the one before recalled ("The latter ...") is
    /// about it too; so is one that opens "Separately, ...".
    @Test func sentencesPointingBackToARecalledAttack() {
        let f = facts(
            """
            Pirates hijacked a tug off Oxa on Saturday and took its ten crew hostage, the navy said.

            The group wants a ransom. Its attacks have included the bombing of a ferry in 2004 and a market in 2009. The latter attack killed 30 people.
            """, published: "2016-03-28")
        #expect(f.killed == nil)
        let separately = facts(
            """
            Pirates hijacked a tug off Oxa on Saturday and took its ten crew hostage, the navy said.

            Separately, a bomb killed 12 people at a market in Ura.
            """, published: "2016-03-28")
        #expect(separately.killed == nil)
    }

    /// A city and the region it lies in, recalled in two sentences, are one attack.
    @Test func aCityAndItsRegionAreOneRecalledAttack() {
        #expect(HistoryExtractor.samePlace("Kuta", "Bali"))
        #expect(!HistoryExtractor.samePlace("Kuta", "Java"))
    }

    @Test func earlierMonthWithEarlyOrLate() {
        let f = facts(
            """
            A bomb exploded on a train in London on Friday, injuring 29 people.

            In late March, a car was driven into pedestrians on a bridge in Westminster, killing five.
            """, published: "2017-09-16")
        #expect(f.injured?.best == 29)
        #expect(f.killed == nil)
        #expect(f.history.count == 1)
        #expect(f.history.first?.year == 2017)
        #expect(f.history.first?.killed == 5)
    }

    /// "Ura was also hit by an attack that killed 6 people in October, when ...": the month
    /// closes a clause that runs from the sentence's start, so its figures are that attack's.
    @Test func aMonthClosingTheOpeningClause() {
        let f = facts(
            """
            A bomb killed 18 people at the train station in Ura on Sunday.

            Ura was also the scene of an attack that killed 6 people and injured 37 in October, when a bomber struck a bus.
            """, published: "2013-12-29")
        #expect(f.killed?.stated == [18])
        #expect(f.history.first?.killed == 6)
        #expect(f.history.first?.year == 2013)
    }

    /// "two years earlier", like "two years ago", dates an earlier attack, and its town is not
    /// where this one happened.
    @Test func yearsEarlierRecallsAnAttack() {
        let f = facts(
            """
            Rebels attacked a police station in Cauca province on Saturday, killing two officers.

            The suspect was also sought for a bomb attack on a police station in Ura two years earlier, police said.
            """, published: "2013-12-08")
        #expect(f.location.city != "Ura")
        #expect(f.history.first?.year == 2011)
        #expect(f.history.first?.place == "Ura")
    }

    /// "In April 2019" in a story of an attack that August: earlier the same year, with the
    /// year written out; a later month of that year is no earlier attack.
    @Test func earlierMonthWithItsYear() {
        let f = facts(
            """
            On 12 August 2019, gunmen stormed a hotel in Ura, killing nine guests.

            In April 2019, three people had been killed in a knife attack at a station in Oxa.
            """, published: "2021-05-02")
        #expect(f.killed?.best == 9)
        #expect(f.history.count == 1)
        #expect(f.history.first?.year == 2019)
        #expect(f.history.first?.killed == 3)
    }

    /// Two earlier attacks in one city and year, at different sites, are two entries; one
    /// attack told twice stays one.
    @Test func twoEarlierAttacksInOneCityAreTwo() {
        let f = facts(
            """
            A bomb killed nine people at a bus station in Lahore on Monday.

            In 2010, gunmen stormed the Oxa shrine in Lahore, killing 40 worshippers.

            Later in 2010, a suicide bomber attacked the Ura market in Lahore, killing 12 shoppers.

            The 2010 attack on the Oxa shrine in Lahore was the city's deadliest that year.
            """, published: "2016-05-10")
        #expect(f.killed?.best == 9)
        #expect(f.history.filter { $0.year == 2010 && $0.place == "Lahore" }.count == 2)
        #expect(Set(f.history.compactMap(\.killed)) == [40, 12])
    }

    /// "arrested on Friday": a weekday tells of the days of this attack; the month that closes
    /// the clause about the earlier one dates it.
    @Test func aMonthClosingTheClauseDatesTheEarlierAttack() {
        let f = facts(
            """
            Two bombs exploded at the central station in Oxa on Tuesday, killing 14 people.

            The blasts came days after police arrested on Friday a wanted man, the last free member of the cell that killed 60 people in gun attacks in Ura in November.
            """, published: "2016-03-22")
        #expect(f.killed?.best == 14)
        #expect(f.history.first?.year == 2015)
        #expect(f.history.first?.killed == 60)
        // A month that closes a sentence with no clause before it dates no attack.
        let truce = facts(
            """
            Two bombs exploded at the central station in Oxa on Tuesday, killing 14 people.

            The group has stepped up attacks on the police since it ended its truce with the government in Ura in November.
            """, published: "2016-03-22")
        #expect(truce.history.isEmpty)
    }

    @Test func earlierMonthWithoutAToll() {
        let f = facts(
            """
            A suicide bomber killed 12 people at a market in Maiduguri on Sunday.

            In early June, a similar bombing targeted a mosque in Konduga.
            """, published: "2019-08-12")
        #expect(f.killed?.best == 12)
        #expect(f.history.map(\.year) == [2019])
    }

    @Test(arguments: [
        "Two days earlier, gunmen killed nine soldiers at a checkpoint in Kirkuk.",
        "Also on Sunday, a roadside bomb killed nine soldiers in Kirkuk.",
        "In other violence, a roadside bomb killed nine soldiers in Kirkuk.",
    ])
    func sentenceOpeningOnAnotherAttack(second: String) {
        let f = facts(
            "A car bomb killed 21 people at a police station in Baghdad on Sunday.\n\n\(second)",
            published: "2019-08-12")
        #expect(f.killed?.best == 21)
        #expect(f.history.count == 1)
        #expect(f.history.first?.place == "Kirkuk")
    }

    @Test func aFollowUpDatesItsOwnAttackWithADayAfter() {
        let f = facts(
            "Families mourned on Thursday, a day after a truck bomb exploded in Kabul, killing 90 people.",
            published: "2017-06-01")
        #expect(f.killed?.best == 90)
        #expect(f.history.isEmpty)
    }

    @Test func theGroupOfTheStoryAndTheSiteItAttacked() {
        let f = facts(
            """
            Gunmen stormed a police office in Quetta on Friday, killing six officers. The Tehreek-e-Taliban \
            Pakistan claimed the attack.

            In 2016, the militant group attacked Shah Noorani - a crowded Sufi shrine near Khuzdar - \
            killing 70 people.
            """, published: "2023-03-04")
        #expect(f.history.count == 1)
        #expect(f.history.first?.year == 2016)
        #expect(f.history.first?.what == "Shah Noorani")
        #expect(f.history.first?.perpetrator == "Tehreek-e-Taliban Pakistan")
        #expect(f.history.first?.killed == 70)
    }

    /// A report with no date tells its own attack by weekday; a month it names alone, past its
    /// opening paragraphs, is an earlier attack whose year the text does not give.
    @Test func anUndatedReportRecallsByMonthAlone() {
        let f = facts(
            """
            Gunmen stormed a hotel in Kismayo on Friday, killing nine guests.

            Security forces surrounded the building.

            The siege went on into the night, officials said.

            In August, the same group laid siege to a restaurant in Mogadishu, killing 20 diners.
            """)
        #expect(f.killed?.best == 9)
        #expect(f.history.count == 1)
        #expect(f.history.first?.year == nil)
        #expect(f.history.first?.place == "Mogadishu")
        #expect(f.history.first?.killed == 20)
    }

    /// In a report's opening paragraphs a month may be its own attack's.
    @Test func anUndatedLeadKeepsItsMonth() {
        let f = facts("In August, gunmen stormed a hotel in Kismayo, killing nine guests.")
        #expect(f.killed?.best == 9)
        #expect(f.history.isEmpty)
    }

    /// "a July suicide bombing in the town of ...": the month names an earlier attack, and its
    /// town is not the reported attack's place.
    @Test func aMonthBeforeAnAttackWord() {
        let f = facts(
            """
            Twin blasts tore through a peace rally in Ankara on Saturday, killing 95 people.

            Officials said the attack resembled a July suicide bombing in the town of Suruc near the border.
            """, published: "2015-10-12")
        #expect(f.location.city == "Ankara")
        #expect(f.history.count == 1)
        #expect(f.history.first?.year == 2015)
        #expect(f.history.first?.place?.hasPrefix("Suru") == true)
    }

    /// "who carried out a bombing in the town of Ura in July, which killed 30": the clause the
    /// month closes runs back to the attack it tells, though no comma opens it.
    @Test func aClosingMonthReachesBackToItsAttack() {
        let f = facts(
            """
            Twin blasts tore through a peace rally in Ankara on Saturday, killing 95 people.

            Police questioned the brother of a man who carried out a bombing in the town of Suruc in July, which killed 33 people.
            """, published: "2015-10-12")
        #expect(f.killed?.best == 95)
        #expect(f.history.first?.year == 2015)
        #expect(f.history.first?.place?.hasPrefix("Suru") == true)
        #expect(f.history.first?.killed == 33)
    }
}
