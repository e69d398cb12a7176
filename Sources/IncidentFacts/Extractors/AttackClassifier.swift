/// Classifies the attack: its type, whether it was a suicide attack, and what was targeted.
enum AttackClassifier {
    static let suicidePhrases = [
        "suicide bomb", "suicide bomber", "suicide bombers", "suicide bombing", "suicide bombings", "suicide attack",
        "suicide vest", "blew himself up", "blew themselves up", "suicide mission", "suicide blast", "suicide jacket",
        "killed himself", "shot himself", "took his own life", "suicide attacker", "detonated his", "detonated their",
        "fidayeen", "suicide car", "suicide vehicle", "suicide truck", "suicide squad", "self-inflicted",
    ]

    /// Every phrase list the classifier counts, in one tally.
    static let tally = PhraseTally(
        [
            ("suicide", suicidePhrases),
            ("hostage", ["hostage", "held captive", "taken captive"]),
            (
                "assault",
                [
                    "stormed", "storming", "gunmen", "opened fire", "gunbattle", "gunfight", "shooting", "shot dead",
                    "gunman", "attackers", "assailants", "militants", "terrorists", "fighters", "raided",
                ]
            ),
            ("bombed", ["bomb", "blast", "explosion", "exploded", "detonated", "blew"]),
            (
                "suicideBombing",
                [
                    "suicide bomb", "suicide bomber", "suicide bombing", "suicide attack", "suicide blast",
                    "blew himself", "suicide attacker", "detonated his", "suicide car", "suicide vehicle",
                    "suicide truck",
                ]
            ),
            (
                "laden",
                [
                    "laden", "explosive-laden", "explosives-laden", "bomb-laden", "car bomb", "truck bomb",
                    "vehicle-borne", "vbied",
                    "loaded with explosives", "packed with explosives", "filled with explosives", "suicide car",
                    "suicide vehicle",
                ]
            ),
            ("siege", ["siege", "standoff", "stand-off"]),
            (
                "fire",
                [
                    "set fire", "set ablaze", "set alight", "torched", "torch", "firebomb", "firebombing", "firebombed",
                    "arson", "gasoline", "petrol", "doused", "molotov", "burned alive", "burnt alive", "blaze",
                    // "set the hall on fire", "set the camp ablaze"
                    "on fire", "ablaze", "alight",
                ]
            ),
            ("shooting", ["opened fire", "shot dead", "gunfire", "shooting", "fired shots", "shot and killed"]),
            ("held", ["held", "taken", "took"]),
            ("kidnap", ["kidnapped", "abducted", "kidnapping", "kidnappers", "abduction", "ransom", "kidnaped"]),
            ("ambush", ["ambush", "ambushed", "ambushes", "ambushing"]),
            ("assassination", ["assassinated", "assassination", "assassin", "assassins", "targeted killing"]),
            (
                "rocket",
                [
                    "rocket", "rockets", "mortar", "mortars", "missile", "missiles", "shelling", "katyusha",
                    "rocket attack", "mortar rounds", "mortar shells",
                ]
            ),
        ] + targets.map { ("target:" + $0.type, $0.words) })

    /// True when the first sentence of the lead (headline and first paragraphs) that names
    /// bombs or guns names only bombs: "Truck bomb kills 70", "Suicide bombers attacked the
    /// airport" (and later "opened fire before blowing themselves up"): the gunfire came with
    /// the bombing. A sentence that names both ("a gun and bomb assault") does not decide.
    static func leadNamesABombFirst(_ analysis: ArticleAnalysis) -> Bool {
        for (offset, _) in analysis.currentSentences where analysis.weight(offset) >= 3 {
            let words = analysis.currentTokens(offset).map(\.lower)
            let bombs = words.contains(where: leadBombWords.contains)
            let guns = words.contains(where: leadGunWords.contains)
            if bombs != guns { return bombs }
        }
        return false
    }
    static let leadBombWords: WordSet = [
        "bomb", "bombs", "bomber", "bombers", "bombing", "bombings", "blast", "blasts", "explosion", "explosions",
    ]
    static let leadGunWords: WordSet = [
        "gunmen", "gunman", "shot", "shooting", "fire", "fired", "gunfire", "rifle", "rifles", "guns", "gun",
        "firing", "stormed", "shootout", "armed", "weapons",
    ]

