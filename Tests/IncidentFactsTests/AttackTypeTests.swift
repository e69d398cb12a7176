import Testing

@testable import IncidentFacts

/// The attack type from what the story says was done, not only from the weapons.
@Suite struct AttackTypeTests {
    /// Rockets and shells that were "fired" and flames "shooting out" are no firearms; guns
    /// that fired still are.
    @Test(arguments: [
        ("Three rockets were fired at an air base near Erbil on Monday, wounding two contractors.", false),
        ("Militants firing mortars hit a market in Oxa on Monday, killing four people.", false),
        ("Someone fired into a crowded bar in Ura on Monday, killing one man.", true),
        ("A car bomb killed two shoppers in Oxa on Monday; video showed flames shooting out of the wreck.", false),
    ])
    func firedRocketsAreNoFirearms(sentence: String, firearms: Bool) {
        let f = facts(sentence, published: "2021-02-16")
        #expect(f.weapons.map(\.category).contains("firearms") == firearms)
    }

    /// An ambush is an armed assault when guns were used or no weapon is named; a roadside
    /// bomb alone stays a bombing. Soldiers among the killed are victims, so the gunfire is
    /// the attackers'.
    @Test(arguments: [
        (
            "Rebels ambushed an army convoy near Oxa with a bomb and gunfire on Thursday, killing 12 soldiers.",
            "armed assault", ["firearms", "explosives"]
        ),
        ("Guerrillas killed nine people in an ambush on a convoy near Ura on Thursday.", "armed assault", []),
        (
            "Militants ambushed a convoy near Oxa on Thursday, setting off a roadside bomb that killed six soldiers.",
            "bombing", ["explosives"]
        ),
    ])
    func ambushes(sentence: String, type: String, weapons: [String]) {
        let f = facts(sentence, published: "2008-10-10")
        #expect(f.attackType == type)
        #expect(f.weapons.map(\.category) == weapons)
    }

    /// Militants who beheaded villagers and burned their homes: an armed assault, not arson.
    @Test func beheadingsAndBurningsAreAnArmedAssault() {
        let f = facts(
            "Militants beheaded 20 villagers and set their huts on fire in a raid near Mueda on Sunday. The attackers torched the school too.",
            published: "2020-11-09")
        #expect(f.attackType == "armed assault")
    }

    /// Villagers beheaded by militants: blades, and an armed assault, not a stabbing; a man
    /// who stabbed passers-by is a stabbing.
    @Test func beheadingsAreAnArmedAssaultWithBlades() {
        let raid = facts(
            "Militants beheaded 20 villagers in a raid on a hamlet near Mueda on Sunday.", published: "2020-11-09")
        #expect(raid.weapons.map(\.category) == ["melee"])
        #expect(raid.attackType == "armed assault")
        let knife = facts("A man stabbed three passers-by on a street in Lyon on Sunday.", published: "2020-11-09")
        #expect(knife.attackType == "stabbing")
    }

    /// Armed men who set a building on fire, with little or no shooting, committed arson; a
    /// massacre by gunfire that ends with a building burned is still an armed assault.
    @Test func aFireSetByGunmenIsArson() {
        let arson = facts(
            """
            Armed men doused the entrance of a nightclub in Leon with petrol on Friday night and set the building on fire, \
            killing 19 people trapped inside. Witnesses said the gunmen fled before the blaze spread.
            """, published: "2019-06-08")
        #expect(arson.attackType == "arson")
        let assault = facts(
            """
            Gunmen opened fire on worshippers at a church in a village near Djibo on Sunday, shooting dead 14 people. \
            Witnesses said the shooting lasted an hour and the attackers set the church ablaze as they left.
            """, published: "2019-06-08")
        #expect(assault.attackType == "armed assault")
    }

    /// People hit by a vehicle were rammed, even when the attackers then used knives; a
    /// rocket that hit a bus did no ramming, nor does a recalled van attack make a bombing one.
    @Test(arguments: [
        "A car hit five cyclists on a road near Oxa on Sunday; its four occupants then stabbed the riders with knives.",
        "Four tourists were hit by a car on a mountain road near Oxa on Sunday and then attacked with knives.",
        "A white van hit several pedestrians on a bridge in Oxa on Saturday night, killing two.",
    ])
    func peopleHitByAVehicleWereRammed(text: String) {
        #expect(facts(text, published: "2018-07-30").attackType == "vehicle ramming")
    }

    @Test func aRocketThatHitABusDidNoRamming() {
        let rocket = facts(
            "A rocket hit a crowded bus near Oxa on Sunday, killing six passengers.", published: "2018-07-30")
        #expect(rocket.attackType != "vehicle ramming")
        let recalled = facts(
            """
            A bomb exploded on an underground train in Oxa on Friday morning, injuring 29 people. Police said the explosion was caused by an improvised bomb.

            In early June, a van hit pedestrians on a bridge in the city, and its three occupants stabbed people nearby.
            """, published: "2017-09-15")
        #expect(recalled.attackType == "bombing")
        #expect(!recalled.weapons.contains { $0.category == "vehicle" })
    }

