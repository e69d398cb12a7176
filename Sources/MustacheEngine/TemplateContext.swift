/// A value that serves its fields to templates by name, so the engine need not look into it
/// with `Mirror` (as swift-mustache's `MustacheParent` does).
///
/// A page's context as a small struct rather than a `[String: Any]` dictionary:
///
///     struct PlacePage: TemplateContext {
///         var name: String
///         var incidents: [IncidentRow]
///
///         func child(named name: String) -> TemplateValue? {
///             switch name {
///             case "name": self.name.templateValue
///             case "incidents": incidents.templateValue
///             default: nil
///             }
///         }
///     }
///
/// `{{name}}` and `{{#incidents}}` then read the fields; a name it does not serve (nil) is
/// looked up in the objects around it, as a key missing from a dictionary would be.
package protocol TemplateContext: TemplateValueConvertible {
    /// The value of field `name`, or nil when this value has no such field.
    func child(named name: String) -> TemplateValue?
    /// The same, for a name from a template: what the engine asks. By default it looks the
    /// name up with `child(named:)`; a context with many fields can use the key's hash.
    func child(key: TemplateKey) -> TemplateValue?
}

extension TemplateContext {
    package var templateValue: TemplateValue? { .object(self) }

    package func child(key: TemplateKey) -> TemplateValue? { child(named: key.name) }
}
