import IncidentFacts

/// schema.org data for a brief, as JSON safe to embed in a script element.
enum StructuredData {
    static func brief(_ incident: Incident, config: SiteConfig, linker: Linker) -> String {
        let f = incident.facts
        var event: [(String, JSONValue)] = [("@type", .string("Event")), ("name", .string(f.title))]
        if let date = f.date { event.append(("startDate", .string(date.iso))) }
        var address: [(String, JSONValue)] = [("@type", .string("PostalAddress"))]
        if let city = f.location.city { address.append(("addressLocality", .string(city))) }
        if let region = f.location.region { address.append(("addressRegion", .string(region))) }
        if let country = f.location.country { address.append(("addressCountry", .string(country))) }
        event.append(
            (
                "location",
                .object([
                    ("@type", .string("Place")),
                    ("name", .string(f.location.site ?? f.location.city ?? f.location.country ?? "unknown")),
                    ("address", .object(address)),
                ])
            ))
        var fields: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("Report")),
            ("headline", .string(f.title)),
            ("description", .string(f.summary)),
            ("about", .object(event)),
            ("publisher", .object([("@type", .string("Organization")), ("name", .string(config.title))])),
        ]
        if let published = FeedGenerator.firstPublished(incident) {
            fields.append(("datePublished", .string(published.iso)))
        }
        if let modified = FeedGenerator.updated(incident) { fields.append(("dateModified", .string(modified.iso))) }
        if let url = linker.canonical("briefs/\(incident.id)/") { fields.append(("url", .string(url))) }
        let sources = incident.sources.compactMap { $0.article.frontMatter.url }
        if !sources.isEmpty { fields.append(("isBasedOn", .array(sources.map(JSONValue.string)))) }
        return JSONValue.object(fields).serialized()
    }
}
