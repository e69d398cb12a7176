import Testing

@testable import IncidentFacts

/// An attack of the same days recalled inside a sentence about this one ("came four days
/// after ...", "in the wake of ..."), and a name set off by commas inside a recalled clause.
@Suite struct RecalledClauseTests {
    @Test func cameDaysAfterAnotherAttack() {
        let f = facts(
            """
            Two car bombs killed 9 people outside a hotel in Sfax on Saturday.

            The explosions came only three days after a bombing at a bus station in the capital, Tunis, killed 17 people.
            """, published: "2016-04-17")
        #expect(f.killed?.best == 9)
        #expect(f.killed?.stated == [9])
        #expect(f.history.count == 1)
        #expect(f.history.first?.year == 2016)
        #expect(f.history.first?.place == "Tunis")
        #expect(f.history.first?.killed == 17)
    }

    /// "exactly four years after twin blasts in Mumbai": an attack that many years back; "came
    /// ... and less than a week after": the time before "after" tells which attack was earlier.
    @Test func yearsAfterAndAWeekAfterAnotherAttack() {
        let years = facts(
            """
            Two bombs killed 30 people at a park in Pune on Saturday evening, exactly four years after twin blasts in Mumbai killed 52 people.
            """, published: "2007-08-26")
        #expect(years.killed?.best == 30)
        #expect(years.history.count == 1)
        #expect(years.history.first?.year == 2003)
        #expect(years.history.first?.place == "Mumbai")
        let week = facts(
            """
            A gunman killed six people at a cinema in Leeds on Saturday, police said.

            The shooting came as the city prepared for a festival, and less than a week after a gunman killed four people at a market in Bristol.
            """, published: "2019-08-04")
        #expect(week.history.count == 1)
        #expect(week.history.first?.place == "Bristol")
        #expect(week.history.first?.year == 2019)
    }

    @Test func inTheWakeOfANamedAttack() {
        let f = facts(
            """
            Gunmen attacked a police station in Mombasa on Tuesday, killing four officers.

            Police had stepped up patrols in the wake of the Garissa university attack, which killed 148 people.
            """, published: "2015-04-22")
        #expect(f.killed?.best == 4)
        #expect(f.history.first?.killed == 148)
    }

    /// "in the wake of the attack" is this attack; what someone said is no attack.
    @Test func thisAttackAndSpeechAreNotRecalled() {
        let f = facts(
            """
            A bomb killed six soldiers at a checkpoint near Quetta on Monday.

            Security was tightened in the wake of the attack. The blast came hours after the governor warned of attacks.
            """, published: "2018-03-06")
        #expect(f.killed?.best == 6)
        #expect(f.history.isEmpty)
    }

    /// "after Monday's bombing in Kano": a day's attack in another place than the one reported.
    @Test func anotherPlacesAttackOfADayIsRecalled() {
        let f = facts(
            """
            Gunmen killed 12 people at a market in Maiduguri on Thursday, as the city mourned after Monday's bombing in Kano.
            """, published: "2015-06-12")
        #expect(f.date == SimpleDate(iso: "2015-06-11"))
        #expect(f.location.city == "Maiduguri")
        #expect(f.history.first?.place == "Kano")
        // The same day's attack in the place reported is this attack, told again.
        let same = facts(
            """
            Rescuers searched the rubble in Kano on Wednesday after Monday's bombing in Kano, which killed 30 people.
            """, published: "2015-06-11")
        #expect(same.date == SimpleDate(iso: "2015-06-08"))
        #expect(same.history.isEmpty)
    }

    /// "similar to those used in ...": a comparison recalls other attacks, with their dates.
    @Test func aComparisonRecallsAnotherAttack() {
        let f = facts(
            """
            A homemade bomb partly exploded on a crowded tram in Oxa on Friday morning, injuring 22 people.

            The device was similar to those used in the failed attacks on the Oxa metro on 3 March 2009, police said.
            """)
        #expect(f.date?.iso != "2009-03-03")
        let dated = facts(
            """
            A homemade bomb partly exploded on a crowded tram in Oxa on Friday morning, injuring 22 people.

            The device was similar to those used in the failed attacks on the Oxa metro on 3 March 2009, police said.
            """, published: "2017-09-16")
        #expect(dated.date?.iso == "2017-09-15")
        #expect(dated.history.first?.year == 2009)
    }

    @Test func aNameSetOffByCommasStaysInTheRecalledClause() {
        let f = facts(
            """
            A suicide bomber killed 11 people at a wedding in Oxa on Friday.

            It was the worst attack in the country since 2009, when bombers in the port city, Ura, killed 30 people.
            """, published: "2014-05-10")
        #expect(f.killed?.stated == [11])
        #expect(f.history.first?.year == 2009)
        #expect(f.history.first?.killed == 30)
    }

    /// "came amid ... and just four days after": words between "came" and "after" may tell
    /// more than the timing when a count of days leads to "after".
    @Test func cameAmidAlertsAndDaysAfter() {
        let f = facts(
            """
            Bombs killed 20 people at a hotel in Oxa on Friday night.

            The blasts came amid security alerts and just three days after bombings in Ura killed 34 people.
            """, published: "2014-05-10")
        #expect(f.killed?.stated == [20])
        #expect(f.history.first?.place == "Ura")
        #expect(f.history.first?.killed == 34)
    }

