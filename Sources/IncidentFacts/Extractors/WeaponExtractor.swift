/// Finds the weapons used, by GTD category, with the words the story used.
enum WeaponExtractor {
    /// Phrases per category, matched on lowercased token sequences.
    static let phrases: [(category: String, words: [String])] = [
        (
            "explosives",
            [
                "suicide vest", "suicide vests", "suicide jacket", "explosive vest", "explosive vests", "car bomb",
                "truck bomb", "bomb", "bombs", "explosives", "explosive", "grenade", "grenades", "hand grenades",
                "ied", "ieds", "improvised explosive device", "blast", "explosion", "explosions", "detonated",
                "blew himself up", "blew themselves up", "rocket", "rockets", "rocket-propelled grenades",
                "mortar", "mortars", "suicide bomber", "suicide bombers", "bombing", "bombings", "suicide blast",
                "landmine", "pressure cooker bomb",
            ]
        ),
        (
            "firearms",
            [
                "gun", "guns", "gunfire", "rifle", "rifles", "assault rifles", "automatic weapons", "ak-47",
                "ak-47s", "kalashnikov", "kalashnikovs", "pistol", "pistols", "handgun", "firearm", "firearms",
                "opened fire", "shot", "shooting", "shootings", "gunmen", "gunman", "machine gun", "machine guns",
                "bullets", "sniper", "gunbattle", "gunfight", "shot dead", "semi-automatic", "shotgun", "firing",
                "fired", "gunshots", "gunshot", "open fire", "gun-battle", "gun-battles", "gun battle", "firefight",
                "gunfights", "gunbattles",
            ]
        ),
        (
            "incendiary",
            [
                "set fire", "set ablaze", "torched", "arson", "petrol bomb", "molotov", "firebomb",
                "burned down", "set on fire", "burnt", "fire bomb",
            ]
        ),
        ("melee", ["knife", "knives", "stabbed", "stabbing", "machete", "machetes", "axe", "sword", "knifeman"]),
        ("chemical", ["sarin", "nerve agent", "chemical weapon", "chemical weapons", "poison gas", "chlorine gas"]),
    ]

    private static let index: PhraseIndex<String> = {
        var index = PhraseIndex<String>()
        for (category, list) in phrases {
            for phrase in list { index.add(phrase, category) }
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
    /// An explosives-laden vehicle rammed into a convoy is both; the attack type tells them apart.
    static func vehicleRamming(_ analysis: ArticleAnalysis) -> (String, Sentence)? {
        for (_, sentence) in analysis.currentSentences {
            let tokens = sentence.tokens
            guard let v = tokens.firstIndex(where: { rammingVerbs.contains($0) }) else { continue }
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

    static let notUsedPhrases: PhraseList = [
        "found in", "found at", "recovered", "seized", "disposal", "defused", "fake", "hoax", "bomb squad",
        "bomb threat", "suspicious package", "bomb-making",
    ]
    /// Security forces responding to an attack (whose guns and killings are not the attackers').
    static let responderWords: PhraseList = [
        "police", "soldiers", "officers", "security forces", "troops", "guards", "commandos", "sniper", "cops",
        "rangers",
    ]
    static let weakFirearmWords: WordSet = [
        "shot", "fired", "firing", "shot dead", "opened fire", "open fire", "shooting", "gunfire", "gunshots",
        "gunshot",
    ]

    static func extract(_ analysis: ArticleAnalysis, into facts: inout FactSheet) {
        var words: [String: [String]] = [:]
        for (_, sentence) in analysis.currentSentences {
            let notUsed = notUsedPhrases.occurs(in: sentence.lower)
            let responders = responderWords.occurs(in: sentence.lower)
            // Weapon words are ordinary words: any case, reported in lowercase.
            for match in index.matches(anyCaseIn: sentence.tokens) {
                let word = match.text.lowercased()
                // "explosives were found in his car", "a bomb disposal unit": not used in the attack.
                if match.value == "explosives" && notUsed { continue }
                if match.value == "firearms" {
                    // "police shot the driver dead": the responders' guns are not the attack's.
                    if responders && weakFirearmWords.contains(word) { continue }
                }
                if words[match.value] == nil { facts.addEvidence("weapons", sentence) }
                if !(words[match.value]?.contains(word) ?? false) { words[match.value, default: []].append(word) }
            }
        }
        if let (word, sentence) = vehicleRamming(analysis) {
            if words["vehicle"] == nil { facts.addEvidence("weapons", sentence) }
            words["vehicle", default: []].append(word)
        }
        let categories = ["firearms", "explosives", "incendiary", "melee", "vehicle", "chemical", "other"]
        facts.weapons = categories.compactMap { category in
            words[category].map { Weapon(category: category, words: $0) }
        }
    }
}
