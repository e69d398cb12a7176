/// Spec cases the engine renders otherwise, by id ("partials: Standalone Indentation"), each
/// with why. They run as known issues, so they show in every run, and a case that starts
/// passing fails until it is taken off the list. None today: every case passes.
enum SpecDeviations {
    static let known: [String: String] = [:]
}
