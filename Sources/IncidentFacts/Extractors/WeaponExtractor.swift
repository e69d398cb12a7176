/// Finds the weapons used, by GTD category, with the instrument nouns the story used.
enum WeaponExtractor {
    /// Instrument nouns per category: the words a brief lists ("car bomb", "AK-47 rifles").
    static let instruments: [(category: String, words: [String])] = [
        (
            "explosives",
            [
                "suicide vest", "suicide vests", "suicide jacket", "explosive vest", "explosive vests", "car bomb",
                "car bombs", "truck bomb", "truck bombs", "roadside bomb", "roadside bombs", "bomb", "bombs",
                "explosives", "explosive", "explosive device", "explosive devices", "explosive charge",
                "explosive charges", "grenade", "grenades", "hand grenade", "hand grenades", "ied", "ieds",
                "improvised explosive device", "improvised explosive devices", "rocket", "rockets",
                "rocket-propelled grenade", "rocket-propelled grenades", "rpg", "rpgs", "rocket launcher",
                "rocket launchers", "grenade launcher", "grenade launchers", "bazooka", "bazookas", "mortar",
                "mortars", "mortar shells", "mortar rounds", "landmine", "landmines", "land mine", "land mines",
                "claymore mine", "claymore mines", "anti-personnel mine", "pressure cooker bomb", "dynamite",
                "dynamite charges", "sticks of dynamite", "tnt", "c-4", "semtex", "letter bomb", "parcel bomb",
                "booby trap", "booby-trapped", "motorcycle bomb", "bicycle bomb", "time bomb", "nail bomb",
                "barrel bomb", "artillery shells", "missile", "missiles",
            ]
        ),
        (
            "firearms",
            [
                "gun", "guns", "rifle", "rifles", "assault rifle", "assault rifles", "automatic weapons",
                "automatic rifles", "ak-47", "ak-47s", "ak-47 rifles", "ak-47 assault rifles", "m-16 rifles",
                "kalashnikov", "kalashnikovs", "m-16", "m-16s", "m16",
                "pistol", "pistols", "handgun", "handguns", "revolver", "revolvers", "firearm", "firearms",
                "machine gun", "machine guns", "machinegun", "machineguns", "machine-gun", "machine-guns",
                "submachine gun", "submachine guns", "submachineguns", "carbine", "carbines", "uzi", "bullets",
                "semi-automatic", "shotgun", "shotguns", "sniper rifle", "ar-15",
            ]
        ),
        (
            "incendiary",
            [
                "petrol bomb", "petrol bombs", "molotov", "molotov cocktail", "molotov cocktails", "firebomb",
                "firebombs", "fire bomb", "incendiary device", "incendiary devices", "incendiary bomb",
                "incendiary bombs", "gasoline", "petrol",
            ]
        ),
        ("melee", ["knife", "knives", "machete", "machetes", "axe", "axes", "sword", "swords", "cleaver"]),
        (
            "chemical",
            ["sarin", "nerve agent", "chemical weapon", "chemical weapons", "poison gas", "chlorine gas", "ricin"]
        ),
    ]

    /// Verbs, events and actors that show a category without naming an instrument ("opened fire",
    /// "a blast", "gunmen"): they set the category but are not listed as weapon words.
    static let signals: [(category: String, words: [String])] = [
        (
            "explosives",
            [
                "blast", "explosion", "explosions", "detonated", "blew himself up", "blew herself up",
                "blew themselves up", "suicide bomber", "suicide bombers", "bombing", "bombings", "suicide blast",
            ]
        ),
        (
            "firearms",
            [
                "gunfire", "opened fire", "open fire", "shot", "shooting", "shootings", "gunmen", "gunman", "sniper",
                "gunbattle", "gunfight", "shot dead", "firing", "fired", "gunshots", "gunshot", "gun-battle",
                "gun-battles", "gun battle", "firefight", "gunfights", "gunbattles", "shootout", "shoot-out",
            ]
        ),
        ("incendiary", ["set fire", "set ablaze", "torched", "arson", "burned down", "set on fire", "burnt"]),
        ("melee", ["stabbed", "stabbing", "knifeman", "beheaded", "beheading", "beheadings", "decapitated"]),
    ]

    /// Category and whether the phrase is an instrument, by phrase.
    private static let index: PhraseIndex<(category: String, isInstrument: Bool)> = {
        var index = PhraseIndex<(category: String, isInstrument: Bool)>()
        for (category, list) in instruments {
            for phrase in list { index.add(phrase, (category, true)) }
        }
        for (category, list) in signals {
            for phrase in list { index.add(phrase, (category, false)) }
        }
        index.finish()
        return index
    }()