    /// True when a killing or targeting verb has a leader for its object, by title and name
    /// ("killing President Ana Ruiz", "directed at a former minister"), or a leader by title and
    /// name is said to be killed ("Governor Ana Ruiz was killed").
    static func targetsALeader(_ tokens: [Token]) -> Bool {
        func leader(at k: Int) -> Bool {
            guard k < tokens.count, leaderTitles.contains(tokens[k]) else { return false }
            let named = k + 1 < tokens.count && tokens[k + 1].isCapitalized
            return named || k > 0 && tokens[k - 1].lower == "former"
        }
        for (k, token) in tokens.enumerated() {
            if leaderVerbs.contains(token),
                (k + 1..<min(k + 6, tokens.count)).contains(where: { leader(at: $0) })
            {
                return true
            }
            // "President Ana Ruiz was killed", not "President Ruiz said six were killed".
            if leader(at: k) {
                var j = k + 1
                while j < min(k + 7, tokens.count),
                    tokens[j].isCapitalized || ["was", "is", "has", "been", "reportedly"].contains(tokens[j].lower)
                {
                    j += 1
                }
                if j < tokens.count, tokens[j].lower == "killed" || tokens[j].lower == "assassinated" { return true }
            }
        }
        return false
    }
    static let leaderVerbs: WordSet = [
        "killing", "killed", "kills", "kill", "slain", "targeting", "targeted", "directed", "aimed", "assassinating",
    ]
    static let leaderTitles: WordSet = [
        "president", "minister", "governor", "mayor", "senator", "premier", "chancellor", "king", "prince",
    ]

    /// An assassination told as another event than the attack: earlier, or what it followed.
    static let otherKillings: PhraseList = [
        "recent assassination", "earlier assassination", "previous assassination", "last assassination",
        "after the assassination", "following the assassination", "since the assassination",
        "anniversary of the assassination",
    ]

    /// The suicide phrases, to search a sentence for any of them.
    static let suicideWords = PhraseList(suicidePhrases)

    /// Words that leave open whether an attacker died by his own hand.
    static let suicideHedges: PhraseList = [
        "whether", "could have", "may have", "might have", "possibly", "not clear", "unclear", "suspected suicide",
        "appeared to be", "believed to have been",
    ]

    /// True when a hedge stands just before the suicide words, or just after them ("it is
    /// unclear if a suicide bomber or a timer set it off"); a hedge elsewhere in the
    /// sentence is about something else ("two died, one of whom blew himself up, and it is not
    /// clear whether others fled").
    private static let suicidePhrasesBytes = suicidePhrases.map { Array($0.utf8) }

    static func hedgesSuicide(_ lower: String) -> Bool {
        // On UTF-8 bytes with a plain loop: Foundation's `range(of:)` cost a percent of a build.
        let bytes = Array(lower.utf8)
        var found: Range<Int>?
        for phrase in suicidePhrasesBytes {
            guard let first = phrase.first, phrase.count <= bytes.count else { continue }
            // Only an earlier start than the one found can change the answer.
            var i = 0
            while i + phrase.count <= bytes.count && i < (found?.lowerBound ?? bytes.count) {
                if bytes[i] == first && bytes[i..<(i + phrase.count)].elementsEqual(phrase) {
                    found = i..<(i + phrase.count)
                    break
                }
                i += 1
            }
        }
        guard let found else { return false }
        let window = bytes[max(0, found.lowerBound - 70)..<min(bytes.count, found.upperBound + 30)]
        return suicideHedges.occurs(in: String(decoding: window, as: UTF8.self))
    }

