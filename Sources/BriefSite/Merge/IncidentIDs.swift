import Foundation
import IncidentFacts

/// Gives incidents ids that do not change when other articles come and go.
///
/// The id is built from one report alone, the first that states the attack date (else the first
/// with a publication date), so adding a later report or another incident never renames a
/// page, and an undated report never names a dated incident. Two incidents that would share an
/// id are told apart by a short hash of that report's path, not by their order.
enum IncidentIDs {
    /// Assigns ids; returns an error for each id that two incidents claim in front matter.
    @discardableResult
    static func assign(_ incidents: inout [Incident]) -> [Diagnostic] {
        let natural = ParallelMap.map(incidents) { naturalID(namingReport($0.sources).facts) }
        var base: [String] = []
        var fromEditor: [Bool] = []
        var diagnostics: [Diagnostic] = []
        var claimed: [String: String] = [:]  // editor id → file that claimed it
        for (incident, naturalID) in zip(incidents, natural) {
            if let source = incident.sources.first(where: { $0.article.frontMatter.id != nil }),
                let id = source.article.frontMatter.id
            {
                if let other = claimed[id] {
                    diagnostics.append(
                        .error(
                            "id '\(id)' is already claimed by \(other)", file: source.file,
                            line: source.article.frontMatter.idLine))
                } else {
                    claimed[id] = source.file
                    base.append(id)
                    fromEditor.append(true)
                    continue
                }
            }
            base.append(naturalID)
            fromEditor.append(false)
        }
        // An editor's id is kept as written; a generated id it or another generated id clashes
        // with gets a hash of its first report.
        var counts: [String: Int] = [:]
        for id in base { counts[id, default: 0] += 1 }
        for i in incidents.indices {
            incidents[i].id =
                counts[base[i]]! > 1 && !fromEditor[i]
                ? base[i] + "-" + Slug.shortHash(namingReport(incidents[i].sources).file) : base[i]
        }
        return diagnostics
    }

    /// The report an incident's id is made from: the first (reports are oldest first) that
    /// states the attack date, else the first that has a publication date, else the first.
    static func namingReport(_ sources: [Source]) -> Source {
        sources.first { $0.facts.date != nil } ?? sources.first { $0.facts.published != nil } ?? sources[0]
    }

    /// The ids an incident named after this report could have: the editor's, the natural one,
    /// and the natural one told apart by a hash. An editor's `same_incident:` or `not_same_as:`
    /// names an incident by any of them.
    static func names(of report: Source) -> Set<String> {
        let natural = naturalID(report.facts)
        var names: Set<String> = [natural, natural + "-" + Slug.shortHash(report.file)]
        if let id = report.article.frontMatter.id { names.insert(id) }
        return names
    }

    /// The id made from a report: attack date, city (or country), site (or attack type).
    private static func naturalID(_ first: FactSheet) -> String {
        var parts: [String] = [(first.date ?? first.published)?.iso ?? "undated"]
        if let city = first.location.city ?? first.location.country { parts.append(Slug.page(city)) }
        if let site = first.location.site {
            let words = Slug.page(site).split(separator: "-").prefix(5).joined(separator: "-")
            if !words.isEmpty { parts.append(words) }
        } else if let type = first.attackType {
            parts.append(Slug.make(type))
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "-")
    }
}

/// URL-safe names: lowercase ASCII letters, digits and hyphens only, so no id or slug can
/// leave the output folder.
package enum Slug {
    /// "Tehreek-e-Taliban Pakistan" → "tehreek-e-taliban-pakistan"; "Kurfürstendamm" → "kurfurstendamm".
    package static func make(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        // Decomposition (é → e + accent) is only needed, and costly, beyond ASCII.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        for scalar in (isASCII ? text : text.decomposedStringWithCanonicalMapping).unicodeScalars {
            let v = scalar.value
            if (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else if (0x41...0x5A).contains(v) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(Unicode.Scalar(v + 32)!)
            } else if scalar.properties.generalCategory == .nonspacingMark || scalar == "'" {
                continue
            } else {
                pendingHyphen = true
            }
        }
        return String(out.prefix(80))
    }

    /// A page name for any name: `make` of its Latin transliteration ("Москва" → "moskva",
    /// "حلب" → "hlb"), or, for a name of punctuation alone, "x-" and a hash of it.
    package static func page(_ name: String) -> String {
        // Transliteration is slow; Latin letters with accents only need `make`'s decomposition.
        let otherScript = name.unicodeScalars.contains {
            $0.value >= 0x0250 && !(0x1E00...0x1EFF).contains($0.value) && $0.properties.isAlphabetic
        }
        let latin = otherScript ? name.applyingTransform(.toLatin, reverse: false) ?? name : name
        let made = make(latin)
        return made.isEmpty ? "x-" + shortHash(name) : made
    }

    /// Slugs for distinct names, none shared: where several names make one slug ("Ansar!" and
    /// "ansar"), the first name in Unicode order keeps it and each other adds a hash of itself.
    package static func distinct(_ names: some Sequence<String>, slug: (String) -> String) -> [String: String] {
        var byName: [String: String] = [:]
        var taken: Set<String> = []
        for name in Set(names).sorted() {
            var made = slug(name)
            if !taken.insert(made).inserted {
                made += "-" + shortHash(name)
                taken.insert(made)
            }
            byName[name] = made
        }
        return byName
    }

    /// Six hex digits of an FNV-1a hash; the same on every machine and run.
    package static func shortHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        let hex = String(hash, radix: 16)
        return String(hex.suffix(6))
    }
}