    /// People taken away for a ransom are kidnapped, though the story calls them hostages;
    /// people held where they were attacked, in a siege, are hostages.
    @Test func peopleTakenForARansomAreKidnapped() {
        let kidnapping = facts(
            """
            A gang kidnapped 12 aid workers on a road outside Oxa on Saturday and is demanding a ransom for each.
            The hostages were taken to a camp in the hills, police said, and relatives of the hostages met the
            governor. Talks with the kidnappers have begun.
            """, published: "2021-10-19")
        #expect(kidnapping.attackType == "kidnapping")
        let siege = facts(
            """
            Gunmen stormed a hotel in Oxa on Saturday and held 40 guests hostage for ten hours.
            The siege ended when troops freed the hostages; one guest was kidnapped earlier in the day.
            """, published: "2021-10-19")
        #expect(siege.attackType == "siege/hostage")
    }

    /// An assassination the story gives as background ("amid anger over the recent
    /// assassination of a general") does not make a bombing one.
    /// The first lead sentence that names only bombs or only guns tells which the attack was;
    /// one naming both does not decide.
    @Test(arguments: [
        (
            "Suicide bombers attacked the airport in Oxa on Tuesday, killing 30 people.\n\nTwo bombers opened fire in the hall before blowing themselves up. Gunmen also fired on a taxi rank outside.",
            "suicide bombing"
        ),
        (
            "Truck bomb kills 70 in Oxa\n\nA truck bomb exploded at a checkpoint in Oxa on Saturday, killing 70.\n\nSoldiers exchanged fire with gunmen before the blast. Gunmen fired on the soldiers.",
            "bombing"
        ),
        (
            "Gunmen armed with rifles and bombs stormed a police station in Oxa on Friday, killing six officers.\n\nThe gunmen shot the guards. They threw a bomb at the gate.",
            "armed assault"
        ),
    ])
    func theLeadSaysBombOrGun(text: String, type: String) {
        #expect(facts(text, published: "2019-05-14").attackType == type)
    }

    /// A bomb aimed at one prominent person, named by title, is an assassination; a leader who
    /// only speaks of the dead is not its target.
    @Test(arguments: [
        (
            "A mine exploded under the stand at a parade in Oxa on Sunday, killing Governor Ana Ruiz and six others.",
            "assassination"
        ),
        ("A bomb directed at a former minister killed five people in Oxa on Tuesday.", "assassination"),
        ("Oxa mayor Tomas Vela was killed when a bomb hit his car on Tuesday.", "assassination"),
        ("A bomb exploded at a market in Oxa on Tuesday. President Vela said six people were killed.", "bombing"),
    ])
    func aBombForALeaderIsAnAssassination(text: String, type: String) {
        #expect(facts(text, published: "2019-05-14").attackType == type)
    }

    @Test func aKillingInTheBackgroundIsNotThisAttacksType() {
        let f = facts(
            """
            Two bombs exploded near a crowded cemetery in Oxa on Wednesday, killing 40 people.

            The blasts came amid anger over the recent assassination of a general, officials said.
            """, published: "2020-01-08")
        #expect(f.attackType == "bombing")
    }

    @Test func rocketsFiredAtABase() {
        let f = facts(
            """
            Several rockets struck a military base near the airport in Kandahar on Tuesday night, killing two
            contractors. Officials said the rockets were fired from a field east of the city.
            """, published: "2020-01-08")
        #expect(f.attackType == "rocket/mortar")
    }

    @Test func mortarShellsOnAMarket() {
        let f = facts(
            "Mortar shells landed on a crowded market in Donetsk on Saturday, killing seven people. More mortars hit a school.",
            published: "2015-01-25")
        #expect(f.attackType == "rocket/mortar")
    }

    @Test func aBombThatKilledAnOfficialIsAnAssassination() {
        let f = facts(
            """
            A former interior minister was assassinated in Bogota on Tuesday when a bomb attached to his car
            exploded, killing his driver and a bodyguard.
            """, published: "2012-05-16")
        #expect(f.attackType == "assassination")
    }

    @Test func aSuicideBombersCarRammedIntoAGateIsABombing() {
        let f = facts(
            """
            A suicide bomber rammed his explosives-packed car into the gate of a police academy in Baghdad on
            Monday, killing 14 recruits.
            """, published: "2008-08-19")
        #expect(!f.weapons.map(\.category).contains("vehicle"))
        #expect(f.attackType == "suicide bombing")
    }

    @Test func aVanDrivenIntoACrowdIsStillRamming() {
        let f = facts(
            "A van ploughed into pedestrians on a busy street in Toronto on Monday, killing ten people.",
            published: "2018-04-24")
        #expect(f.attackType == "vehicle ramming")
    }

    /// A suicide attack only asked about or suspected is not reported as one.
    @Test func aQuestionedSuicideAttackIsNotOne() {
        let asked = facts(
            """
            Two bombs exploded outside a bank in Oxa on Saturday, killing 12 people.

            Investigators were trying to establish whether the bombs were set off by suicide bombers or by remote control.
            """, published: "2010-03-07")
        #expect(asked.suicide == false)
        #expect(asked.attackType == "bombing")
        let stated = facts(
            """
            A suicide bomber blew himself up outside a bank in Oxa on Saturday, killing 12 people.
            """, published: "2010-03-07")
        #expect(stated.suicide == true)
        #expect(stated.attackType == "suicide bombing")
        // A question elsewhere in the sentence is about something else.
        let elsewhere = facts(
            """
            Gunmen stormed a naval base in Oxa on Sunday night, killing 10 guards.

            Four attackers died, including one who blew himself up, and officers were trying to establish whether any had escaped.
            """, published: "2011-05-23")
        #expect(elsewhere.suicide == true)
    }
}