    static func extract(_ analysis: ArticleAnalysis, into facts: inout FactSheet) {
        var counts: [String: Double] = [:]
        var targetScores: [String: Double] = [:]
        var leaderTargeted = false
        for (offset, sentence) in analysis.currentSentences {
            var here: [String: Double] = [:]
            // "Suspicion fell on X, the group behind the suicide bombings of 2002": not this attack.
            let recalled = analysis.historySpan[offset]
            tally.tally(sentence, into: &here, skipping: recalled)
            if harmWords.occurs(in: sentence.tokens) {
                personTally.tally(sentence, into: &here, skipping: recalled) { isHarmed(sentence.tokens, $0) }
            }
            // "amid ... the recent assassination of a commander": another killing, told as the
            // background of this attack.
            if here["assassination"] != nil, otherKillings.occurs(in: sentence.lower) {
                here["assassination"] = nil
            }
            // "detectives are asking whether a suicide bomber was involved": a question, not a
            // suicide attack.
            // "killing Chechen President Akhmad Kadyrov", "a bombing directed at a former minister":
            // the lead tells the attack was on one prominent person.
            if analysis.weight(offset) >= 2, targetsALeader(analysis.currentTokens(offset)) {
                leaderTargeted = true
                if here["assassination"] == nil { here["assassination"] = 1 }
            }
            if here["suicide"] != nil, hedgesSuicide(sentence.lower) {
                here["suicide"] = nil
                here["suicideBombing"] = nil
            }
            // "A statement from the embassy said two of the dead were its citizens": an
            // institution that speaks, in a sentence that tells no attack, is not the target.
            let onlySpeaks =
                statementWords.occurs(in: sentence.tokens)
                && !Lexicon.attackWords.occurs(in: sentence.tokens) && !harmWords.occurs(in: sentence.tokens)
            for (key, n) in here {
                if key.hasPrefix("target:") {
                    if onlySpeaks, speakingInstitutions.contains(String(key.dropFirst(7))) { continue }
                    targetScores[String(key.dropFirst(7)), default: 0] += n * analysis.weight(offset)
                } else {
                    counts[key, default: 0] += n
                }
            }
            if here["suicide"] != nil, facts.evidence[.suicide] == nil { facts.addEvidence(.suicide, sentence) }
        }
        func count(_ key: String) -> Int { Int(counts[key] ?? 0) }
        facts.suicide = count("suicide") > 0
        let categories = Set(facts.weapons.map { $0.category })
        let hostage = count("hostage"), assault = count("assault"), bombed = count("bombed")
        let suicideBombing = count("suicideBombing") > 0
        // Each type with what shows it: attack words and weapons together are surer than
        // weapons alone.
        let type: (name: String, confidence: FactConfidence)?
        // A bomb that went off is the attack, whatever vehicle the story also mentions.
        let bombWentOff = categories.contains("explosives") && bombed >= 2
        if categories.contains("vehicle") && count("laden") == 0 && !bombWentOff {
            type = ("vehicle ramming", FactConfidence(.high, "a vehicle driven into people"))
        } else if count("kidnap") >= 2 && count("kidnap") >= hostage && count("siege") == 0 && bombed < count("kidnap")
        {
            // "The gang kidnapped 17 missionaries and demands a ransom": people taken away, not
            // held where they were attacked.
            type = ("kidnapping", FactConfidence(.medium, "people kidnapped, no siege"))
        } else if hostage >= 2 || hostage >= 1 && count("siege") >= 1 && count("held") >= 1 {
            type = ("siege/hostage", FactConfidence(.high, "hostages held"))
        } else if count("assassination") > 0 && !suicideBombing {
            type = ("assassination", FactConfidence(.medium, "the story calls it an assassination"))
        } else if count("rocket") >= 2 && !suicideBombing && count("rocket") * 2 >= bombed && assault < 2 {
            type = ("rocket/mortar", FactConfidence(.high, "rockets, mortars or missiles fired"))
        } else if count("ambush") > 0 && !suicideBombing && count("laden") == 0
            && (categories.contains("firearms") || !categories.contains("explosives"))
        {
            // "Rebels ambushed a convoy with a bomb and gunfire": an armed assault, as the GTD
            // counts ambushes; a roadside bomb alone stays a bombing.
            type = ("armed assault", FactConfidence(.medium, "an ambush"))
        } else if categories.contains("melee"), beheadsWithoutStabbing(analysis), !suicideBombing, bombed == 0 {
            // Militants who behead villagers overran them, whatever they burned: an armed
            // assault, as the GTD counts blades used by an armed band.
            type = ("armed assault", FactConfidence(.medium, "people beheaded, no stabbing"))
        } else if count("fire") >= 2 && count("fire") > 2 * count("shooting") && count("fire") > bombed {
            // "Gunmen doused the casino with petrol and set it ablaze": armed men, but the fire
            // did the killing.
            type = ("arson", FactConfidence(.medium, "a fire set by the attackers, little shooting"))
        } else if categories.contains("firearms") && assault >= 2 && !(suicideBombing && bombed > assault)
            && !(categories.contains("explosives") && leadNamesABombFirst(analysis))
        {
            type = ("armed assault", FactConfidence(.high, "an assault with firearms"))
        } else if categories.contains("explosives") && (bombed > 0 || suicideBombing) {
            type = (
                suicideBombing ? "suicide bombing" : "bombing", FactConfidence(.high, "explosives and a bombing")
            )
        } else if categories.contains("firearms") {
            type = ("armed assault", FactConfidence(.medium, "firearms only, no word for the attack"))
        } else if categories.contains("melee") {
            type = ("stabbing", FactConfidence(.medium, "blades only"))
        } else if categories.contains("incendiary") {
            type = ("arson", FactConfidence(.medium, "fire only"))
        } else if count("kidnap") > 0 {
            type = ("kidnapping", FactConfidence(.medium, "a kidnapping, no weapon named"))
        } else if count("assassination") > 0 {
            type = ("assassination", FactConfidence(.medium, "an assassination, no weapon named"))
        } else {
            type = nil
        }
        facts.attackType = type?.name
        facts.confidence[.attackType] = type?.confidence
        // A vehicle driven into people by "the driver", no attackers counted otherwise: one.
        if type?.name == "vehicle ramming", facts.attackers.count == nil,
            !facts.warnings.contains(where: { $0.hasPrefix("attackers:") }),
            let sentence = AttackerCounter.loneDriver(analysis)
        {
            facts.attackers.count = 1
            facts.confidence[.attackers] = FactConfidence(.medium, "one driver, no other attacker")
            facts.addEvidence(.attackers, sentence)
        }
        let target = self.target(analysis, scores: targetScores, leaderTargeted: leaderTargeted)
        facts.targetType = target?.type
        facts.confidence[.targetType] = target?.confidence
    }

