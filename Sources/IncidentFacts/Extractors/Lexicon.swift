/// Word lists shared by the extractors. Lowercase throughout.
enum Lexicon {
    static let killedWords: WordSet = [
        "killed", "dead", "died", "deaths", "slain", "perished", "kills", "killing", "fatalities", "lives",
        "massacred", "murdered", "die", "dies", "death", "martyred", "martyrs",
    ]
    static let injuredWords: WordSet = [
        "injured", "wounded", "hurt", "injuries", "wounding", "injuring", "wounds", "injures",
    ]
    static let victimNouns: WordSet = [
        "people", "persons", "person", "civilians", "civilian", "policemen", "policeman", "police", "officers",
        "officer", "soldiers", "soldier", "personnel", "children", "child", "students", "student", "worshippers",
        "worshipers", "tourists", "tourist", "pilgrims", "others", "passengers", "passenger", "members", "men",
        "women", "woman", "man", "staff", "guards", "guard", "cops", "cop", "rangers", "ranger", "troops",
        "lawyers", "lawyer", "journalists", "journalist", "victims", "victim", "hostages", "hostage",
        "individuals", "bystanders", "employees", "workers", "worker", "teachers", "schoolchildren", "boys", "girls",
        "foreigners", "nationals", "citizens", "residents", "villagers", "christians", "muslims", "shoppers",
        "jawans", "sailors", "commandos", "paramilitaries", "servicemen", "firefighters", "constables",
        "constable", "cadets", "pupils", "patients", "doctors", "visitors", "concertgoers", "customers",
        "americans", "pakistanis", "afghans", "indians", "kenyans", "israelis", "indonesians", "australians",
        "adults", "infants", "kids", "mourners", "churchgoers", "parishioners", "faithful", "protesters",
        "security", "contractors", "policewoman", "agents", "sanitary", "relatives", "believers", "attendees",
        "inmates", "prisoners", "miners", "farmers", "fishermen", "refugees", "aid", "staffers",
        "schoolboys", "schoolgirls", "teenagers", "guests", "diners", "clients", "patrons", "devotees", "forces",
        "passers-by", "passersby", "cyclists", "pedestrians", "commuters", "spectators", "fans", "hikers",
        // People by their post or trade, one ("a deputy governor", "the driver") or more.
        "official", "officials", "governor", "mayor", "minister", "commander", "driver", "drivers", "lawmaker",
        "lawmakers", "politician", "politicians", "diplomat", "diplomats", "bodyguard", "bodyguards", "reporter",
        "reporters", "photographer", "cameraman", "shopkeeper", "shopkeepers", "trader", "traders", "monk",
        "monks", "pastor", "cleric", "clerics", "engineer", "engineers", "businessman", "businessmen", "judge",
        "prosecutor", "president", "ambassador", "imam", "priest", "contractor", "farmer", "doctor", "nurse",
        "teacher", "pupil", "boy", "girl", "villager", "resident", "bystander", "firefighter", "employee",
        "policemen",
    ]
    static let attackerNouns: WordSet = [
        "attackers", "attacker", "militants", "militant", "gunmen", "gunman", "assailants", "assailant",
        "terrorists", "terrorist", "insurgents", "insurgent", "bombers", "bomber", "fighters", "fighter",
        "shooter", "shooters", "hostage-taker", "hijackers", "jihadists", "jihadist", "perpetrators", "perpetrator",
        "raiders",
        "suspects", "suspect", "extremists", "fidayeen", "rebels",
    ]
    static let singleAttackerNouns: WordSet = [
        "gunman", "shooter", "attacker", "assailant", "bomber", "driver", "hostage-taker", "perpetrator",
        "terrorist",
    ]
    static let attackWords: WordSet = [
        "attack", "attacks", "attacked", "bombing", "bombings", "blast", "blasts", "explosion", "explosions",
        "stormed", "storming", "assault", "shooting", "shootings", "siege", "bomb", "bombs", "massacre",
        "gunmen", "gunman", "militants", "killed", "opened", "rammed", "exploded", "detonated", "raid", "ambush",
        "ambushed", "hostage", "hostages", "stabbing", "stabbed", "blew", "firing", "fired", "gunfire", "strike",
        "shot", "standoff", "rampage", "carnage", "hijacked", "attackers", "assailants", "terror", "terrorist",
        "targeted",
        // Kidnappings, assassinations and sabotage are attacks too.
        "kidnapped", "kidnaped", "kidnapping", "kidnaping", "abducted", "abduction", "assassinated",
        "assassination", "murdered", "sabotage", "sabotaged", "dynamited", "torched", "machinegunned",
    ]
    /// Nouns that name an attack: "the Riyadh bombings", "twin suicide blasts".
    static let attackNouns: WordSet = [
        "bombing", "bombings", "attack", "attacks", "blast", "blasts", "massacre", "explosion", "explosions",
        "shooting", "siege", "bomb", "bombs",
    ]
    /// Words that say an attack happened (for recalled attacks): not the actors' names.
    static let historyEventWords: WordSet = [
        "attack", "attacks", "attacked", "bombing", "bombings", "blast", "blasts", "explosion", "stormed", "assault",
        "shooting", "shootings", "siege", "massacre", "killed", "killing", "rammed", "ambush", "ambushed", "hostage",
        "stabbing", "bombed", "raid", "struck", "targeted", "kidnapped", "abducted", "injured", "wounded", "target",
        "targeting", "bomber", "bombers", "exploded", "detonated", "hijacked", "hostages", "beheaded", "massacred",
        "downed", "torched", "gunned", "wounding", "rockets", "airstrike", "airstrikes", "drone",
    ]
    static let suspectPhrases: PhraseList = [
        "suspected", "suspect", "believed to", "likely", "may have", "might have", "suspicion", "could have",
        "probably", "possibly", "hallmarks",
    ]
}