    /// "a police station killed 33": the police named as a place are no one who fired, so the
    /// 33 are victims.
    @Test func aPoliceStationIsNoShooter() {
        let f = facts(
            """
            A bomb killed nine people at a bus station in Ura on Monday.

            In 2007, suicide strikes against the offices of the governor in Oxa and a police station killed 33.
            """, published: "2014-05-10")
        #expect(f.history.first?.killed == 33)
    }

    /// "Suspicion fell on X, the group responsible for ...": the group is suspected of this
    /// attack, and the apposition recalls what it did before, with its year or how long ago.
    @Test func aGroupsEarlierDeedInAnApposition() {
        let f = facts(
            """
            A bomb hidden in a bag exploded at a cafe in Oxa on Friday, killing six people.

            Suspicion fell on the Real IRA, the group responsible for the suicide bombing of a market in Ura in 2009 that killed 30 people.
            """, published: "2014-05-10")
        #expect(f.perpetrators.map(\.name) == ["Real Irish Republican Army"])
        #expect(f.perpetrators.first?.role == "suspected")
        #expect(f.killed?.best == 6)
        #expect(f.attackType == "bombing")
        #expect(f.history.first?.year == 2009)
        #expect(f.history.first?.perpetrator == "Real Irish Republican Army")
        let ago = facts(
            """
            A bomb hidden in a bag exploded at a cafe in Oxa on Friday, killing six people.

            Suspicion fell on the Real IRA, the group responsible for the bombing of a market in Ura three years ago.
            """, published: "2014-05-10")
        #expect(ago.perpetrators.first?.role == "suspected")
        #expect(ago.history.first?.year == 2011)
    }
}

/// A newspaper named for a day is not a day; an earlier day's attack that only wounded people
/// is still another attack.
@Suite struct DayNamedNewspaperTests {
    @Test func theSundayTimesIsNotSunday() {
        let f = facts(
            """
            Two guards were shot dead at a depot in Oxa on Saturday night.

            The Sunday Times said the gunmen had waited in a car outside the gate.
            """, published: "2019-06-03")
        #expect(f.date == SimpleDate(iso: "2019-06-01"))
        #expect(f.killed?.best == 2)
    }

    @Test func anEarlierDaysWoundingIsAnotherAttack() {
        let f = facts(
            """
            A bomb attack early on 7 December killed eight people in a market in Cauca and injured 42.

            On 4 December the rebels injured 11 soldiers when they threw a grenade at a truck.
            """, published: "2013-12-08")
        #expect(f.injured?.best == 42)
        #expect(f.injured?.stated == [42])
    }
}

/// The day of a statement, of a byline or of another event in the sentence is not the attack's.
@Suite struct StatementDateTests {
    @Test func aStatementsDayIsNotTheAttacks() {
        let f = facts(
            """
            Gunmen killed four cyclists on a road near Oxa on Sunday.

            In a statement on Tuesday, the ministry blamed an opposition party for the attack.
            """, published: "2018-07-31")
        #expect(f.date == SimpleDate(iso: "2018-07-29"))
    }

    @Test func theDayNearestTheAttackWins() {
        let f = facts(
            "A radio station tonight took a call claiming the murder last night of two guards shot dead in Oxa.",
            published: "2009-03-08")
        #expect(f.date == SimpleDate(iso: "2009-03-07"))
    }

    @Test func aSpeakersDayIsAStatement() {
        #expect(DateExpressions.datesAStatement(Tokenizer.tokens(of: "police said on Friday"), at: 3))
        #expect(DateExpressions.datesAStatement(Tokenizer.tokens(of: "Speaking earlier today"), at: 2))
        #expect(!DateExpressions.datesAStatement(Tokenizer.tokens(of: "gunmen attacked on Friday"), at: 3))
    }

    @Test func aBylineIsNotTheAttacksDay() {
        let f = facts(
            """
            Written by Staff on Friday, May 2, 2014

            A car bomb killed 19 people at a bus park in Oxa on Thursday night.
            """, published: "2014-05-02")
        #expect(f.date == SimpleDate(iso: "2014-05-01"))
    }

    /// "There had been a grenade attack ... an hour before": the past perfect tells an attack
    /// before the story's, of its year; "There had been no attacks" tells none (guard).
    @Test func anAttackToldInThePastPerfect() {
        func report(_ recall: String) -> FactSheet {
            facts(
                """
                Seven bombs tore through commuter trains in Delhi on Tuesday evening, killing 60 people.

                \(recall) Police rushed to the stations as the trains were evacuated.
                """, published: "2011-07-12")
        }
        let earlier = report("There had been a grenade attack on a bus in Delhi an hour before.")
        #expect(earlier.history.count == 1)
        #expect(earlier.history.first?.year == 2011)
        #expect(earlier.killed?.best == 60)
        #expect(report("There had been no attacks on the trains for years.").history.isEmpty)
    }
}