    /// True when the story's victims were beheaded and nobody is said to have been stabbed.
    static func beheadsWithoutStabbing(_ analysis: ArticleAnalysis) -> Bool {
        var beheaded = false
        for (_, sentence) in analysis.currentSentences {
            for token in sentence.tokens {
                if token.lower.hasPrefix("stab") || token.lower.hasPrefix("knife") { return false }
                if token.lower.hasPrefix("behead") || token.lower == "decapitated" { beheaded = true }
            }
        }
        return beheaded
    }

    /// Target categories with the words that signal them; earlier entries win ties. Places and
    /// groups count wherever they are named.
    static let targets: [(type: String, words: [String])] = [
        (
            "police",
            [
                "police station", "police headquarters", "police office", "police lines", "police chief", "asf",
                "airports security force", "police training",
                "policemen", "police officers", "police compound", "police post", "police academy", "constabulary",
                "crpf", "police convoy", "police personnel", "security forces", "rangers", "police force",
                "police facility", "police van", "police patrol",
            ]
        ),
        (
            "military",
            [
                "army", "military", "naval", "air base", "airbase", "soldiers", "troops", "cantonment",
                "garrison", "navy", "barracks", "military base", "army base", "military convoy", "checkpoint",
            ]
        ),
        ("education", ["school", "university", "college", "students", "schoolchildren", "pupils", "campus"]),
        ("diplomatic", ["embassy", "embassies", "consulate", "diplomatic", "diplomats"]),
        (
            "transport",
            [
                "airport", "bus station", "railway", "train", "metro", "subway", "terminal", "airline", "aircraft",
                "ferry", "trolleybus", "passenger bus", "underground station", "tube train", "ship", "vessel",
                "motor park", "bus park", "tugboat", "tanker", "cargo ship", "fishing boat", "barge",
            ]
        ),
        (
            "religious",
            [
                "church", "churches", "mosque", "mosques", "synagogue", "temple", "shrine", "worshippers",
                "worshipers", "congregation", "sunday mass", "catholic mass", "prayers", "cathedral", "imambargah",
                "missionaries", "missionary",
            ]
        ),
        ("tourists", ["tourists", "tourist", "holidaymakers", "sightseers"]),
        (
            "business",
            ["hotel", "hotels", "office complex", "bank", "company", "business", "casino", "department store"]
        ),
        (
            "government",
            [
                "parliament", "government office", "government building", "courthouse", "court van",
                "government compound", "government headquarters", "administration building", "intelligence agency",
                "intelligence service", "intelligence convoy", "intelligence officers", "intelligence headquarters",
                "spy agency",
            ]
        ),
        ("media", ["newspaper", "television station"]),
        ("infrastructure", ["pipeline", "power station", "power plant", "electricity", "gas plant"]),
        // Aid and health workers and their clinics: "other", as the GTD counts NGOs.
        ("other", ["treatment centre", "treatment center", "aid workers", "health workers", "aid agency"]),
        (
            "civilians",
            [
                "market", "crowd", "crowds", "concert", "festival", "shoppers", "pedestrians", "cafe", "restaurant",
                "mall", "supermarket", "grocery", "christmas market", "promenade", "civilians",
                "nightclub", "bar", "wedding", "stadium", "beach", "walmart", "store", "square", "bus stop", "rally",
                "procession", "villagers", "village", "neighbourhood", "neighborhood", "residential area",
                "housing compound", "housing compounds", "housing complex", "housing complexes", "residential compound",
                "residential compounds", "apartment block", "apartment building", "the park", "public park",
                "amusement park", "theme park", "shopping street",
                "shopping district", "shopping centre", "shopping center", "mourners", "ceremony", "funeral",
            ]
        ),
    ]

