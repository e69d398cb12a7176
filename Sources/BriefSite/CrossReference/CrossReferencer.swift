import IncidentFacts

/// Connects incidents: recalled attacks to their briefs, related incidents, the timeline, and
/// the group and place indexes.
package enum CrossReferencer {
    /// Takes the incidents over (`consuming`): an incident changed here, as all are, is then
    /// changed in place rather than copied for a caller that still holds it.
    package static func build(_ incidents: consuming [Incident], nonIncidents: [Source]) -> Archive {
        var clock = PhaseClock()
        var byID: [String: Int] = [:]
        for i in incidents.indices { byID[incidents[i].id] = i }
        // Dates and places, which the index files incidents by, do not change from here on.
        let recallIndex = RecallIndex(copy incidents)
        linkHistory(&incidents, byID: byID, index: recallIndex)
        linkLaterCoverage(&incidents, nonIncidents: nonIncidents, index: recallIndex)
        clock.lap("  history links")
        let (related, indexes) = relatedListsAndIndexes(incidents, nonIncidents: nonIncidents, index: recallIndex)
        for i in incidents.indices { incidents[i].related = related[i] }
        clock.lap("  related, indexes")
        return Archive(
            incidents: incidents, timeline: indexes.timeline, groups: indexes.groups, places: indexes.places,
            nonIncidents: nonIncidents, incidentsByID: byID)
    }

    /// The related lists, and the indexes, which do not depend on them: both are made at once.
    /// (A function of its own, so that nothing holds the incidents once they are made.)
    private static func relatedListsAndIndexes(_ incidents: [Incident], nonIncidents: [Source], index: RecallIndex)
        -> ([[String]], Indexes)
    {
        ParallelMap.both(
            { RelatedRanker.relatedLists(incidents) },
            {
                Indexes(
                    timeline: timeline(incidents, nonIncidents: nonIncidents, index: index), groups: groups(incidents),
                    places: places(incidents))
            })
    }

    /// The archive's lists of incidents by year, by group and by place.
    private struct Indexes: Sendable {
        let timeline: [TimelineYear]
        let groups: [ArchiveGroup]
        let places: [ArchivePlace]
    }

    /// Links each recalled attack to the incident of that attack, when the archive has one.
    static func linkHistory(_ incidents: inout [Incident], byID: [String: Int], index: RecallIndex) {
        // Links are set in incident order, as one pass would.
        for (i, links) in historyMatches(incidents, index: index).enumerated() {
            for (k, target) in links {
                incidents[i].historyLinks[k] = target
                let t = byID[target]!
                // One incident's links are set together: a repeat is the last one set.
                if incidents[t].recalledIn.last != incidents[i].id {
                    incidents[t].recalledIn.append(incidents[i].id)
                }
            }
        }
        // Only where there is something to sort: each change copies the incident's fields.
        for i in incidents.indices where incidents[i].recalledIn.count > 1 { incidents[i].recalledIn.sort() }
    }

    /// Lists each article that is not an incident report (a trial, an anniversary, a policy
    /// piece) on the briefs of the attacks it recalls, oldest article first.
    static func linkLaterCoverage(_ incidents: inout [Incident], nonIncidents: [Source], index: RecallIndex) {
        let ordered = nonIncidents.sorted {
            ($0.facts.published?.dayNumber ?? Int.max, $0.file) < ($1.facts.published?.dayNumber ?? Int.max, $1.file)
        }
        for source in ordered {
            var linked: Set<Int> = []
            for recalled in source.facts.history {
                guard let target = match(recalled, in: incidents, index: index), linked.insert(target).inserted
                else { continue }
                incidents[target].laterCoverage.append(source)
            }
        }
    }

    /// For each incident, its recalled attacks that have an incident: (index in its history,
    /// incident id). Matching only reads, so it runs on all cores.
    private static func historyMatches(_ all: [Incident], index: RecallIndex) -> [[(Int, String)]] {
        return ParallelMap.map(Array(all.indices)) { i -> [(Int, String)] in
            all[i].facts.history.enumerated().compactMap { k, recalled in
                match(recalled, in: all, index: index, excluding: i).map { (k, all[$0].id) }
            }
        }
    }

    /// The incident a recalled attack refers to (its position in `incidents`, which `index` was
    /// made from): the best `score`, then the smallest id.
    static func match(_ recalled: RecalledAttack, in incidents: [Incident], index: RecallIndex, excluding: Int? = nil)
        -> Int?
    {
        let whatWords = recalled.what.map(MergeJudge.siteWords)
        var best: (position: Int, score: Int)?
        for position in index.candidates(for: recalled, whatWords: whatWords) where position != excluding {
            guard
                let score = score(
                    recalled, whatWords: whatWords, incidents[position], siteWords: index.siteWords[position])
            else { continue }
            if best == nil || score > best!.score
                || score == best!.score && incidents[position].id < incidents[best!.position].id
            {
                best = (position, score)
            }
        }
        return best?.position
    }

    /// How well `incident` fits a recalled attack, or nil when it cannot be that attack: the
    /// same year, and the same place if one is named, are required; the city scores 3, region
    /// or country 1; the group 2 (another group -2); the site 2; the toll 1. It takes 3.
    /// (`RecallIndex` picks its candidates by these weights.)
    static func score(
        _ recalled: RecalledAttack, whatWords: Set<String>?, _ incident: Incident, siteWords: Set<String>?
    )
        -> Int?
    {
        guard let year = recalled.year, let date = incident.sortDate, date.year == year else { return nil }
        var score = 0
        let facts = incident.facts
        if let place = recalled.place {
            if place == facts.location.city {
                score += 3
            } else if place == facts.location.country || place == facts.location.region {
                score += 1
            } else {
                return nil
            }
        }
        if let group = recalled.perpetrator {
            if facts.perpetrators.contains(where: { $0.name == group }) {
                score += 2
            } else if !facts.perpetrators.isEmpty {
                score -= 2
            }
        }
        if let whatWords, let siteWords {
            score += whatWords.isDisjoint(with: siteWords) ? 0 : 2
        }
        if let killed = recalled.killed, let best = facts.killed?.best, RecallIndex.tollsAgree(killed, best) {
            score += 1
        }
        return score >= 3 ? score : nil
    }

    /// Incidents and unlinked recalled attacks by year, newest first; recollections of the same
    /// attack by several articles are one entry.
    static func timeline(_ incidents: [Incident], nonIncidents: [Source], index: RecallIndex) -> [TimelineYear] {
        var entries: [Int: [TimelineEntry]] = [:]
        for incident in incidents {
            guard let date = incident.sortDate else { continue }
            entries[date.year, default: []].append(
                TimelineEntry(
                    incidentID: incident.id, recalled: nil, recalledBy: incident.recalledIn, date: date,
                    killed: incident.facts.killed?.best, label: incident.facts.title))
        }
        var recalledKeys: [String: (Int, Int)] = [:]
        func addRecalled(_ recalled: RecalledAttack, by referrer: String) {
            guard let year = recalled.year else { return }
            // One attack recalled by several articles, however each words it.
            let key = "\(year)|\(recalled.place ?? recalled.what ?? "")"
            if let (y, index) = recalledKeys[key] {
                if !entries[y]![index].recalledBy.contains(referrer) { entries[y]![index].recalledBy.append(referrer) }
                return
            }
            var label = recalled.what ?? "Attack"
            if let place = recalled.place, !(recalled.what ?? "").contains(place) { label += " in \(place)" }
            entries[year, default: []].append(
                TimelineEntry(
                    incidentID: nil, recalled: recalled, recalledBy: [referrer], date: nil, killed: recalled.killed,
                    label: label))
            recalledKeys[key] = (year, entries[year]!.count - 1)
        }
        for incident in incidents {
            for (k, recalled) in incident.facts.history.enumerated() where incident.historyLinks[k] == nil {
                addRecalled(recalled, by: incident.id)
            }
        }
        for source in nonIncidents {
            for recalled in source.facts.history {
                // A recollection of an attack that has a brief is already on the timeline.
                if match(recalled, in: incidents, index: index) != nil { continue }
                addRecalled(recalled, by: source.file)
            }
        }
        return entries.keys.sorted(by: >).map { year in
            let sorted = entries[year]!.sorted { a, b in
                let da = a.date?.dayNumber ?? Int.min, db = b.date?.dayNumber ?? Int.min
                return da != db ? da > db : a.label < b.label
            }
            return TimelineYear(year: year, entries: sorted)
        }
    }

    static func groups(_ incidents: [Incident]) -> [ArchiveGroup] {
        var pages: [String: ArchiveGroup] = [:]
        for (i, incident) in incidents.enumerated() {
            for p in incident.facts.perpetrators {
                // Changed in place: a copy taken out and put back would copy the growing list.
                if pages[p.name] == nil {
                    pages[p.name] = ArchiveGroup(name: p.name, slug: "", aliases: [], incidentIDs: [])
                }
                for alias in p.aliases where !pages[p.name]!.aliases.contains(alias) {
                    pages[p.name]!.aliases.append(alias)
                }
                pages[p.name]!.incidentIDs.append(incident.id)
                pages[p.name]!.incidentIndices.append(i)
            }
        }
        let slugs = Slug.distinct(pages.keys, slug: Slug.page)
        return pages.values.sorted { $0.name < $1.name }.map { page in
            var page = page
            page.aliases.sort()
            page.slug = slugs[page.name]!
            return page
        }
    }

    /// A page per country and per city (a city by name and country). Slugs do not depend on the
    /// order of incidents: countries take theirs first; a city name that is also a country's,
    /// or that several countries have, adds its country ("hyderabad-india"); what still clashes
    /// adds a hash.
    static func places(_ incidents: [Incident]) -> [ArchivePlace] {
        struct Key: Hashable, Comparable {
            let name: String
            let country: String?  // nil for a country's own page
            static func < (a: Key, b: Key) -> Bool { (a.name, a.country ?? "") < (b.name, b.country ?? "") }
        }
        var members: [Key: (ids: [String], indices: [Int])] = [:]
        for (i, incident) in incidents.enumerated() {
            let location = incident.facts.location
            if let country = location.country {
                members[Key(name: country, country: nil), default: ([], [])].ids.append(incident.id)
                members[Key(name: country, country: nil)]!.indices.append(i)
            }
            if let city = location.city {
                let key = Key(name: city, country: location.country ?? "")
                members[key, default: ([], [])].ids.append(incident.id)
                members[key]!.indices.append(i)
            }
        }
        // A few hundred names over thousands of incidents: each is made a slug once.
        var made: [String: String] = [:]
        func slugOf(_ name: String) -> String {
            if let slug = made[name] { return slug }
            let slug = Slug.page(name)
            made[name] = slug
            return slug
        }
        let countries = members.keys.filter { $0.country == nil }.map { $0.name }
        let countrySlugs = Slug.distinct(countries, slug: slugOf)
        var taken = Set(countrySlugs.values)
        let cities = members.keys.filter { $0.country != nil }.sorted()
        var countriesPerCitySlug: [String: Int] = [:]
        for city in cities { countriesPerCitySlug[slugOf(city.name), default: 0] += 1 }
        var pages: [ArchivePlace] = []
        for key in members.keys.sorted() {
            let (ids, indices) = members[key]!
            guard let country = key.country else {
                pages.append(
                    ArchivePlace(
                        name: key.name, slug: countrySlugs[key.name]!, kind: .country, country: nil, incidentIDs: ids,
                        incidentIndices: indices))
                continue
            }
            var slug = slugOf(key.name)
            if taken.contains(slug) || countriesPerCitySlug[slug]! > 1 {
                slug += "-" + (country.isEmpty ? "city" : slugOf(country))
            }
            if !taken.insert(slug).inserted {
                slug += "-" + Slug.shortHash(key.name + "|" + country)
                taken.insert(slug)
            }
            pages.append(
                ArchivePlace(
                    name: key.name, slug: slug, kind: .city, country: country.isEmpty ? nil : country,
                    incidentIDs: ids, incidentIndices: indices))
        }
        return pages.sorted { ($0.name, $0.slug) < ($1.name, $1.slug) }
    }
}
