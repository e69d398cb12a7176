import Testing

@testable import IncidentFacts

/// More of the cases the extraction issue lists, each on sentences written for the test.
@Suite struct MoreExtractionTests {
    @Test func ambiguousCityFollowsTheStory() {
        let sindh = facts(
            "A bomb exploded near a bus stop in Hyderabad, Sindh, on Monday, killing three people, Pakistani police said.",
            published: "2019-03-05")
        #expect(sindh.location.city == "Hyderabad")
        #expect(sindh.location.country == "Pakistan")
        let telangana = facts(
            "Two bombs exploded at a market in Hyderabad, Telangana, on Monday, killing 17 people, Indian police said.",
            published: "2013-02-22")
        #expect(telangana.location.country == "India")
    }

    @Test func newspaperNamesAreNotPlaces() {
        let f = facts(
            "Gunmen killed 12 people at a market in Quetta on Friday, The Washington Post reported, citing the Times of India.",
            published: "2019-03-16")
        #expect(f.location.country == "Pakistan")
        #expect(f.location.city == "Quetta")
    }

    @Test func lateWeekdayAndPossessiveCountry() {
        let f = facts(
            "Gunmen stormed a hotel in Afghanistan's capital Kabul late Thursday, killing five guests.",
            published: "2018-01-20")
        #expect(f.date?.iso == "2018-01-18")
        #expect(f.location.country == "Afghanistan")
        #expect(f.location.city == "Kabul")
    }

    @Test(arguments: [
        ("Nearly 40 people were killed in the blast at the market in Quetta on Friday.", 40, "nearly"),
        ("Up to 12 people were injured in the blast at the market in Quetta on Friday.", 12, "up to"),
    ])
    func hedges(sentence: String, value: Int, hedge: String) {
        let f = facts(sentence, published: "2020-02-15")
        let c = f.killed ?? f.injured
        #expect(c?.best == value)
        #expect(c?.qualifier == hedge)
    }

    @Test func oneBlewHimselfUp() {
        let f = facts(
            """
            Three attackers stormed the compound in Karachi on Friday, killing four people.

            One attacker blew himself up and the other two were shot dead by commandos.
            """, published: "2023-02-18")
        #expect(f.attackers.count == 3)
        #expect(f.suicide == true)
    }

    @Test func claimedNamedAndSuspectedRoles() {
        let claimed = facts(
            "Jaish-e-Mohammed claimed responsibility for the suicide bombing of a police convoy in Pulwama on Thursday that killed 40.",
            published: "2019-02-15")
        #expect(claimed.perpetrators.first?.role == "claimed")
        let named = facts(
            "Police said gunmen from Lashkar-e-Taiba attacked the hotel in Mumbai on Wednesday, killing 20 people.",
            published: "2008-11-27")
        #expect(named.perpetrators.first?.role == "named")
    }

    @Test func splinterGroupClaimsNotItsParent() {
        let f = facts(
            "Jamaat-ul-Ahrar, a splinter group of the Pakistani Taliban, claimed the bombing of a park in Lahore on Sunday that killed 70 people.",
            published: "2016-03-28")
        #expect(f.claimedBy == "Jamaat-ul-Ahrar")
    }

    @Test func vehicleBombIsExplosivesAndRammingIsVehicle() {
        let bomb = facts(
            "A suicide bomber drove an explosives-laden car into a police convoy in Pulwama on Thursday, killing 40 officers.",
            published: "2019-02-15")
        #expect(bomb.attackType == "suicide bombing")
        #expect(bomb.weapons.map(\.category).contains("explosives"))
        let ram = facts(
            "A man drove a van into pedestrians on a busy street in Barcelona on Thursday, killing 13 people.",
            published: "2017-08-18")
        #expect(ram.attackType == "vehicle ramming")
        #expect(ram.weapons.map(\.category) == ["vehicle"])
    }

    @Test func targetTypes() {
        #expect(
            facts(
                "A suicide bomber struck a mosque inside the police lines in Peshawar on Monday, killing 84 people, most of them police officers.",
                published: "2023-01-31"
            ).targetType == "police")
        #expect(
            facts(
                "Gunmen stormed a school in Peshawar on Tuesday and killed 141 people, most of them students.",
                published: "2014-12-17"
            ).targetType == "education")
        #expect(
            facts(
                "Bombs exploded at three churches in Colombo on Sunday during Easter services, killing 250 worshippers.",
                published: "2019-04-22"
            ).targetType == "religious")
    }

    @Test func curlyQuotesAndDashesAreRead() {
        let f = facts(
            "Police said “at least 12 people” were killed — and 30 wounded — when a bomb went off in a market in Kabul on Friday.",
            published: "2020-02-15")
        #expect(f.killed?.best == 12)
        #expect(f.injured?.best == 30)
    }

    @Test func photoCaptionsAndClutterAreSkipped() {
        let f = facts(
            """
            Advertisement

            Photo: Rescue workers at the site of the blast. (Photo by a staff photographer)

            A car bomb exploded outside a hotel in Mogadishu on Saturday, killing nine people and wounding 20, police said.

            Share this article
            """, published: "2019-07-14")
        #expect(f.killed?.best == 9)
        #expect(f.injured?.best == 20)
        #expect(f.location.city == "Mogadishu")
    }

    @Test func everyFactHasEvidence() {
        let f = facts(
            "Gunmen from al-Shabaab stormed a hotel in Nairobi on Tuesday, killing 21 people and wounding 28.",
            published: "2019-01-16")
        for field in ["date", "location", "perpetrators", "killed", "injured", "weapons"] {
            #expect(f.evidence[field]?.first?.paragraph == 1, "no evidence for \(field)")
        }
    }

    /// Every brief's headline follows one pattern: site or place, kind of attack, toll.
    @Test func oneHeadlineStyle() {
        var f = FactSheet(file: "x.txt")
        f.attackType = "armed assault"
        f.location = Location(site: "Oxa Police Office", city: "Oxa", country: "Pakistan")
        f.killed = Casualties(best: 4, stated: [4])
        f.injured = Casualties(best: 19, stated: [19])
        #expect(SummaryComposer.title(for: f) == "Oxa Police Office attack: 4 killed, 19 injured")
        f.location.site = "Ura airport"
        f.injured = Casualties(best: 0, stated: [0])
        #expect(SummaryComposer.title(for: f) == "Ura airport attack in Oxa: 4 killed")
        f.location = Location(country: "Uralia")
        f.attackType = "siege/hostage"
        f.killed = Casualties(best: 30, stated: [30], qualifier: "at least")
        #expect(SummaryComposer.title(for: f) == "Uralia siege: at least 30 killed")
        f.location = Location()
        f.attackType = nil
        f.killed = nil
        f.injured = nil
        #expect(SummaryComposer.title(for: f) == "Attack")
    }
}