    static let schoolWords: WordSet = ["school", "schools", "university", "college", "campus"]

    /// Places named for their tourists ("a tourist cafe", "three tourist restaurants").
    static let touristPlaces: WordSet = [
        "cafe", "café", "cafes", "cafés", "restaurant", "restaurants", "hotel", "hotels", "resort", "resorts", "bus",
        "buses", "coach", "site", "sites", "spot", "spots", "area", "areas", "center", "centre", "district",
        "destination", "hotspot", "beach",
        "bar", "bars", "boat", "attraction", "attractions",
    ]

    /// True when the words tell tourists were the point of the attack: a tourist place ("a
    /// well-known tourist cafe") or tourists alone aimed at ("aimed at foreign tourists", "a bar
    /// popular with tourists", "targeting Western tourists").
    static func saysTouristsWereAimedAt(_ words: [String]) -> Bool {
        words.indices.contains { k in
            if words[k] == "tourist" {
                return k + 1 < words.count && touristPlaces.contains(words[k + 1])
            }
            guard words[k] == "tourists" || words[k] == "holidaymakers", k > 0 else { return false }
            // "packed with tourists and locals", "targeted tourists and Christians": a mixed crowd.
            let mixed = k + 1 < words.count && ["and", "as", "or"].contains(words[k + 1])
            guard !mixed else { return false }
            let before = ["foreign", "western", "international"].contains(words[k - 1]) && k > 1 ? k - 2 : k - 1
            return ["at", "with", "by", "targeting", "targeted", "against"].contains(words[before])
        }
    }

