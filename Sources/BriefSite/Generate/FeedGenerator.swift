import IncidentFacts

/// Atom (`feed.xml`) and JSON Feed (`feed.json`) for a list of incidents.
enum FeedGenerator {
    /// Dates come from the content, never the clock: the incident day or its latest report.
    static func updated(_ incident: Incident) -> SimpleDate? {
        var latest = incident.sortDate
        for source in incident.sources {
            if let published = source.facts.published, latest.map({ published > $0 }) ?? true { latest = published }
        }
        return latest
    }

    /// When the brief was first published: its earliest report (else the incident day).
    static func firstPublished(_ incident: Incident) -> SimpleDate? {
        incident.sources.compactMap { $0.facts.published }.min() ?? incident.sortDate
    }

    static func timestamp(_ date: SimpleDate?) -> String { (date ?? SimpleDate(dayNumber: 0)).iso + "T00:00:00Z" }

    /// The feed for `incidents` (newest first) written at `folder` ("" for the site root).
    static func atom(title: String, incidents: [Incident], folder: String, linker: Linker) -> String {
        let depth = folder.split(separator: "/").count
        let selfLink = linker.canonical(folder + "feed.xml") ?? "feed.xml"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <title>\(HTMLText.escape(title))</title>\n"
        xml +=
            "  <id>\(HTMLText.escape(linker.canonical(folder) ?? "urn:sitrep:feed:" + (folder.isEmpty ? "site" : folder)))</id>\n"
        xml += "  <updated>\(timestamp(incidents.compactMap(updated).max()))</updated>\n"
        xml += "  <link rel=\"self\" href=\"\(HTMLText.escape(selfLink))\"/>\n"
        xml += "  <link rel=\"alternate\" href=\"\(HTMLText.escape(linker.page(folder, from: depth)))\"/>\n"
        xml += "  <generator>Sitrep</generator>\n"
        for incident in incidents.prefix(100) {
            let link = linker.canonical("briefs/\(incident.id)/") ?? linker.brief(incident.id, from: depth)
            xml += "  <entry>\n"
            xml += "    <title>\(HTMLText.escape(incident.facts.title))</title>\n"
            xml +=
                "    <id>\(HTMLText.escape(linker.canonical("briefs/\(incident.id)/") ?? "urn:sitrep:incident:" + incident.id))</id>\n"
            xml += "    <link href=\"\(HTMLText.escape(link))\"/>\n"
            xml += "    <published>\(timestamp(firstPublished(incident)))</published>\n"
            xml += "    <updated>\(timestamp(updated(incident)))</updated>\n"
            xml +=
                "    <author><name>\(HTMLText.escape(incident.sources.compactMap { $0.article.frontMatter.source }.first ?? "Sitrep"))</name></author>\n"
            xml += "    <summary>\(HTMLText.escape(incident.facts.summary))</summary>\n"
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    static func json(title: String, incidents: [Incident], folder: String, linker: Linker) -> String {
        let depth = folder.split(separator: "/").count
        var fields: [(String, JSONValue)] = [
            ("version", .string("https://jsonfeed.org/version/1.1")),
            ("title", .string(title)),
            ("home_page_url", .string(linker.canonical(folder) ?? linker.page(folder, from: depth))),
            ("feed_url", .string(linker.canonical(folder + "feed.json") ?? "feed.json")),
        ]
        fields.append(
            (
                "items",
                .array(
                    incidents.prefix(100).map { incident in
                        .object([
                            ("id", .string(incident.id)),
                            (
                                "url",
                                .string(
                                    linker.canonical("briefs/\(incident.id)/") ?? linker.brief(incident.id, from: depth)
                                )
                            ),
                            ("title", .string(incident.facts.title)),
                            ("content_text", .string(incident.facts.summary)),
                            ("date_published", .string(timestamp(firstPublished(incident)))),
                            ("date_modified", .string(timestamp(updated(incident)))),
                        ])
                    })
            ))
        return JSONValue.object(fields).pretty() + "\n"
    }
}
