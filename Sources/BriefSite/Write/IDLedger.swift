import Foundation
import IncidentFacts

/// The ids a site has published, kept in the output (`api/id-ledger.json`) from build to build,
/// so that a brief whose id changes (an editor's merge, a corrected date or place) leaves a
/// redirect at its old address, as Hugo's and Zola's `aliases` do.
///
/// It records which reports each published incident was made of; an id that disappears moves
/// to the incident that now holds most of its reports. Moves are kept for good: a link
/// published years ago still lands on the brief.
struct IDLedger: Sendable, Equatable {
    /// Where the ledger lives in the output.
    static let path = "api/id-ledger.json"

    /// Report paths of each published incident.
    var reports: [String: [String]] = [:]
    /// Old id → the id it moved to.
    var moved: [String: String] = [:]

    /// The ledger a previous build left in `folder`, or an empty one.
    static func read(folder: String) -> IDLedger {
        guard let bytes = FileSystem.read(folder + "/" + path),
            let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        else { return IDLedger() }
        var ledger = IDLedger()
        ledger.reports = (object["incidents"] as? [String: [String]]) ?? [:]
        ledger.moved = (object["moved"] as? [String: String]) ?? [:]
        return ledger
    }

    /// This build's ledger: the incidents as they are now, every earlier move still pointing to
    /// an incident that exists, and the moves of ids this build no longer has.
    func next(incidents: [(id: String, reports: [String])]) -> IDLedger {
        var next = IDLedger()
        var incidentOf: [String: String] = [:]
        for incident in incidents {
            next.reports[incident.id] = incident.reports.sorted()
            for report in incident.reports { incidentOf[report] = incident.id }
        }
        // Where an id's reports went: the incident with most of them (the first id in order
        // on a tie); nowhere when none of them is published any more.
        func destination(of reports: [String]) -> String? {
            var counts: [String: Int] = [:]
            for report in reports { if let id = incidentOf[report] { counts[id, default: 0] += 1 } }
            return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
        }
        for (old, oldReports) in self.reports where next.reports[old] == nil {
            if let target = destination(of: oldReports) { next.moved[old] = target }
        }
        for (old, target) in moved where next.reports[old] == nil && next.moved[old] == nil {
            // A chain of moves ends where the last one points, if that is still published.
            var end = target, steps = 0
            while next.reports[end] == nil, let further = next.moved[end] ?? moved[end], steps < 100 {
                end = further
                steps += 1
            }
            if next.reports[end] != nil { next.moved[old] = end }
        }
        return next
    }

    /// The ledger as JSON, keys sorted, so that it changes only when the ids do.
    func json() -> String {
        let incidents = reports.keys.sorted().map { ($0, JSONValue.array(reports[$0]!.map(JSONValue.string))) }
        let moves = moved.keys.sorted().map { ($0, JSONValue.string(moved[$0]!)) }
        return JSONValue.object([("incidents", .object(incidents)), ("moved", .object(moves))]).pretty() + "\n"
    }

    /// The page left at a moved brief's old address: it sends the reader on to the new one.
    static func redirectPage(to id: String, linker: Linker) -> String {
        let target = HTMLText.escape(linker.brief(id, from: 2))
        // A canonical address must be absolute: there is one only with a base URL.
        let canonical = linker.canonical("briefs/\(id)/").map {
            "\n<link rel=\"canonical\" href=\"\(HTMLText.escape($0))\">"
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>This brief has moved</title>\(canonical ?? "")
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(target)">
            </head>
            <body>
            <p>This brief has moved to <a href="\(target)">\(HTMLText.escape(id))</a>.</p>
            </body>
            </html>

            """
    }
}