    /// People who are a target only when the sentence says they were harmed ("a judge was shot
    /// dead"): otherwise they are usually speakers ("the minister said").
    static let personTargets: [(type: String, words: [String])] = [
        ("police", ["policeman", "police officer", "policewoman", "police officers", "constable"]),
        ("military", ["soldier", "officer of the army"]),
        (
            "government",
            [
                "minister", "governor", "deputy governor", "judge", "judges", "official", "officials", "mayor",
                "lawmaker", "senator", "prosecutor", "magistrate", "president", "vice president", "politician",
                "candidate",
            ]
        ),
        ("media", ["journalist", "journalists", "reporter", "reporters", "editor", "cartoonist"]),
    ]
    static let personTally = PhraseTally(personTargets.map { ("target:" + $0.type, $0.words) })
    /// Targets that speak for themselves in a story: an embassy, a ministry, the police, the
    /// army, a newspaper ("witnesses said" of a crowd tells where the attack was).
    static let speakingInstitutions: WordSet = ["diplomatic", "government", "police", "military", "media"]
    static let uniformedPeople: WordSet = ["soldier", "soldiers", "troops", "policeman", "policemen", "servicemen"]
    static let publicWords: WordSet = ["people", "civilians", "passers-by", "passersby", "bystanders", "residents"]
    static let harmWords: WordSet = [
        "killed", "shot", "slain", "assassinated", "assassination", "murdered", "wounded", "injured", "targeted",
        "attacked", "gunned", "ambushed", "kidnapped", "abducted", "stabbed", "killing", "died", "targets",
        "targeting",
    ]

    /// Words that make the person beside them the one who speaks.
    static let speakingWords = DateExpressions.reportingVerbs.union(["say", "according"])
    /// Words of a sentence that reports what someone said.
    static let statementWords = DateExpressions.reportingVerbs.union(["statement"])

    /// True when the person named at `words` is the one harmed: a harm word close by
    /// ("killing Chechen President Akhmad Kadyrov", "a judge was shot dead"), and the person not
    /// the one who speaks ("said Interior Minister Karl Nehammer", "officials said").
    static func isHarmed(_ tokens: [Token], _ words: Range<Int>) -> Bool {
        let before = max(0, words.lowerBound - 6)..<words.lowerBound
        let after = words.upperBound..<min(tokens.count, words.upperBound + 5)
        if tokens[before].suffix(3).contains(where: speakingWords.contains) { return false }
        // The words after the person, up to the clause's end: "officials said", "Minister X says".
        let clauseAfter = after.prefix { ![",", ".", ";"].contains(tokens[$0].text) }
        if clauseAfter.contains(where: { speakingWords.contains(tokens[$0]) }) { return false }
        return tokens[before].contains(where: harmWords.contains)
            || clauseAfter.contains(where: { harmWords.contains(tokens[$0]) })
    }

