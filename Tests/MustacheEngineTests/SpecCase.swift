import Foundation
import Testing

/// One case of the vendored Mustache spec (`Spec/*.json`): data, template and partials, and
/// the output the spec expects.
struct SpecCase: Sendable, Decodable, CustomTestStringConvertible {
    /// The spec file, "sections" for `Spec/sections.json`.
    var module = ""
    let name: String
    let desc: String
    let data: SpecValue
    let template: String
    let partials: [String: String]?
    let expected: String

    /// "sections: Deeply Nested Contexts", how deviations are named.
    var id: String { "\(module): \(name)" }
    var testDescription: String { id }

    private enum CodingKeys: String, CodingKey {
        case name, desc, data, template, partials, expected
    }

    /// The spec's required modules, one file each in `Spec/`.
    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    /// Every case of every vendored module.
    static func all() throws -> [SpecCase] {
        try modules.flatMap { module in
            let json = try Data(contentsOf: specFolder.appendingPathComponent(module + ".json"))
            return try JSONDecoder().decode(SpecFile.self, from: json).tests.map { test in
                var test = test
                test.module = module
                return test
            }
        }
    }

    /// `Spec/` beside this file, read from the sources rather than from a resource bundle.
    private static let specFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Spec")

    private struct SpecFile: Decodable {
        let tests: [SpecCase]
    }
}
