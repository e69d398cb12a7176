import BriefSite
import Foundation
import IncidentFacts

/// A page context with the kinds of values templates meet: text to escape, lists, flags.
/// (Made afresh for each input: a dictionary of `Any` cannot be a shared constant.)
func fuzzContext() -> [String: Any] {
    [
        "title": "<b>\"Attack\" & more</b>", "count": 3, "flag": true, "empty": [Any](),
        "items": [["name": "a", "link": "x/"], ["name": "b"]], "nested": ["inner": ["value": "v"]],
    ]
}

/// Runs one input through every reader of user files: as a `.txt` and as a `.md` article
/// (front matter included) with extraction, as `sitrep.yml`, and as a template rendered
/// with a page context.
func fuzzOne(_ data: Data) {
    for isMarkdown in [false, true] {
        let (article, _) = ContentLoader.parseArticle(bytes: [UInt8](data), display: "fuzz", isMarkdown: isMarkdown)
        if let article {
            let facts = ArticleFacts.extract(article)
            _ = facts.json().serialized()
        }
    }
    guard let text = String(data: data, encoding: .utf8) else { return }
    _ = SiteConfig.parse(text, path: "sitrep.yml")
    _ = TemplateSet.renderAlone(text, context: fuzzContext())
}

#if FUZZING
    /// libFuzzer's entry point.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
        fuzzOne(Data(bytes: bytes, count: count))
        return 0
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt

    /// SwiftPM links an executable's `main` to `<module>_main`; hand over to libFuzzer's driver.
    @_cdecl("sitrep_fuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments) { bytes, length in fuzzerTestOneInput(bytes, length) }
    }
#else
    /// Without the fuzzer: replays the input files given as arguments.
    @main
    struct FuzzReplay {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                fuzzOne(data)
                print("ok: \(path)")
            }
        }
    }
#endif