    /// " w1 w2 ... wn ": `" " + words.joined(separator: " ") + " "`, written into one buffer
    /// (joining a lead's hundred words cost more than all the lookups in it).
    static func spaced(_ words: [String]) -> String {
        let count = words.reduce(2) { $0 + $1.utf8.count } + max(words.count - 1, 0)
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = 0
            func put(_ byte: UInt8) {
                buffer[i] = byte
                i += 1
            }
            put(UInt8(ascii: " "))
            for (k, word) in words.enumerated() {
                if k > 0 { put(UInt8(ascii: " ")) }
                for byte in word.utf8 { put(byte) }
            }
            put(UInt8(ascii: " "))
            return i
        }
    }

    /// Police sites, each between spaces ("police office", not "police officers").
    static let policeSites = PhraseList(
        [
            "police lines", "police headquarters", "police office", "police station", "police compound", "crpf",
            "police training", "police post",
        ].map { " \($0) " })

    static func target(_ analysis: ArticleAnalysis, scores: [String: Double], leaderTargeted: Bool = false) -> (
        type: String, confidence: FactConfidence
    )? {
        var scores = scores
        // Security forces appear in most stories as responders, and tourists and hotels among
        // the victims and places; they need a clear lead.
        // The lead's words are joined by spaces, so "police office" is not found in "police
        // officers".
        let leadSentences = analysis.lead
        let leadWords = leadSentences.flatMap { $0.tokens.map(\.lower) }
        let lead = spaced(leadWords)
        // Each police site is looked for once, all in one pass: the lead is searched for it with
        // every preposition below only when it is there at all.
        let policeSitesInLead = policeSites.found(in: lead).map { String($0.dropFirst().dropLast()) }
        if let police = scores["police"] {
            scores["police"] = police * (policeSitesInLead.isEmpty ? 0.8 : 2.5)
        }
        // Students among the victims are people; only a school, college or campus the lead
        // names makes the target education.
        if !leadWords.contains(where: schoolWords.contains) { scores["education"] = nil }
        for (type, factor) in [("military", 0.7), ("tourists", 0.6), ("business", 0.6), ("government", 0.6)] {
            if let value = scores[type] { scores[type] = value * factor }
        }
        // A police compound is police whatever building in it was hit ("the mosque inside the
        // police headquarters").
        let insideACompound = policeSitesInLead.contains { site in
            ["inside the", "inside", "within the", "in the", "at the", "at"].contains {
                lead.contains(" \($0) \(site) ")
            }
        }
        if insideACompound, let most = scores.values.max() {
            scores["police"] = most + 1
        }
        // "a tourist cafe", "restaurants popular with foreign tourists": the lead says the place
        // was chosen for its tourists, not just that tourists were about.
        // Soldiers or police harmed at a tourist spot were the target, not the spot.
        let uniformedHarmed = leadSentences.contains { sentence in
            sentence.tokens.contains(where: harmWords.contains)
                && sentence.tokens.contains(where: uniformedPeople.contains)
        }
        if !uniformedHarmed, saysTouristsWereAimedAt(leadWords), let most = scores.values.max() {
            scores["tourists"] = max(scores["tourists"] ?? 0, most) + 1
        }
        // "killing Chechen President Akhmad Kadyrov": the leader was the target, whoever else
        // stood beside him.
        if leaderTargeted, let most = scores.values.max() {
            scores["government"] = max(scores["government"] ?? 0, most) + 1
        }
        var best: (String, Double)?
        var runnerUp: (String, Double)?
        for (type, _) in targets {
            guard let score = scores[type], score >= 1 else { continue }
            if best == nil || score > best!.1 {
                runnerUp = best
                best = (type, score)
            } else if runnerUp == nil || score > runnerUp!.1 {
                runnerUp = (type, score)
            }
        }
        if let best {
            // A target named about as often as another is a close call.
            guard let runnerUp, runnerUp.1 * 1.5 > best.1 else {
                return (best.0, FactConfidence(.high, "named most in the story"))
            }
            return (best.0, FactConfidence(.low, "\(runnerUp.0) is named nearly as often"))
        }
        // No place or person singled out, but the harmed are members of the public ("killing 12
        // people"): an attack on civilians, as the GTD counts private citizens.
        let harmsThePublic = analysis.currentSentences.contains { _, sentence in
            sentence.tokens.contains(where: harmWords.contains) && sentence.tokens.contains(where: publicWords.contains)
        }
        return harmsThePublic ? ("civilians", FactConfidence(.medium, "people harmed, no site named")) : nil
    }
}