    static let vehicles: WordSet = [
        "truck", "lorry", "van", "car", "vehicle", "suv", "bus", "minivan", "jeep", "tractor", "trailer",
    ]
    static let rammingVerbs: WordSet = [
        "drove", "driven", "driving", "ploughed", "plowed", "ploughing", "plowing", "rammed", "ramming", "mowed",
        "mowing", "careered", "crashed", "smashed", "ran", "run", "running", "slammed",
    ]
    static let victimsHit: WordSet = [
        "crowd", "crowds", "pedestrians", "people", "shoppers", "revellers", "tourists", "passers-by", "convoy", "bus",
        "market", "promenade", "into", "over", "through", "down",
    ]

    /// A vehicle used as the weapon: "drove a lorry into crowds", "a van ploughed into pedestrians".
    /// A car bomb rammed into a gate or a convoy is a bomb, not a vehicle weapon.
    static func vehicleRamming(_ analysis: ArticleAnalysis) -> (String, Sentence)? {
        for (_, sentence) in analysis.currentSentences {
            let tokens = sentence.tokens
            // Most sentences have no verb of hitting or ramming: the phrase scan below waits for one.
            let ramming = rammingVerbs.firstPosition(in: tokens)
            guard ramming != nil || hitVerbs.occurs(in: tokens),
                !carriedBomb.occurs(in: sentence.lower)
            else { continue }
            if hitByVehicle(tokens), let vehicle = tokens.first(where: { vehicles.contains($0) }) {
                return (vehicle.lower, sentence)
            }
            guard let v = ramming else { continue }
            let window = tokens[max(0, v - 6)..<min(tokens.count, v + 8)]
            guard let vehicle = window.first(where: { vehicles.contains($0) }),
                window.contains(where: { victimsHit.contains($0) })
            else { continue }
            if ["ran", "run", "running"].contains(tokens[v].lower)
                && !window.contains(where: { $0.lower == "over" || $0.lower == "into" })
            {
                continue
            }
            return (vehicle.lower, sentence)
        }
        return nil
    }

    /// People hit by a vehicle: "a van hit several pedestrians", "four cyclists were hit by a
    /// car", "hit the cyclists with their car". (A rocket or shell that "hit a bus" is not.)
    static func hitByVehicle(_ tokens: [Token]) -> Bool {
        let isPerson = { (token: Token) in Lexicon.victimNouns.contains(token) || hitPeople.contains(token) }
        return hitVerbs.positions(in: tokens).contains { v in
            let before = tokens[max(0, v - 3)..<v]
            let after = tokens[(v + 1)..<min(tokens.count, v + 6)]
            if before.contains(where: { vehicles.contains($0) }), after.contains(where: isPerson) { return true }
            // "... were hit by a car", "hit seven cyclists with their vehicle"
            let byOrWith = after.indices.contains { k in
                ["by", "with"].contains(tokens[k].lower)
                    && tokens[(k + 1)..<min(tokens.count, k + 3)].contains { vehicles.contains($0) }
            }
            let people = tokens[max(0, v - 8)..<min(tokens.count, v + 4)].contains(where: isPerson)
            return byOrWith && people
        }
    }
    static let hitVerbs: WordSet = ["hit", "struck", "knocked"]
    /// Those hit who are no victim noun: a crowd.
    static let hitPeople: WordSet = ["crowd", "crowds", "revellers"]

    /// Explosives found, seized or defused rather than used in the attack.
    /// A rammed vehicle that carried the bomb: "a suicide bomber rammed his car into the van".
    static let carriedBomb: PhraseList = [
        "suicide", "bomb", "explosive", "laden", "blew", "detonat", "vbied",
    ]

