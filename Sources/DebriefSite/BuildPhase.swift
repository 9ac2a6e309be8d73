/// The named steps of a build, in the order they run (see DESIGN.md's data flow).
public enum BuildPhase: String, CaseIterable, Sendable {
    /// Settings, templates and the list of content files.
    case load
    /// Files → incidents and body HTML (parse and read), in parallel.
    case read
    /// Unique slugs, services, related incidents and the digest's weeks.
    case measure
    /// The list of pages to make.
    case plan
    /// Views and templates → page bytes.
    case render
    /// Page bytes → the staging folder, then the swap.
    case write
}