    static let notUsedPhrases: PhraseList = [
        "found in", "found at", "recovered", "seized", "disposal", "defused", "fake", "hoax", "bomb squad",
        "bomb threat", "suspicious package", "bomb-making",
    ]
    /// Weapons stored or traded, of any kind ("an arms cache", "rifles were confiscated"). Guns
    /// "recovered from the attackers" were used, so "recovered" and "seized" are not here.
    static let storedPhrases: PhraseList = [
        "confiscated", "cache", "arsenal", "arms depot", "smuggl", "shipment", "handed over", "surrendered",
        "turned in",
    ]
    /// Security forces responding to an attack (whose guns and killings are not the attackers').
    static let responderWords = PhraseList(responderNouns.words.sorted() + ["security forces"])
    /// True when the tokens name responders other than as victims: "killing 12 soldiers" and
    /// "wounding two police officers" name the harmed.
    static func namesResponders(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { k in
            let named =
                tokens[k].lower == "security"
                ? k + 1 < tokens.count && tokens[k + 1].lower == "forces" : responderNouns.contains(tokens[k])
            guard named else { return false }
            // "shot and killed by soldiers": the agent, not the harmed.
            if tokens[max(0, k - 2)..<k].contains(where: { $0.lower == "by" }) { return true }
            return !tokens[max(0, k - 4)..<k].contains { victimVerbs.contains($0) }
        }
    }
    static let victimVerbs: WordSet = ["killing", "wounding", "injuring", "killed", "wounded", "injured"]
    static let responderNouns: WordSet = [
        "police", "soldiers", "officers", "troops", "guards", "commandos", "sniper", "cops", "rangers",
    ]
    static let weakFirearmWords: WordSet = [
        "shot", "fired", "firing", "shot dead", "opened fire", "open fire", "shooting", "gunfire", "gunshots",
        "gunshot",
    ]

    /// Rockets and shells, which are fired but are no firearms.
    static let projectiles: WordSet = [
        "rocket", "rockets", "missile", "missiles", "mortar", "mortars", "shell", "shells", "rpg", "rpgs",
        "projectile", "projectiles",
    ]

    /// What shoots out of a burning car or building: "flames shooting out of the vehicle".
    static let flameWords: WordSet = ["flames", "flame", "smoke", "fire", "fireball", "fireballs", "sparks"]

    /// True when the firearm word at `range` tells no gunfire: "fired" or "firing" with a
    /// rocket or shell within four words ("five rockets were fired", "firing mortars"), or
    /// flames "shooting out of the car".
    static func isNoGunfire(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard range.count == 1 else { return false }
        let k = range.lowerBound
        switch tokens[k].lower {
        case "fired", "firing", "fire":
            return tokens[max(0, k - 4)..<min(tokens.count, k + 5)].contains { projectiles.contains($0) }
        case "shooting":
            return tokens[max(0, k - 3)..<k].contains { flameWords.contains($0) }
        default:
            return false
        }
    }

    /// "bomb" and "bombs", "machinegun" and "machineguns" name one instrument.
    static func sameInstrument(_ a: String, _ b: String) -> Bool {
        a == b || a + "s" == b || b + "s" == a || a + "es" == b || b + "es" == a
    }

    static func extract(_ analysis: ArticleAnalysis, into facts: inout FactSheet) {
        var words: [String: [String]] = [:]
        for (_, sentence) in analysis.currentSentences {
            // Weapon words are ordinary words: any case, reported in lowercase. Most sentences
            // name none, and need no more reading.
            let matches = index.matches(anyCaseIn: sentence.tokens)
            guard !matches.isEmpty else { continue }
            let notUsed = notUsedPhrases.occurs(in: sentence.lower)
            let stored = storedPhrases.occurs(in: sentence.lower)
            // Responders in the sentence, not as the attack's victims ("gunfire ..., killing 12
            // soldiers" is the attackers').
            let responders = namesResponders(sentence.tokens)
            for match in matches {
                let (category, isInstrument) = match.value
                let word = match.text.lowercased()
                // "explosives were found in his car", "an arms cache": not used in the attack.
                if stored || category == "explosives" && notUsed { continue }
                if category == "firearms" {
                    // "police shot the driver dead": the responders' guns are not the attack's.
                    if responders && weakFirearmWords.contains(word) { continue }
                    if isNoGunfire(sentence.tokens, match.start..<match.end) { continue }
                }
                if words[category] == nil { facts.addEvidence(.weapons, sentence) }
                if !isInstrument {
                    if words[category] == nil { words[category] = [] }
                } else if !(words[category]?.contains(where: { sameInstrument($0, word) }) ?? false) {
                    words[category, default: []].append(word)
                }
            }
        }
        if let (word, sentence) = vehicleRamming(analysis) {
            if words["vehicle"] == nil { facts.addEvidence(.weapons, sentence) }
            words["vehicle", default: []].append(word)
        }
        let categories = ["firearms", "explosives", "incendiary", "melee", "vehicle", "chemical", "other"]
        facts.weapons = categories.compactMap { category in
            words[category].map { Weapon(category: category, words: $0) }
        }
    }
}
